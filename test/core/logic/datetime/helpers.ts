// One engine with the date/time operators for all tests here, and a way to look at a failure.
import { expect } from 'vitest';
import { createLogicEngine, isLogicError, type LogicError } from '../../../../src/core/logic/index.ts';
import { DATE_TIME_OPERATORS } from '../../../../src/core/logic/datetime/index.ts';

export const engine = createLogicEngine({ operators: DATE_TIME_OPERATORS });

export function run(rule: unknown, data?: unknown): unknown {
  return engine.apply(rule, data);
}

/** The LogicError a rule fails with; the test fails if it succeeds or throws something else. */
export function failure(rule: unknown, data?: unknown): LogicError {
  try {
    const value = engine.apply(rule, data);
    expect.fail(`expected ${JSON.stringify(rule)} to fail, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (!isLogicError(error)) throw error;
    return error;
  }
}

/** Calls `op` with values from the data, so compile-time type checks do not intervene. */
export function call(op: string, ...args: unknown[]): unknown {
  return run({ [op]: args.map((_, i) => ({ var: `a${i}` })) }, Object.fromEntries(args.map((v, i) => [`a${i}`, v])));
}

export function callFailure(op: string, ...args: unknown[]): LogicError {
  return failure({ [op]: args.map((_, i) => ({ var: `a${i}` })) }, Object.fromEntries(args.map((v, i) => [`a${i}`, v])));
}
