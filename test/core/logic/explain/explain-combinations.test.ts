// Nested and/or/!/!!/if/?:/try: which leaves a "why false" names.
import { describe, expect, it } from 'vitest';
import { explainLogic } from '../../../../src/core/logic/explain/index.ts';

const gte = (field: string, n: number) => ({ '>=': [{ var: field }, n] });
const eq = (field: string, n: unknown) => ({ '==': [{ var: field }, n] });
const pointers = (leaves: Array<{ pointer: string }> | undefined) => leaves?.map((l) => l.pointer);

describe('or: the cheapest alternative', () => {
  const rule = {
    or: [
      { and: [gte('satisfaction', 90), eq('complaints', 0)] },
      { and: [gte('satisfaction', 80), eq('complaints', 0), { var: 'vip' }] },
      gte('score', 99),
    ],
  };

  it('picks the branch with the fewest failing leaves', () => {
    const e = explainLogic(rule, { satisfaction: 70, complaints: 3, score: 50 });
    expect(pointers(e.whyFalse)).toEqual(['/or/2']);
    expect(e.summary.en).toBe('false because score ≥ 99 failed (score is 50)');
  });

  it('counts the failures the engine skipped inside an and-branch', () => {
    // The engine stops branch 0 at its first failure; b and c fail too, so branch 1 (one failure) is cheaper.
    const e = explainLogic({ or: [{ and: [gte('a', 1), gte('b', 1), gte('c', 1)] }, { and: [gte('d', 1), gte('e', 1)] }] }, { a: 0, b: 0, c: 0, d: 1, e: 0 });
    expect(pointers(e.whyFalse)).toEqual(['/or/1/and/1']);
  });

  it('takes the first of equally cheap branches', () => {
    const e = explainLogic(rule, { satisfaction: 85, complaints: 0, score: 0 });
    expect(pointers(e.whyFalse)).toEqual(['/or/0/and/0']);
  });

  it('explains a pass by the branch that decided', () => {
    const e = explainLogic({ or: [gte('a', 1), gte('b', 1), gte('c', 1)] }, { a: 0, b: 2, c: 3 });
    expect(pointers(e.whyTrue)).toEqual(['/or/1']);
    expect(e.summary.en).toBe('true because b ≥ 1 held (b is 2)');
  });
});

describe('! and !! invert or keep', () => {
  it('names a condition that held where the rule needed it not to', () => {
    const e = explainLogic({ '!': { '>': [{ var: 'complaints' }, 0] } }, { complaints: 2 });
    expect(e.whyFalse).toMatchObject([{ pointer: '/!', truthy: true, value: true, args: [2, 0] }]);
    expect(e.summary.en).toBe('false because complaints > 0 held (complaints is 2)');
    expect(e.summary['zh-CN']).toBe('结果为假，因为 complaints > 0 成立（complaints 为 2）');
  });

  it('needs every true branch of a negated or to fail, including those the engine skipped', () => {
    const e = explainLogic({ '!': { or: [{ '>': [{ var: 'a' }, 1] }, { '>': [{ var: 'b' }, 1] }, { '>': [{ var: 'c' }, 1] }] } }, { a: 5, b: 0, c: 7 });
    expect(pointers(e.whyFalse)).toEqual(['/!/or/0', '/!/or/2']);
    expect(e.whyFalse?.every((l) => l.truthy)).toBe(true);
  });

  it('needs only the cheapest condition of a negated and', () => {
    const e = explainLogic({ '!': [{ and: [{ var: 'a' }, { and: [{ var: 'b' }, { var: 'c' }] }] }] }, { a: 1, b: 1, c: 1 });
    expect(pointers(e.whyFalse)).toEqual(['/!/0/and/0']);
    expect(e.whyFalse?.[0]?.text.en).toBe('a is true');
  });

  it('explains !! and a negated value by a truthiness test', () => {
    const e = explainLogic({ '!!': [{ var: 'tags' }] }, { tags: [] });
    expect(e.whyFalse).toMatchObject([{ pointer: '/!!/0', truthy: false, text: { en: 'tags is true' }, actual: { en: 'tags is an empty list', 'zh-CN': 'tags 为 空列表' } }]);
    expect(e.whyFalse?.[0]).not.toHaveProperty('args');
    const e2 = explainLogic({ '!': { var: 'blocked' } }, { blocked: 'yes' });
    expect(e2.summary.en).toBe("false because blocked is true held (blocked is 'yes')");
  });

  it('explains a true not by the condition that failed', () => {
    const e = explainLogic({ '!': { and: [gte('a', 1), gte('b', 1)] } }, { a: 0, b: 0 });
    expect(e.value).toBe(true);
    expect(e.whyTrue).toMatchObject([{ pointer: '/!/and/0', truthy: false }]);
  });
});

