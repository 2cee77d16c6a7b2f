// Custom operators: registered per engine, namespaced, never overriding built-ins, checked at
// compile time against their argument schema, eager or lazy.
import { describe, expect, it } from 'vitest';
import {
  type EagerOperatorSpec, type LazyOperatorSpec, applyLogic, compileLogic, compileTraced, createLogicEngine, isTruthy,
} from '../../../src/core/index.ts';
import { catchLogicError } from './catch-logic-error.ts';

const weightedAvg: EagerOperatorSpec = {
  name: 'acme.weightedAvg',
  label: { en: 'Weighted average', 'zh-CN': '加权平均' },
  description: 'Average of values by weights',
  args: { min: 2, max: 2, types: ['array', 'array'], labels: ['values', 'weights'] },
  returns: 'number',
  pure: true,
  evaluate([values, weights], ctx) {
    if (!Array.isArray(values) || !Array.isArray(weights) || values.length !== weights.length) return ctx.fail('Invalid Arguments', 'two lists of the same length');
    let sum = 0;
    let total = 0;
    values.forEach((v: unknown, i: number) => {
      sum += Number(v) * Number(weights[i]);
      total += Number(weights[i]);
    });
    return total === 0 ? null : sum / total;
  },
};

const unless: LazyOperatorSpec = {
  name: 'acme.unless',
  lazy: true,
  args: { min: 2, max: 3 },
  evaluate(args, ctx) {
    if (!isTruthy(ctx.evaluate(0))) return ctx.evaluate(1);
    return args.length > 2 ? ctx.evaluate(2) : null;
  },
};

const compileError = catchLogicError;

describe('registration', () => {
  it('is per engine, never global', () => {
    const a = createLogicEngine({ operators: [weightedAvg] });
    const b = createLogicEngine();
    expect(a.hasOperator('acme.weightedAvg')).toBe(true);
    expect(b.hasOperator('acme.weightedAvg')).toBe(false);
    expect(a.apply({ 'acme.weightedAvg': [[80, 60], [3, 1]] })).toBe(75);
    expect(compileError(() => b.compile({ 'acme.weightedAvg': [[1], [1]] })).type).toBe('Unknown Operator');
    expect(compileError(() => compileLogic({ 'acme.weightedAvg': [[1], [1]] })).type).toBe('Unknown Operator');
    expect(compileError(() => applyLogic({ 'acme.weightedAvg': [[1], [1]] })).pointer).toBe('');
  });

  it('requires a namespaced name', () => {
    const engine = createLogicEngine();
    for (const name of ['weightedAvg', '.avg', 'acme.', 'acme..avg', 'acme avg.x', '', 'acme/x.y']) {
      expect(() => engine.addOperator({ ...weightedAvg, name }), name).toThrow(/namespaced/);
    }
    expect(() => engine.addOperator({ ...weightedAvg, name: 'acme.kpi.clamp-to' })).not.toThrow();
  });

  it('refuses to override built-ins or an operator already registered', () => {
    const engine = createLogicEngine({ operators: [weightedAvg] });
    for (const name of ['if', '+', 'var', 'map']) expect(() => engine.addOperator({ ...weightedAvg, name })).toThrow(TypeError);
    expect(() => engine.addOperator(weightedAvg)).toThrow(/already registered/);
    expect(engine.apply({ if: [true, 1, 2] })).toBe(1);
  });

  it('checks the spec', () => {
    const engine = createLogicEngine();
    expect(() => engine.addOperator({ name: 'a.b' } as never)).toThrow(/evaluate/);
    expect(() => engine.addOperator({ ...weightedAvg, name: 'a.c', args: { min: 3, max: 2 } })).toThrow(/min/);
    expect(() => engine.addOperator({ ...weightedAvg, name: 'a.d', args: { types: ['date' as never] } })).toThrow(/types/);
  });

  it('keeps a frozen copy of the spec for labels and schemas', () => {
    const spec = { ...weightedAvg, args: { ...weightedAvg.args } };
    const engine = createLogicEngine({ operators: [spec] });
    spec.args.max = 5;
    const stored = engine.getOperator('acme.weightedAvg')!;
    expect(stored.label).toEqual({ en: 'Weighted average', 'zh-CN': '加权平均' });
    expect(stored.args?.max).toBe(2);
    expect(Object.isFrozen(stored)).toBe(true);
    expect(engine.operatorNames()).toContain('acme.weightedAvg');
    expect(compileError(() => engine.compile({ 'acme.weightedAvg': [[1], [1], [1]] })).type).toBe('Invalid Arguments');
  });
});

