// Coercions shared by the operators. None of them calls a method of a value: String(object) would
// run a `toString` the data may define, so strings and numbers are derived structurally instead.
import { limitError, nanError } from './errors.ts';

/** JSON-logic truthiness: JavaScript's, except that an empty array is false. */
export function isTruthy(value: unknown): boolean {
  // Booleans first: conditions are mostly comparisons.
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'object') return !Array.isArray(value) || value.length !== 0;
  return !!value;
}

/**
 * The number a value stands for, as the community suites define it: numbers, numeric strings
 * (`""` is 0), booleans and null coerce; anything else (arrays, objects, non-numeric strings)
 * fails with a "NaN" error at `pointer`.
 */
export function toNumber(value: unknown, pointer: string): number {
  // The fast case first, written so that the closures calling this inline it.
  if (typeof value === 'number' && value === value) return value;
  return toNumberSlow(value, pointer);
}

function toNumberSlow(value: unknown, pointer: string): number {
  switch (typeof value) {
    case 'string': {
      const n = +value;
      if (n === n) return n;
      break;
    }
    case 'boolean':
      return value ? 1 : 0;
    case 'object':
      if (value === null) return 0;
      break;
  }
  throw nanError(pointer);
}

/** Arithmetic results must be finite numbers: JSON has no NaN or Infinity. */
export function finite(result: number, pointer: string): number {
  if (result - result !== 0) throw nanError(pointer, 'a finite number as the result');
  return result;
}

/**
 * What JavaScript's String(value) gives for JSON data, without calling methods: arrays join their
 * items with "," (null items are empty), objects are "[object Object]".
 */
export function jsString(value: unknown, maxDepth = 64): string {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return String(value);
    case 'boolean': return value ? 'true' : 'false';
    case 'undefined': return 'undefined';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return joinArray(value, maxDepth);
      return '[object Object]';
    case 'bigint':
    case 'symbol':
      return String(value);
    default:
      return 'function';
  }
}

function joinArray(items: readonly unknown[], depth: number): string {
  // Depth bounds recursion on self-containing data (which JSON cannot express but JS values can).
  if (depth <= 0) throw limitError('maxDepth', depth, '', 'Nesting of an array being turned into a string');
  let out = '';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    const item = items[i];
    if (item !== null && item !== undefined) out += Array.isArray(item) ? joinArray(item, depth - 1) : jsString(item);
  }
  return out;
}

/**
 * Ordering and loose equality of the community suites: two strings (or a string and null, or two
 * nulls) compare as JavaScript does; everything else compares as numbers and fails with "NaN"
 * when a side is not one.
 */
export function bothTextual(a: unknown, b: unknown): boolean {
  return (typeof a === 'string' || a === null) && (typeof b === 'string' || b === null);
}

export function looseEquals(a: unknown, b: unknown, pointer: string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  // Loose on purpose: null == null, and two strings compare by content.
  if (bothTextual(a, b)) return a == b;
  return toNumber(a, pointer) === toNumber(b, pointer);
}

export function lessThan(a: unknown, b: unknown, pointer: string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (bothTextual(a, b)) return (a as string) < (b as string);
  return toNumber(a, pointer) < toNumber(b, pointer);
}

export function lessOrEqual(a: unknown, b: unknown, pointer: string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (bothTextual(a, b)) return (a as string) <= (b as string);
  return toNumber(a, pointer) <= toNumber(b, pointer);
}

/** A deep copy of JSON, frozen: constants of a compiled rule cannot be changed by whoever gets them. */
export function frozenCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // defineProperty, not assignment: a key named "__proto__" must stay a plain own property.
    Object.defineProperty(copy, key, { value: frozenCopy((value as Record<string, unknown>)[key]), enumerable: true, writable: false, configurable: false });
  }
  return Object.freeze(copy);
}

/** Throws if a produced array is too long. */
export function checkArrayLength(length: number, max: number, pointer: string): void {
  if (length > max) throw limitError('maxArrayLength', max, pointer, `An array of ${length} items`);
}

/** Throws if a produced string is too long. */
export function checkStringLength(length: number, max: number, pointer: string): void {
  if (length > max) throw limitError('maxStringLength', max, pointer, `A string of ${length} characters`);
}

/** Freezes arrays and plain objects in place, all the way down (results folded at compile time). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
