// Errors, formulas (non-boolean rules) and how values are written.
import { describe, expect, it } from 'vitest';
import { explainLogic } from '../../../../src/core/logic/explain/index.ts';

describe('errors', () => {
  it('says what failed where, with the values involved', () => {
    const rule = { and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '>': [{ '/': [{ var: 'resolved' }, { var: 'days' }] }, 1] }] };
    const e = explainLogic(rule, { satisfaction: 95, resolved: 3, days: 0 }, { fieldLabels: { days: { en: 'days', 'zh-CN': '天数' } } });
    expect(e.value).toBeUndefined();
    expect(e.truthy).toBe(false);
    expect(e.error).toEqual({ type: 'NaN', message: 'Expected a non-zero divisor (at /and/1/>/0)', pointer: '/and/1/>/0' });
    expect(e.whyFalse).toBeUndefined();
    expect(e.whyTrue).toBeUndefined();
    expect(e.trace.error?.type).toBe('NaN');
    expect(e.summary.en).toBe('error: NaN in resolved ÷ days (resolved is 3, days is 0): Expected a non-zero divisor');
    expect(e.summary['zh-CN']).toBe('resolved ÷ 天数 出错（数值无效 NaN），其中 resolved 为 3，天数 为 0：Expected a non-zero divisor');
  });

  it('explains a rule that does not compile', () => {
    const e = explainLogic({ and: [{ 'no.such': [1] }] }, {});
    expect(e.error).toMatchObject({ type: 'Unknown Operator', pointer: '/and/0' });
    expect(e.trace).toMatchObject({ pointer: '', op: null, children: [], error: { type: 'Unknown Operator' } });
    expect(e.summary.en).toBe('error: Unknown Operator in no.such(1): Unknown operator "no.such"');
    expect(explainLogic({ if: 'x' }).summary.en).toMatch(/^error: Invalid Arguments in /);
  });

  it('reports a thrown type as written', () => {
    const e = explainLogic({ if: [{ var: 'ok' }, true, { throw: 'Bad data' }] }, { ok: false });
    expect(e.error?.type).toBe('Bad data');
    expect(e.summary.en).toMatch(/^error: Bad data in fail with 'Bad data'/);
    expect(e.summary['zh-CN']).toMatch(/出错（Bad data）/);
  });

  it('flags an explanation that could not evaluate a skipped condition (a guard)', () => {
    // x ≠ 0 guards the division: the engine never divides by zero, the explanation cannot either.
    const e = explainLogic({ and: [{ '!=': [{ var: 'x' }, 0] }, { '>': [{ '/': [100, { var: 'x' }] }, 5] }] }, { x: 0 });
    expect(e.error).toBeUndefined();
    expect(e.whyFalse?.map((l) => l.pointer)).toEqual(['/and/0']);
    expect(e.incomplete).toBe(true);
  });

  it('never throws, even for a rule that is not JSON', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(explainLogic({ var: () => 1 }).error?.type).toBe('Invalid Rule');
    expect(explainLogic(cyclic).error).toBeDefined();
  });
});

describe('formulas', () => {
  it('gives the value and the formula for a score', () => {
    const rule = { '+': [{ '*': [{ var: 'satisfaction' }, 0.5] }, 40] };
    const e = explainLogic(rule, { satisfaction: 90 }, { fieldLabels: { satisfaction: { en: 'satisfaction', 'zh-CN': '满意度' } } });
    expect(e.value).toBe(85);
    expect(e.truthy).toBe(true);
    expect(e.whyFalse).toBeUndefined();
    expect(e.whyTrue).toBeUndefined();
    expect(e.summary).toEqual({ en: '= 85 (satisfaction × 0.5 + 40)', 'zh-CN': '= 85（满意度 × 0.5 + 40）' });
  });

  it('treats value-returning or, text and zero as values', () => {
    expect(explainLogic({ or: [{ var: 'nick' }, { var: 'name' }] }, { name: 'Bob' }).summary.en).toBe("= 'Bob' (nick or name)");
    expect(explainLogic({ '-': [{ var: 'a' }, 5] }, { a: 5 }).summary.en).toBe('= 0 (a - 5)');
    expect(explainLogic(85).summary.en).toBe('= 85');
    expect(explainLogic({ if: [{ '>=': [{ var: 't' }, 90] }, 'A', 'B'] }, { t: 95 }).summary.en).toBe("= 'A' (if t ≥ 90 then 'A' else 'B')");
  });
});

describe('values', () => {
  const explainActual = (value: unknown) => explainLogic({ '===': [{ var: 'v' }, 'never'] }, { v: value }).whyFalse?.[0]?.actual;

  it('writes numbers plainly, text quoted, dates and times as written, null as missing', () => {
    expect(explainActual(0.1 + 0.2)).toEqual({ en: 'v is 0.30000000000000004', 'zh-CN': 'v 为 0.30000000000000004' });
    expect(explainActual(1e-7)).toEqual({ en: 'v is 0.0000001', 'zh-CN': 'v 为 0.0000001' });
    expect(explainActual('open')).toEqual({ en: "v is 'open'", 'zh-CN': 'v 为 “open”' });
    expect(explainActual('2024-05-01')).toEqual({ en: 'v is 2024-05-01', 'zh-CN': 'v 为 2024-05-01' });
    expect(explainActual('2024-05-01T08:30:00Z')?.en).toBe('v is 2024-05-01T08:30:00Z');
    expect(explainActual('08:30')?.en).toBe('v is 08:30');
    expect(explainActual(null)).toEqual({ en: 'v is missing', 'zh-CN': 'v 缺失' });
    expect(explainActual(true)).toEqual({ en: 'v is true', 'zh-CN': 'v 为 真' });
    expect(explainActual(['a', 1, null])).toEqual({ en: "v is ['a', 1, missing]", 'zh-CN': 'v 为 [“a”, 1, 缺失]' });
    expect(explainActual({ a: 1 })?.en).toBe('v is {"a":1}');
    expect(explainActual('x'.repeat(200))?.en).toHaveLength('v is '.length + 82);
  });
});
