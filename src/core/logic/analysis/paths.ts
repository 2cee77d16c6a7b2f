// Where a `var` / `val` / `exists` / `missing` reads from: path segments, scope jumps, and the
// scope frames that iterators, `reduce` and `try` push. Shared by the analyser and the renderer.
import { type Operation, readOperation } from './rule-shape.ts';

export interface ReadPath {
  /** Scope levels to climb (`val`'s `[[n]]` prefix, sign ignored as the suites do); 0 = here. */
  readonly jump: number;
  readonly segments: readonly string[];
  /** Part of the path is computed by an operation, so the field is only known at run time. */
  readonly dynamic: boolean;
  /** A path element that is neither a string, a number nor an operation. */
  readonly malformed: boolean;
}

const WHOLE: ReadPath = { jump: 0, segments: [], dynamic: false, malformed: false };

/** `var` takes a dotted string (or number); `""`, `null` and a missing path mean the whole scope. */
export function varPath(op: Operation): ReadPath {
  const path = op.args[0];
  if (path === undefined || path === null || path === '') return WHOLE;
  if (typeof path === 'string' || typeof path === 'number') {
    return { ...WHOLE, segments: String(path).split('.') };
  }
  if (readOperation(path)) return { ...WHOLE, dynamic: true };
  return { ...WHOLE, malformed: true };
}

/** `val` and `exists` take one key or a list of keys (never split on dots); `val` may jump scopes. */
export function valPath(op: Operation): ReadPath {
  if (!op.listed) {
    const only = op.args[0];
    if (only === null) return WHOLE;
    if (typeof only === 'string' || typeof only === 'number') return { ...WHOLE, segments: [String(only)] };
    return readOperation(only) ? { ...WHOLE, dynamic: true } : { ...WHOLE, malformed: true };
  }
  let jump = 0;
  let rest = op.args;
  const first = rest[0];
  if (Array.isArray(first)) {
    const level = first[0];
    if (first.length !== 1 || typeof level !== 'number' || !Number.isInteger(level)) {
      return { ...WHOLE, malformed: true };
    }
    jump = Math.abs(level);
    rest = rest.slice(1);
  }
  const segments: string[] = [];
  let dynamic = false;
  let malformed = false;
  for (const part of rest) {
    if (typeof part === 'string' || typeof part === 'number') segments.push(String(part));
    else if (readOperation(part)) dynamic = true;
    else malformed = true;
  }
  return { jump, segments, dynamic, malformed };
}

export interface RootScope { readonly kind: 'root' }

/** A frame pushed by an iterator body (`item`), a `reduce` body, or a `try` fallback (`error`). */
export interface FrameScope<T> {
  readonly kind: 'item' | 'reduce' | 'error';
  /** Data paths whose items the body sees (empty when the array is computed or literal). */
  readonly origins: readonly string[];
  readonly parent: Scope<T>;
  readonly info: T;
}

export type Scope<T> = RootScope | FrameScope<T>;

export const ROOT: RootScope = { kind: 'root' };

export type ReadTarget<T> =
  /** The record; `whole` when the path is empty (`{"var": ""}`, `{"val": []}`). */
  | { readonly kind: 'data'; readonly path: string; readonly whole: boolean }
  /** The current item of an iterator or `reduce`; `whole` for the item itself. */
  | { readonly kind: 'item'; readonly frame: FrameScope<T>; readonly path: string; readonly whole: boolean }
  | { readonly kind: 'accumulator'; readonly frame: FrameScope<T>; readonly path: string }
  /** Iterator bookkeeping reached with an odd jump (`[[1], "index"]`). */
  | { readonly kind: 'meta'; readonly frame: FrameScope<T>; readonly path: string }
  /** The error object in a `try` fallback, or a `reduce` key other than current/accumulator. */
  | { readonly kind: 'context'; readonly frame: FrameScope<T>; readonly path: string };

export interface Resolved<T> {
  readonly target: ReadTarget<T>;
  /** The jump climbed past the record; engines clamp, but the author likely miscounted. */
  readonly overshoot: boolean;
}

/**
 * Each frame is two levels in the scope proposal (`scopes.json`, `val.extra.json`): the frame's
 * bookkeeping (index, key) and then the enclosing data. So `[[1], "index"]` is the iterator's
 * index and `[[2], "x"]` is `x` one frame up.
 */
export function resolveRead<T>(scope: Scope<T>, read: ReadPath): Resolved<T> {
  let current: Scope<T> = scope;
  let levels = read.jump;
  while (levels >= 2 && current.kind !== 'root') {
    current = current.parent;
    levels -= 2;
  }
  // `val: ""` is the key "" (val.json), unlike `var: ""`; only an empty list means "all of it".
  const path = read.segments.join('.');
  const whole = read.segments.length === 0;
  if (current.kind === 'root') return { target: { kind: 'data', path, whole }, overshoot: levels > 0 };
  const frame = current;
  if (levels === 1) return { target: { kind: 'meta', frame, path }, overshoot: false };
  if (frame.kind === 'item') return { target: { kind: 'item', frame, path, whole }, overshoot: false };
  if (frame.kind === 'error') return { target: { kind: 'context', frame, path }, overshoot: false };
  const [head, ...tail] = read.segments;
  const rest = tail.join('.');
  if (head === 'current') return { target: { kind: 'item', frame, path: rest, whole: tail.length === 0 }, overshoot: false };
  if (head === 'accumulator') return { target: { kind: 'accumulator', frame, path: rest }, overshoot: false };
  return { target: { kind: 'context', frame, path }, overshoot: false };
}

/** Joins an iterated array's path with a path inside its items (`complaints` + `severity`). */
export function itemPath(array: string, path: string): string {
  return `${array}.${path}`;
}

/**
 * Strings that a computed path or `missing` list can evaluate to, read from literal positions
 * (`{"missing": {"merge": ["vin", {"if": [c, ["apr"], []]}]}}` names `vin` and `apr`).
 */
export function staticStrings(node: unknown, depth = 0): string[] {
  if (depth > 32) return [];
  if (typeof node === 'string') return [node];
  if (typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap((item) => staticStrings(item, depth + 1));
  const op = readOperation(node);
  if (!op) return [];
  const args = op.args;
  switch (op.name) {
    case 'merge':
    case '??':
    case 'or':
    case 'preserve':
      return args.flatMap((arg) => staticStrings(arg, depth + 1));
    case 'if':
    case '?:':
      return args.filter((_, i) => i % 2 === 1 || i === args.length - 1).flatMap((arg) => staticStrings(arg, depth + 1));
    case 'cat':
      return args.every((arg) => typeof arg === 'string' || typeof arg === 'number') ? [args.join('')] : [];
    default:
      return [];
  }
}
