// How a raw JSON-logic value is read: an operation is an object with exactly one own key. Shared by
// the analyser and the plain-language renderer so both see a rule the same way.

/** An operation node: `{ op: args }`, with args normalised to a list as json-logic-js does. */
export interface Operation {
  readonly name: string;
  readonly args: readonly unknown[];
  /** False when the rule wrote a single non-list argument (`{"!": true}`, `{"max": {"val": "x"}}`). */
  readonly listed: boolean;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own enumerable keys only: a rule's `__proto__` key is data, never the prototype. */
export function ownKeys(value: Record<string, unknown>): string[] {
  try {
    return Object.keys(value);
  } catch {
    return []; // a hostile proxy; treat as an empty literal
  }
}

export function readOperation(node: unknown): Operation | undefined {
  if (!isPlainObject(node)) return undefined;
  const keys = ownKeys(node);
  if (keys.length !== 1) return undefined;
  const name = keys[0] as string;
  const raw = node[name];
  return Array.isArray(raw) ? { name, args: raw, listed: true } : { name, args: [raw], listed: false };
}

/** Own-property lookup in a caller-supplied map, so `"constructor"` never finds Object's. */
export function lookup<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** RFC 6901 escaping of one reference token. */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Pointer of argument `index` of the operation at `pointer`. */
export function argPointer(pointer: string, op: Operation, index: number): string {
  const base = `${pointer}/${pointerToken(op.name)}`;
  return op.listed ? `${base}/${index}` : base;
}

/** Every operator the engine understands natively (custom ones are namespaced and declared). */
export const BUILTIN_OPERATORS: ReadonlySet<string> = new Set([
  'var', 'val', 'exists', 'missing', 'missing_some', 'if', '?:', 'and', 'or', '!', '!!',
  '==', '===', '!=', '!==', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', 'min', 'max',
  'cat', 'substr', 'in', 'merge', 'map', 'filter', 'reduce', 'all', 'some', 'none', '??',
  'try', 'throw', 'preserve', 'log',
]);

/** json-logic-js's operator table minus `method` (which the engine refuses on purpose). */
export const CLASSIC_OPERATORS: ReadonlySet<string> = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'map', 'reduce', 'filter', 'all',
  'none', 'some', 'merge', 'in', 'cat', 'substr', 'log',
]);

/** Operators the community spec evaluates lazily; they reject a non-list argument. */
export const LIST_ONLY_OPERATORS: ReadonlySet<string> = new Set([
  'if', '?:', 'and', 'or', 'map', 'filter', 'reduce', 'all', 'some', 'none',
  '==', '===', '!=', '!==', '<', '<=', '>', '>=',
]);

export const ITERATORS: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

export const COMPARISONS: ReadonlySet<string> = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);

/** Date/time operators live in these namespaces and ship with the engine. */
export function isDateTimeOperator(name: string): boolean {
  return name.startsWith('time.') || name.startsWith('date.');
}

/** Plugin operators are namespaced (`acme.weightedAvg`) so they survive export and re-import. */
export function isNamespaced(name: string): boolean {
  return /^[A-Za-z_$][\w$-]*\.[\w$.-]+$/.test(name);
}
