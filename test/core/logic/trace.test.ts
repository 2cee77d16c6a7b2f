// The trace tree: what a "why false" explanation is built on.
import { describe, expect, it } from 'vitest';
import { type TraceNode, compileTraced, createLogicEngine, traceLogic } from '../../../src/core/index.ts';

/** A compact view of a trace: pointer, op and value, children nested. */
function shape(node: TraceNode): unknown {
  return [node.pointer, node.op, node.value, ...(node.children.length ? [node.children.map(shape)] : [])];
}

describe('trace tree', () => {
  const rule = { and: [{ '>=': [{ var: 'score' }, 60] }, { '<': [{ var: 'complaints' }, 3] }] };

  it('records each evaluated node with pointer, op, args, value and truthiness', () => {
    const { value, trace, error } = compileTraced(rule)({ score: 55, complaints: 1 });
    expect(value).toBe(false);
    expect(error).toBeUndefined();
    expect(trace).toMatchObject({ pointer: '', op: 'and', kind: 'operator', value: false, truthy: false });
    // and stopped at the first falsy argument: the second was never evaluated.
    expect(trace.children).toHaveLength(1);
    const comparison = trace.children[0]!;
    expect(comparison).toMatchObject({ pointer: '/and/0', op: '>=', args: [55, 60], value: false, truthy: false });
    expect(comparison.children.map((c) => [c.pointer, c.op, c.kind, c.value])).toEqual([
      ['/and/0/>=/0', 'var', 'operator', 55],
      ['/and/0/>=/1', null, 'literal', 60],
    ]);
    expect(comparison.children[0]!.args).toEqual(['score']);
  });

  it('shows every child in evaluation order when all are needed', () => {
    const { trace } = compileTraced(rule)({ score: 70, complaints: 1 });
    expect(trace.value).toBe(true);
    expect(trace.children.map((c) => [c.pointer, c.truthy])).toEqual([['/and/0', true], ['/and/1', true]]);
  });

  it('shows the conditions if tried and the branch it took', () => {
    const grade = { if: [{ '>=': [{ var: 't' }, 90] }, 'A', { '>=': [{ var: 't' }, 75] }, 'B', 'C'] };
    const { trace } = compileTraced(grade)({ t: 80 });
    expect(trace.children.map((c) => [c.pointer, c.value])).toEqual([['/if/0', false], ['/if/2', true], ['/if/3', 'B']]);
  });

  it('shows an iterator body once per item, with the item as its scope', () => {
    const { trace } = compileTraced({ filter: [{ var: 'xs' }, { '>': [{ var: '' }, 1] }] })({ xs: [1, 2] });
    expect(trace.value).toEqual([2]);
    const bodies = trace.children.slice(1);
    expect(bodies.map((b) => [b.pointer, b.scope, b.value])).toEqual([['/filter/1', 1, false], ['/filter/1', 2, true]]);
    expect(bodies[0]!.children[0]).not.toHaveProperty('scope');
  });

  it('shows failed attempts of try, and the error as the fallback scope', () => {
    const { trace, value } = compileTraced({ try: [{ '/': [1, { var: 'd' }] }, { cat: ['failed: ', { var: 'type' }] }] })({ d: 0 });
    expect(value).toBe('failed: NaN');
    expect(trace.children[0]).toMatchObject({ pointer: '/try/0', op: '/', error: { type: 'NaN', pointer: '/try/0' }, args: [1, 0] });
    expect(trace.children[1]).toMatchObject({ pointer: '/try/1', scope: { type: 'NaN' }, value: 'failed: NaN' });
  });

  it('returns the error of a failing rule instead of throwing, with the failing path marked', () => {
    const result = traceLogic({ '+': [1, { '*': [{ var: 'x' }, 2] }] }, { x: 'abc' });
    expect(result.value).toBeUndefined();
    expect(result.error).toMatchObject({ type: 'NaN', pointer: '/+/1' });
    expect(result.trace.error).toMatchObject({ type: 'NaN', pointer: '/+/1' });
    expect(result.trace.children[1]).toMatchObject({ pointer: '/+/1', error: { type: 'NaN' }, args: ['abc', 2] });
  });

  it('records computed argument lists as args', () => {
    const { trace } = traceLogic({ '+': { var: 'xs' } }, { xs: [1, 2, 3] });
    expect(trace).toMatchObject({ op: '+', args: [1, 2, 3], value: 6 });
  });

  it('has the shape of the rule for a scoring rule', () => {
    const { trace } = traceLogic({ min: [100, { max: [0, { '*': [{ var: 'x' }, 2] }] }] }, { x: 70 });
    expect(shape(trace)).toEqual(['', 'min', 100, [
      ['/min/0', null, 100],
      ['/min/1', 'max', 140, [
        ['/min/1/max/0', null, 0],
        ['/min/1/max/1', '*', 140, [['/min/1/max/1/*/0', 'var', 70, [['/min/1/max/1/*/0/var', null, 'x']]], ['/min/1/max/1/*/1', null, 2]]],
      ]],
    ]]);
  });

  it('folds nothing, so constant subtrees are explained too', () => {
    const { trace } = traceLogic({ '+': [{ '*': [2, 3] }, 1] });
    expect(trace.children[0]).toMatchObject({ op: '*', args: [2, 3], value: 6 });
  });

  it('counts steps and is JSON-serialisable', () => {
    const result = traceLogic({ map: [{ var: 'xs' }, { '+': [{ var: '' }, 1] }] }, { xs: [1, 2] });
    expect(result.steps).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(result.trace))).toMatchObject({ op: 'map', value: [2, 3] });
  });

  it('works with an engine and its custom operators', () => {
    const engine = createLogicEngine({ operators: [{ name: 'acme.double', evaluate: ([x]) => (x as number) * 2 }] });
    const { trace } = engine.compileTraced({ 'acme.double': [{ var: 'x' }] })({ x: 4 });
    expect(trace).toMatchObject({ op: 'acme.double', args: [4], value: 8 });
    expect(compileTraced({ 'acme.double': [1] }, { engine }).call(null, null).value).toBe(2);
  });
});
