// < <= > >= == != === !== as SQL, following values.ts: two numbers compare as numbers; two
// "textual" values (strings or null) as JavaScript's relational and == operators do; anything
// else through toNumber, which throws on a value that is not a number.
import type { Dialect } from './dialect.ts';
import { type Expr, type Fragment, FALSE_SQL, TRUE_SQL, distribute2, or } from './expr.ts';
import { finiteErr, textToNumber, toNumber } from './coerce.ts';

const TEXTUAL = new Set(['string', 'date', 'time', 'null']);
const STRINGS = new Set(['string', 'date', 'time']);

/** Thrown at translation time: a comparison whose result depends on how a time was written. */
export class TimeAsTextError extends Error {}

/** The text of a string-like value; times are refused (a record may hold "08:30" or "08:30:00"). */
function text(x: Expr, d: Dialect): string {
  if (x.kind === 'time') throw new TimeAsTextError();
  if (x.kind === 'date') return d.dateText(x.sql);
  return x.sql;
}

/** Number(x) of a string-like value, NULL for NaN (JavaScript's relational operators on a string and null). */
function stringNumber(x: Expr, d: Dialect): string {
  if (x.literal !== undefined) {
    const n = Number(x.literal.value);
    if (n !== n) return 'NULL';
    return Number.isFinite(n) ? d.double(n) : `CAST('${n > 0 ? 'Infinity' : '-Infinity'}' AS ${d.doubleType})`;
  }
  // A date or a time is never a number.
  return x.kind === 'string' ? textToNumber(x.sql, d) : 'NULL';
}

function numbers(x: Expr, y: Expr, d: Dialect, op: string): Fragment {
  const a = toNumber(x, d);
  const b = toNumber(y, d);
  return { sql: `(${a.sql} ${op} ${b.sql})`, err: or(a.err, b.err) };
}

/** a < b (orEqual: a <= b) for two values of one kind each (null included). */
function lessPlain(x: Expr, y: Expr, orEqual: boolean, d: Dialect): Fragment {
  const op = orEqual ? '<=' : '<';
  if (x.kind === 'number' && y.kind === 'number') return { sql: `(${x.sql} ${op} ${y.sql})`, err: or(finiteErr(x, d), finiteErr(y, d)) };
  if (TEXTUAL.has(x.kind) && TEXTUAL.has(y.kind)) {
    if (x.kind === 'null' && y.kind === 'null') return { sql: orEqual ? TRUE_SQL : FALSE_SQL };
    if (x.kind === 'date' && y.kind === 'date') return { sql: `(${x.sql} ${op} ${y.sql})` };
    if (x.kind !== 'null' && y.kind !== 'null') return { sql: d.textLess(text(x, d), text(y, d), orEqual) };
    // A string against null: JavaScript compares Number(string) with 0; NaN compares false.
    const sql = x.kind === 'null' ? `COALESCE(${d.double(0)} ${op} ${stringNumber(y, d)}, FALSE)` : `COALESCE(${stringNumber(x, d)} ${op} ${d.double(0)}, FALSE)`;
    return { sql };
  }
  return numbers(x, y, d, op);
}

function looseEqualsPlain(x: Expr, y: Expr, d: Dialect): Fragment {
  if (x.kind === 'number' && y.kind === 'number') return { sql: `(${x.sql} = ${y.sql})`, err: or(finiteErr(x, d), finiteErr(y, d)) };
  if (TEXTUAL.has(x.kind) && TEXTUAL.has(y.kind)) {
    if (x.kind === 'null' || y.kind === 'null') return { sql: x.kind === y.kind ? TRUE_SQL : FALSE_SQL };
    return { sql: stringEquals(x, y, d) };
  }
  return numbers(x, y, d, '=');
}

function stringEquals(x: Expr, y: Expr, d: Dialect): string {
  if (x.kind === 'date' && y.kind === 'date') return `(${x.sql} = ${y.sql})`;
  return `(${text(x, d)} = ${text(y, d)})`;
}

function strictEqualsPlain(x: Expr, y: Expr, d: Dialect): Fragment {
  if (x.kind === 'null' || y.kind === 'null') return { sql: x.kind === y.kind ? TRUE_SQL : FALSE_SQL };
  if (STRINGS.has(x.kind) && STRINGS.has(y.kind)) return { sql: stringEquals(x, y, d) };
  // Arrays are new objects each time (literals too): never identical to anything, but a list field
  // read twice is the record's one array (its SQL is the column; computed arrays have none).
  if (x.kind === 'array' && y.kind === 'array' && x.sql !== 'NULL' && x.sql === y.sql) return { sql: TRUE_SQL };
  if (x.kind !== y.kind || x.kind === 'array') return { sql: FALSE_SQL };
  return { sql: `(${x.sql} = ${y.sql})`, err: or(finiteErr(x, d), finiteErr(y, d)) };
}

export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=' | '===' | '!==';

/** One comparison of two values, any kinds; the Fragment's SQL is never NULL. */
export function comparePair(op: ComparisonOp, a: Expr, b: Expr, d: Dialect): Fragment {
  // Numbers, booleans and null all go through toNumber (null is 0): one comparison, no CASE.
  const numeric = (e: Expr) => e.kind === 'number' || e.kind === 'boolean' || e.kind === 'null';
  if (numeric(a) && numeric(b) && op !== '===' && op !== '!==') {
    const [x, y, sqlOp] = op === '>' ? [b, a, '<'] : op === '>=' ? [b, a, '<='] : op === '==' ? [a, b, '='] : op === '!=' ? [a, b, '<>'] : [a, b, op];
    return numbers(x, y, d, sqlOp);
  }
  // Whatever the kinds, a number an arithmetic operator produced is tested: the engine threw there.
  const f = (x: Expr, y: Expr): Fragment => {
    const r = plain(x, y);
    return { sql: r.sql, err: or(r.err, finiteErr(x, d), finiteErr(y, d)) };
  };
  const plain = (x: Expr, y: Expr): Fragment => {
    switch (op) {
      case '<': return lessPlain(x, y, false, d);
      case '<=': return lessPlain(x, y, true, d);
      case '>': return lessPlain(y, x, false, d);
      case '>=': return lessPlain(y, x, true, d);
      case '==': return looseEqualsPlain(x, y, d);
      case '!=': return negate(looseEqualsPlain(x, y, d));
      case '===': return strictEqualsPlain(x, y, d);
      case '!==': return negate(strictEqualsPlain(x, y, d));
    }
  };
  return distribute2(a, b, f);
}

function negate(f: Fragment): Fragment {
  return { sql: f.sql === TRUE_SQL ? FALSE_SQL : f.sql === FALSE_SQL ? TRUE_SQL : `(NOT ${f.sql})`, err: f.err };
}
