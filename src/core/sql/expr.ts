// A JSON-logic value as SQL: the SQL of the value, what JavaScript type it has, and when the
// engine would have thrown instead of producing it. Types are known statically from the declared
// field types; SQL NULL is JSON null.
import type { Dialect } from './dialect.ts';
import { quoteString } from './dialect.ts';
import type { SqlMessage, SqlProblem } from './types.ts';

/**
 * The JavaScript type of a value. `date` and `time` are strings in JavaScript ("2025-03-01",
 * "08:30") held in DATE/TIME columns; `mixed` is a value whose type depends on the record (an
 * `if` with a number in one branch and a string in another), kept as its cases.
 */
export type Kind = 'number' | 'boolean' | 'string' | 'date' | 'time' | 'null' | 'array' | 'mixed';

export interface Expr {
  readonly kind: Kind;
  /** SQL of the value (for arrays and mixed values: unused). */
  readonly sql: string;
  /** Whether the SQL may be NULL (JSON null). */
  readonly nullable: boolean;
  /** SQL boolean, true where the engine throws; undefined when it never does. */
  readonly err?: string;
  /**
   * A number an arithmetic operator produced: where it is not finite the engine has thrown, so
   * whoever consumes it must test it (arithmetic passes it on: Infinity + 1 is still not finite).
   */
  readonly unchecked?: boolean;
  /** A number known to be a whole number (for PostgreSQL's integer-only modulo). */
  readonly integral?: boolean;
  /** A bound on the magnitude of a number, when one is known (arithmetic within 1e300 cannot overflow). */
  readonly bound?: number;
  /** The JSON value, when known at translation time. */
  readonly literal?: { readonly value: unknown };
  /** Arrays written in the rule: their items. */
  readonly items?: readonly Expr[];
  /** Arrays computed per record (missing): their truthiness. */
  readonly truthy?: string;
  /** and/or: their truthiness, simpler than testing the value they return, and when testing it throws. */
  readonly truthyHint?: string;
  readonly truthyErr?: string;
  /** Mixed values: the first case whose condition holds gives the value, else `otherwise`. */
  readonly cases?: readonly { readonly when: string; readonly then: Expr }[];
  readonly otherwise?: Expr;
}

/** SQL with the condition under which computing it makes the engine throw. */
export interface Fragment {
  readonly sql: string;
  readonly err?: string;
}

/** Where a translation stands: the dialect, and the problems found so far. */
export interface Translation {
  readonly dialect: Dialect;
  readonly problems: SqlProblem[];
}

export function report(t: Translation, pointer: string, message: SqlMessage): Expr {
  t.problems.push({ pointer, message });
  return NULL_EXPR;
}

export const NULL_EXPR: Expr = { kind: 'null', sql: 'NULL', nullable: true, literal: { value: null } };
export const TRUE_SQL = 'TRUE';
export const FALSE_SQL = 'FALSE';

/** An expression that always throws when evaluated (a constant subtree that fails). */
export const THROWS: Expr = { kind: 'null', sql: 'NULL', nullable: true, err: TRUE_SQL };

export function literalExpr(value: unknown, d: Dialect): Expr | undefined {
  const literal = { value };
  if (value === null) return NULL_EXPR;
  switch (typeof value) {
    case 'number':
      return { kind: 'number', sql: d.double(value), nullable: false, literal, integral: Number.isInteger(value), bound: Math.abs(value) };
    case 'boolean':
      return { kind: 'boolean', sql: value ? TRUE_SQL : FALSE_SQL, nullable: false, literal };
    case 'string':
      return { kind: 'string', sql: quoteString(value), nullable: false, literal };
    default:
      if (Array.isArray(value)) {
        const items: Expr[] = [];
        for (const item of value) {
          const e = literalExpr(item, d);
          if (e === undefined) return undefined;
          items.push(e);
        }
        return { kind: 'array', sql: 'NULL', nullable: false, literal, items };
      }
      return undefined;
  }
}

// Conditions are built as text; these keep the common constant cases short.

export function or(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => p !== undefined && p !== FALSE_SQL);
  if (kept.includes(TRUE_SQL)) return TRUE_SQL;
  if (kept.length === 0) return undefined;
  return kept.length === 1 ? kept[0] : `(${kept.join(' OR ')})`;
}

