import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createEngineWithDeclarations, operatorFromDeclaration, type DeclaredOperator } from '../../../src/core/logic/declared-operators.ts';

const percent: DeclaredOperator = {
  name: 'svc.percent',
  label: { en: 'Percent of', 'zh-CN': '占比' },
  args: { min: 2, max: 2, types: ['number', 'number'] },
  returns: 'number',
  // part / whole × 100, and null when there is no whole (no contacts: no rate).
  logic: { if: [{ '==': [{ var: 'args.1' }, 0] }, null, { '*': [{ '/': [{ var: 'args.0' }, { var: 'args.1' }] }, 100] }] },
};

describe('declared operators', () => {
  it('evaluate their JSON-logic body over the call arguments, inside any rule', () => {
    const { engine, problems } = createEngineWithDeclarations([percent]);
    expect(problems).toEqual([]);
    const rule = { '>=': [{ 'svc.percent': [{ var: 'resolved' }, { var: 'contacts' }] }, 80] };
    expect(engine.apply(rule, { resolved: 45, contacts: 50 })).toBe(true);
    expect(engine.apply(rule, { resolved: 30, contacts: 50 })).toBe(false);
    expect(engine.apply({ 'svc.percent': [1, 0] }, {})).toBe(null);
    expect(engine.getOperator('svc.percent')?.label).toEqual(percent.label);
  });

  it('check their arguments at compile time like any custom operator', () => {
    const { engine } = createEngineWithDeclarations([percent]);
    expect(() => engine.compile({ 'svc.percent': [1] })).toThrow(/svc\.percent/);
    expect(() => engine.compile({ 'svc.percent': ['a', 2] })).toThrow();
  });

  it('report bad declarations instead of throwing, and keep the good ones', () => {
    const { engine, problems } = createEngineWithDeclarations([
      percent,
      { name: 'nodot', logic: 1 },
      { name: 'svc.broken', logic: { nosuch: [1] } },
      { name: 'svc.percent', logic: 2 },
    ]);
    expect(problems.map((p) => p.name)).toEqual(['nodot', 'svc.broken', 'svc.percent']);
    expect(engine.hasOperator('svc.percent')).toBe(true);
    expect(engine.hasOperator('svc.broken')).toBe(false);
  });

  it('cannot reach outside their arguments: the body sees only { args }', () => {
    const spy = operatorFromDeclaration({ name: 'svc.peek', logic: { var: 'secret' } });
    const { engine } = createEngineWithDeclarations([{ name: 'svc.peek', logic: { var: 'secret' } }]);
    expect(engine.apply({ 'svc.peek': [] }, { secret: 42 })).toBe(null);
    // Same arguments, same result: constant calls fold at compile time.
    expect(spy.pure).toBe(true);
  });

  it('are not classic: json-logic-js does not know them (the cross-check reports such rules as skipped)', () => {
    expect(() => jsonLogic.apply({ 'svc.percent': [1, 2] }, {})).toThrow(/Unrecognized operation/);
  });
});
