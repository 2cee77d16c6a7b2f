// + - * / % min max (operators/arithmetic.ts) and cat substr in (operators/strings.ts) as SQL.
import type { Dialect } from './dialect.ts';
import { evaluationErr, finiteErr, textProblem, toNumber, toText } from './coerce.ts';
import { comparePair } from './compare-sql.ts';
import { type Expr, type Fragment, type Translation, FALSE_SQL, and, distribute, literalExpr, or, report } from './expr.ts';
import { messages } from './messages.ts';

/** A bound on |toNumber(e)|, Infinity when none is known. */
function boundOf(e: Expr): number {
  if (e.kind === 'boolean' || e.kind === 'null') return 1;
  if (e.kind === 'mixed') return Math.max(...e.cases!.map((c) => boundOf(c.then)), boundOf(e.otherwise!));
  return e.kind === 'number' && e.bound !== undefined ? e.bound : Infinity;
}

/** Far below the largest double: a result within it cannot have overflowed. */
const SAFE = 1e300;

function number(sql: string, err: string | undefined, integral: boolean, bound = Infinity): Expr {
  return bound < SAFE ? { kind: 'number', sql, nullable: false, err, integral, bound } : { kind: 'number', sql, nullable: false, err, unchecked: true, integral };
}

/**
 * Every operand goes through toNumber; the result is left "unchecked": where it is not finite the
 * engine threw, and whoever consumes it tests that (Expr.unchecked). Undefined: PostgreSQL modulo
 * of numbers that may have fractions.
 */
export function translateArithmetic(op: string, args: Expr[], d: Dialect, postgres: boolean): Expr | undefined {
  const integral = args.every((a) => a.integral || a.kind === 'boolean' || a.kind === 'null');
  const err = (parts: Fragment[]) => or(...parts.map((p) => p.err));
  switch (op) {
    case '+': case '*': case '-': {
      if (args.length === 0) return literalExpr(op === '*' ? 1 : 0, d)!;
      // Operands pass unchecked: Infinity + 1 stays not finite, so the test can wait for the consumer.
      const xs = args.map((a) => toNumber(a, d, false));
      const sql = xs.length === 1 && op === '-' ? `(- ${xs[0]!.sql})` : `(${xs.map((x) => x.sql).join(` ${op} `)})`;
      const bounds = args.map(boundOf);
      const bound = op === '*' ? bounds.reduce((a, b) => a * b, 1) : bounds.reduce((a, b) => a + b, 0);
      return number(sql, err(xs), integral, bound);
    }
    case '/': {
      // The dividend may pass unchecked; a divisor may not (x / Infinity is 0).
      const xs = args.length === 1 ? [{ sql: d.double(1) }, toNumber(args[0]!, d)] : [toNumber(args[0]!, d, false), ...args.slice(1).map((a) => toNumber(a, d))];
      let sql = xs[0]!.sql;
      const zero: string[] = [];
      for (const x of xs.slice(1)) {
        sql = `(${sql} / NULLIF(${x.sql}, 0))`;
        zero.push(`(${x.sql} = 0)`);
      }
      return number(sql, or(err(xs), ...zero), false);
    }
    case '%': {
      if (postgres && !integral) return undefined;
      const xs = [toNumber(args[0]!, d, false), ...args.slice(1).map((a) => toNumber(a, d))];
      let sql = xs[0]!.sql;
      const zero: string[] = [];
      for (const x of xs.slice(1)) {
        sql = postgres
          ? `CAST(mod(CAST(${sql} AS bigint), CAST(NULLIF(${x.sql}, 0) AS bigint)) AS float8)`
          : `(${sql} % NULLIF(${x.sql}, 0))`;
        zero.push(`(${x.sql} = 0)`);
      }
      // |a % b| ≤ |a|.
      return number(sql, or(err(xs), ...zero), integral, boundOf(args[0]!));
    }
    default: {
      const xs = args.map((a) => toNumber(a, d));
      const sql = xs.length === 1 ? xs[0]!.sql : `${op === 'min' ? 'LEAST' : 'GREATEST'}(${xs.map((x) => x.sql).join(', ')})`;
      return number(sql, err(xs), integral, Math.max(...args.map(boundOf)));
    }
  }
}

