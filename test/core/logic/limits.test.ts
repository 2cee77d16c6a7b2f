// Each limit fails with a clear "Limit Exceeded" error naming the limit; try cannot catch it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, compileLogic, createLogicEngine } from '../../../src/core/index.ts';
import { catchLogicError } from './catch-logic-error.ts';

const failure = catchLogicError;

function nestedNots(levels: number): unknown {
  let rule: unknown = true;
  for (let i = 0; i < levels; i++) rule = { '!': [rule] };
  return rule;
}

describe('defaults', () => {
  it('are sensible and per engine', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 64, maxArrayLength: 1_000_000, maxStringLength: 1_000_000, maxSteps: 10_000_000 });
    const engine = createLogicEngine({ limits: { maxSteps: 500 } });
    expect(engine.limits).toEqual({ ...DEFAULT_LIMITS, maxSteps: 500 });
    expect(createLogicEngine().limits).toEqual(DEFAULT_LIMITS);
  });

  it('reject nonsense', () => {
    expect(() => createLogicEngine({ limits: { maxDepth: 0 } })).toThrow(TypeError);
    expect(() => createLogicEngine({ limits: { maxSteps: 1.5 } })).toThrow(TypeError);
    expect(() => createLogicEngine({ limits: { maxWidth: 3 } as never })).toThrow(/Unknown logic limit/);
  });
});

describe('maxDepth', () => {
  it('stops deep rules at compile time, at the node that is too deep', () => {
    const error = failure(() => compileLogic(nestedNots(40)));
    expect(error).toMatchObject({ type: 'Limit Exceeded', limit: 'maxDepth' });
    expect(error.message).toContain('maxDepth limit of 64');
    expect(error.pointer).toMatch(/^(\/!\/0)+/);
    expect(compileLogic(nestedNots(31))(null)).toBe(false);
  });

  it('can be raised per engine or per compile', () => {
    expect(compileLogic(nestedNots(40), { limits: { maxDepth: 100 } })(null)).toBe(true);
    expect(createLogicEngine({ limits: { maxDepth: 100 } }).apply(nestedNots(40))).toBe(true);
  });

  it('also bounds literal data and self-containing data turned into strings', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(failure(() => compileLogic({ preserve: deep })).limit).toBe('maxDepth');
    const cyclic: unknown[] = ['a'];
    cyclic.push(cyclic);
    expect(failure(() => compileLogic({ cat: [{ var: 'x' }] })({ x: cyclic })).limit).toBe('maxDepth');
  });
});

describe('maxArrayLength', () => {
  const engine = createLogicEngine({ limits: { maxArrayLength: 10 } });

  it('stops merge before it allocates', () => {
    const run = engine.compile({ merge: [{ var: 'a' }, { var: 'a' }] });
    expect(run({ a: [1, 2, 3, 4, 5] })).toHaveLength(10);
    const error = failure(() => run({ a: [1, 2, 3, 4, 5, 6] }));
    expect(error).toMatchObject({ type: 'Limit Exceeded', limit: 'maxArrayLength', pointer: '' });
    expect(error.message).toBe('An array of 12 items exceeds the maxArrayLength limit of 10 (at the rule root)');
  });

  it('stops doubling in reduce', () => {
    const run = engine.compile({ reduce: [{ var: 'n' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] });
    expect(failure(() => run({ n: [1, 2, 3, 4, 5, 6, 7, 8] })).limit).toBe('maxArrayLength');
  });

  it('stops map over long lists and long literal arrays', () => {
    expect(failure(() => engine.compile({ map: [{ var: 'xs' }, 1] })({ xs: new Array(11).fill(0) })).limit).toBe('maxArrayLength');
    expect(failure(() => engine.compile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).limit).toBe('maxArrayLength');
  });
});

describe('maxStringLength', () => {
  const engine = createLogicEngine({ limits: { maxStringLength: 1000 } });

  it('stops cat, including doubling in reduce', () => {
    const run = engine.compile({ reduce: [{ var: 'n' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] });
    expect(run({ n: [1, 2, 3] })).toHaveLength(16);
    const error = failure(() => run({ n: new Array(20).fill(0) }));
    expect(error).toMatchObject({ type: 'Limit Exceeded', limit: 'maxStringLength', pointer: '/reduce/1' });
    expect(error.message).toContain('exceeds the maxStringLength limit of 1000');
  });

  it('stops long literal strings at compile time', () => {
    expect(failure(() => engine.compile({ cat: ['x'.repeat(1001)] }))).toMatchObject({ limit: 'maxStringLength', pointer: '/cat/0' });
  });
});

describe('maxSteps', () => {
  const engine = createLogicEngine({ limits: { maxSteps: 1000 } });
  const rule = { map: [{ var: 'xs' }, { '*': [{ var: '' }, 2] }] };

  it('counts iterations and stops runaway loops', () => {
    const run = engine.compile(rule);
    expect(run({ xs: new Array(100).fill(1) })).toHaveLength(100);
    const error = failure(() => run({ xs: new Array(1000).fill(1) }));
    expect(error).toMatchObject({ type: 'Limit Exceeded', limit: 'maxSteps', pointer: '' });
    expect(error.message).toContain('exceeds the maxSteps limit of 1000');
  });

  it('resets per top-level run', () => {
    const run = engine.compile(rule);
    for (let i = 0; i < 50; i++) expect(run({ xs: new Array(300).fill(1) })).toHaveLength(300);
    failure(() => run({ xs: new Array(600).fill(1) }));
    expect(run({ xs: [1] })).toEqual([2]);
  });

  it('multiplies in nested iterators', () => {
    const nested = engine.compile({ map: [{ var: 'xs' }, { map: [{ var: 'ys' }, 1] }] });
    expect(failure(() => nested({ xs: new Array(40).fill({ ys: new Array(40).fill(0) }) }))).toMatchObject({ limit: 'maxSteps', pointer: '/map/1' });
  });

  it('stops rules larger than the budget', () => {
    const small = createLogicEngine({ limits: { maxSteps: 2 } });
    expect(failure(() => small.compile({ '+': [1, { var: 'a' }, { var: 'b' }] })({})).limit).toBe('maxSteps');
  });

  it('cannot be caught by try', () => {
    const run = engine.compile({ try: [{ map: [{ var: 'xs' }, { var: '' }] }, 'fallback'] });
    expect(run({ xs: [1] })).toEqual([1]);
    expect(failure(() => run({ xs: new Array(5000).fill(0) })).type).toBe('Limit Exceeded');
  });
});
