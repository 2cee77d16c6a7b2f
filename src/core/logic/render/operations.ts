// How each operator reads aloud. Arguments follow the shapes of the community suites; anything
// unexpected falls back to a function-call form (`label(args)`) rather than failing.
import { valPath, varPath } from '../analysis/paths.ts';
import { type Operation, readOperation } from '../analysis/rule-shape.ts';
import { formatNumber } from './format.ts';
import { Prec, type Rendered, atom, phrase, wrap } from './precedence.ts';
import type { RenderScope, Renderer } from './renderer.ts';

export type RenderFn = (r: Renderer, op: Operation, scope: RenderScope, depth: number) => Rendered;

const SYMBOLS: Readonly<Record<string, string>> = {
  '==': '=', '===': '=', '!=': '≠', '!==': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥',
};

const EQUALITY = new Set(['==', '===', '!=', '!==']);

export const sub = (r: Renderer, node: unknown, scope: RenderScope, depth: number): Rendered => r.render(node, scope, depth + 1);

/** `label(args)`: custom operators, and built-ins used in shapes the phrases don't cover. */
export const call: RenderFn = (r, op, scope, depth) => atom(`${r.operatorLabel(op.name)}(${r.args(op, scope, depth, Prec.Cond).join(', ')})`);

const ARRAY_MAKERS = new Set(['merge', 'map', 'filter', 'missing', 'missing_some']);

/** A single computed argument the spec spreads into the argument list (`{"+": {"merge": …}}`). */
function chainedList(op: Operation, readsCount: boolean): boolean {
  if (op.listed) return false;
  const inner = readOperation(op.args[0]);
  if (!inner) return false;
  if (ARRAY_MAKERS.has(inner.name)) return true;
  if (inner.name === 'preserve') return inner.listed || Array.isArray(inner.args[0]);
  return readsCount && (inner.name === 'var' || inner.name === 'val');
}

const readVar: RenderFn = (r, op, scope, depth) => {
  const path = op.name === 'var' ? varPath(op) : valPath(op);
  if (path.malformed) return call(r, op, scope, depth);
  let value: Rendered;
  if (path.dynamic) {
    const parts = (op.name === 'var' ? op.args.slice(0, 1) : op.args).map((a) => (readOperation(a) ? wrap(sub(r, a, scope, depth), Prec.Unary) : String(a)));
    value = phrase(r.p.computedField(parts.join('.')), Prec.Phrase);
  } else {
    value = atom(r.read(path, scope));
  }
  if (op.name !== 'var' || op.args.length < 2) return value;
  return atom(r.p.withDefault(value.text, wrap(sub(r, op.args[1], scope, depth), Prec.Cond)));
};

const exists: RenderFn = (r, op, scope) => phrase(r.p.exists(r.read({ ...valPath(op), jump: 0 }, scope)), Prec.Cmp);

const missing: RenderFn = (r, op, scope, depth) => {
  const [first] = op.args;
  const list = op.args.length === 1 && Array.isArray(first) ? first : op.args;
  const names = r.names(list, scope);
  if (names) return phrase(r.p.missing(names), Prec.Cmp);
  const computed = list.length === 1 ? wrap(sub(r, list[0], scope, depth), Prec.Unary) : r.list(list, scope, depth, Prec.Add).join(r.p.listSeparator);
  return phrase(r.p.missingComputed(computed), Prec.Cmp);
};

const missingSome: RenderFn = (r, op, scope, depth) => {
  if (op.args.length !== 2) return call(r, op, scope, depth);
  const need = wrap(sub(r, op.args[0], scope, depth), Prec.Add);
  const list = op.args[1];
  const names = Array.isArray(list) ? r.names(list, scope) : undefined;
  return phrase(r.p.missingSome(need, names ?? [wrap(sub(r, list, scope, depth), Prec.Unary)]), Prec.Cmp);
};

const conditional: RenderFn = (r, op, scope, depth) => {
  const { args } = op;
  if (!op.listed) return call(r, op, scope, depth);
  if (args.length === 0) return atom(r.p.null);
  if (args.length === 1) return sub(r, args[0], scope, depth);
  const branches: Array<readonly [string, string]> = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    branches.push([wrap(sub(r, args[i], scope, depth), Prec.Or), wrap(sub(r, args[i + 1], scope, depth), Prec.Or)]);
  }
  // The else branch may itself be an if: that reads as "else if …" without parentheses.
  const otherwise = args.length % 2 === 1 ? wrap(sub(r, args[args.length - 1], scope, depth), Prec.Cond) : undefined;
  return phrase(r.p.conditional(branches, otherwise), Prec.Cond);
};

