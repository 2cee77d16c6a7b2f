// Reading data by path for var, val, exists and missing. Only own properties are read, and the
// keys that lead to prototypes are refused, so a rule can reach nothing but the data it is given.

/** hasOwnProperty, called with .call: measured as fast as Object.hasOwn or a little faster (Node 20). */
export const hasOwn = Object.prototype.hasOwnProperty;

/** Keys that are never read, even when the data has them as own properties (JSON.parse makes `__proto__` one). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** One key of a path, prepared at compile time so that reading it needs no parsing. */
export interface PathKey {
  readonly name: string;
  /** The key as an array index, or -1 when it is not a canonical one ("01" and "1.5" are not). */
  readonly index: number;
}

/** The prepared key, or undefined for a forbidden one (reading it always finds nothing). */
export function prepareKey(segment: string): PathKey | undefined {
  if (FORBIDDEN_KEYS.has(segment)) return undefined;
  const n = Number(segment);
  const index = segment !== '' && Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === segment ? n : -1;
  return { name: segment, index };
}

/** Prepares every key of a path; undefined if any is forbidden. */
export function preparePath(segments: readonly string[]): PathKey[] | undefined {
  const keys: PathKey[] = [];
  for (const segment of segments) {
    const key = prepareKey(segment);
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return keys;
}

/**
 * The own property `key` of `container`, or undefined when there is none. Arrays and strings
 * expose their items and `length`; numbers, booleans and functions expose nothing.
 */
export function readOwn(container: unknown, key: PathKey): unknown {
  if (typeof container === 'object') {
    if (container === null) return undefined;
    if (Array.isArray(container)) {
      if (key.index >= 0) return key.index < container.length ? container[key.index] : undefined;
      if (key.name === 'length') return container.length;
    }
    return hasOwn.call(container, key.name) ? (container as Record<string, unknown>)[key.name] : undefined;
  }
  if (typeof container === 'string') {
    if (key.index >= 0) return key.index < container.length ? container[key.index] : undefined;
    if (key.name === 'length') return container.length;
  }
  return undefined;
}

/**
 * readOwn for a key that is not an array index, small enough to be inlined into the closures of
 * var and val: objects (arrays included: `length` is an own property) by hasOwnProperty.
 */
export function readName(container: unknown, name: string): unknown {
  if (typeof container === 'object') return container !== null && hasOwn.call(container, name) ? (container as Record<string, unknown>)[name] : undefined;
  return typeof container === 'string' && name === 'length' ? container.length : undefined;
}

/**
 * A `var` path of one or two keys that are not array indexes, with its fallback: what a closure
 * needs to read the path itself instead of calling the var closure (see numeric-chain.ts and the
 * comparisons). Registered by the var closure, looked up by the operator enclosing it.
 */
export interface FixedPath {
  readonly names: readonly [string] | readonly [string, string];
  readonly fallback: unknown;
}

export const fixedPaths = new WeakMap<object, FixedPath>();

/** Follows `keys` from `data`; undefined when any step is missing. */
export function readPath(data: unknown, keys: readonly PathKey[]): unknown {
  let value = data;
  for (let i = 0; i < keys.length; i++) {
    value = readOwn(value, keys[i]!);
    if (value === undefined) return undefined;
  }
  return value;
}

/** Reads a path whose segments are known only at run time (refusing forbidden keys). */
export function readDynamicPath(data: unknown, segments: readonly string[]): unknown {
  let value = data;
  for (let i = 0; i < segments.length; i++) {
    const key = prepareKey(segments[i]!);
    if (key === undefined) return undefined;
    value = readOwn(value, key);
    if (value === undefined) return undefined;
  }
  return value;
}
