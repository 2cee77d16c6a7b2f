// What a rule gives in each engine, in the notation of DIFFERENCES.md: a value, or `error: X` (for
// this engine the LogicError `type`, for json-logic-js the JavaScript error class).
import jsonLogic from 'json-logic-js';
import { applyLogic, compileLogic, isLogicError, type CompiledLogic } from '../../../../src/core/index.ts';

export type Outcome =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'error'; readonly type: string; readonly pointer?: string | undefined; readonly message: string };

function oursError(error: unknown): Outcome {
  if (isLogicError(error)) return { kind: 'error', type: error.type, pointer: error.pointer, message: error.message };
  // Anything else escaping the engine is a bug of its own: it can never equal a json-logic-js outcome.
  return { kind: 'error', type: `not a LogicError: ${String(error)}`, message: String(error) };
}

/** Compiles with this engine: the function, or the compile error. */
export function compileOurs(rule: unknown): { run: CompiledLogic } | { compileError: Outcome } {
  try {
    return { run: compileLogic(rule) };
  } catch (error) {
    return { compileError: oursError(error) };
  }
}

export function runCompiled(run: CompiledLogic, data: unknown): Outcome {
  try {
    return { kind: 'value', value: run(data) };
  } catch (error) {
    return oursError(error);
  }
}

/** applyLogic: compiles and runs once. */
export function runOurs(rule: unknown, data: unknown): Outcome {
  try {
    return { kind: 'value', value: applyLogic(rule, data) };
  } catch (error) {
    return oursError(error);
  }
}

export function runTheirs(rule: unknown, data: unknown): Outcome {
  try {
    return { kind: 'value', value: jsonLogic.apply(rule, data) };
  } catch (error) {
    return theirsError(error);
  }
}

export function theirsError(error: unknown): Outcome {
  const type = error instanceof Error ? error.constructor.name : typeof error;
  return { kind: 'error', type, message: error instanceof Error ? error.message : String(error) };
}

/** Numbers are equal within 1e-10 (relative to their size beyond 1), as the suites compare; or exactly. */
function closeNumbers(a: number, b: number, exact: boolean): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (exact || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-10 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Deep equality of results: numbers within 1e-10 (or exactly), arrays by items, objects by own keys. */
export function closeValues(a: unknown, b: unknown, exact = false): boolean {
  if (typeof a === 'number' && typeof b === 'number') return closeNumbers(a, b, exact);
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((item, i) => closeValues(item, bs[i], exact));
  }
  // A prototype json-logic-js reached (Object.prototype has no keys either) is no JSON object.
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  return ak.length === bk.length && ak.every((k) => Object.prototype.hasOwnProperty.call(b, k)
    && closeValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], exact));
}

/** The same outcome: equal values, or errors of the same type (never true across engines). */
export function sameOutcome(a: Outcome, b: Outcome, exact = false): boolean {
  if (a.kind === 'error') return b.kind === 'error' && a.type === b.type;
  return b.kind === 'value' && closeValues(a.value, b.value, exact);
}

/**
 * E1 at one node: json-logic-js computed NaN where this engine fails with a "NaN" error. The
 * suites write "produces NaN" for exactly that (arithmetic/plus.json "Addition with string
 * produces NaN", arithmetic/divide.json "Any division by zero should return NaN", ...).
 */
export function nanEquivalent(ours: Outcome, theirs: Outcome): boolean {
  return ours.kind === 'error' && ours.type === 'NaN' && theirs.kind === 'value' && Number.isNaN(theirs.value);
}

/** An object JSON.parse could make: not a prototype json-logic-js reached (String.prototype, Object.prototype, ...). */
function isPlainObject(value: object): boolean {
  if (value === Object.prototype || Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Values a rule can be given as JSON: no NaN, Infinity, undefined or functions anywhere inside. */
export function isJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string': case 'boolean': return true;
    case 'number': return Number.isFinite(value);
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isJson);
      return isPlainObject(value) && Object.values(value).every(isJson);
    default:
      return false;
  }
}

/** The notation of DIFFERENCES.md. */
export function showOutcome(o: Outcome): string {
  if (o.kind === 'error') return `error: ${o.type}${o.pointer !== undefined ? ` at "${o.pointer}"` : ''}`;
  return showValue(o.value);
}

export function showValue(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'function';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (v !== null && typeof v === 'object' && !isJson(v)) {
    if (Array.isArray(v)) return `[${v.map(showValue).join(',')}]`;
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${showValue(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
