// Per-operator inference: argument shapes, the scopes bodies run in, result types and the type
// findings. Argument shapes follow the community suites in shared/jsonlogic-compat.
import { argumentFinding, arithmeticFinding, compareFinding, inHaystackFinding, iterateFinding, substrIndexFinding, substrSourceFinding } from './checks.ts';
import { CHAINABLE, CHAINED_REASON } from './classic.ts';
import { text } from './messages.ts';
import { type ReadPath, resolveRead, valPath, varPath } from './paths.ts';
import { COMPARISONS, ITERATORS, type Operation, argPointer, isDateTimeOperator, isNamespaced, readOperation } from './rule-shape.ts';
import { type Kind, NEVER, type TypeInfo, UNKNOWN, isFieldKind, literalType, typeOf, union } from './types.ts';
import type { WalkScope, Walker } from './walker.ts';

type Handler = (w: Walker, op: Operation, pointer: string, scope: WalkScope, depth: number) => TypeInfo;

const BOOLEAN = typeOf('boolean');
const STRINGS: TypeInfo = { kinds: new Set<Kind>(['array']), item: typeOf('string') };

function arity(w: Walker, op: Operation, pointer: string, min: number, max: number, severity: 'error' | 'warning' = 'error'): void {
  const n = op.args.length;
  if (n >= min && n <= max) return;
  const expected = min === max ? String(min) : max === Number.POSITIVE_INFINITY ? `${min}+` : `${min}–${max}`;
  w.issue(pointer, n < min ? severity : 'warning', 'malformed', text.arity(op.name, expected, n));
}

function read(w: Walker, path: ReadPath, op: Operation, pointer: string, scope: WalkScope, depth: number): TypeInfo {
  if (path.malformed) w.issue(pointer, 'error', 'malformed', text.badPath(op.name));
  if (path.dynamic) {
    // A computed path: visit the computation, and count the names it can produce as reads.
    op.args.forEach((arg, i) => {
      if (readOperation(arg)) {
        w.visit(arg, argPointer(pointer, op, i), scope, depth + 1);
        w.readNames(arg, pointer, scope);
      }
    });
    return UNKNOWN;
  }
  const resolved = resolveRead(scope, path);
  if (resolved.overshoot) w.issue(pointer, 'warning', 'malformed', text.overshoot(path.jump));
  return w.read(resolved, pointer, path.jump > 0);
}

const readVar: Handler = (w, op, pointer, scope, depth) => {
  const path = varPath(op);
  const dynamicOp: Operation = { ...op, args: op.args.slice(0, 1) };
  const value = read(w, path, dynamicOp, pointer, scope, depth);
  if (op.args.length < 2) return value;
  const fallback = w.visit(op.args[1], argPointer(pointer, op, 1), scope, depth + 1);
  const merged = union([value, fallback]);
  return value.field === undefined ? merged : { ...merged, field: value.field };
};

/** `missing` takes names, one list of names, or an operation computing the list. */
function readNameList(w: Walker, list: unknown, pointer: string, scope: WalkScope, depth: number): void {
  const names = Array.isArray(list) ? list : [list];
  names.forEach((name, i) => {
    const at = Array.isArray(list) ? `${pointer}/${i}` : pointer;
    if (readOperation(name)) w.visit(name, at, scope, depth + 1);
    w.readNames(name, at, scope);
  });
}

const missing: Handler = (w, op, pointer, scope, depth) => {
  const [first] = op.args;
  if (op.args.length === 1 && Array.isArray(first)) readNameList(w, first, argPointer(pointer, op, 0), scope, depth);
  else op.args.forEach((arg, i) => readNameList(w, arg, argPointer(pointer, op, i), scope, depth));
  return STRINGS;
};

const missingSome: Handler = (w, op, pointer, scope, depth) => {
  arity(w, op, pointer, 2, 2);
  if (op.args.length > 0) w.visit(op.args[0], argPointer(pointer, op, 0), scope, depth + 1);
  if (op.args.length > 1) readNameList(w, op.args[1], argPointer(pointer, op, 1), scope, depth);
  return STRINGS;
};

/** The lazy operators reject a single non-list argument (`{"and": true}`), as the suites show. */
function requireList(w: Walker, op: Operation, pointer: string): void {
  if (!op.listed) w.issue(pointer, 'error', 'malformed', text.notListed(op.name));
}

const conditional: Handler = (w, op, pointer, scope, depth) => {
  requireList(w, op, pointer);
  if (op.name === '?:' && op.listed) arity(w, op, pointer, 3, 3, 'warning');
  const types = w.visitArgs(op, pointer, scope, depth);
  if (types.length <= 1) return types[0] ?? typeOf('null');
  const branches = types.filter((_, i) => i % 2 === 1 || i === types.length - 1);
  if (types.length % 2 === 0) branches.push(typeOf('null')); // no else: null when nothing matched
  return union(branches);
};

const logical: Handler = (w, op, pointer, scope, depth) => {
  requireList(w, op, pointer);
  const types = w.visitArgs(op, pointer, scope, depth);
  return types.length === 0 ? BOOLEAN : union(types); // and/or return an operand, not a boolean
};

