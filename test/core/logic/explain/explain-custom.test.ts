// Explaining through custom operators registered on an engine, eager and lazy.
import { describe, expect, it } from 'vitest';
import { DATE_TIME_OPERATORS, createLogicEngine, isTruthy } from '../../../../src/core/index.ts';
import { explainLogic } from '../../../../src/core/logic/explain/index.ts';

function makeEngine() {
  const engine = createLogicEngine();
  engine.addOperator({
    name: 'acme.isVip',
    label: { en: 'is VIP', 'zh-CN': '是贵宾' },
    args: { min: 1, max: 1 },
    returns: 'boolean',
    evaluate: ([tier]) => tier === 'vip' || tier === 'gold',
  });
  engine.addOperator({
    name: 'acme.unless', // lazy: unless(condition, then, otherwise)
    lazy: true,
    args: { min: 2, max: 3 },
    evaluate: (args, ctx) => (isTruthy(ctx.evaluate(0)) ? (args.length > 2 ? ctx.evaluate(2) : null) : ctx.evaluate(1)),
  });
  engine.addOperator({
    name: 'acme.anyOf', // lazy iterator: anyOf(list, test per item)
    lazy: true,
    args: { min: 2, max: 2 },
    evaluate: (_args, ctx) => {
      const items = ctx.evaluate(0);
      return Array.isArray(items) && items.some((item) => isTruthy(ctx.evaluate(1, item)));
    },
  });
  engine.addOperator({
    name: 'acme.ratio',
    evaluate: ([a, b], ctx) => {
      if (typeof a !== 'number' || typeof b !== 'number') return ctx.fail('Invalid Arguments', 'numbers expected');
      if (b === 0) throw new Error('division by zero');
      return a / b;
    },
  });
  return engine;
}

describe('custom operators', () => {
  it('explains an eager custom predicate as a leaf with its label and arguments', () => {
    const engine = makeEngine();
    const e = explainLogic({ 'acme.isVip': { var: 'tier' } }, { tier: 'silver' }, { engine, fieldLabels: { tier: { en: 'tier', 'zh-CN': '等级' } } });
    expect(e.whyFalse).toMatchObject([{ pointer: '', args: ['silver'], value: false, text: { en: 'is VIP(tier)', 'zh-CN': '是贵宾(等级)' } }]);
    expect(e.summary.en).toBe("false because is VIP(tier) failed (tier is 'silver')");
    expect(e.summary['zh-CN']).toBe('结果为假，因为 是贵宾(等级) 未满足（等级 为 “silver”）');
  });

  it('evaluates a skipped custom condition with the same engine', () => {
    const engine = makeEngine();
    const e = explainLogic({ and: [{ '>=': [{ var: 'score' }, 80] }, { 'acme.isVip': [{ var: 'tier' }] }] }, { score: 50, tier: 'basic' }, { engine });
    expect(e.whyFalse?.map((l) => [l.pointer, l.args])).toEqual([['/and/0', [50, 80]], ['/and/1', ['basic']]]);
    expect(e.incomplete).toBeUndefined();
  });

  it('explains a lazy custom operator as a leaf, with the operands it evaluated', () => {
    const engine = makeEngine();
    const rule = { and: [{ 'acme.unless': [{ var: 'blocked' }, { '>': [{ var: 'x' }, 1] }, false] }, { '==': [{ var: 'y' }, 1] }] };
    const e = explainLogic(rule, { blocked: false, x: 0, y: 2 }, { engine });
    expect(e.whyFalse?.map((l) => l.pointer)).toEqual(['/and/0', '/and/1']);
    expect(e.whyFalse?.[0]).not.toHaveProperty('args');
    expect(e.whyFalse?.[0]?.actual.en).toBe('blocked is false, x > 1 is false');
    expect(e.summary.en).toBe('false because acme.unless(blocked, x > 1, false) failed (blocked is false, x > 1 is false) and y = 1 failed (y is 2)');
  });

  it('explains a lazy iterator-like operator by its list, not its per-item evaluations', () => {
    const engine = makeEngine();
    const e = explainLogic({ 'acme.anyOf': [{ var: 'xs' }, { '>': [{ var: '' }, 5] }] }, { xs: [1, 2] }, { engine });
    expect(e.whyFalse?.[0]?.actual.en).toBe('xs is [1, 2]');
  });

  it('explains a custom operator that throws by its error', () => {
    const engine = makeEngine();
    const e = explainLogic({ '>': [{ 'acme.ratio': [{ var: 'a' }, { var: 'b' }] }, 1] }, { a: 1, b: 0 }, { engine });
    expect(e.error).toMatchObject({ type: 'Operator Error', pointer: '/>/0' });
    expect(e.summary.en).toBe('error: Operator Error in acme.ratio(a, b) (a is 1, b is 0): "acme.ratio" failed: division by zero');
    expect(e.summary['zh-CN']).toBe('acme.ratio(a, b) 出错（运算符出错），其中 a 为 1，b 为 0："acme.ratio" failed: division by zero');
  });

  it('does not know an operator of another engine', () => {
    const e = explainLogic({ 'acme.isVip': ['gold'] }, {});
    expect(e.error?.type).toBe('Unknown Operator');
    expect(e.trace).toMatchObject({ pointer: '', error: { type: 'Unknown Operator' } });
  });

  it('explains the shipped date/time operators, with dates as written', () => {
    const engine = createLogicEngine({ operators: DATE_TIME_OPERATORS });
    const rule = { and: [{ 'date.before': [{ var: 'resolvedAt' }, '2025-03-01'] }, { '<=': [{ 'date.diffDays': [{ var: 'openedAt' }, { var: 'resolvedAt' }] }, 3] }] };
    const e = explainLogic(rule, { openedAt: '2025-02-20', resolvedAt: '2025-03-02' }, { engine });
    expect(e.whyFalse?.map((l) => [l.pointer, l.args])).toEqual([['/and/0', ['2025-03-02', '2025-03-01']], ['/and/1', [10, 3]]]);
    expect(e.whyFalse?.[0]?.actual).toEqual({ en: 'resolvedAt is 2025-03-02', 'zh-CN': 'resolvedAt 为 2025-03-02' });
    // A date difference is a value, not a predicate: as a whole rule it is a formula.
    const days = explainLogic(rule.and[1]!['<=']![0], { openedAt: '2025-02-20', resolvedAt: '2025-03-02' }, { engine });
    expect(days.summary.en).toBe('= 10 (Days between(openedAt, resolvedAt))');
  });
});
