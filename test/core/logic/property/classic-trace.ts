// Where two different outcomes come from. json-logic-js evaluates a rule by calling
// `jsonLogic.apply` recursively on every node, so wrapping that one property records every node it
// evaluated, with the data it was evaluated against and what it gave. Each recorded operator node is
// then re-run alone in this engine on the values json-logic-js computed for its arguments (a
// "local check"): the nodes where the two disagree locally are the divergences, each of which
// known-differences.ts explains by a row of DIFFERENCES.md, or not.
import jsonLogic from 'json-logic-js';
import { compileOurs, isJson, nanEquivalent, runCompiled, runOurs, runTheirs, sameOutcome, theirsError, type Outcome } from './outcomes.ts';

/** One node json-logic-js evaluated. */
export interface Call {
  readonly logic: unknown;
  readonly data: unknown;
  /** JSON pointer of the node in the rule; undefined for the rules json-logic-js makes up itself (missing, missing_some). */
  readonly pointer: string | undefined;
  outcome: Outcome;
  readonly children: Call[];
}

/** An operator node and what each engine made of it. */
export interface Site {
  /** compile: this engine rejected the rule at this node; run: a local check. */
  readonly stage: 'compile' | 'run';
  readonly pointer: string;
  readonly op: string;
  /** The node as written, `{op: raw}`. */
  readonly node: Readonly<Record<string, unknown>>;
  readonly raw: unknown;
  /** The arguments were written as an array. */
  readonly listed: boolean;
  /** Written as `{op: {operator}}`: for the spread operators the operator computes the argument list. */
  readonly computed: boolean;
  /**
   * compile: the arguments as written. run: their values as json-logic-js computed them (a
   * non-array argument is one argument, as json-logic-js reads it); for if/and/or, undefined at the
   * positions it did not evaluate; for iterators, the list and the initial value of reduce.
   */
  readonly args: readonly unknown[];
  /** The data the node was evaluated against. */
  readonly data: unknown;
  /** compile: the whole rule's outcomes. run: the node's outcomes. */
  readonly ours: Outcome;
  readonly theirs: Outcome;
  /** run: the rule this engine ran for the local check, and its data. */
  readonly probe?: { readonly rule: unknown; readonly data: unknown };
}

export interface Divergence {
  readonly site: Site;
  /** Rows (or excluded bugs) of known-differences.ts explaining it; empty if none does. */
  readonly ids: readonly string[];
}

export type Classifier = (site: Site) => string[];

export interface Analysis {
  readonly ours: Outcome;
  readonly theirs: Outcome;
  /** compile: this engine rejected the rule; the one divergence is the node it names. */
  readonly stage: 'compile' | 'run';
  /** E1: this engine failed with "NaN" at a node where json-logic-js computed NaN (the pointer). */
  readonly nanAt: string | undefined;
  readonly divergences: readonly Divergence[];
}

export const ITERATORS: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);
const LAZY: ReadonlySet<string> = new Set(['if', '?:', 'and', 'or']);
/** Operators whose arguments must be written as an array in this engine. */
export const ARRAY_FORM: ReadonlySet<string> = new Set([...LAZY, ...ITERATORS, '==', '===', '!=', '!==', '<', '<=', '>', '>=']);
/** Operators reading the data: their local check keeps it and quotes the arguments with preserve. */
const READS_DATA: ReadonlySet<string> = new Set(['var', 'missing', 'missing_some']);

function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** An object with one key: an operator for both engines. */
export function isOperator(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1;
}

/** No operator anywhere inside: this engine treats it as a constant, json-logic-js returns it as is. */
export function isConstant(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isConstant);
  return Object.keys(value).length === 0;
}

/** Pointers of the objects and arrays of a rule (whose nodes are all distinct objects). */
function pointersOf(rule: unknown): Map<object, string> {
  const map = new Map<object, string>();
  const visit = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    map.set(node, pointer);
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (isOperator(node)) {
      const op = Object.keys(node)[0]!;
      visit(node[op], `${pointer}/${escapeToken(op)}`);
    }
  };
  visit(rule, '');
  return map;
}

