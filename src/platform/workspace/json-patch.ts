// Diffs between JSON values, as RFC 6902 patches (for undo and merging) and as readable changes by
// JSON pointer (for the version diff). Values are treated as immutable: applying a patch copies
// only the containers on the changed paths (structural sharing, as tldraw does with its records).
import { jsonEqual } from '../../base/json-equal.ts';
import type { DocumentChange } from './workspace-api.ts';

export type JsonPatchOp =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown };

export interface JsonDiff {
  /** Applied in order to `before`, gives `after`. */
  patch: JsonPatchOp[];
  /** Readable: array removals name the index in `before`, additions the index in `after`. */
  changes: DocumentChange[];
  /**
   * Where the two differ, for the disjointness test of a merge. An array whose length changed is
   * touched as a whole: its indices shift, so an edit of any of its elements elsewhere collides.
   */
  touched: string[];
}

export class JsonPatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonPatchError';
  }
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new JsonPatchError(`"${pointer}" is not a JSON pointer`);
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

export function diffJson(before: unknown, after: unknown): JsonDiff {
  const out: JsonDiff = { patch: [], changes: [], touched: [] };
  walk(before, after, '', out);
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: JsonDiff): void {
  if (jsonEqual(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    walkArray(a, b, path, out);
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of Object.keys(a)) {
      const child = `${path}/${escapePointerSegment(key)}`;
      if (!hasOwn(b, key)) {
        out.patch.push({ op: 'remove', path: child });
        out.changes.push({ pointer: child, kind: 'removed', before: a[key] });
        out.touched.push(child);
      } else {
        walk(a[key], b[key], child, out);
      }
    }
    for (const key of Object.keys(b)) {
      if (hasOwn(a, key)) continue;
      const child = `${path}/${escapePointerSegment(key)}`;
      out.patch.push({ op: 'add', path: child, value: b[key] });
      out.changes.push({ pointer: child, kind: 'added', after: b[key] });
      out.touched.push(child);
    }
    return;
  }
  out.patch.push({ op: 'replace', path, value: b });
  out.changes.push({ pointer: path, kind: 'changed', before: a, after: b });
  out.touched.push(path);
}

/** Trims the common head and tail so an insertion or deletion reads as one change, not a cascade. */
function walkArray(a: readonly unknown[], b: readonly unknown[], path: string, out: JsonDiff): void {
  let head = 0;
  while (head < a.length && head < b.length && jsonEqual(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && jsonEqual(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const midA = a.length - head - tail;
  const midB = b.length - head - tail;
  const common = Math.min(midA, midB);
  if (midA !== midB) out.touched.push(path);
  for (let i = 0; i < common; i++) walk(a[head + i], b[head + i], `${path}/${head + i}`, out);
  // Removals all happen at the same index: each one shifts the rest left.
  for (let i = common; i < midA; i++) {
    out.patch.push({ op: 'remove', path: `${path}/${head + common}` });
    out.changes.push({ pointer: `${path}/${head + i}`, kind: 'removed', before: a[head + i] });
  }
  for (let i = common; i < midB; i++) {
    out.patch.push({ op: 'add', path: `${path}/${head + i}`, value: b[head + i] });
    out.changes.push({ pointer: `${path}/${head + i}`, kind: 'added', after: b[head + i] });
  }
}

/** A copy of `container` with `key` set, safe for keys such as "__proto__" (JSON.parse makes them). */
function withKey(container: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...container };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function arrayIndex(segment: string, length: number, allowEnd: boolean): number {
  if (allowEnd && segment === '-') return length;
  if (!/^(0|[1-9]\d*)$/.test(segment)) throw new JsonPatchError(`"${segment}" is not an array index`);
  const index = Number(segment);
  if (index > length || (!allowEnd && index === length)) throw new JsonPatchError(`index ${index} is out of range`);
  return index;
}

function applyAt(target: unknown, segments: readonly string[], op: JsonPatchOp): unknown {
  if (segments.length === 0) {
    if (op.op === 'remove') throw new JsonPatchError('cannot remove the whole document');
    return op.value;
  }
  const [key, ...rest] = segments as [string, ...string[]];
  const last = rest.length === 0;
  if (Array.isArray(target)) {
    const copy = [...target];
    if (last && op.op === 'add') {
      copy.splice(arrayIndex(key, target.length, true), 0, op.value);
    } else if (last && op.op === 'remove') {
      copy.splice(arrayIndex(key, target.length, false), 1);
    } else {
      const index = arrayIndex(key, target.length, false);
      copy[index] = applyAt(target[index], rest, op);
    }
    return copy;
  }
  if (isPlainObject(target)) {
    if (last && op.op === 'remove') {
      if (!hasOwn(target, key)) throw new JsonPatchError(`no property "${key}" to remove`);
      const copy = { ...target };
      delete copy[key];
      return copy;
    }
    if (last && op.op === 'add') return withKey(target, key, op.value);
    if (!hasOwn(target, key)) throw new JsonPatchError(`no property "${key}"`);
    return withKey(target, key, applyAt(target[key], rest, op));
  }
  throw new JsonPatchError(`cannot descend into ${target === null ? 'null' : typeof target} at "${key}"`);
}

/** Applies the ops in order; throws JsonPatchError when a path does not exist. `value` is not modified. */
export function applyPatch(value: unknown, patch: readonly JsonPatchOp[]): unknown {
  let result = value;
  for (const op of patch) result = applyAt(result, parsePointer(op.path), op);
  return result;
}

/** True when one pointer equals the other or contains it (is an ancestor of it). */
function overlaps(x: string, y: string): boolean {
  return x === y || y.startsWith(`${x}/`) || x.startsWith(`${y}/`) || x === '' || y === '';
}

export function overlappingPointers(mine: readonly string[], theirs: readonly string[]): string[] {
  const found = new Set<string>();
  for (const m of mine) for (const t of theirs) if (overlaps(m, t)) found.add(m.length <= t.length ? m : t);
  return [...found].sort();
}

export type MergeResult = { ok: true; merged: unknown } | { ok: false; overlapping: string[] };

/**
 * Three-way merge: my changes (base → mine) are replayed onto theirs when the two sides touched
 * disjoint JSON pointers; otherwise the pointers both touched are returned and nothing is merged.
 */
export function mergeThreeWay(base: unknown, mine: unknown, theirs: unknown): MergeResult {
  const myDiff = diffJson(base, mine);
  const theirDiff = diffJson(base, theirs);
  const overlapping = overlappingPointers(myDiff.touched, theirDiff.touched);
  if (overlapping.length > 0) return { ok: false, overlapping };
  try {
    return { ok: true, merged: applyPatch(theirs, myDiff.patch) };
  } catch {
    return { ok: false, overlapping: [''] };
  }
}

/** Freezes a JSON value deeply, so an edit by mutation fails loudly instead of being lost silently. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
