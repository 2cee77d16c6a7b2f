// Constant folding and the specialised closures must not change any result or error: the traced
// variant (no folding, each operator's generic meaning) is the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLogic, compileTraced, createLogicEngine, isLogicError } from '../../../src/core/index.ts';

type Outcome = { value: unknown } | { error: string };

function attempt(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    if (!isLogicError(error)) throw error;
    return { error: error.type };
  }
}

/** Outcomes of the fast variant and of the reference (traced) variant on each data. */
function bothVariants(rule: unknown, datas: readonly unknown[]): Array<[Outcome, Outcome]> {
  const fast = compileLogic(rule);
  const traced = compileTraced(rule);
  return datas.map((data) => {
    const reference = traced(data);
    return [attempt(() => fast(data)), reference.error === undefined ? { value: reference.value } : { error: reference.error.type }];
  });
}

function agree(rule: unknown, datas: readonly unknown[]): void {
  for (const [fast, reference] of bothVariants(rule, datas)) {
    // expect() only on a difference: building its message for every case would dominate.
    if (JSON.stringify(fast) !== JSON.stringify(reference)) expect({ rule, fast }).toEqual({ rule, fast: reference });
  }
}

/** Operators and how many arguments to generate for them. */
const OPERATORS: Array<[string, number, number]> = [
  ['+', 0, 3], ['-', 1, 3], ['*', 0, 3], ['/', 1, 3], ['%', 2, 3], ['min', 1, 3], ['max', 1, 3],
  ['==', 2, 3], ['!=', 2, 3], ['===', 2, 3], ['!==', 2, 3], ['<', 2, 3], ['<=', 2, 3], ['>', 2, 3], ['>=', 2, 3],
  ['!', 1, 1], ['!!', 1, 1], ['and', 0, 3], ['or', 0, 3], ['if', 0, 5], ['?:', 3, 3], ['??', 0, 3],
  ['cat', 0, 3], ['in', 2, 2], ['substr', 1, 3], ['merge', 0, 3], ['try', 1, 3], ['missing', 1, 2], ['var', 1, 2],
];

const leaf = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, 1e200, '', '1', '2.5', 'ab', true, false, null, [], [1, '2']),
  fc.constantFrom({ var: 'x' }, { var: 'y' }, { var: 's' }, { var: 'list' }, { var: 'missing' }),
);

const { rule } = fc.letrec<{ rule: unknown; operator: unknown }>((tie) => ({
  rule: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('operator')),
  operator: fc.constantFrom(...OPERATORS).chain(([op, min, max]) => fc.array(tie('rule'), { minLength: min, maxLength: max }).map((args) => ({ [op]: args }))),
}));

const DATA = [{ x: 3, y: '4', s: 'abc', list: [1, 2] }, { x: 0, y: null, s: '', list: [] }, {}];

describe('constant folding and specialisation', () => {
  it('never change a result or an error (property)', () => {
    fc.assert(
      fc.property(rule, (r) => {
        agree(r, DATA);
      }),
      { numRuns: 2000 },
    );
  });

  it('never change a result or an error (every operator, every combination of small arguments)', () => {
    const pool: unknown[] = [2, 0, '1', 'ab', null, true, [1], { var: 'x' }, { var: 'y' }, { var: 's' }, { var: 'list' }];
    const combos = (n: number): unknown[][] => (n === 0 ? [[]] : combos(n - 1).flatMap((c) => pool.map((p) => [...c, p])));
    let checked = 0;
    for (const [op, min, max] of OPERATORS) {
      for (let n = min; n <= Math.min(max, 3); n++) {
        for (const args of combos(n)) {
          agree({ [op]: args }, DATA);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  }, 60_000);

  it('fold constant subtrees into one frozen value shared by every run', () => {
    const run = compileLogic({ merge: [[1], { if: [{ '>': [2, 1] }, [2, 3], [4]] }] });
    const first = run({});
    expect(first).toEqual([1, 2, 3]);
    expect(run({ other: 1 })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('evaluate a pure subtree once, at compile time', () => {
    let calls = 0;
    const engine = createLogicEngine({ operators: [{ name: 'test.count', pure: true, evaluate: ([x]) => { calls++; return x; } }] });
    const run = engine.compile({ '*': [{ var: 'x' }, { '+': [{ 'test.count': [2] }, { 'test.count': [3] }] }] });
    expect(calls).toBe(2);
    expect([run({ x: 1 }), run({ x: 2 })]).toEqual([5, 10]);
    expect(calls).toBe(2);
  });

  it('do not fold what depends on the data', () => {
    const run = compileLogic({ '+': [{ '*': [2, 3] }, { var: 'x' }] });
    expect([run({ x: 1 }), run({ x: 10 })]).toEqual([7, 16]);
  });

  it('leave failing constant subtrees to fail per record, so try still catches them', () => {
    const run = compileLogic({ '/': [1, 0] });
    expect(() => run(null)).toThrow(expect.objectContaining({ type: 'NaN' }));
    expect(compileLogic({ try: [{ '/': [1, 0] }, 5] })(null)).toBe(5);
    expect(compileLogic({ if: [{ var: 'x' }, { throw: 'boom' }, 1] })({ x: false })).toBe(1);
  });

  it('drop if-conditions known at compile time', () => {
    expect(compileLogic({ if: [false, { throw: 'no' }, { var: 'x' }] })({ x: 'else' })).toBe('else');
    expect(compileLogic({ if: [{ '==': [1, 1] }, 'then', { throw: 'no' }] })({})).toBe('then');
    expect(compileLogic({ if: [{ var: 'c' }, 1, true, 2, 3] })({ c: 0 })).toBe(2);
  });

  it('respect limits: a fold that would exceed one fails per record', () => {
    const engine = createLogicEngine({ limits: { maxArrayLength: 3 } });
    const run = engine.compile({ merge: [[1, 2], [3, 4]] });
    expect(() => run(null)).toThrow(expect.objectContaining({ type: 'Limit Exceeded', limit: 'maxArrayLength' }));
  });
});