describe('compile-time checks from the argument schema', () => {
  const engine = createLogicEngine({ operators: [weightedAvg, unless] });

  it('checks arity with a pointer', () => {
    expect(compileError(() => engine.compile({ and: [{ 'acme.weightedAvg': [[1]] }] }))).toMatchObject({ type: 'Invalid Arguments', pointer: '/and/0', expected: '2 arguments' });
  });

  it('checks literal argument types with the argument pointer', () => {
    expect(compileError(() => engine.compile({ 'acme.weightedAvg': [[1], 'x'] }))).toMatchObject({ type: 'Invalid Arguments', pointer: '/acme.weightedAvg/1', expected: 'array' });
  });

  it('checks operator arguments whose result type is known', () => {
    expect(compileError(() => engine.compile({ 'acme.weightedAvg': [{ cat: ['a'] }, [1]] })).pointer).toBe('/acme.weightedAvg/0');
    expect(engine.compile({ 'acme.weightedAvg': [{ var: 'v' }, { merge: [[1], [1]] }] })({ v: [10, 20] })).toBe(15);
  });

  it('reports failures of the operator at its pointer, catchable by try', () => {
    const run = engine.compile({ try: [{ 'acme.weightedAvg': [{ var: 'v' }, [1]] }, { cat: ['caught ', { var: 'type' }] }] });
    expect(run({ v: [1, 2] })).toBe('caught Invalid Arguments');
    expect(compileError(() => engine.compile({ if: [true, { 'acme.weightedAvg': [{ var: 'v' }, [1]] }] })({ v: [] }))).toMatchObject({ type: 'Invalid Arguments', pointer: '/if/1' });
  });
});

describe('eager operators', () => {
  it('receive the written arguments evaluated; a non-array argument is one argument', () => {
    const seen: unknown[] = [];
    const engine = createLogicEngine({ operators: [{ name: 'test.args', evaluate: (args) => { seen.push(args); return args.length; } }] });
    expect(engine.apply({ 'test.args': [1, { var: 'x' }] }, { x: 2 })).toBe(2);
    expect(engine.apply({ 'test.args': { var: 'list' } }, { list: [1, 2, 3] })).toBe(1);
    expect(seen).toEqual([[1, 2], [[1, 2, 3]]]);
  });

  it('see the data and the pointer', () => {
    const engine = createLogicEngine({ operators: [{ name: 'test.where', evaluate: (_args, ctx) => [ctx.pointer, ctx.data] }] });
    expect(engine.apply({ map: [[1, 2], { 'test.where': [] }] })).toEqual([['/map/1', 1], ['/map/1', 2]]);
  });

  it('are folded at compile time when pure with constant arguments', () => {
    let calls = 0;
    const engine = createLogicEngine({
      operators: [
        { name: 'test.pure', pure: true, evaluate: ([x]) => { calls++; return (x as number) * 2; } },
        { name: 'test.impure', evaluate: ([x]) => { calls++; return (x as number) * 2; } },
      ],
    });
    const pure = engine.compile({ '+': [{ 'test.pure': [21] }, { var: 'x' }] });
    expect(calls).toBe(1);
    for (let i = 0; i < 5; i++) expect(pure({ x: i })).toBe(42 + i);
    expect(calls).toBe(1);
    const impure = engine.compile({ 'test.impure': [21] });
    expect(calls).toBe(1);
    impure(null);
    impure(null);
    expect(calls).toBe(3);
  });

  it('have their results checked', () => {
    const engine = createLogicEngine({
      limits: { maxArrayLength: 3 },
      operators: [
        { name: 'test.undef', evaluate: () => undefined },
        { name: 'test.nan', evaluate: () => Number.NaN },
        { name: 'test.fn', evaluate: () => () => 1 },
        { name: 'test.long', evaluate: () => [1, 2, 3, 4] },
        { name: 'test.crash', evaluate: () => { throw new RangeError('boom'); } },
      ],
    });
    expect(engine.apply({ 'test.undef': [] })).toBeNull();
    expect(compileError(() => engine.apply({ 'test.nan': [] })).type).toBe('NaN');
    expect(compileError(() => engine.apply({ 'test.fn': [] })).type).toBe('Operator Error');
    expect(compileError(() => engine.apply({ 'test.long': [] })).limit).toBe('maxArrayLength');
    const crash = compileError(() => engine.apply({ and: [true, { 'test.crash': [] }] }));
    expect(crash).toMatchObject({ type: 'Operator Error', pointer: '/and/1' });
    expect(crash.message).toContain('boom');
    expect((crash as Error & { cause?: unknown }).cause).toBeInstanceOf(RangeError);
  });
});