/** Runs json-logic-js with `apply` wrapped: the tree of every node it evaluated. */
export function traceTheirs(rule: unknown, data: unknown): { root: Call | undefined; outcome: Outcome } {
  const pointers = pointersOf(rule);
  const holder: Call = { logic: undefined, data, pointer: undefined, outcome: { kind: 'value', value: undefined }, children: [] };
  const stack: Call[] = [holder];
  const original = jsonLogic.apply;
  jsonLogic.apply = function traced(logic: unknown, d: unknown): unknown {
    const call: Call = {
      logic, data: d, pointer: logic !== null && typeof logic === 'object' ? pointers.get(logic) : undefined,
      outcome: { kind: 'value', value: undefined }, children: [],
    };
    stack[stack.length - 1]!.children.push(call);
    stack.push(call);
    try {
      const value = original.call(jsonLogic, logic, d);
      call.outcome = { kind: 'value', value };
      return value;
    } catch (error) {
      call.outcome = theirsError(error);
      throw error;
    } finally {
      stack.pop();
    }
  };
  try {
    jsonLogic.apply(rule, data);
  } catch {
    // Recorded in the call.
  } finally {
    jsonLogic.apply = original;
  }
  const root = holder.children[0];
  return { root, outcome: root?.outcome ?? runTheirs(rule, data) };
}

/** The innermost operator node on the way to `pointer` (where this engine reports a compile error). */
export function operatorAt(rule: unknown, pointer: string): { node: Record<string, unknown>; pointer: string } | undefined {
  let current: unknown = rule;
  let at = '';
  let found = isOperator(rule) ? { node: rule, pointer: '' } : undefined;
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken);
  for (const token of tokens) {
    if (current === null || typeof current !== 'object') break;
    // This engine rejects an operator that needs an array of arguments before reading the argument
    // (an error at `/op`, the pointer of that argument, which may be an operator itself).
    if (isOperator(current) && ARRAY_FORM.has(token) && token in current && !Array.isArray(current[token])) return { node: current, pointer: at };
    current = (current as Record<string, unknown>)[token];
    at = `${at}/${escapeToken(token)}`;
    if (isOperator(current)) found = { node: current, pointer: at };
  }
  return found;
}

function siteBase(node: Record<string, unknown>, pointer: string) {
  const op = Object.keys(node)[0]!;
  const raw = node[op];
  const listed = Array.isArray(raw);
  return { op, raw, listed, computed: !listed && isOperator(raw), node, pointer, written: listed ? (raw as unknown[]) : [raw] };
}

const truthy = (v: unknown): boolean => jsonLogic.truthy(v);

/** The argument of a probe at position i: the written constant, or a read of the computed value. */
function probeArg(written: unknown, i: number): unknown {
  return isConstant(written) ? written : { var: String(i) };
}

/**
 * What stands in a probe for a value JSON cannot hold: NaN becomes a "NaN" error (E1), anything
 * else (undefined, Infinity, a function) an error of its own. If this engine evaluates it, the node
 * cannot be checked: it depends on an earlier divergence or on E1.
 */
const NOT_JSON = 'value json-logic-js computed is not JSON';
function standIn(value: unknown): unknown {
  return typeof value === 'number' && Number.isNaN(value) ? { '-': 'NaN' } : { throw: NOT_JSON };
}

/** Every node below `call` gave a JSON value in json-logic-js. */
function cleanBelow(call: Call): boolean {
  return call.children.every((c) => c.outcome.kind === 'value' && isJson(c.outcome.value) && cleanBelow(c));
}

/**
 * The local check of one operator node json-logic-js evaluated: the Site if this engine, given
 * the argument values json-logic-js computed, disagrees; undefined if it agrees or the node cannot
 * be checked (an argument failed, or is no JSON value: NaN, undefined, a function).
 */
