// The public surface of the engine as src/core/index.ts exports it.
import { describe, expect, it } from 'vitest';
import { CLASSIC_OPERATORS, applyLogic, compileLogic, createLogicEngine } from '../../../src/core/index.ts';

const JSON_LOGIC_JS = [
  '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!!', '!', '%', 'log', 'in', 'cat', 'substr', '+', '*', '-', '/', 'min', 'max',
  'merge', 'var', 'missing', 'missing_some', 'if', '?:', 'and', 'or', 'filter', 'map', 'reduce', 'all', 'none', 'some',
];

describe('engine API', () => {
  it('CLASSIC_OPERATORS is the operator set of json-logic-js', () => {
    expect([...CLASSIC_OPERATORS].sort()).toEqual([...JSON_LOGIC_JS].sort());
  });

  it('has the classic operators and the suites\' additions', () => {
    const names = createLogicEngine().operatorNames();
    for (const name of [...JSON_LOGIC_JS, 'val', 'exists', '??', 'try', 'throw', 'preserve']) expect(names).toContain(name);
  });

  it('compiles once and runs per record', () => {
    const run = compileLogic({ if: [{ '>=': [{ var: 'score' }, 60] }, 'pass', 'fail'] });
    expect([{ score: 70 }, { score: 10 }, {}].map(run)).toEqual(['pass', 'fail', 'fail']);
  });

  it('reads missing data as null', () => {
    expect(applyLogic({ var: '' })).toBeNull();
    expect(applyLogic({ '??': [{ var: 'x' }, 'default'] })).toBe('default');
    expect(compileLogic({ val: [] })(undefined)).toBeNull();
  });

  it('takes limits per engine and per compile', () => {
    const engine = createLogicEngine({ limits: { maxArrayLength: 2 } });
    expect(() => engine.apply({ merge: [[1], [2], [3]] })).toThrow(expect.objectContaining({ limit: 'maxArrayLength' }));
    expect(engine.compile({ merge: [[1], [2], [3]] }, { limits: { maxArrayLength: 3 } })(null)).toEqual([1, 2, 3]);
    expect(Object.isFrozen(engine.limits)).toBe(true);
  });

  it('is reentrant: a custom operator may run compiled rules, even the one running it', () => {
    const engine = createLogicEngine();
    let inner: ((data: unknown) => unknown) | undefined;
    engine.addOperator({
      name: 'test.recurse',
      evaluate: ([n]) => ((n as number) <= 0 ? 0 : (inner!({ n: (n as number) - 1, xs: [1, 2] }) as number) + 1),
    });
    inner = engine.compile({ '+': [{ 'test.recurse': [{ var: 'n' }] }, { reduce: [{ var: 'xs' }, { '+': [{ var: 'accumulator' }, { var: 'current' }] }, 0] }] });
    expect(inner({ n: 3, xs: [1, 2] })).toBe(3 + 4 * 3);
  });
});
