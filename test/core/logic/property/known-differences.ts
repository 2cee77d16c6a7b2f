// The rows of src/core/logic/DIFFERENCES.md as predicates: each says whether one divergence (an
// operator node where this engine and json-logic-js disagree, see classic-trace.ts) is the kind of
// case its row documents. A difference between the two engines is known when every divergence it
// contains matches a row; the test fails on any other.
import { analyse, ARRAY_FORM, isOperator, type Analysis, type Site } from './classic-trace.ts';
import { closeValues, isJson, nanEquivalent, runOurs, sameOutcome, type Outcome } from './outcomes.ts';

const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%']);
const MIN_MAX: ReadonlySet<string> = new Set(['min', 'max']);
/** Operators for which `{op: {operator}}` computes the argument list (this engine's "spread" form). */
const SPREAD: ReadonlySet<string> = new Set([...ARITHMETIC, ...MIN_MAX, 'cat', 'substr']);
const COMPARISONS: ReadonlySet<string> = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);
const LOOSE_COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);
const QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'some', 'none']);
/** Most arguments of the operators row D38 lists, and fewest of those row D39 lists. */
const MAX_ARGS: Readonly<Record<string, number>> = { '!': 1, '!!': 1, in: 2, var: 2, log: 1, map: 2, filter: 2, reduce: 3, all: 2, some: 2, none: 2, missing_some: 2, substr: 3 };
const MIN_ARGS: Readonly<Record<string, number>> = { in: 2, map: 2, filter: 2, reduce: 2, all: 2, some: 2, none: 2, missing_some: 2, substr: 1, log: 1 };
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------------------------
// Helpers on sites

const run = (s: Site): boolean => s.stage === 'run';
const compile = (s: Site): boolean => s.stage === 'compile';
const oursFails = (s: Site, type: string): boolean => s.ours.kind === 'error' && s.ours.type === type;
const oursValue = (s: Site): boolean => s.ours.kind === 'value';
const theirsFails = (s: Site): boolean => s.theirs.kind === 'error';
const theirsNaN = (s: Site): boolean => s.theirs.kind === 'value' && Number.isNaN(s.theirs.value);
const writtenCount = (s: Site): number => (s.listed ? (s.raw as unknown[]).length : 1);

/** `{op: {operator}}` whose operator computed an array: this engine spreads it (rows D29, D30). */
function spreadsComputedList(s: Site): boolean {
  return run(s) && SPREAD.has(s.op) && s.computed && Array.isArray(s.args[0]);
}

/** The number this engine reads a value as (the suites' coercion), NaN where it fails. */
function asNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  if (typeof v === 'string') return Number(v);
  return Number.NaN;
}

const isNonNumericString = (v: unknown): boolean => typeof v === 'string' && Number.isNaN(Number(v));
const isObjectOrArray = (v: unknown): boolean => v !== null && typeof v === 'object';
const isBooleanNullOrEmpty = (v: unknown): boolean => typeof v === 'boolean' || v === null || v === '';

function neighbours(args: readonly unknown[]): Array<[unknown, unknown]> {
  const out: Array<[unknown, unknown]> = [];
  for (let i = 1; i < args.length; i++) out.push([args[i - 1], args[i]]);
  return out;
}

/**
 * This engine on the first `count` argument values alone gives what json-logic-js gave: the
 * arguments beyond `count` (which json-logic-js ignores) are the whole difference.
 */
function onlyExtraArguments(s: Site, count: number): boolean {
  if (s.args.length <= count) return false;
  const head = s.args.slice(0, count);
  const ours = runOurs({ [s.op]: head.map((_, i) => ({ var: String(i) })) }, head);
  return sameOutcome(ours, s.theirs) || nanEquivalent(ours, s.theirs);
}

/** The first argument this engine cannot read as a number (it fails there, left to right). */
function firstNonNumber(args: readonly unknown[]): { value: unknown } | undefined {
  for (const value of args) if (Number.isNaN(asNumber(value))) return { value };
  return undefined;
}