function junction(prec: Prec, word: 'and' | 'or'): RenderFn {
  return (r, op, scope, depth) => {
    if (!op.listed) return call(r, op, scope, depth);
    if (op.args.length === 0) return atom(r.p.false);
    if (op.args.length === 1) return sub(r, op.args[0], scope, depth);
    return phrase(r.args(op, scope, depth, prec).join(r.p[word]), prec);
  };
}

const not: RenderFn = (r, op, scope, depth) => phrase(r.p.not(wrap(sub(r, op.args[0] ?? null, scope, depth), Prec.Unary)), Prec.Unary);

const truthy: RenderFn = (r, op, scope, depth) => phrase(r.p.truthy(wrap(sub(r, op.args[0] ?? null, scope, depth), Prec.Add)), Prec.Cmp);

const comparison: RenderFn = (r, op, scope, depth) => {
  if (!op.listed || op.args.length < 2) return call(r, op, scope, depth);
  const [a, b] = op.args;
  // "x is empty" reads better than "x = empty" for the usual presence check.
  if (op.args.length === 2 && EQUALITY.has(op.name) && (a === null || b === null)) {
    const other = wrap(sub(r, a === null ? b : a, scope, depth), Prec.Add);
    return phrase(op.name.startsWith('!') ? r.p.isNotEmpty(other) : r.p.isEmpty(other), Prec.Cmp);
  }
  return phrase(r.args(op, scope, depth, Prec.Add).join(` ${SYMBOLS[op.name] ?? op.name} `), Prec.Cmp);
};

const membership: RenderFn = (r, op, scope, depth) => {
  if (op.args.length !== 2) return call(r, op, scope, depth);
  const needle = wrap(sub(r, op.args[0], scope, depth), Prec.Add);
  const haystack = op.args[1];
  if (Array.isArray(haystack)) return phrase(r.p.isOneOf(needle, r.list(haystack, scope, depth, Prec.Add)), Prec.Cmp);
  if (typeof haystack === 'string') return phrase(r.p.contains(r.literal(haystack), needle), Prec.Cmp);
  return phrase(r.p.isIn(needle, wrap(sub(r, haystack, scope, depth), Prec.Add)), Prec.Cmp);
};

/** Left-associative infix: later operands of the same strength need parentheses (a - (b - c)). */
function infix(r: Renderer, op: Operation, scope: RenderScope, depth: number, symbol: string, prec: Prec, associative: boolean): Rendered {
  const parts = op.args.map((arg, i) => wrap(sub(r, arg, scope, depth), i === 0 || associative ? prec : ((prec + 1) as Prec)));
  return phrase(parts.join(symbol), prec);
}

const plus: RenderFn = (r, op, scope, depth) => {
  if (chainedList(op, false)) return phrase(r.p.sum(wrap(sub(r, op.args[0], scope, depth), Prec.Unary), undefined), Prec.Phrase);
  if (op.args.length === 0) return atom('0');
  if (op.args.length === 1) {
    const only = op.args[0];
    if (typeof only === 'number') return atom(formatNumber(only));
    return phrase(r.p.asNumber(wrap(sub(r, only, scope, depth), Prec.Unary)), Prec.Phrase);
  }
  return infix(r, op, scope, depth, ' + ', Prec.Add, true);
};

const minus: RenderFn = (r, op, scope, depth) => {
  if (chainedList(op, false) || op.args.length === 0) return call(r, op, scope, depth);
  if (op.args.length === 1) {
    const x = wrap(sub(r, op.args[0], scope, depth), Prec.Unary);
    return phrase(x.startsWith('-') ? `-(${x})` : `-${x}`, Prec.Unary);
  }
  return infix(r, op, scope, depth, ' - ', Prec.Add, false);
};

const times: RenderFn = (r, op, scope, depth) => {
  if (chainedList(op, false)) return phrase(r.p.product(wrap(sub(r, op.args[0], scope, depth), Prec.Unary), undefined), Prec.Phrase);
  if (op.args.length === 0) return atom('1');
  if (op.args.length === 1) return sub(r, op.args[0], scope, depth);
  return infix(r, op, scope, depth, ' × ', Prec.Mul, true);
};

const divide: RenderFn = (r, op, scope, depth) => {
  if (chainedList(op, false) || op.args.length === 0) return call(r, op, scope, depth);
  if (op.args.length === 1) return phrase(`1 ÷ ${wrap(sub(r, op.args[0], scope, depth), Prec.Unary)}`, Prec.Mul);
  return infix(r, op, scope, depth, ' ÷ ', Prec.Mul, false);
};

const modulo: RenderFn = (r, op, scope, depth) => {
  if (op.args.length < 2) return call(r, op, scope, depth);
  return infix(r, op, scope, depth, r.p.mod, Prec.Mul, false);
};

