// JSON-logic → SQL. A rule becomes an Expr (expr.ts): the SQL of its value, its JavaScript type
// known from the declared field types, and the condition under which the engine throws. What has
// no exact SQL is reported with its JSON pointer instead of being approximated.
import { applyLogic, compileLogic } from '../logic/engine.ts';
import { ErrorType, isLogicError } from '../logic/errors.ts';
import type { LogicRule } from '../logic/types.ts';
import type { ScalarFieldType } from '../scorecard/types.ts';
import { jsString } from '../logic/values.ts';
import { valueExpr } from './columns.ts';
import { TimeAsTextError, type ComparisonOp, comparePair } from './compare-sql.ts';
import { evaluationErr, truthy } from './coerce.ts';
import { translateDateTime } from './datetime-sql.ts';
import {
  type Expr, type Fragment, type Translation, FALSE_SQL, NULL_EXPR, THROWS, TRUE_SQL, and, caseWhen, distribute, errOrFalse, literalExpr, not, or, report,
} from './expr.ts';
import { messages } from './messages.ts';
import { translateArithmetic, translateString } from './operators-sql.ts';

/** A list field: its array column and the type of its items. */
export interface ListColumn {
  readonly list: string;
  readonly items: ScalarFieldType;
}

/** How `var` paths map to columns: the value at a path, 'object' for a path naming an object, undefined for none. */
export interface Scope {
  /** A field's value; 'object' for a record or ratings object (no SQL value), a ListColumn for a list field. */
  read(segments: readonly string[]): Expr | 'object' | ListColumn | undefined;
}

function isList(e: Expr | 'object' | ListColumn | undefined): e is ListColumn {
  return typeof e === 'object' && 'list' in e;
}

/** The name the SQL gives the item of a list inside a count (a DuckDB lambda parameter, a PostgreSQL unnest column). */
const ITEM = 'item';

/** Operators that run a rule per item of a list. */
const ITERATORS = new Set<string>(['map', 'filter', 'reduce', 'all', 'some', 'none']);

/** A var naming one fixed path, without a default: its path, else undefined. */
function plainVarPath(rule: unknown): string | undefined {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1 || keys[0] !== 'var') return undefined;
  const arg = (rule as Record<string, unknown>).var;
  const path = Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
  return typeof path === 'string' && path !== '' ? path : undefined;
}

/** Whether `rule` reads the data only through {"var": "current"} (a count's condition reads nothing but the item). */
function readsOnlyCurrent(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.every(readsOnlyCurrent);
  if (rule === null || typeof rule !== 'object') return true;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return true;
  const op = keys[0]!;
  if (op === 'var') return plainVarPath(rule) === 'current';
  if (READS_DATA.has(op)) return false;
  return readsOnlyCurrent((rule as Record<string, unknown>)[op]);
}

/**
 * The rule builder's count (builder/mapping.ts), exactly as it writes it:
 * {"reduce": [LIST, {"+": [{"var": "accumulator"}, {"if": [COND, 1, 0]}]}, 0]}, COND reading the item
 * as {"var": "current"}. Its list and condition, or undefined for any other reduce.
 */
function countShape(raw: unknown): { list: unknown; condition: unknown } | undefined {
  const only = (node: unknown, op: string): unknown[] | undefined => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    const keys = Object.keys(node);
    const args = (node as Record<string, unknown>)[op];
    return keys.length === 1 && keys[0] === op && Array.isArray(args) ? args : undefined;
  };
  if (!Array.isArray(raw) || raw.length !== 3 || !Object.is(raw[2], 0)) return undefined;
  const sum = only(raw[1], '+');
  if (sum?.length !== 2 || plainVarPath(sum[0]) !== 'accumulator') return undefined;
  const test = only(sum[1], 'if');
  if (test?.length !== 3 || !Object.is(test[1], 1) || !Object.is(test[2], 0)) return undefined;
  return readsOnlyCurrent(test[0]) ? { list: raw[0], condition: test[0] } : undefined;
}