/** What this engine's arithmetic gives on these argument values: a number, or undefined for its "NaN" error. */
function arithmetic(op: string, args: readonly unknown[]): number | undefined {
  const xs = args.map(asNumber);
  if (xs.some(Number.isNaN)) return undefined;
  let result: number;
  switch (op) {
    case '+': result = xs.reduce((a, b) => a + b, 0); break;
    case '*': result = xs.reduce((a, b) => a * b, 1); break;
    case '-': result = xs.length === 1 ? -xs[0]! : xs.slice(1).reduce((a, b) => a - b, xs[0]!); break;
    case '/':
      if ((xs.length === 1 ? xs : xs.slice(1)).includes(0)) return undefined;
      result = xs.length === 1 ? 1 / xs[0]! : xs.slice(1).reduce((a, b) => a / b, xs[0]!);
      break;
    case '%': result = xs.slice(1).reduce((a, b) => a % b, xs[0]!); break;
    default: return undefined;
  }
  return Number.isFinite(result) ? result : undefined;
}

/** This engine's result is the documented arithmetic on the argument values (the rows say what it computes). */
function oursComputes(s: Site): boolean {
  const expected = arithmetic(s.op, s.args);
  if (expected === undefined) return oursFails(s, 'NaN');
  return s.ours.kind === 'value' && closeValues(s.ours.value, expected);
}

/**
 * This engine on the neighbouring pairs of a comparison, one after the other as its chain goes:
 * the pair it cannot compare ("NaN"), or the chain's value. Undefined if an argument is no JSON.
 */
function chainOfPairs(s: Site): { value: boolean } | { fails: [unknown, unknown] } | undefined {
  for (const [a, b] of neighbours(s.args)) {
    // Reached only if the chain gets this far (a NaN further on is never compared).
    if (!isJson(a) || !isJson(b)) return undefined;
    const pair = runOurs({ [s.op]: [{ var: '0' }, { var: '1' }] }, [a, b]);
    if (pair.kind === 'error') return pair.type === 'NaN' ? { fails: [a, b] } : undefined;
    if (pair.value !== true) return { value: false };
  }
  return { value: true };
}

/** This engine's chain result is what its pairs give. */
function oursChains(s: Site): boolean {
  const chain = chainOfPairs(s);
  if (chain === undefined) return false;
  return 'fails' in chain ? oursFails(s, 'NaN') : s.ours.kind === 'value' && s.ours.value === chain.value;
}

/** The pair this engine's comparison chain fails at matches `test` (either way round). */
function failsAtPair(s: Site, test: (a: unknown, b: unknown) => boolean): boolean {
  if (!oursFails(s, 'NaN')) return false;
  const chain = chainOfPairs(s);
  return chain !== undefined && 'fails' in chain && (test(chain.fails[0], chain.fails[1]) || test(chain.fails[1], chain.fails[0]));
}

const somePair = (s: Site, test: (a: unknown, b: unknown) => boolean): boolean =>
  neighbours(s.args).some(([a, b]) => test(a, b) || test(b, a));

/** The classic dotted paths a var / missing / missing_some node reads. */
function pathsRead(s: Site): unknown[] {
  if (s.op === 'var') return [s.args[0]];
  if (s.op === 'missing') return Array.isArray(s.args[0]) ? (s.args[0] as unknown[]) : [...s.args];
  if (s.op === 'missing_some') return Array.isArray(s.args[1]) ? (s.args[1] as unknown[]) : [s.args[1]];
  return [];
}

/** An own property as this engine reads it (array items and length, string characters and length). */
function ownProperty(container: unknown, key: string): unknown {
  if (typeof container === 'string' || Array.isArray(container)) {
    if (key === 'length') return container.length;
    const i = Number(key);
    return /^(0|[1-9]\d*)$/.test(key) && i < container.length ? container[i] : undefined;
  }
  if (container !== null && typeof container === 'object' && Object.prototype.hasOwnProperty.call(container, key)) return (container as Record<string, unknown>)[key];
  return undefined;
}

/**
 * How a classic var path reaches beyond own properties in `data`: through an inherited property
 * ("inherited"), or a forbidden key at the first segment or deeper — where json-logic-js finds
 * something this engine does not read.
 */
function reachesBeyondOwn(data: unknown, path: unknown): 'inherited' | 'forbidden' | 'forbidden-deep' | undefined {
  if (path === undefined || path === null || path === '') return undefined;
  const segments = String(path).split('.');
  let value = data;
  for (let i = 0; i < segments.length; i++) {
    if (value === null || value === undefined) return undefined;
    const key = segments[i]!;
    const inherited = (Object(value) as Record<string, unknown>)[key];
    if (FORBIDDEN_KEYS.has(key)) return inherited === undefined ? undefined : i === 0 ? 'forbidden' : 'forbidden-deep';
    const own = ownProperty(value, key);
    if (own === undefined) return inherited === undefined ? undefined : 'inherited';
    value = own;
  }
  return undefined;
}

