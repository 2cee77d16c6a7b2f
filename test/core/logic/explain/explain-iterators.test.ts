// all / some / none over lists: failing items with their index, "no item satisfied", matched items.
import { describe, expect, it } from 'vitest';
import { explainLogic } from '../../../../src/core/logic/explain/index.ts';

const fieldLabels = {
  tickets: { en: 'tickets', 'zh-CN': '工单' },
  'tickets.severity': { en: 'severity', 'zh-CN': '严重程度' },
  teams: { en: 'teams', 'zh-CN': '团队' },
  'teams.members': { en: 'members', 'zh-CN': '成员' },
  'teams.members.score': { en: 'score', 'zh-CN': '得分' },
};
const tickets = (...severities: number[]) => ({ tickets: severities.map((severity) => ({ severity })) });

describe('all', () => {
  const rule = { all: [{ var: 'tickets' }, { '<=': [{ var: 'severity' }, 2] }] };

  it('names every failing item with its index, including those after the engine stopped', () => {
    const e = explainLogic(rule, tickets(1, 4, 2, 5), { fieldLabels });
    expect(e.whyFalse).toEqual([
      {
        pointer: '/all/1', rule: rule.all[1], args: [4, 2], value: false, truthy: false,
        text: { en: 'severity ≤ 2', 'zh-CN': '严重程度 ≤ 2' }, actual: { en: 'severity is 4', 'zh-CN': '严重程度 为 4' },
        items: [{ pointer: '', index: 1 }], where: { en: 'item 2 of tickets', 'zh-CN': '工单 第 2 项' },
      },
      {
        pointer: '/all/1', rule: rule.all[1], args: [5, 2], value: false, truthy: false,
        text: { en: 'severity ≤ 2', 'zh-CN': '严重程度 ≤ 2' }, actual: { en: 'severity is 5', 'zh-CN': '严重程度 为 5' },
        items: [{ pointer: '', index: 3 }], where: { en: 'item 4 of tickets', 'zh-CN': '工单 第 4 项' },
      },
    ]);
    expect(e.summary.en).toBe('false because severity ≤ 2 failed for item 2 of tickets (severity is 4) and severity ≤ 2 failed for item 4 of tickets (severity is 5)');
    expect(e.summary['zh-CN']).toBe('结果为假，因为 工单 第 2 项：严重程度 ≤ 2 未满足（严重程度 为 4）；工单 第 4 项：严重程度 ≤ 2 未满足（严重程度 为 5）');
    // The engine's own trace still shows where it stopped.
    expect(e.trace.children).toHaveLength(3);
  });

  it('explains an empty list: all is false without items', () => {
    const e = explainLogic(rule, tickets(), { fieldLabels });
    expect(e.whyFalse).toMatchObject([{ pointer: '', actual: { en: 'tickets has no items', 'zh-CN': '工单 没有任何项' } }]);
    expect(e.summary.en).toBe('false because every item of tickets has severity ≤ 2 failed (tickets has no items)');
  });

  it('explains a pass by every item', () => {
    const e = explainLogic(rule, tickets(1, 2));
    expect(e.whyTrue?.map((l) => l.items?.[0]?.index)).toEqual([0, 1]);
  });

  it('reads the item itself in item scope, not as the record', () => {
    const e = explainLogic({ all: [{ var: 'scores' }, { '>=': [{ var: '' }, 60] }] }, { scores: [70, 50] });
    expect(e.summary.en).toBe('false because the item ≥ 60 failed for item 2 of scores (the item is 50)');
    expect(e.summary['zh-CN']).toBe('结果为假，因为 scores 第 2 项：该项 ≥ 60 未满足（该项 为 50）');
  });

  it('names the items of nested lists, outer and inner', () => {
    const rule2 = { all: [{ var: 'teams' }, { all: [{ var: 'members' }, { '>=': [{ var: 'score' }, 3] }] }] };
    const data = { teams: [{ members: [{ score: 4 }] }, { members: [{ score: 5 }, { score: 1 }, { score: 2 }] }] };
    const e = explainLogic(rule2, data, { fieldLabels });
    expect(e.whyFalse?.map((l) => l.items)).toEqual([
      [{ pointer: '', index: 1 }, { pointer: '/all/1', index: 1 }],
      [{ pointer: '', index: 1 }, { pointer: '/all/1', index: 2 }],
    ]);
    expect(e.whyFalse?.[0]?.where).toEqual({ en: 'item 2 of members in item 2 of teams', 'zh-CN': '团队 第 2 项 中的 成员 第 2 项' });
    expect(e.whyFalse?.[0]?.actual).toEqual({ en: 'score is 1', 'zh-CN': '得分 为 1' });
  });

  it('names each failing condition of each failing item', () => {
    const rule2 = { all: [{ var: 'tickets' }, { and: [{ '<=': [{ var: 'severity' }, 2] }, { var: 'closed' }] }] };
    const e = explainLogic(rule2, { tickets: [{ severity: 3, closed: false }, { severity: 1, closed: true }, { severity: 1 }] });
    expect(e.whyFalse?.map((l) => [l.pointer, l.items?.[0]?.index])).toEqual([['/all/1/and/0', 0], ['/all/1/and/1', 0], ['/all/1/and/1', 2]]);
  });
});

