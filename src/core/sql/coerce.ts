// The engine's coercions (src/core/logic/values.ts, src/core/scorecard/numbers.ts) as SQL over a
// value of known kind: truthiness, toNumber, numericValue and String().
import { isTruthy } from '../logic/values.ts';
import { numericValue } from '../scorecard/numbers.ts';
import type { Dialect } from './dialect.ts';
import { quoteString } from './dialect.ts';
import { type Expr, type Fragment, FALSE_SQL, TRUE_SQL, distribute, or } from './expr.ts';

/** The error condition of consuming a number an arithmetic operator produced (see Expr.unchecked). */
export function finiteErr(e: Expr, d: Dialect): string | undefined {
  return e.kind === 'number' && e.unchecked ? `(NOT ${d.isFinite(e.sql)})` : undefined;
}

/** When evaluating e throws: its own errors, and an unchecked number that is not finite. */
export function evaluationErr(e: Expr, d: Dialect): string | undefined {
  return or(e.err, distribute({ ...e, err: undefined }, (x) => ({ sql: FALSE_SQL, err: finiteErr(x, d) })).err);
}

/** JSON-logic truthiness, never NULL. */
export function truthy(e: Expr, d: Dialect): Fragment {
  if (e.truthyHint !== undefined) return { sql: e.truthyHint, err: e.truthyErr };
  if (e.literal !== undefined && e.err === undefined) return { sql: isTruthy(e.literal.value) ? TRUE_SQL : FALSE_SQL };
  return distribute(e, (x) => {
    switch (x.kind) {
      case 'null': return { sql: FALSE_SQL };
      case 'number': return { sql: `(${x.sql} <> 0)`, err: finiteErr(x, d) };
      case 'boolean': return { sql: x.sql };
      case 'string': return { sql: `(${x.sql} <> '')` };
      // Dates and times are never empty strings.
      case 'date': case 'time': return { sql: TRUE_SQL };
      case 'array': return { sql: x.truthy ?? (x.items!.length > 0 ? TRUE_SQL : FALSE_SQL) };
      default: throw new Error(`truthy: unexpected ${x.kind}`);
    }
  });
}

const DECIMAL = '[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?';

/**
 * Number() of a text as SQL. `blank` is what a text of only blanks gives (toNumber: 0,
 * numericValue: missing); with `infinity` the texts "Infinity", "+Infinity", "-Infinity" read as
 * ±Infinity, as Number() reads them, else they are NaN. NaN is NULL. The hexadecimal, octal and
 * binary forms ("0x1A"), which SQL cannot read, stop the query instead of being misread.
 */
function readNumber(text: string, d: Dialect, blank: string, infinity: boolean): string {
  const ws = `${d.jsSpaceClass}*`;
  const number = infinity ? `${DECIMAL}|[+-]?Infinity` : DECIMAL;
  return `CASE WHEN ${d.matches(text, ws)} THEN ${blank}`
    + ` WHEN ${d.matches(text, `${ws}(${number})${ws}`)} THEN CAST(trim(${text}, ${d.jsWhitespace}) AS ${d.doubleType})`
    + ` WHEN ${d.matches(text, `${ws}0[xXoObB][0-9a-zA-Z]+${ws}`)} THEN ${d.fail('scorecard SQL: a text in hexadecimal, octal or binary notation is read as a number: ', text)}`
    + ' END';
}

/** JavaScript's Number() of a text, as toNumber reads it: blank is 0, NaN is NULL. */
export function textToNumber(text: string, d: Dialect): string {
  return readNumber(text, d, d.double(0), true);
}

/** The engine's toNumber: a non-null double, and when it throws ("NaN"). */
export function toNumber(e: Expr, d: Dialect, check = true): Fragment {
  if (e.literal !== undefined && e.err === undefined) return literalToNumber(e.literal.value, d);
  return distribute(e, (x): Fragment => {
    switch (x.kind) {
      case 'null': return { sql: d.double(0) };
      case 'number': return { sql: x.sql, err: check ? finiteErr(x, d) : undefined };
      case 'boolean': return { sql: `CASE WHEN ${x.sql} THEN ${d.double(1)} ELSE ${d.double(0)} END` };
      case 'string': {
        const n = textToNumber(x.sql, d);
        return { sql: `COALESCE(${n}, ${d.double(0)})`, err: `(${n} IS NULL)` };
      }
      // "2025-03-01" and "08:30" are not numbers; neither are arrays.
      default: return { sql: d.double(0), err: TRUE_SQL };
    }
  });
}