const readsBeyondOwn = (s: Site, kind: 'inherited' | 'forbidden' | 'forbidden-deep' | 'any-forbidden'): boolean =>
  run(s) && pathsRead(s).some((p) => {
    const r = reachesBeyondOwn(s.data, p);
    return kind === 'any-forbidden' ? r === 'forbidden' || r === 'forbidden-deep' : r === kind;
  });

// ---------------------------------------------------------------------------------------------
// One predicate per row of the table, by id (the "Id" column of DIFFERENCES.md).

export const ROWS: Readonly<Record<string, (s: Site) => boolean>> = {
  D1: (s) => run(s) && s.op === '+' && !spreadsComputedList(s) && oursValue(s) && oursComputes(s) && theirsNaN(s) && s.args.some(isBooleanNullOrEmpty),
  D2: (s) => run(s) && ARITHMETIC.has(s.op) && !spreadsComputedList(s) && oursFails(s, 'NaN') && isNonNumericString(firstNonNumber(s.args)?.value),
  D3: (s) => run(s) && ARITHMETIC.has(s.op) && !spreadsComputedList(s) && oursFails(s, 'NaN') && Array.isArray(firstNonNumber(s.args)?.value),
  D4: (s) => run(s) && s.op === '*' && s.listed && s.args.length === 0 && oursComputes(s) && theirsFails(s),
  // json-logic-js returns a single argument of * unchanged; this engine coerces it like any other.
  D5: (s) => run(s) && s.op === '*' && !spreadsComputedList(s) && s.args.length === 1
    && s.theirs.kind === 'value' && closeValues(s.theirs.value, s.args[0]) && oursComputes(s),
  D6: (s) => run(s) && s.op === '*' && !spreadsComputedList(s) && s.args.length >= 2 && oursValue(s) && oursComputes(s) && theirsNaN(s) && s.args.some(isBooleanNullOrEmpty),
  D7: (s) => run(s) && s.op === '-' && s.listed && onlyExtraArguments(s, 2) && oursComputes(s),
  D8: (s) => compile(s) && s.op === '-' && s.listed && writtenCount(s) === 0,
  D9: (s) => run(s) && s.op === '/' && s.listed && onlyExtraArguments(s, 2) && oursComputes(s),
  D10: (s) => run(s) && s.op === '/' && !spreadsComputedList(s) && s.args.length === 1 && oursComputes(s),
  D11: (s) => run(s) && s.op === '/' && !spreadsComputedList(s) && oursFails(s, 'NaN') && firstNonNumber(s.args) === undefined
    && (s.args.length === 1 ? s.args : s.args.slice(1)).some((v) => asNumber(v) === 0),
  D12: (s) => compile(s) && s.op === '/' && s.listed && writtenCount(s) === 0,
  D13: (s) => run(s) && s.op === '%' && s.listed && onlyExtraArguments(s, 2) && oursComputes(s),
  D14: (s) => s.op === '%' && (compile(s)
    ? (s.listed ? writtenCount(s) < 2 : !isOperator(s.raw))
    // {"%": {operator}} computing one value: one argument.
    : s.computed && !Array.isArray(s.args[0]) && oursFails(s, 'Invalid Arguments')),
  D15: (s) => run(s) && ['>', '>=', '==', '===', '!=', '!=='].includes(s.op) && s.listed && onlyExtraArguments(s, 2) && oursChains(s),
  D16: (s) => run(s) && (s.op === '<' || s.op === '<=') && s.listed && onlyExtraArguments(s, 3) && oursChains(s),
  D17: (s) => compile(s) && COMPARISONS.has(s.op) && s.listed && writtenCount(s) < 2,
  D18: (s) => run(s) && LOOSE_COMPARISONS.has(s.op) && failsAtPair(s, (a, b) => typeof a === 'number' && isNonNumericString(b)),
  D19: (s) => run(s) && LOOSE_COMPARISONS.has(s.op) && failsAtPair(s, (a) => isObjectOrArray(a)),
  D20: (s) => run(s) && (s.op === '==' || s.op === '!=') && somePair(s, (a, b) => a === null && typeof b === 'number'),
  D21: (s) => run(s) && (s.op === '==' || s.op === '!=') && somePair(s, (a, b) => a === null && typeof b === 'boolean'),
  D22: (s) => run(s) && LOOSE_COMPARISONS.has(s.op) && failsAtPair(s, (a, b) => typeof a === 'boolean' && isNonNumericString(b)),
  D23: (s) => compile(s) && ARRAY_FORM.has(s.op) && !s.listed && oursFails(s, 'Invalid Arguments'),
  D24: (s) => run(s) && (s.op === 'and' || s.op === 'or') && s.listed && s.args.length === 0,
  D25: (s) => compile(s) && (s.op === 'map' || s.op === 'filter') && s.listed && (s.args[0] === null || s.args[1] === null),
  D26: (s) => compile(s) && s.op === 'reduce' && s.listed && (s.args[0] === null || s.args[1] === null),
  D27: (s) => QUANTIFIERS.has(s.op) && s.listed && (compile(s) ? s.args[0] === null : oursFails(s, 'Invalid Arguments') && !Array.isArray(s.args[0])),
  // The + in reduce's body, first item: json-logic-js's accumulator null is NaN, this engine's 0.
  D28: (s) => run(s) && s.op === '+' && oursValue(s) && s.args.includes(null) && s.data !== null && typeof s.data === 'object'
    && Object.prototype.hasOwnProperty.call(s.data, 'current') && (s.data as { accumulator?: unknown }).accumulator === null,
  D29: (s) => run(s) && s.op === 'cat' && spreadsComputedList(s),
  D30: (s) => run(s) && (ARITHMETIC.has(s.op) || MIN_MAX.has(s.op)) && spreadsComputedList(s),
  D31: (s) => run(s) && MIN_MAX.has(s.op) && !spreadsComputedList(s) && oursFails(s, 'NaN')
    && [firstNonNumber(s.args)?.value].some((v) => isNonNumericString(v) || (isObjectOrArray(v) && !Array.isArray(v))),
  D32: (s) => run(s) && MIN_MAX.has(s.op) && !spreadsComputedList(s) && oursFails(s, 'NaN') && Array.isArray(firstNonNumber(s.args)?.value),
  D33: (s) => compile(s) && MIN_MAX.has(s.op) && s.listed && writtenCount(s) === 0,
  D34: (s) => run(s) && (ARITHMETIC.has(s.op) || MIN_MAX.has(s.op)) && oursFails(s, 'NaN')
    && s.theirs.kind === 'value' && typeof s.theirs.value === 'number' && !Number.isFinite(s.theirs.value) && !Number.isNaN(s.theirs.value),
  D35: (s) => run(s) && s.op === 'substr' && !spreadsComputedList(s) && oursFails(s, 'NaN') && s.args.slice(1).some((v) => Number.isNaN(asNumber(v))),
  D36: (s) => compile(s) && oursFails(s, 'Unknown Operator'),
  D37: (s) => compile(s) && oursFails(s, 'Invalid Rule'),
  D38: (s) => compile(s) && s.listed && MAX_ARGS[s.op] !== undefined && writtenCount(s) > MAX_ARGS[s.op]!,
  D39: (s) => compile(s) && MIN_ARGS[s.op] !== undefined && (s.listed || !ARRAY_FORM.has(s.op)) && writtenCount(s) < MIN_ARGS[s.op]!,
  D40: (s) => ROWS.D39!(s) && theirsFails(s),
  D41: (s) => readsBeyondOwn(s, 'inherited'),
  D42: (s) => readsBeyondOwn(s, 'any-forbidden'),
  D43: (s) => readsBeyondOwn(s, 'forbidden-deep'),
  // Rows D44-D49 were excluded as BUG3-BUG8 until documented.
  D44: (s) => run(s) && s.op === 'missing_some' && !Array.isArray(s.args[1]),
  D45: (s) => run(s) && s.op === 'missing_some' && oursFails(s, 'NaN') && Number.isNaN(asNumber(s.args[0])),
  D46: (s) => run(s) && (s.op === '+' || s.op === '*') && !spreadsComputedList(s) && oursValue(s) && oursComputes(s)
    && s.args.some((v) => typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) && !Object.is(Number(v), Number.parseFloat(v))),
  D47: (s) => run(s) && (s.op === 'missing' || s.op === 'missing_some') && pathsRead(s).some(isObjectOrArray),
  D48: (s) => run(s) && s.op === 'substr' && spreadsComputedList(s),
  D49: (s) => run(s) && s.op === 'substr' && !spreadsComputedList(s) && s.args.length === 3 && typeof s.args[2] === 'string' && asNumber(s.args[2]) < 0,
};

