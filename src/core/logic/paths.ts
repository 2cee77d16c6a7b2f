// Reading data by path for var, val, exists and missing. Only own properties are read, and the
// keys that lead to prototypes are refused, so a rule can reach nothing but the data it is given.

/** hasOwnProperty, called with .call: measured as fast as Object.hasOwn or a little faster (Node 20). */
export const hasOwn = Object.prototype.hasOwnProperty;

/** The prototype of plain objects: the only place a plain record could inherit a key from. */
export const OBJECT_PROTOTYPE: object = Object.prototype;

/**
 * An object seen through the `__proto__` accessor. Written out at each read site, `d.__proto__`
 * compiles to a load of the prototype from the object's hidden class, where Object.getPrototypeOf
 * stays a call (measured slower than the hasOwnProperty call the test is meant to save). An own data property named
 * `__proto__` (JSON.parse makes them) shadows the accessor, but its value is never
 * Object.prototype itself, so such an object takes the hasOwnProperty path.
 */
export interface WithProto {
  readonly __proto__: unknown;
}

/**
 * Whether no plain object (one whose prototype is Object.prototype) can ever inherit `name`: true
 * when Object.prototype lacks it and is non-extensible (the app makes it so at start, see
 * src/base/seal-object-prototype.ts). Object.prototype's own prototype is null and immutable and a
 * non-extensible object never gains keys, so an answer of true computed at compile time holds for
 * good. Reading such a name from a plain object needs no own-property check: the value found is
 * the object's own or undefined.
 */
export function neverInherited(name: string): boolean {
  return !Object.isExtensible(OBJECT_PROTOTYPE) && !hasOwn.call(OBJECT_PROTOTYPE, name);
}

/** Keys that are never read, even when the data has them as own properties (JSON.parse makes `__proto__` one). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** One key of a path, prepared at compile time so that reading it needs no parsing. */
export interface PathKey {
  readonly name: string;
  /** The key as an array index, or -1 when it is not a canonical one ("01" and "1.5" are not). */
  readonly index: number;
  /** See neverInherited. */
  readonly neverInherited: boolean;
}

/** The prepared key, or undefined for a forbidden one (reading it always finds nothing). */
export function prepareKey(segment: string): PathKey | undefined {
  if (FORBIDDEN_KEYS.has(segment)) return undefined;
  const n = Number(segment);
  const index = segment !== '' && Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === segment ? n : -1;
  return { name: segment, index, neverInherited: neverInherited(segment) };
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
    const name = key.name;
    return ((container as WithProto).__proto__ === OBJECT_PROTOTYPE && (key.neverInherited || !(name in OBJECT_PROTOTYPE))) || hasOwn.call(container, name)
      ? (container as Record<string, unknown>)[name]
      : undefined;
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