describe('if / ?:', () => {
  const band = { if: [{ '<': [{ var: 'satisfaction' }, 60] }, false, gte('satisfaction', 90), true, eq('complaints', 0)] };

  it('explains a computed branch by its own failing leaves', () => {
    const e = explainLogic(band, { satisfaction: 70, complaints: 1 });
    expect(pointers(e.whyFalse)).toEqual(['/if/4']);
    expect(e.summary.en).toBe('false because complaints = 0 failed (complaints is 1)');
  });

  it('explains a constant false branch by the condition that selected it', () => {
    const e = explainLogic(band, { satisfaction: 50, complaints: 0 });
    expect(e.whyFalse).toMatchObject([{ pointer: '/if/0', truthy: true, args: [50, 60] }]);
    expect(e.summary.en).toBe('false because satisfaction < 60 held (satisfaction is 50)');
  });

  it('explains a true result by the condition that selected a constant branch', () => {
    const e = explainLogic(band, { satisfaction: 95, complaints: 3 });
    expect(e.whyTrue).toMatchObject([{ pointer: '/if/2', truthy: true }]);
  });

  it('explains a constant else by the cheapest earlier condition whose branch is true', () => {
    const rule = { if: [{ and: [gte('a', 1), gte('b', 1)] }, true, gte('c', 1), false, gte('d', 1), true, false] };
    const e = explainLogic(rule, { a: 0, b: 0, c: 0, d: 0 });
    // The c-branch gives false, so passing c would not help; the d-branch needs one change, the first two.
    expect(pointers(e.whyFalse)).toEqual(['/if/4']);
  });

  it('explains an if-chain without an else', () => {
    const e = explainLogic({ if: [gte('a', 1), true] }, { a: 0 });
    expect(e.value).toBeNull();
    expect(pointers(e.whyFalse)).toEqual(['/if/0']);
    expect(e.summary.en).toBe('missing (false) because a ≥ 1 failed (a is 0)');
  });

  it('reads ?: like if', () => {
    const rule = { '?:': [{ '!!': [{ var: 'vip' }] }, true, { in: [{ var: 'tier' }, ['gold', 'silver']] }] };
    const e = explainLogic(rule, { vip: 0, tier: 'bronze' });
    expect(e.whyFalse).toMatchObject([{ pointer: '/?:/2', args: ['bronze', ['gold', 'silver']] }]);
    expect(e.summary.en).toBe("false because tier is one of 'gold', 'silver' failed (tier is 'bronze')");
  });

  it('explains the branch taken under an outer condition', () => {
    const rule = { if: [{ var: 'isManager' }, gte('score', 90), gte('score', 80)] };
    expect(explainLogic(rule, { isManager: true, score: 85 }).summary.en).toBe('false because score ≥ 90 failed (score is 85)');
    expect(explainLogic(rule, { isManager: false, score: 85 }).summary.en).toBe('true because score ≥ 80 held (score is 85)');
  });
});

describe('other shapes', () => {
  it('explains an and that returns a value as a condition', () => {
    const rule = { and: [{ var: 'active' }, { '>': [{ var: 'n' }, 1] }] };
    expect(explainLogic(rule, { active: 0, n: 0 }).summary.en).toBe('0 (false) because active is true failed (active is 0) and n > 1 failed (n is 0)');
    expect(explainLogic(rule, { active: 1, n: 5 }).summary.en).toBe('true because active is true held (active is 1) and n > 1 held (n is 5)');
  });

  it('explains a chained comparison as one leaf', () => {
    const e = explainLogic({ '<': [0, { var: 'x' }, 10] }, { x: 12 });
    expect(e.whyFalse).toMatchObject([{ pointer: '', args: [0, 12, 10], text: { en: '0 < x < 10' }, actual: { en: 'x is 12' } }]);
  });

  it('explains missing and exists checks by the names involved', () => {
    const rule = { and: [{ exists: 'joined' }, { '!': { missing: ['a', 'b', 'c'] } }] };
    const e = explainLogic(rule, { a: 1 }, { fieldLabels: { b: { en: 'branch', 'zh-CN': '网点' } } });
    expect(e.whyFalse?.map((l) => l.actual)).toEqual([
      { en: 'joined is not present', 'zh-CN': 'joined 不存在' },
      { en: 'branch, c are missing', 'zh-CN': '缺少 网点、c' },
    ]);
    expect(e.whyFalse?.[1]).toMatchObject({ pointer: '/and/1/!', truthy: true, value: ['b', 'c'] });
  });

  it('explains a try that fell back to a constant by the attempt that failed', () => {
    const e = explainLogic({ try: [{ '>': [{ '/': [1, { var: 'd' }] }, 0.5] }, false] }, { d: 0 });
    expect(e.error).toBeUndefined();
    expect(e.whyFalse).toMatchObject([{ pointer: '/try/0', truthy: false, value: undefined }]);
    expect(e.summary.en).toBe('false because 1 ÷ d > 0.5 failed (1 ÷ d could not be evaluated: NaN, d is 0)');
    expect(e.summary['zh-CN']).toBe('结果为假，因为 1 ÷ d > 0.5 未满足（1 ÷ d 无法求值：数值无效 NaN，d 为 0）');
  });

  it('says when no condition can decide a constant rule', () => {
    expect(explainLogic(false).summary.en).toBe('false (no condition of the rule decides it for this record)');
    expect(explainLogic({ and: [] }).whyFalse).toEqual([]);
    expect(explainLogic(true).summary['zh-CN']).toBe('结果为真（对该记录没有决定结果的条件）');
  });
});