// ---------------------------------------------------------------------------------------------
// Differences that no suite decides and no row documents: bugs of this engine against the classic
// semantics, or choices of it still to be documented. Each is kept out of the property test here,
// with its minimal counterexample, until it is fixed or a row documents it. Ids start with "BUG".
// None at present (BUG1-BUG2 were fixed, see classic-fixes.test.ts; BUG3-BUG8 are rows D44-D49).

export const EXCLUDED_BUGS: Readonly<Record<string, (s: Site) => boolean>> = {};

/**
 * The counterexamples of the excluded bugs, one or two per bug: classic-agreement.test.ts checks
 * that each is still a difference, excluded as that bug (so a fix shows up as a failure there, and
 * the exclusion can go).
 */
export const BUG_EXAMPLES: ReadonlyArray<{ readonly id: string; readonly rule: unknown; readonly data: unknown }> = [];

/** Every row and excluded bug matching a divergence, rows first, in table order. */
export function matchingIds(site: Site): string[] {
  const ids: string[] = [];
  for (const [id, matches] of Object.entries(ROWS)) if (matches(site)) ids.push(id);
  for (const [id, matches] of Object.entries(EXCLUDED_BUGS)) if (matches(site)) ids.push(id);
  return ids;
}

export type Verdict =
  | { readonly kind: 'same' }
  /** E1: this engine's "NaN" error where json-logic-js computed NaN (at `pointer`). */
  | { readonly kind: 'equivalent'; readonly id: 'E1'; readonly pointer: string; readonly analysis: Analysis }
  | { readonly kind: 'known'; readonly id: string; readonly site: Site; readonly analysis: Analysis }
  | { readonly kind: 'excluded'; readonly id: string; readonly site: Site; readonly analysis: Analysis }
  | { readonly kind: 'unexplained'; readonly reason: string; readonly site?: Site; readonly analysis: Analysis };