describe('lazy operators', () => {
  const engine = createLogicEngine({ operators: [unless] });

  it('evaluate only the arguments they ask for', () => {
    const run = engine.compile({ 'acme.unless': [{ var: 'ok' }, 'fix it', { throw: 'never evaluated' }] });
    expect(run({ ok: false })).toBe('fix it');
    expect(compileError(() => run({ ok: true })).type).toBe('never evaluated');
  });

  it('see their arguments as written, with pointers and constness', () => {
    let seen: unknown;
    const spy = createLogicEngine({ operators: [{ name: 'test.spy', lazy: true, evaluate: (args) => { seen = args; return null; } }] });
    spy.apply({ and: [{ 'test.spy': [1, { var: 'x' }, { '+': [1, 2] }] }] });
    expect(seen).toEqual([
      { rule: 1, pointer: '/and/0/test.spy/0', constant: true, value: 1 },
      { rule: { var: 'x' }, pointer: '/and/0/test.spy/1', constant: false, value: undefined },
      { rule: { '+': [1, 2] }, pointer: '/and/0/test.spy/2', constant: true, value: 3 },
    ]);
  });

  it('can evaluate an argument against new data, as a scope val can climb out of', () => {
    const each = createLogicEngine({
      operators: [{
        name: 'test.each',
        lazy: true,
        evaluate: (_args, ctx) => {
          const items = ctx.evaluate(0);
          return Array.isArray(items) ? items.map((item) => ctx.evaluate(1, item)) : [];
        },
      }],
    });
    expect(each.apply({ 'test.each': [{ var: 'xs' }, { '*': [{ var: '' }, 10] }] }, { xs: [1, 2] })).toEqual([10, 20]);
    expect(each.apply({ 'test.each': [{ var: 'xs' }, { '+': [{ val: [] }, { val: [[2], 'bonus'] }] }] }, { xs: [1, 2], bonus: 100 })).toEqual([101, 102]);
  });

  it('count their evaluations against maxSteps', () => {
    const loop = createLogicEngine({
      limits: { maxSteps: 10_000 },
      operators: [{ name: 'test.loop', lazy: true, evaluate: (_args, ctx) => { for (;;) ctx.evaluate(0); } }],
    });
    expect(compileError(() => loop.apply({ 'test.loop': [{ var: 'x' }] }))).toMatchObject({ type: 'Limit Exceeded', limit: 'maxSteps' });
  });

  it('appear in traces with the children they evaluated', () => {
    const result = compileTraced({ 'acme.unless': [{ var: 'ok' }, 'fix it', 'fine'] }, { engine })({ ok: true });
    expect(result.value).toBe('fine');
    expect(result.trace.op).toBe('acme.unless');
    expect(result.trace.children.map((c) => c.pointer)).toEqual(['/acme.unless/0', '/acme.unless/2']);
  });
});