const negation: Handler = (w, op, pointer, scope, depth) => {
  arity(w, op, pointer, 0, 1, 'warning');
  w.visitArgs(op, pointer, scope, depth);
  return BOOLEAN;
};

const comparison: Handler = (w, op, pointer, scope, depth) => {
  arity(w, op, pointer, 2, Number.POSITIVE_INFINITY);
  const types = w.visitArgs(op, pointer, scope, depth);
  for (let i = 0; i + 1 < types.length; i++) {
    const a = types[i] as TypeInfo;
    const b = types[i + 1] as TypeInfo;
    const finding = compareFinding(op.name, a, b);
    if (finding) w.issue(pointer, finding.severity, 'compare-type', text.compare(a, b, finding.why));
  }
  return BOOLEAN;
};

const NUMERIC_MIN: Record<string, number> = { '+': 0, '*': 0, '-': 1, '/': 1, '%': 2, min: 1, max: 1 };

const arithmetic: Handler = (w, op, pointer, scope, depth) => {
  const min = NUMERIC_MIN[op.name] ?? 0;
  arity(w, op, pointer, min, Number.POSITIVE_INFINITY, op.name === 'min' || op.name === 'max' ? 'warning' : 'error');
  const types = w.visitArgs(op, pointer, scope, depth);
  const chained = chainedList(w, op, pointer, types);
  const operands = chained ? [chained.item ?? UNKNOWN] : types;
  const unaryCast = op.name === '+' && op.args.length === 1 && !chained;
  operands.forEach((t, i) => {
    const finding = arithmeticFinding(t, unaryCast);
    if (finding) w.issue(argPointer(pointer, op, i), finding.severity, 'arithmetic-type', text.arithmetic(op.name, t, finding.why));
  });
  const integral = op.name !== '/' && !chained && types.length > 0 && types.every((t) => t.kinds.size === 1 && t.kinds.has('integer'));
  return typeOf(integral ? 'integer' : 'number');
};

/** A single computed argument that yields a list is spread into the argument list (spec only). */
function chainedList(w: Walker, op: Operation, pointer: string, types: TypeInfo[]): TypeInfo | undefined {
  const only = types[0];
  if (op.listed || !CHAINABLE.has(op.name) || only === undefined || !readOperation(op.args[0])) return undefined;
  if (!only.kinds.has('array')) return undefined;
  w.notClassic(pointer, op.name, CHAINED_REASON);
  return only;
}

const concatenation: Handler = (w, op, pointer, scope, depth) => {
  chainedList(w, op, pointer, w.visitArgs(op, pointer, scope, depth));
  return typeOf('string');
};

const substring: Handler = (w, op, pointer, scope, depth) => {
  arity(w, op, pointer, 2, 3, op.args.length === 0 ? 'error' : 'warning');
  const [source, ...positions] = w.visitArgs(op, pointer, scope, depth);
  if (source) {
    const finding = substrSourceFinding(source);
    if (finding) w.issue(argPointer(pointer, op, 0), finding.severity, 'substr-type', text.substrSource(source, finding.why));
  }
  positions.slice(0, 2).forEach((t, i) => {
    if (substrIndexFinding(t)) w.issue(argPointer(pointer, op, i + 1), 'error', 'substr-type', text.substrIndex(t));
  });
  return typeOf('string');
};

const membership: Handler = (w, op, pointer, scope, depth) => {
  arity(w, op, pointer, 2, 2);
  const types = w.visitArgs(op, pointer, scope, depth);
  const haystack = types[1];
  if (haystack && inHaystackFinding(haystack)) w.issue(argPointer(pointer, op, 1), 'error', 'in-type', text.inHaystack(haystack));
  return BOOLEAN;
};

/** A list of the arguments' items; a field of unknown kind may be a list, so its items count. */
const merge: Handler = (w, op, pointer, scope, depth) => {
  const origins: string[] = [];
  const items: TypeInfo[] = [];
  for (const t of w.visitArgs(op, pointer, scope, depth)) {
    const listLike = t.kinds.has('array') || t.kinds.has('unknown');
    if (listLike) origins.push(...(t.origins ?? []));
    items.push(listLike ? (t.item ?? UNKNOWN) : t);
  }
  const result: { kinds: Set<Kind>; origins: string[]; item?: TypeInfo } = { kinds: new Set<Kind>(['array']), origins };
  if (items.length) result.item = union(items);
  return result;
};

