// The example, "satisfaction ≥ 90 and complaints = 0", for records failing one, both or none.
import { describe, expect, it } from 'vitest';
import { traceLogic } from '../../../../src/core/index.ts';
import { compileExplainer, explainLogic } from '../../../../src/core/logic/explain/index.ts';

const rule = { and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '==': [{ var: 'complaints' }, 0] }] };
const fieldLabels = { satisfaction: { en: 'satisfaction', 'zh-CN': '满意度' }, complaints: { en: 'complaints', 'zh-CN': '投诉次数' } };

describe('explainLogic: satisfaction ≥ 90 and complaints = 0', () => {
  it('names both failing conditions when both fail, though the engine stopped at the first', () => {
    const e = explainLogic(rule, { satisfaction: 72, complaints: 2 }, { fieldLabels });
    expect(e.value).toBe(false);
    expect(e.truthy).toBe(false);
    expect(e.whyTrue).toBeUndefined();
    expect(e.whyFalse).toEqual([
      {
        pointer: '/and/0', rule: rule.and[0], args: [72, 90], value: false, truthy: false,
        text: { en: 'satisfaction ≥ 90', 'zh-CN': '满意度 ≥ 90' }, actual: { en: 'satisfaction is 72', 'zh-CN': '满意度 为 72' },
      },
      {
        pointer: '/and/1', rule: rule.and[1], args: [2, 0], value: false, truthy: false,
        text: { en: 'complaints = 0', 'zh-CN': '投诉次数 = 0' }, actual: { en: 'complaints is 2', 'zh-CN': '投诉次数 为 2' },
      },
    ]);
    expect(e.summary.en).toBe('false because satisfaction ≥ 90 failed (satisfaction is 72) and complaints = 0 failed (complaints is 2)');
    expect(e.summary['zh-CN']).toBe('结果为假，因为 满意度 ≥ 90 未满足（满意度 为 72）；投诉次数 = 0 未满足（投诉次数 为 2）');
    expect(e.incomplete).toBeUndefined();
  });

  it('names only the failing condition when one fails', () => {
    const first = explainLogic(rule, { satisfaction: 72, complaints: 0 });
    expect(first.whyFalse?.map((l) => l.pointer)).toEqual(['/and/0']);
    expect(first.summary.en).toBe('false because satisfaction ≥ 90 failed (satisfaction is 72)');
    const second = explainLogic(rule, { satisfaction: 95, complaints: 2 });
    expect(second.whyFalse?.map((l) => l.pointer)).toEqual(['/and/1']);
    expect(second.summary.en).toBe('false because complaints = 0 failed (complaints is 2)');
  });

  it('explains a pass by every satisfied condition', () => {
    const e = explainLogic(rule, { satisfaction: 95, complaints: 0 }, { fieldLabels });
    expect(e.value).toBe(true);
    expect(e.whyFalse).toBeUndefined();
    expect(e.whyTrue?.map((l) => [l.pointer, l.truthy, l.args])).toEqual([['/and/0', true, [95, 90]], ['/and/1', true, [0, 0]]]);
    expect(e.summary.en).toBe('true because satisfaction ≥ 90 held (satisfaction is 95) and complaints = 0 held (complaints is 0)');
    expect(e.summary['zh-CN']).toBe('结果为真，因为 满意度 ≥ 90 成立（满意度 为 95）；投诉次数 = 0 成立（投诉次数 为 0）');
  });

  it('says "missing" for an absent field', () => {
    const e = explainLogic(rule, { complaints: 0 }, { fieldLabels });
    expect(e.whyFalse?.[0]?.actual).toEqual({ en: 'satisfaction is missing', 'zh-CN': '满意度 缺失' });
    expect(e.whyFalse?.[0]?.args).toEqual([null, 90]);
  });

  it('returns the engine trace as traceLogic records it, untouched by the explanation', () => {
    const data = { satisfaction: 72, complaints: 2 };
    const e = explainLogic(rule, data);
    expect(e.trace).toEqual(traceLogic(rule, data).trace);
    // The engine stopped at the first failure; the second condition was evaluated separately.
    expect(e.trace.children.map((c) => c.pointer)).toEqual(['/and/0']);
  });

  it('accepts labels given once for all languages', () => {
    const e = explainLogic(rule, { satisfaction: 72, complaints: 0 }, { fieldLabels: { satisfaction: 'CSAT' } });
    expect(e.summary.en).toBe('false because CSAT ≥ 90 failed (CSAT is 72)');
    expect(e.summary['zh-CN']).toBe('结果为假，因为 CSAT ≥ 90 未满足（CSAT 为 72）');
  });

  it('compileExplainer explains many records with one compile', () => {
    const explain = compileExplainer(rule, { fieldLabels });
    expect([{ satisfaction: 90, complaints: 0 }, { satisfaction: 89, complaints: 0 }, { complaints: 1 }].map((r) => explain(r).summary.en)).toEqual([
      'true because satisfaction ≥ 90 held (satisfaction is 90) and complaints = 0 held (complaints is 0)',
      'false because satisfaction ≥ 90 failed (satisfaction is 89)',
      'false because satisfaction ≥ 90 failed (satisfaction is missing) and complaints = 0 failed (complaints is 1)',
    ]);
  });

  it('names at most five conditions in the summary and counts the rest', () => {
    const many = { and: Array.from({ length: 8 }, (_, i) => ({ '>': [{ var: `k${i}` }, 0] })) };
    const e = explainLogic(many, {});
    expect(e.whyFalse).toHaveLength(8);
    expect(e.summary.en).toMatch(/k4 > 0 failed \(k4 is missing\) and 3 more$/);
    expect(e.summary['zh-CN']).toMatch(/；另有 3 项$/);
  });
});