const COMPARISONS = new Set<string>(['<', '<=', '>', '>=', '==', '!=', '===', '!==']);
const ARITHMETIC = new Set<string>(['+', '-', '*', '/', '%', 'min', 'max']);
const STRINGS = new Set<string>(['cat', 'substr', 'in']);
const TRANSLATED = new Set<string>([...COMPARISONS, ...ARITHMETIC, ...STRINGS, 'var', 'log', 'if', '?:', 'and', 'or', '!', '!!', '??', 'missing', 'missing_some']);
/** Operators whose argument written as one operator computes the argument list (operator-def.ts "spread"). */
const SPREAD = new Set<string>([...ARITHMETIC, 'cat', 'substr']);
/** Operators that read the data: a subtree without them is a constant. */
const READS_DATA = new Set<string>(['var', 'val', 'exists', 'missing', 'missing_some']);

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The operator of the node at a JSON pointer of `rule`. */
function operatorAt(rule: unknown, pointer: string): string | undefined {
  let node = rule;
  for (const segment of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const keys = node !== null && typeof node === 'object' && !Array.isArray(node) ? Object.keys(node) : [];
  return keys.length === 1 ? keys[0] : undefined;
}

function readsData(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.some(readsData);
  if (rule === null || typeof rule !== 'object') return false;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return false;
  return READS_DATA.has(keys[0]!) || readsData((rule as Record<string, unknown>)[keys[0]!]);
}

/**
 * Translates `rule` (found at `pointer` in the configuration) against `scope`. Returns undefined
 * when it has no exact SQL; the reasons are appended to `t.problems`.
 */
export function logicToSql(rule: LogicRule, scope: Scope, t: Translation, pointer: string): Expr | undefined {
  try {
    compileLogic(rule);
  } catch (error) {
    if (!isLogicError(error)) throw error;
    // Custom operators are unknown to the default engine: say so in the words of the other operators.
    const at = error.pointer ?? '';
    const op = error.type === ErrorType.UnknownOperator ? operatorAt(rule, at) : undefined;
    t.problems.push({ pointer: pointer + at, message: op === undefined ? messages.invalidRule(error.message) : messages.operator(op) });
    return undefined;
  }
  const before = t.problems.length;
  const e = new RuleTranslator(scope, t).translate(rule, pointer);
  return t.problems.length === before ? e : undefined;
}

class RuleTranslator {
  constructor(private readonly scope: Scope, private readonly t: Translation) {}

  translate(rule: unknown, pointer: string): Expr {
    const d = this.t.dialect;
    if (rule === null || typeof rule !== 'object') return this.literal(rule, pointer);
    if (!readsData(rule)) {
      // Constant: the engine computes it once, here, exactly.
      let value: unknown;
      try {
        value = applyLogic(rule, null);
      } catch (error) {
        if (!isLogicError(error)) throw error;
        return THROWS;
      }
      return this.literal(value, pointer);
    }
    if (Array.isArray(rule)) {
      const items = rule.map((item, i) => this.translate(item, `${pointer}/${i}`));
      return { kind: 'array', sql: 'NULL', nullable: false, items, err: or(...items.map((x) => evaluationErr(x, d))) };
    }
    const op = Object.keys(rule)[0]!;
    const raw = (rule as Record<string, unknown>)[op];
    if (ITERATORS.has(op)) return this.iterator(op, raw, pointer);
    if (!TRANSLATED.has(op) && !op.startsWith('date.') && !op.startsWith('time.')) return report(this.t, pointer, messages.operator(op));
    const at = `${pointer}/${escapePointer(op)}`;
    let args: Expr[];
    if (Array.isArray(raw)) args = raw.map((a, i) => this.translate(a, `${at}/${i}`));
    else if (SPREAD.has(op) && raw !== null && typeof raw === 'object') return report(this.t, pointer, messages.computedArguments(op));
    else args = [this.translate(raw, at)];
    try {
      return this.operator(op, args, pointer, d.name === 'postgres');
    } catch (error) {
      if (error instanceof TimeAsTextError) return report(this.t, pointer, messages.timeAsText());
      throw error;
    }
  }

  /** A list field read by `path` in this scope, or undefined. */
  private listAt(path: string | undefined): ListColumn | undefined {
    if (path === undefined) return undefined;
    const e = this.scope.read(path.split('.'));
    return isList(e) ? e : undefined;
  }

  /**
   * Iterators: the count of the items of a list field that satisfy a condition is translated
   * (count(*) over the list, the condition translated with {"var": "current"} bound to the item);
   * anything else is reported, as a rule over a list when it iterates a list field.
   */
  private iterator(op: string, raw: unknown, pointer: string): Expr {
    const d = this.t.dialect;
    const listPath = plainVarPath(Array.isArray(raw) ? raw[0] : undefined);
    const list = this.listAt(listPath);
    const count = op === 'reduce' ? countShape(raw) : undefined;
    if (list === undefined || count === undefined) return report(this.t, pointer, list === undefined ? messages.operator(op) : messages.listValue(listPath!));
    // reduce evaluates its body on {current, accumulator}: the condition sees the item as "current".
    const item = valueExpr(list.items, ITEM, d);
    const itemScope: Scope = { read: (segments) => (segments.length === 1 && segments[0] === 'current' ? item : undefined) };
    const before = this.t.problems.length;
    const condition = new RuleTranslator(itemScope, this.t).translate(count.condition, `${pointer}/reduce/1/+/1/if/0`);
    if (this.t.problems.length !== before) return NULL_EXPR;
    const test = truthy(condition, d);
    // Every item is visited (reduce does not stop early): the count fails if the condition fails on any item.
    const err = test.err === undefined ? undefined : `(${d.countWhere(list.list, ITEM, test.err)} > 0)`;
    return { kind: 'number', sql: `CAST(${d.countWhere(list.list, ITEM, test.sql)} AS ${d.doubleType})`, nullable: false, integral: true, bound: 2 ** 53, err };
  }

  private literal(value: unknown, pointer: string): Expr {
    if (this.t.dialect.name === 'postgres' && JSON.stringify(value)?.includes('\\u0000')) return report(this.t, pointer, messages.nulCharacter());
    return literalExpr(value, this.t.dialect) ?? report(this.t, pointer, messages.objectLiteral());
  }

  private operator(op: string, args: Expr[], pointer: string, postgres: boolean): Expr {
    const d = this.t.dialect;
    if (COMPARISONS.has(op)) return this.comparison(op as ComparisonOp, args);
    if (ARITHMETIC.has(op)) return translateArithmetic(op, args, d, postgres) ?? report(this.t, pointer, messages.postgresModulo());
    if (STRINGS.has(op)) return translateString(op, args, this.t, pointer);
    if (op.startsWith('date.') || op.startsWith('time.')) return translateDateTime(op, args, this.t, pointer);
    switch (op) {
      case 'var': return this.variable(args, pointer);
      case 'log': return args[0]!;
      case 'if': case '?:': return this.ifChain(args);
      case 'and': return this.andOr(args, true);
      case 'or': return this.andOr(args, false);
      case '!': case '!!': {
        if (args.length === 0) return literalExpr(op === '!', d)!;
        const f = truthy(args[0]!, d);
        return { kind: 'boolean', sql: op === '!' ? not(f.sql) : f.sql, nullable: false, err: f.err };
      }
      case '??': return this.coalesce(args);
      case 'missing': return this.missing(args, pointer);
      case 'missing_some': return this.missingSome(args, pointer);
      default: return report(this.t, pointer, messages.operator(op));
    }
  }

  private variable(args: Expr[], pointer: string): Expr {
    const path = args[0];
    if (path !== undefined && path.literal === undefined) return report(this.t, pointer, messages.computedPath('var'));
    // A default applies to a field the record does not have; every column is a field every record
    // has (NULL is JSON null, as a blank CSV cell), so only the default's own errors matter.
    const fallbackErr = args[1] === undefined ? undefined : evaluationErr(args[1], this.t.dialect);
    const segments = this.segments(path?.literal?.value);
    if (segments === undefined) return report(this.t, pointer, messages.objectValue(''));
    const e = this.scope.read(segments);
    if (e === undefined) return report(this.t, pointer, messages.unknownField(segments.join('.')));
    if (e === 'object') return report(this.t, pointer, messages.objectValue(segments.join('.')));
    if (isList(e)) {
      // A list as a value: null, or an array (truthy when not empty) that is the same array wherever it is read.
      if (args[1] !== undefined) return report(this.t, pointer, messages.listValue(segments.join('.')));
      return { kind: 'array', sql: e.list, nullable: true, truthy: `(${this.t.dialect.listLength(e.list)} > 0)` };
    }
    return fallbackErr === undefined ? e : { ...e, err: or(e.err, fallbackErr) };
  }

  /** A classic var path split at dots; undefined for "the whole data". */
  private segments(value: unknown): string[] | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    return jsString(value).split('.');
  }

  private comparison(op: ComparisonOp, args: Expr[]): Expr {
    const d = this.t.dialect;
    // Chains stop at the first pair that fails, without evaluating the rest (comparison.ts).
    const pairs: Fragment[] = [];
    for (let i = 0; i + 1 < args.length; i++) pairs.push(comparePair(op, args[i]!, args[i + 1]!, d));
    let err: string | undefined;
    for (let i = pairs.length - 1; i >= 0; i--) err = or(pairs[i]!.err, err === undefined ? undefined : and(pairs[i]!.sql, err));
    return { kind: 'boolean', sql: and(...pairs.map((p) => p.sql)), nullable: false, err };
  }

  /** if / ?: — [cond, then, cond, then, ..., else]. */
  private ifChain(args: Expr[]): Expr {
    const d = this.t.dialect;
    if (args.length === 0) return NULL_EXPR;
    const branches: { cond: Fragment; value: Expr }[] = [];
    let i = 0;
    for (; i + 1 < args.length; i += 2) branches.push({ cond: truthy(args[i]!, d), value: args[i + 1]! });
    return choose(branches, i < args.length ? args[i]! : NULL_EXPR);
  }

  /** and: the first falsy value or the last; or: the first truthy value or the last. */
  private andOr(args: Expr[], isAnd: boolean): Expr {
    const d = this.t.dialect;
    if (args.length === 0) return literalExpr(false, d)!;
    if (args.length === 1) return args[0]!;
    const tests = args.map((a) => truthy(a, d));
    const branches = args.slice(0, -1).map((value, i) => ({ cond: isAnd ? { sql: not(tests[i]!.sql), err: tests[i]!.err } : tests[i]!, value }));
    const chosen = choose(branches, args[args.length - 1]!);
    const hint = isAnd ? and(...tests.map((x) => x.sql)) : (or(...tests.map((x) => x.sql)) ?? FALSE_SQL);
    // Testing the value tests the last operand too (an unchecked number), which only the operands
    // before it decide to reach.
    const errCases: { when: string; then: string }[] = [];
    tests.slice(0, -1).forEach((x) => {
      if (x.err !== undefined) errCases.push({ when: x.err, then: TRUE_SQL });
      errCases.push({ when: isAnd ? not(x.sql) : x.sql, then: FALSE_SQL });
    });
    const last = tests[tests.length - 1]!.err;
    const truthyErr = last === undefined && errCases.every((x) => x.then === FALSE_SQL) ? undefined : caseWhen(errCases, errOrFalse(last));
    return { ...chosen, truthyHint: hint, truthyErr };
  }

  private coalesce(args: Expr[]): Expr {
    if (args.length === 0) return NULL_EXPR;
    if (args.length === 1) return args[0]!;
    const branches = args.slice(0, -1).map((value) => ({ cond: distribute({ ...value, err: undefined }, (x) => ({ sql: x.kind === 'null' ? FALSE_SQL : TRUE_SQL })), value }));
    return choose(branches.map((b) => ({ cond: { sql: b.cond.sql, err: b.value.err }, value: b.value })), args[args.length - 1]!);
  }

  /** The keys of missing / missing_some: constants naming fields. */
  private missingConditions(keys: readonly unknown[], pointer: string): string[] | undefined {
    const out: string[] = [];
    for (const key of keys) {
      const segments = this.segments(key);
      // The whole data is an object: never missing.
      if (segments === undefined) {
        out.push(FALSE_SQL);
        continue;
      }
      const e = this.scope.read(segments);
      if (e === undefined) {
        report(this.t, pointer, messages.unknownField(segments.join('.')));
        return undefined;
      }
      if (e === 'object' || isList(e)) {
        report(this.t, pointer, e === 'object' ? messages.objectValue(segments.join('.')) : messages.listValue(segments.join('.')));
        return undefined;
      }
      out.push(e.kind === 'string' ? `(${e.sql} IS NULL OR ${e.sql} = '')` : e.nullable ? `(${e.sql} IS NULL)` : FALSE_SQL);
    }
    return out;
  }

  private missing(args: Expr[], pointer: string): Expr {
    if (!args.every((a) => a.literal !== undefined && a.err === undefined)) return report(this.t, pointer, messages.computedPath('missing'));
    const values = args.map((a) => a.literal!.value);
    // As in json-logic-js: one array argument is the list of keys.
    const keys = Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
    const conditions = this.missingConditions(keys, pointer);
    if (conditions === undefined) return NULL_EXPR;
    return { kind: 'array', sql: 'NULL', nullable: false, truthy: or(...conditions) ?? FALSE_SQL };
  }

  private missingSome(args: Expr[], pointer: string): Expr {
    const [need, list] = args as [Expr, Expr];
    if (need.literal === undefined || list.literal === undefined || need.err !== undefined || list.err !== undefined) return report(this.t, pointer, messages.computedPath('missing_some'));
    const n = typeof need.literal.value === 'number' ? need.literal.value : Number(need.literal.value ?? 0);
    if (n !== n || typeof need.literal.value === 'object' && need.literal.value !== null) return THROWS;
    const keys = Array.isArray(list.literal.value) ? (list.literal.value as unknown[]) : [list.literal.value];
    const conditions = this.missingConditions(keys, pointer);
    if (conditions === undefined) return NULL_EXPR;
    if (conditions.length === 0) return { kind: 'array', sql: 'NULL', nullable: false, truthy: FALSE_SQL };
    const absent = `(${conditions.map((c) => `CASE WHEN ${c} THEN 1 ELSE 0 END`).join(' + ')})`;
    // Fewer present than needed returns the absent keys, which is truthy only when there are some.
    const truthyCondition = and(`(${keys.length} - ${absent} < ${this.t.dialect.double(n)})`, `(${absent} > 0)`);
    return { kind: 'array', sql: 'NULL', nullable: false, truthy: truthyCondition };
  }
}