describe('some', () => {
  const rule = { some: [{ var: 'tickets' }, { '>': [{ var: 'severity' }, 3] }] };

  it('says no item satisfied the condition', () => {
    const e = explainLogic(rule, tickets(1, 2), { fieldLabels });
    expect(e.whyFalse).toMatchObject([{
      pointer: '', value: false, text: { en: 'any item of tickets has severity > 3', 'zh-CN': '工单 中任一项满足 严重程度 > 3' },
      actual: { en: 'none of its 2 items satisfied it', 'zh-CN': '共 2 项，没有任何一项满足' },
    }]);
    expect(e.summary.en).toBe('false because any item of tickets has severity > 3 failed (none of its 2 items satisfied it)');
    expect(explainLogic(rule, tickets(1)).whyFalse?.[0]?.actual.en).toBe('its only item did not satisfy it');
    expect(explainLogic(rule, tickets()).whyFalse?.[0]?.actual.en).toBe('tickets has no items');
  });

  it('explains a pass by the item that satisfied it', () => {
    const e = explainLogic({ some: [{ var: 'tickets' }, { and: [{ '>': [{ var: 'severity' }, 3] }, { var: 'open' }] }] }, {
      tickets: [{ severity: 4, open: false }, { severity: 5, open: true }, { severity: 9, open: true }],
    });
    expect(e.whyTrue?.map((l) => [l.pointer, l.items?.[0]?.index])).toEqual([['/some/1/and/0', 1], ['/some/1/and/1', 1]]);
    expect(e.summary.en).toBe('true because severity > 3 held for item 2 of tickets (severity is 5) and open is true held for item 2 of tickets (open is true)');
  });
});

describe('none', () => {
  const rule = { none: [{ var: 'tickets' }, { '>': [{ var: 'severity' }, 3] }] };

  it('names every item that matched, including those after the engine stopped', () => {
    const e = explainLogic(rule, tickets(4, 2, 5), { fieldLabels });
    expect(e.whyFalse?.map((l) => [l.pointer, l.truthy, l.args, l.items?.[0]?.index])).toEqual([['/none/1', true, [4, 3], 0], ['/none/1', true, [5, 3], 2]]);
    expect(e.summary.en).toBe('false because severity > 3 held for item 1 of tickets (severity is 4) and severity > 3 held for item 3 of tickets (severity is 5)');
  });

  it('explains a pass by the whole quantifier', () => {
    const e = explainLogic(rule, tickets(1, 2));
    expect(e.whyTrue).toMatchObject([{ pointer: '', value: true, actual: { en: 'none of its 2 items satisfied it' } }]);
  });

  it('inverts under !: a negated all needs the cheapest failing item', () => {
    const e = explainLogic({ '!': { all: [{ var: 'tickets' }, { '<=': [{ var: 'severity' }, 2] }] } }, tickets(1, 2));
    expect(e.whyFalse).toMatchObject([{ pointer: '/!/all/1', truthy: true, items: [{ pointer: '/!', index: 0 }] }]);
  });
});

describe('scope jumps', () => {
  it('uses the recorded items and flags what it could not evaluate alone', () => {
    // The body reads the record's `min` from inside the item: evaluating a skipped item alone would read the wrong data.
    const e = explainLogic({ all: [{ var: 'xs' }, { '>': [{ var: '' }, { val: [[2], 'min'] }] }] }, { min: 2, xs: [1, 5, 0] });
    expect(e.whyFalse?.map((l) => l.items?.[0]?.index)).toEqual([0]);
    expect(e.whyFalse?.[0]?.actual.en).toBe("the item is 1, the record's min is 2");
    expect(e.incomplete).toBe(true);
  });
});