const isBug = (id: string): boolean => id.startsWith('BUG');

/**
 * Whether (rule, data) agrees in both engines, and if not, why. A difference is known only when
 * every node where the two disagree locally matches a row; one that matches none is unexplained
 * (and so is a difference with no such node at all: the engine composes nodes differently).
 */
export function verdict(rule: unknown, data: unknown, ours: Outcome, theirs: Outcome, options: { nanEquivalence?: boolean } = {}): Verdict {
  if (sameOutcome(ours, theirs)) return { kind: 'same' };
  const analysis = analyse(rule, data, matchingIds, { ...options, ours, theirs });
  const unexplained = analysis.divergences.find((d) => d.ids.length === 0);
  if (unexplained !== undefined) return { kind: 'unexplained', reason: 'no row of DIFFERENCES.md matches this node', site: unexplained.site, analysis };
  const bug = analysis.divergences.find((d) => d.ids.every(isBug));
  if (bug !== undefined) return { kind: 'excluded', id: bug.ids[0]!, site: bug.site, analysis };
  if (analysis.nanAt !== undefined) return { kind: 'equivalent', id: 'E1', pointer: analysis.nanAt, analysis };
  const first = analysis.divergences[0];
  if (first === undefined) {
    return { kind: 'unexplained', reason: analysis.stage === 'compile' ? 'the compile error names no operator' : 'no node differs on its own: the difference comes from how this engine composes nodes', analysis };
  }
  return { kind: 'known', id: first.ids.find((id) => !isBug(id))!, site: first.site, analysis };
}

/** The id of the row of DIFFERENCES.md explaining why the two engines differ on (rule, data); undefined if none does. */
export function knownDifference(rule: unknown, data: unknown, ours: Outcome, theirs: Outcome): string | undefined {
  const v = verdict(rule, data, ours, theirs);
  return v.kind === 'known' ? v.id : undefined;
}