/**
 * The value of the first branch whose condition holds, else `otherwise` — if/and/or/?? — with the
 * engine's laziness: a branch's errors count only when it is reached.
 */
export function choose(branches: readonly { cond: Fragment; value: Expr }[], otherwise: Expr): Expr {
  const errCases: { when: string; then: string }[] = [];
  for (const b of branches) {
    if (b.cond.err !== undefined) errCases.push({ when: b.cond.err, then: TRUE_SQL });
    errCases.push({ when: b.cond.sql, then: errOrFalse(b.value.err) });
  }
  const anyErr = branches.some((b) => b.cond.err !== undefined || b.value.err !== undefined) || otherwise.err !== undefined;
  const err = anyErr ? caseWhen(errCases, errOrFalse(otherwise.err)) : undefined;
  const values = [...branches.map((b) => b.value), otherwise];
  const kinds = new Set(values.filter((v) => v.kind !== 'null').map((v) => v.kind));
  const [kind] = kinds;
  if (kinds.size === 0) return { ...NULL_EXPR, err };
  if (kinds.size === 1 && kind !== 'array' && kind !== 'mixed') {
    const sql = caseWhen(branches.map((b) => ({ when: b.cond.sql, then: b.value.sql })), otherwise.sql);
    return {
      kind: kind!, sql, err,
      nullable: values.some((v) => v.nullable),
      unchecked: values.some((v) => v.unchecked),
      integral: values.every((v) => v.kind === 'null' || v.integral),
      bound: values.every((v) => v.kind === 'null' || v.bound !== undefined) ? Math.max(0, ...values.map((v) => v.bound ?? 0)) : undefined,
    };
  }
  const strip = (v: Expr): Expr => ({ ...v, err: undefined });
  return { kind: 'mixed', sql: 'NULL', nullable: true, err, cases: branches.map((b) => ({ when: b.cond.sql, then: strip(b.value) })), otherwise: strip(otherwise) };
}
