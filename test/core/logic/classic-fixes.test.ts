// Cases the property test found where the engine disagreed with json-logic-js and no suite decides:
// fixed to the classic behaviour.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { applyLogic } from '../../../src/core/index.ts';

const jsonLogic = createRequire(import.meta.url)('json-logic-js') as { apply(rule: unknown, data?: unknown): unknown };

describe('classic behaviour where no suite decides', () => {
  it.each([
    [{ in: ['', ''] }],
    [{ in: ['a', ''] }],
    [{ in: ['', 'abc'] }],
    [{ substr: ['abc', 0, -0.5] }],
    [{ substr: ['abc', 0, -1.5] }],
    [{ substr: ['abcdef', 1, -2.5] }],
    [{ substr: ['abcdef', -4, -1] }],
    [{ substr: ['abc', 1, 1.9] }],
    [{ substr: ['abc', 0, -5] }],
  ])('%j agrees with json-logic-js', (rule) => {
    expect(applyLogic(rule)).toEqual(jsonLogic.apply(rule));
  });
});