export function translateString(op: string, args: Expr[], t: Translation, pointer: string): Expr {
  const d = t.dialect;
  const text = (e: Expr, nullText: '' | 'null'): Fragment | undefined => {
    const problem = textProblem(e);
    if (problem === undefined) return toText(e, d, nullText);
    report(t, pointer, problem === 'number' ? messages.textAsNumber() : problem === 'time' ? messages.timeAsText() : messages.arrayValue());
    return undefined;
  };
  const string = (sql: string, err: string | undefined): Expr => ({ kind: 'string', sql, nullable: false, err });
  switch (op) {
    case 'cat': {
      if (args.length === 0) return literalExpr('', d)!;
      const parts = args.map((a) => text(a, ''));
      if (parts.some((p) => p === undefined)) return string("''", undefined);
      const ps = parts as Fragment[];
      return string(ps.length === 1 ? ps[0]!.sql : `(${ps.map((p) => p.sql).join(' || ')})`, or(...ps.map((p) => p.err)));
    }
    case 'substr': return substr(args, text, d, string);
    default: return inOperator(args[0]!, args[1]!, text, t, pointer);
  }
}

type TextOf = (e: Expr, nullText: '' | 'null') => Fragment | undefined;

/** substr(source, start, length?) as operators/strings.ts computes it, on code points. */
function substr(args: Expr[], text: TextOf, d: Dialect, string: (sql: string, err: string | undefined) => Expr): Expr {
  const source = text(args[0]!, 'null');
  if (source === undefined) return string("''", undefined);
  const s = source.sql;
  const length = `length(${s})`;
  const start = args.length > 1 ? toNumber(args[1]!, d) : { sql: d.double(0) };
  const count = args.length > 2 ? toNumber(args[2]!, d) : undefined;
  const err = or(source.err, start.err, count?.err);
  const s0 = `trunc(${start.sql})`;
  // A negative start counts from the end; the start is then within [0, length].
  const from = `(CASE WHEN ${s0} < 0 THEN GREATEST(${length} + ${s0}, 0) WHEN ${s0} > ${length} THEN ${length} ELSE ${s0} END)`;
  const position = `CAST(${from} AS integer) + 1`;
  if (count === undefined) return string(`substr(${s}, ${position})`, err);
  const c = count.sql;
  const take = `CAST(LEAST(trunc(${c}), ${length}) AS integer)`;
  // A negative count keeps all but the last |count| characters of what follows start.
  const keep = `trunc(${length} - ${from} + ${c})`;
  const sql = `(CASE WHEN ${c} >= 0 THEN substr(${s}, ${position}, ${take}) WHEN ${keep} > 0 THEN substr(${s}, ${position}, CAST(LEAST(${keep}, ${length}) AS integer)) ELSE '' END)`;
  return string(sql, err);
}

/** in(needle, haystack): substring of a string, an identical (===) item of an array, else false. */
function inOperator(needle: Expr, haystack: Expr, text: TextOf, t: Translation, pointer: string): Expr {
  const d = t.dialect;
  const f = distribute(haystack, (h): Fragment => {
    if (h.kind === 'array') {
      if (h.items === undefined) {
        report(t, pointer, messages.arrayValue());
        return { sql: FALSE_SQL };
      }
      const tests = h.items.map((item) => comparePair('===', { ...needle, err: undefined }, item, d));
      return { sql: or(...tests.map((x) => x.sql)) ?? FALSE_SQL, err: or(...tests.map((x) => x.err)) };
    }
    if (h.kind === 'string' || h.kind === 'date' || h.kind === 'time') {
      const hay = text(h, 'null');
      const n = text({ ...needle, err: undefined }, 'null');
      if (hay === undefined || n === undefined) return { sql: FALSE_SQL };
      // An empty haystack holds nothing, not even "".
      return { sql: and(`(${hay.sql} <> '')`, `(strpos(${hay.sql}, ${n.sql}) > 0)`), err: or(hay.err, n.err) };
    }
    return { sql: FALSE_SQL, err: finiteErr(h, d) };
  });
  return { kind: 'boolean', sql: f.sql, nullable: false, err: or(evaluationErr(needle, d), f.err) };
}
