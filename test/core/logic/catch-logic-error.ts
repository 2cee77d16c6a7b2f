import { expect } from 'vitest';
import { type LogicError, isLogicError } from '../../../src/core/index.ts';

/** Runs `run`, which must throw a LogicError, and returns that error. */
export function catchLogicError(run: () => unknown): LogicError {
  try {
    run();
  } catch (error) {
    expect(isLogicError(error), String(error)).toBe(true);
    return error as LogicError;
  }
  throw new Error('did not fail');
}