function literalToNumber(value: unknown, d: Dialect): Fragment {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'boolean') n = value ? 1 : 0;
  else if (value === null) n = 0;
  else if (typeof value === 'string') n = Number(value);
  else n = NaN;
  if (n !== n) return { sql: d.double(0), err: TRUE_SQL };
  if (!Number.isFinite(n)) return { sql: `CAST('${n > 0 ? 'Infinity' : '-Infinity'}' AS ${d.doubleType})` };
  return { sql: d.double(n) };
}

/**
 * numericValue (docs/scorecard-evaluation.md §1): a nullable double, NULL when missing. A value
 * whose rule threw is missing too, so its error condition is folded in.
 */
export function valueNumber(e: Expr, d: Dialect): string {
  if (e.literal !== undefined && e.err === undefined) {
    const n = numericValue(e.literal.value);
    return n === n ? d.double(n) : 'NULL';
  }
  const f = distribute(e, (x): Fragment => {
    switch (x.kind) {
      case 'number': return x.unchecked ? { sql: `CASE WHEN ${d.isFinite(x.sql)} THEN ${x.sql} END` } : { sql: x.sql };
      case 'boolean': return { sql: `CASE WHEN ${x.sql} THEN ${d.double(1)} ELSE ${d.double(0)} END` };
      // Blank text is missing here, where toNumber reads it as 0; so are numbers beyond the double range ("1e400").
      case 'string': return { sql: `NULLIF(NULLIF(${readNumber(x.sql, d, 'NULL', false)}, CAST('Infinity' AS ${d.doubleType})), CAST('-Infinity' AS ${d.doubleType}))` };
      default: return { sql: 'NULL' };
    }
  });
  return f.err === undefined ? f.sql : `CASE WHEN ${f.err} THEN NULL ELSE ${f.sql} END`;
}

/** The pass-fail scorer's value: NULL for null, else 1 or 0 by truthiness; NULL too where the rule threw. */
export function passFailNumber(e: Expr, d: Dialect): string {
  const f = distribute(e, (x): Fragment => {
    if (x.kind === 'null') return { sql: 'NULL' };
    const t = truthy(x, d);
    return { sql: `CASE WHEN ${t.sql} THEN ${d.double(1)} ELSE ${d.double(0)} END`, err: t.err };
  });
  return f.err === undefined ? f.sql : `CASE WHEN ${f.err} THEN NULL ELSE ${f.sql} END`;
}

/** Why a value cannot become text in SQL exactly as String() writes it, or undefined when it can. */
export function textProblem(e: Expr): 'number' | 'time' | 'array' | undefined {
  if (e.literal !== undefined) return undefined;
  if (e.kind === 'mixed') return e.cases!.map((c) => textProblem(c.then)).find((p) => p !== undefined) ?? textProblem(e.otherwise!);
  if (e.kind === 'number' && !e.integral) return 'number';
  if (e.kind === 'time') return 'time';
  if (e.kind === 'array') return 'array';
  return undefined;
}

/**
 * String(value) as the engine writes it (jsString), never NULL; `nullText` is what null becomes
 * ("" in cat, "null" in substr and in). Callers check textProblem first.
 */
export function toText(e: Expr, d: Dialect, nullText: '' | 'null'): Fragment {
  if (e.literal !== undefined && e.err === undefined) {
    const v = e.literal.value;
    return { sql: quoteString(v === null ? nullText : jsLiteralText(v)) };
  }
  return distribute(e, (x): Fragment => {
    if (x.literal !== undefined && x.kind !== 'null') return { sql: quoteString(jsLiteralText(x.literal.value)) };
    switch (x.kind) {
      case 'null': return { sql: quoteString(nullText) };
      case 'string': return { sql: x.sql };
      case 'boolean': return { sql: `CASE WHEN ${x.sql} THEN 'true' ELSE 'false' END` };
      case 'date': return { sql: d.dateText(x.sql) };
      // Whole numbers only (textProblem): a bigint prints them as JavaScript does.
      case 'number': return { sql: `CAST(CAST(${x.sql} AS bigint) AS ${d.name === 'duckdb' ? 'VARCHAR' : 'text'})`, err: or(finiteErr(x, d)) };
      default: return { sql: "''", err: TRUE_SQL };
    }
  });
}

function jsLiteralText(v: unknown): string {
  if (Array.isArray(v)) return v.map((item) => (item === null || item === undefined ? '' : jsLiteralText(item))).join(',');
  if (typeof v === 'object' && v !== null) return '[object Object]';
  return String(v);
}