export function and(...parts: string[]): string {
  const kept = parts.filter((p) => p !== TRUE_SQL);
  if (kept.includes(FALSE_SQL)) return FALSE_SQL;
  if (kept.length === 0) return TRUE_SQL;
  return kept.length === 1 ? kept[0]! : `(${kept.join(' AND ')})`;
}

export function not(condition: string): string {
  if (condition === TRUE_SQL) return FALSE_SQL;
  if (condition === FALSE_SQL) return TRUE_SQL;
  return `(NOT ${condition})`;
}

/** `CASE WHEN c1 THEN v1 ... ELSE otherwise END`, shortened when conditions are constant. */
export function caseWhen(cases: readonly { when: string; then: string }[], otherwise: string): string {
  const kept: { when: string; then: string }[] = [];
  let last = otherwise;
  for (const c of cases) {
    if (c.when === FALSE_SQL) continue;
    if (c.when === TRUE_SQL) {
      last = c.then;
      break;
    }
    kept.push(c);
  }
  if (kept.every((c) => c.then === last)) return last;
  // The shapes a nullable value gives most often: x itself, or COALESCE.
  if (kept.length === 1 && kept[0]!.when === `${last} IS NULL`) return kept[0]!.then === 'NULL' ? last : `COALESCE(${last}, ${kept[0]!.then})`;
  return `CASE ${kept.map((c) => `WHEN ${c.when} THEN ${c.then}`).join(' ')} ELSE ${last} END`;
}

/** An error condition as a CASE branch value (never NULL). */
export function errOrFalse(err: string | undefined): string {
  return err ?? FALSE_SQL;
}

/** The error condition of a CASE whose branches have their own error conditions. */
export function caseErr(cases: readonly { when: string; err?: string }[], otherwise: string | undefined): string | undefined {
  if (cases.every((c) => c.err === undefined) && otherwise === undefined) return undefined;
  return caseWhen(cases.map((c) => ({ when: c.when, then: errOrFalse(c.err) })), errOrFalse(otherwise));
}

/**
 * The alternatives a value has at run time, each a value of one known kind (never nullable):
 * a nullable value is JSON null or its kind, a mixed value is one of its cases.
 */
export function alternatives(e: Expr): { when: string; then: Expr }[] {
  if (e.kind === 'mixed') {
    const out: { when: string; then: Expr }[] = [];
    for (const c of e.cases!) for (const alt of alternatives(c.then)) out.push({ when: and(c.when, alt.when), then: alt.then });
    // The conditions of the cases are tested in order, so "otherwise" needs no negation here: the CASE
    // built from this list keeps the order.
    for (const alt of alternatives(e.otherwise!)) out.push(alt);
    return out;
  }
  if (e.nullable && e.kind !== 'null') return [{ when: `${e.sql} IS NULL`, then: NULL_EXPR }, { when: TRUE_SQL, then: { ...e, nullable: false, err: undefined } }];
  return [{ when: TRUE_SQL, then: { ...e, err: undefined } }];
}

/**
 * Applies `f` to every run-time alternative of `e` and joins the results in one CASE; the error
 * condition is e's own plus f's.
 */
export function distribute(e: Expr, f: (plain: Expr) => Fragment): Fragment {
  const alts = alternatives(e);
  const results = alts.map((a) => ({ when: a.when, r: f(a.then) }));
  const sql = caseWhen(results.map((x) => ({ when: x.when, then: x.r.sql })), results[results.length - 1]!.r.sql);
  const inner = caseErr(results.map((x) => ({ when: x.when, err: x.r.err })), results[results.length - 1]!.r.err);
  return { sql, err: or(e.err, inner) };
}

/** distribute over two values: every pair of alternatives. */
export function distribute2(a: Expr, b: Expr, f: (x: Expr, y: Expr) => Fragment): Fragment {
  const inner = distribute({ ...a, err: undefined }, (x) => distribute({ ...b, err: undefined }, (y) => f(x, y)));
  return { sql: inner.sql, err: or(a.err, b.err, inner.err) };
}