function extreme(which: 'maximum' | 'minimum'): RenderFn {
  return (r, op, scope, depth) => {
    if (op.args.length === 0) return call(r, op, scope, depth);
    const items = !op.listed && readOperation(op.args[0]) ? [wrap(sub(r, op.args[0], scope, depth), Prec.Unary)] : r.args(op, scope, depth, Prec.Add);
    return phrase(r.p[which](items), Prec.Phrase);
  };
}

const concatenate: RenderFn = (r, op, scope, depth) => {
  if (chainedList(op, true)) return phrase(r.p.joinedAsText(wrap(sub(r, op.args[0], scope, depth), Prec.Unary)), Prec.Phrase);
  if (op.args.length === 0) return atom(r.p.emptyText);
  if (op.args.length === 1) return sub(r, op.args[0], scope, depth);
  return phrase(r.p.followedBy(r.args(op, scope, depth, Prec.Add)), Prec.Phrase);
};

/** substr is 0-based with negative counts from the end; spoken as 1-based characters. */
const substring: RenderFn = (r, op, scope, depth) => {
  const [source, start, length] = op.args;
  if (op.args.length < 2 || op.args.length > 3 || typeof start !== 'number' || !Number.isInteger(start)) return call(r, op, scope, depth);
  const s = wrap(sub(r, source, scope, depth), Prec.Unary);
  if (start === 0 && typeof length === 'number' && Number.isInteger(length) && length > 0) return phrase(r.p.firstChars(s, formatNumber(length)), Prec.Phrase);
  if (start > 0 && typeof length === 'number' && Number.isInteger(length) && length > 0) {
    return phrase(r.p.slice(s, formatNumber(start + 1), formatNumber(length)), Prec.Phrase);
  }
  if (length === undefined && start < 0) return phrase(r.p.lastChars(s, formatNumber(-start)), Prec.Phrase);
  if (length === undefined && start > 0) return phrase(r.p.fromChar(s, formatNumber(start + 1)), Prec.Phrase);
  return call(r, op, scope, depth);
};

const merge: RenderFn = (r, op, scope, depth) => {
  if (op.args.length === 0) return atom('[]');
  if (op.args.length === 1) return sub(r, op.args[0], scope, depth);
  return phrase(r.p.merge(r.args(op, scope, depth, Prec.Add)), Prec.Phrase);
};

const coalesce: RenderFn = (r, op, scope, depth) => {
  if (op.args.length === 0) return atom(r.p.null);
  if (op.args.length === 1) return sub(r, op.args[0], scope, depth);
  return phrase(r.p.firstNonEmpty(r.args(op, scope, depth, Prec.Add)), Prec.Phrase);
};

const attempt: RenderFn = (r, op, scope, depth) => {
  if (op.args.length === 0) return call(r, op, scope, depth);
  const errorScope: RenderScope = { kind: 'error', origins: [], parent: scope, info: null };
  const [first, ...rest] = op.args;
  const fallbacks = rest.map((arg) => wrap(sub(r, arg, errorScope, depth), Prec.Or));
  return phrase(r.p.attempt(wrap(sub(r, first, scope, depth), Prec.Or), fallbacks), Prec.Cond);
};

const fail: RenderFn = (r, op, scope, depth) => phrase(r.p.fail(wrap(sub(r, op.args[0] ?? null, scope, depth), Prec.Add)), Prec.Phrase);

const RENDERERS: ReadonlyMap<string, RenderFn> = new Map<string, RenderFn>([
  ['var', readVar],
  ['val', readVar],
  ['exists', exists],
  ['missing', missing],
  ['missing_some', missingSome],
  ['if', conditional],
  ['?:', conditional],
  ['and', junction(Prec.And, 'and')],
  ['or', junction(Prec.Or, 'or')],
  ['!', not],
  ['!!', truthy],
  ['in', membership],
  ['+', plus],
  ['-', minus],
  ['*', times],
  ['/', divide],
  ['%', modulo],
  ['max', extreme('maximum')],
  ['min', extreme('minimum')],
  ['cat', concatenate],
  ['substr', substring],
  ['merge', merge],
  ['??', coalesce],
  ['try', attempt],
  ['throw', fail],
  ['preserve', (r, op) => atom(r.literal(op.listed ? [...op.args] : op.args[0]))],
  ['log', (r, op, scope, depth) => sub(r, op.args[0] ?? null, scope, depth)],
]);

export function lookupRenderer(name: string): RenderFn | undefined {
  if (Object.prototype.hasOwnProperty.call(SYMBOLS, name)) return comparison;
  return RENDERERS.get(name);
}