function check(call: Call, diverged: readonly boolean[], options: LocalOptions): Site | undefined {
  const base = siteBase(call.logic as Record<string, unknown>, call.pointer!);
  const { op, raw, listed, written } = base;
  const kids = call.children;
  /** Pointers (in the probe) of stand-ins for values JSON cannot hold. */
  const standIns: string[] = [];
  let args: unknown[];
  let probe: { rule: unknown; data: unknown };

  if (LAZY.has(op)) {
    if (!listed) return undefined;
    // Replays json-logic-js's path through the arguments to know which child is which position.
    const positions: number[] = [];
    let k = 0;
    const next = (): { ok: boolean; value?: unknown } => {
      const child = kids[k++];
      if (child === undefined || child.outcome.kind === 'error') return { ok: false };
      return { ok: true, value: child.outcome.value };
    };
    const values = new Array<unknown>(written.length).fill(undefined);
    if (op === 'and' || op === 'or') {
      for (let i = 0; i < written.length; i++) {
        const r = next();
        if (!r.ok) return undefined;
        positions.push(i);
        values[i] = r.value;
        if (op === 'and' ? !truthy(r.value) : truthy(r.value)) break;
      }
    } else {
      let i = 0;
      let done = false;
      for (; i < written.length - 1; i += 2) {
        const r = next();
        if (!r.ok) return undefined;
        positions.push(i);
        values[i] = r.value;
        if (truthy(r.value)) {
          const t = next();
          if (!t.ok) return undefined;
          positions.push(i + 1);
          values[i + 1] = t.value;
          done = true;
          break;
        }
      }
      if (!done && written.length === i + 1) {
        const e = next();
        if (!e.ok) return undefined;
        positions.push(i);
        values[i] = e.value;
      }
    }
    args = values;
    probe = {
      rule: {
        [op]: written.map((w, i) => {
          if (!positions.includes(i)) return { throw: 'not evaluated by json-logic-js' };
          if (!isJson(values[i])) {
            standIns.push(`/${escapeToken(op)}/${i}`);
            return standIn(values[i]);
          }
          return probeArg(w, i);
        }),
      },
      data: values.map((v) => (isJson(v) ? v : null)),
    };
  } else if (ITERATORS.has(op)) {
    if (!listed) return undefined;
    const hasInitial = op === 'reduce' && written[2] !== undefined;
    const list = kids[0];
    const initial = hasInitial ? kids[1] : undefined;
    const first = hasInitial ? 2 : 1;
    const body = kids.slice(first);
    if (list === undefined || (hasInitial && initial === undefined)) return undefined;
    const listOutcome = list.outcome;
    const initialOutcome = initial?.outcome;
    if (listOutcome.kind === 'error' || !isJson(listOutcome.value)) return undefined;
    if (initialOutcome !== undefined && (initialOutcome.kind === 'error' || !isJson(initialOutcome.value))) return undefined;
    // The body is run again by this engine: only worth it where json-logic-js's runs of it were
    // clean (no divergence, only JSON values), or the check would repeat what is found inside.
    if (diverged.slice(first).includes(true) || !body.every((b) => b.outcome.kind === 'value' && isJson(b.outcome.value) && cleanBelow(b))) return undefined;
    args = initialOutcome === undefined ? [listOutcome.value] : [listOutcome.value, initialOutcome.value];
    probe = {
      rule: { [op]: [probeArg(written[0], 0), written[1], ...(hasInitial ? [probeArg(written[2], 1)] : [])] },
      data: args,
    };
  } else {
    const argCalls = kids.slice(0, written.length);
    if (argCalls.length < written.length || argCalls.some((c) => c.outcome.kind === 'error')) return undefined;
    args = argCalls.map((c) => (c.outcome as { value: unknown }).value);
    const readsData = READS_DATA.has(op);
    const quote = (w: unknown, i: number, pointer: string): unknown => {
      if (!isJson(args[i])) {
        standIns.push(pointer);
        return standIn(args[i]);
      }
      if (isConstant(w)) return w;
      return readsData ? { preserve: args[i] } : { var: String(i) };
    };
    const at = `/${escapeToken(op)}`;
    probe = {
      rule: { [op]: listed ? written.map((w, i) => quote(w, i, `${at}/${i}`)) : quote(raw, 0, at) },
      data: readsData ? call.data : args.map((v) => (isJson(v) ? v : null)),
    };
  }

  const ours = runOurs(probe.rule, probe.data);
  const theirs = call.outcome;
  if (ours.kind === 'error' && ours.pointer !== undefined) {
    const p = ours.pointer;
    if (standIns.some((s) => p === s || p.startsWith(`${s}/`))) return undefined;
  }
  if (sameOutcome(ours, theirs, options.exact) || (options.nanEquivalence && nanEquivalent(ours, theirs))) return undefined;
  const { written: _w, ...rest } = base;
  return { ...rest, stage: 'run', args, data: call.data, ours, theirs, probe };
}