const iterator: Handler = (w, op, pointer, scope, depth) => {
  if (!op.listed) {
    requireList(w, op, pointer);
    w.visitArgs(op, pointer, scope, depth);
    return op.name === 'map' || op.name === 'filter' ? typeOf('array') : op.name === 'reduce' ? UNKNOWN : BOOLEAN;
  }
  const reduce = op.name === 'reduce';
  arity(w, op, pointer, 2, reduce ? 3 : 2);
  const source = op.args.length ? w.visit(op.args[0], argPointer(pointer, op, 0), scope, depth + 1) : UNKNOWN;
  if (op.args.length && iterateFinding(source)) w.issue(argPointer(pointer, op, 0), 'error', 'iterate-type', text.iterate(op.name, source));
  const initial = reduce && op.args.length > 2 ? w.visit(op.args[2], argPointer(pointer, op, 2), scope, depth + 1) : undefined;
  const item = source.item ?? UNKNOWN;
  const frame: WalkScope = {
    kind: reduce ? 'reduce' : 'item',
    origins: source.origins ?? [],
    parent: scope,
    info: initial === undefined ? { item } : { item, acc: initial },
  };
  const body = op.args.length > 1 ? w.visit(op.args[1], argPointer(pointer, op, 1), frame, depth + 1) : UNKNOWN;
  w.visitArgs({ ...op, args: op.args.slice(reduce ? 3 : 2) }, pointer, scope, depth);
  switch (op.name) {
    case 'map':
      return { kinds: new Set<Kind>(['array']), item: body };
    case 'filter':
      return { kinds: new Set<Kind>(['array']), origins: source.origins ?? [], item };
    case 'reduce':
      return initial === undefined ? body : union([body, initial]);
    default:
      return BOOLEAN;
  }
};

const coalesce: Handler = (w, op, pointer, scope, depth) => {
  const types = w.visitArgs(op, pointer, scope, depth);
  return types.length ? union(types) : typeOf('null');
};

const attempt: Handler = (w, op, pointer, scope, depth) => {
  arity(w, op, pointer, 1, Number.POSITIVE_INFINITY);
  const errorFrame: WalkScope = { kind: 'error', origins: [], parent: scope, info: { item: typeOf('object') } };
  const types = op.args.map((arg, i) => w.visit(arg, argPointer(pointer, op, i), i === 0 ? scope : errorFrame, depth + 1));
  return types.length ? union(types) : UNKNOWN;
};

const fail: Handler = (w, op, pointer, scope, depth) => {
  arity(w, op, pointer, 1, 1, 'warning');
  w.visitArgs(op, pointer, scope, depth);
  return NEVER;
};

const HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ['var', readVar],
  ['val', (w, op, pointer, scope, depth) => read(w, valPath(op), op, pointer, scope, depth)],
  ['exists', (w, op, pointer, scope, depth) => (read(w, { ...valPath(op), jump: 0 }, op, pointer, scope, depth), BOOLEAN)],
  ['missing', missing],
  ['missing_some', missingSome],
  ['if', conditional],
  ['?:', conditional],
  ['and', logical],
  ['or', logical],
  ['!', negation],
  ['!!', negation],
  ['cat', concatenation],
  ['substr', substring],
  ['in', membership],
  ['merge', merge],
  ['??', coalesce],
  ['try', attempt],
  ['throw', fail],
  ['preserve', (_w, op) => literalType(op.listed ? [...op.args] : op.args[0])],
  ['log', (w, op, pointer, scope, depth) => w.visitArgs(op, pointer, scope, depth)[0] ?? typeOf('null')],
]);

function custom(w: Walker, op: Operation, pointer: string, scope: WalkScope, depth: number): TypeInfo {
  const types = w.visitArgs(op, pointer, scope, depth);
  const signature = w.custom(op.name);
  if (signature === undefined) {
    if (isDateTimeOperator(op.name)) return UNKNOWN;
    if (!isNamespaced(op.name)) w.issue(pointer, 'error', 'malformed', text.unknownOperator(op.name));
    else if (w.customOperators !== undefined) w.issue(pointer, 'warning', 'malformed', text.undeclaredOperator(op.name));
    return UNKNOWN;
  }
  const expected = Array.isArray(signature.args) ? signature.args : undefined;
  if (expected) {
    arity(w, op, pointer, expected.length, expected.length, 'warning');
    types.forEach((t, i) => {
      const want: unknown = expected[i];
      if (isFieldKind(want) && argumentFinding(want, t)) {
        w.issue(argPointer(pointer, op, i), 'error', 'argument-type', text.argumentType(op.name, i, want, t));
      }
    });
  }
  return isFieldKind(signature.returns) ? typeOf(signature.returns) : UNKNOWN;
}

export function inferOperation(w: Walker, op: Operation, pointer: string, scope: WalkScope, depth: number): TypeInfo {
  const handler = HANDLERS.get(op.name);
  if (handler) return handler(w, op, pointer, scope, depth);
  if (COMPARISONS.has(op.name)) {
    if (!op.listed) {
      requireList(w, op, pointer);
      w.visitArgs(op, pointer, scope, depth);
      return BOOLEAN;
    }
    return comparison(w, op, pointer, scope, depth);
  }
  if (Object.prototype.hasOwnProperty.call(NUMERIC_MIN, op.name)) return arithmetic(w, op, pointer, scope, depth);
  if (ITERATORS.has(op.name)) return iterator(w, op, pointer, scope, depth);
  return custom(w, op, pointer, scope, depth);
}
