// The one error class of the engine. Rules fail with a string `type` (the community suites compare
// it), the JSON pointer of the node that failed, and a message that says what was expected.
import type { LogicLimits } from './types.ts';

/** The error types the engine itself raises; `throw` raises any string a rule gives it. */
export const ErrorType = {
  /** A value that must be a number is not one (or arithmetic produced NaN or ±Infinity). */
  NaN: 'NaN',
  /** Wrong number or shape of arguments, at compile time or, for computed argument lists, at run time. */
  InvalidArguments: 'Invalid Arguments',
  /** An object whose single key is not a registered operator. */
  UnknownOperator: 'Unknown Operator',
  /** Not JSON (functions, undefined, NaN, class instances, ...) or an ambiguous object. */
  InvalidRule: 'Invalid Rule',
  /** A limit of the engine (depth, array or string size, steps) was exceeded. `try` cannot catch it. */
  LimitExceeded: 'Limit Exceeded',
  /** A custom operator threw something that is not a LogicError. */
  OperatorFailed: 'Operator Error',
} as const;

export interface LogicErrorOptions {
  pointer?: string | undefined;
  /** What the engine expected at the pointer, in words (compile errors). */
  expected?: string | undefined;
  limit?: keyof LogicLimits | undefined;
  /** The value given to `throw`, when it was an object. */
  thrown?: unknown;
  cause?: unknown;
}

/** An error raised while compiling or running a rule. */
export class LogicError extends Error {
  override readonly name = 'LogicError';
  /** `"NaN"`, `"Invalid Arguments"`, ..., or the value given to the `throw` operator. */
  readonly type: string;
  /** RFC 6901 pointer of the offending node in the rule (`""` is the whole rule). */
  readonly pointer?: string;
  readonly expected?: string;
  /** Which limit was exceeded, for `type === "Limit Exceeded"`. */
  readonly limit?: keyof LogicLimits;
  readonly thrown?: unknown;

  constructor(type: string, message: string, options: LogicErrorOptions = {}) {
    super(options.pointer === undefined ? message : `${message} (at ${options.pointer === '' ? 'the rule root' : options.pointer})`,
      options.cause === undefined ? undefined : { cause: options.cause });
    this.type = type;
    if (options.pointer !== undefined) this.pointer = options.pointer;
    if (options.expected !== undefined) this.expected = options.expected;
    if (options.limit !== undefined) this.limit = options.limit;
    if (options.thrown !== undefined) this.thrown = options.thrown;
  }
}

export function isLogicError(error: unknown): error is LogicError {
  return error instanceof LogicError;
}

// Factories keep the hot closures small: the error path lives out of line.

export function nanError(pointer: string, what = 'a number'): LogicError {
  return new LogicError(ErrorType.NaN, `Expected ${what}`, { pointer, expected: what });
}

export function invalidArguments(pointer: string, expected: string): LogicError {
  return new LogicError(ErrorType.InvalidArguments, `Invalid arguments: expected ${expected}`, { pointer, expected });
}

export function limitError(limit: keyof LogicLimits, max: number, pointer: string, what: string): LogicError {
  return new LogicError(ErrorType.LimitExceeded, `${what} exceeds the ${limit} limit of ${max}`, { pointer, limit });
}