interface LocalOptions {
  readonly nanEquivalence: boolean;
  readonly exact: boolean;
}

function walk(call: Call, out: Divergence[], classify: Classifier, options: LocalOptions): boolean {
  const diverged = call.children.map((child) => walk(child, out, classify, options));
  const below = diverged.includes(true);
  if (call.pointer === undefined || !isOperator(call.logic)) return below;
  const site = check(call, diverged, options);
  if (site === undefined) return below;
  out.push({ site, ids: classify(site) });
  return true;
}

function findCall(call: Call | undefined, found: (c: Call) => boolean): Call | undefined {
  if (call === undefined) return undefined;
  if (found(call)) return call;
  for (const child of call.children) {
    const hit = findCall(child, found);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export interface AnalyseOptions {
  /** Treat json-logic-js NaN and this engine's "NaN" error as the same outcome (E1). Default true. */
  readonly nanEquivalence?: boolean;
  /** Outcomes already computed by the caller. */
  readonly ours?: Outcome;
  readonly theirs?: Outcome;
}

/** Everything known about why this engine and json-logic-js may differ on (rule, data). */
export function analyse(ruleIn: unknown, data: unknown, classify: Classifier, options: AnalyseOptions = {}): Analysis {
  const nanEquivalence = options.nanEquivalence ?? true;
  // Distinct objects for every node, so that each has one pointer.
  const rule: unknown = JSON.parse(JSON.stringify(ruleIn));
  const compiled = compileOurs(rule);
  const compileError = !('run' in compiled);
  const ours = options.ours ?? ('run' in compiled ? runCompiled(compiled.run, data) : compiled.compileError);
  const traced = traceTheirs(rule, data);
  const theirs = options.theirs ?? traced.outcome;

  if (compileError && ours.kind === 'error') {
    const at = operatorAt(rule, ours.pointer ?? '');
    // No operator on the way (a literal object with several keys at the root): an empty site.
    const { written, ...rest } = at === undefined
      ? { op: '', raw: undefined, listed: false, computed: false, node: {}, pointer: ours.pointer ?? '', written: [] }
      : siteBase(at.node, at.pointer);
    const site: Site = { ...rest, stage: 'compile', args: written, data, ours, theirs };
    return { ours, theirs, stage: 'compile', nanAt: undefined, divergences: [{ site, ids: classify(site) }] };
  }

  let nanAt: string | undefined;
  if (nanEquivalence && ours.kind === 'error' && ours.type === 'NaN' && ours.pointer !== undefined) {
    const origin = findCall(traced.root, (c) => c.pointer === ours.pointer && c.outcome.kind === 'value' && Number.isNaN(c.outcome.value));
    if (origin !== undefined) nanAt = ours.pointer;
  }
  const divergences: Divergence[] = [];
  if (traced.root !== undefined) {
    walk(traced.root, divergences, classify, { nanEquivalence, exact: false });
    // Numbers equal within 1e-10 can still tell apart later (cat, substr, comparisons): if no node
    // differs, look again for the node whose numbers differ at all.
    if (divergences.length === 0 && nanAt === undefined) walk(traced.root, divergences, classify, { nanEquivalence, exact: true });
  }
  return { ours, theirs, stage: 'run', nanAt, divergences };
}
