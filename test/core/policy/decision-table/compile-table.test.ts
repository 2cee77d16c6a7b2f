import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { applyLogic, isTruthy } from '../../../../src/core/logic/index.ts';
import { compileDecisionTable } from '../../../../src/core/policy/decision-table/compile-table.ts';
import type { Policy } from '../../../../src/core/scorecard/types.ts';
import type { DecisionTable, TableRule } from '../../../../src/core/policy/types.ts';
import { asRule, dmnAnswer, recordArb, tableArb, type Scalar } from './table-fixtures.ts';

/** complaints (number) × channel (category): the running example of the docs. */
function complaintsTable(overrides: Partial<DecisionTable>): TableRule {
  return {
    id: 'svc',
    name: { en: 'Service', 'zh-CN': '服务' },
    table: {
      hitPolicy: 'unique',
      inputs: [
        { id: 'c', expression: { var: 'complaints' }, type: 'number', min: 0 },
        { id: 'ch', expression: { var: 'channel' }, type: 'category', values: ['phone', 'email', 'chat'] },
      ],
      output: { type: 'points', min: -30 },
      rows: [
        { id: 'a', cells: [{ op: '>', value: 3 }, { op: '==', value: 'phone' }], output: -20, priority: 1 },
        { id: 'b', cells: [{ op: '>', value: 3 }, { op: 'any' }], output: -15, priority: 2 },
        { id: 'c', cells: [{ op: 'between', min: 1, max: 3 }, { op: 'not-in', values: ['chat'] }], output: -5, priority: 0 },
        { id: 'd', cells: [{ op: '==', value: 0 }, { op: 'any' }], output: 2 },
      ],
      ...overrides,
    },
  };
}

function fired(policies: Policy[], record: unknown): string[] {
  return policies.filter((p) => isTruthy(applyLogic(p.when, record))).map((p) => p.id);
}

const phone5 = { complaints: 5, channel: 'phone' };

describe('compileDecisionTable', () => {
  it('writes one policy per row with the effect, id and name from the table', () => {
    const policies = compileDecisionTable(complaintsTable({}));
    expect(policies.map((p) => p.id)).toEqual(['svc#a', 'svc#b', 'svc#c', 'svc#d']);
    expect(policies[0]).toEqual({
      id: 'svc#a',
      name: { en: 'Service — row 1', 'zh-CN': '服务 — 第 1 行' },
      when: { and: [{ '>': [{ var: 'complaints' }, 3] }, { '==': [{ var: 'channel' }, 'phone'] }] },
      effect: { type: 'points', amount: -20, min: -30 },
    });
    expect(policies[2]!.when).toEqual({ and: [{ '<=': [1, { var: 'complaints' }, 3] }, { '!': { in: [{ var: 'channel' }, ['chat']] } }] });
  });

  it('unique, any and rule-order fire every matching row', () => {
    for (const hitPolicy of ['unique', 'any', 'rule-order'] as const) {
      expect(fired(compileDecisionTable(complaintsTable({ hitPolicy })), phone5)).toEqual(['svc#a', 'svc#b']);
    }
  });

  it('first fires the first matching row only', () => {
    const policies = compileDecisionTable(complaintsTable({ hitPolicy: 'first' }));
    expect(fired(policies, phone5)).toEqual(['svc#a']);
    expect(fired(policies, { complaints: 5, channel: 'chat' })).toEqual(['svc#b']);
    expect(fired(policies, { complaints: 2, channel: 'chat' })).toEqual([]);
  });

  it('priority fires the matching row with the highest priority', () => {
    const policies = compileDecisionTable(complaintsTable({ hitPolicy: 'priority' }));
    expect(fired(policies, phone5)).toEqual(['svc#b']);
    expect(fired(policies, { complaints: 2, channel: 'email' })).toEqual(['svc#c']);
  });

  it('collect sum fires every match; min and max only the smallest or largest output', () => {
    expect(fired(compileDecisionTable(complaintsTable({ hitPolicy: 'collect', collect: 'sum' })), phone5)).toEqual(['svc#a', 'svc#b']);
    expect(fired(compileDecisionTable(complaintsTable({ hitPolicy: 'collect', collect: 'min' })), phone5)).toEqual(['svc#a']);
    expect(fired(compileDecisionTable(complaintsTable({ hitPolicy: 'collect', collect: 'max' })), phone5)).toEqual(['svc#b']);
  });

  it('collect count is one policy whose amount counts the matching rows', () => {
    const policies = compileDecisionTable(complaintsTable({ hitPolicy: 'collect', collect: 'count' }));
    expect(policies).toHaveLength(1);
    const [count] = policies as [Policy];
    expect(count.id).toBe('svc#count');
    expect(count.name).toEqual({ en: 'Service — count', 'zh-CN': '服务 — 计数' });
    expect(count.effect.type).toBe('points');
    const amount = (count.effect as { amount: unknown }).amount;
    expect(applyLogic(amount, phone5)).toBe(2);
    expect(isTruthy(applyLogic(count.when, phone5))).toBe(true);
    expect(isTruthy(applyLogic(count.when, { complaints: 2, channel: 'chat' }))).toBe(false);
    expect(applyLogic(amount, { complaints: 2, channel: 'chat' })).toBe(0);
  });

  it('maps outputs to money, flag and grade-cap effects', () => {
    const money = compileDecisionTable(complaintsTable({ output: { type: 'money', currency: 'CNY' } }));
    expect(money[0]!.effect).toEqual({ type: 'money', amount: -20, currency: 'CNY' });
    const flagTable = complaintsTable({ output: { type: 'flag', severity: 'warning' } });
    flagTable.table.rows[0]!.output = 'phone-abuse';
    expect(compileDecisionTable(flagTable)[0]!.effect).toEqual({ type: 'flag', flag: 'phone-abuse', severity: 'warning' });
    const capTable = complaintsTable({ output: { type: 'veto-cap' } });
    capTable.table.rows[0]!.output = 'C';
    expect(compileDecisionTable(capTable)[0]!.effect).toEqual({ type: 'veto', mode: 'cap', grade: 'C' });
  });

  it('turns numeric text outputs into numbers for points', () => {
    const rule = complaintsTable({});
    rule.table.rows[0]!.output = ' -7 ';
    expect(compileDecisionTable(rule)[0]!.effect).toEqual({ type: 'points', amount: -7, min: -30 });
  });

  it('a disabled rule compiles to nothing; an all-"any" row is always true', () => {
    expect(compileDecisionTable({ ...complaintsTable({}), enabled: false })).toEqual([]);
    const rule = complaintsTable({ rows: [{ id: 'x', cells: [{ op: 'any' }, { op: 'any' }], output: 1 }] });
    expect(compileDecisionTable(rule)[0]!.when).toBe(true);
  });

  it('mixed between ends use two comparisons; exclusive ends use <', () => {
    const rule = complaintsTable({ rows: [
      { id: 'x', cells: [{ op: 'between', min: 1, max: 3, minExclusive: true }, { op: 'any' }], output: 1 },
      { id: 'y', cells: [{ op: 'between', min: 1, max: 3, minExclusive: true, maxExclusive: true }, { op: 'in', values: ['chat'] }], output: 1 },
    ] });
    const [x, y] = compileDecisionTable(rule) as [Policy, Policy];
    expect(x.when).toEqual({ and: [{ '<': [1, { var: 'complaints' }] }, { '<=': [{ var: 'complaints' }, 3] }] });
    expect(y.when).toEqual({ and: [{ '<': [1, { var: 'complaints' }, 3] }, { in: [{ var: 'channel' }, ['chat']] }] });
  });

  it('never shares objects with the table', () => {
    const rule = complaintsTable({ hitPolicy: 'first' });
    const policies = compileDecisionTable(rule);
    (rule.table.inputs[0]!.expression as { var: string }).var = 'changed';
    expect(JSON.stringify(policies)).not.toContain('changed');
  });

  it('is deterministic: the same table gives the same bytes', () => {
    fc.assert(fc.property(tableArb(), (table) => {
      const a = JSON.stringify(compileDecisionTable(asRule(table)));
      const b = JSON.stringify(compileDecisionTable(asRule(structuredClone(table))));
      expect(a).toBe(b);
    }), { numRuns: 200 });
  });

  it('every hit policy gives the DMN answer on random tables and records (this engine and json-logic-js)', () => {
    fc.assert(fc.property(tableArb().chain((table) => fc.tuple(fc.constant(table), fc.array(recordArb(table), { minLength: 1, maxLength: 8 }))), ([table, records]) => {
      const policies = compileDecisionTable(asRule(table));
      for (const record of records) {
        const expected = dmnAnswer(table, record as Record<string, Scalar>);
        const ours = policies.filter((p) => isTruthy(applyLogic(p.when, record))).map((p) => p.id.slice(2));
        const theirs = policies.filter((p) => jsonLogic.truthy(jsonLogic.apply(p.when, record))).map((p) => p.id.slice(2));
        expect(ours).toEqual(expected.fired);
        expect(theirs).toEqual(expected.fired);
        if (expected.count !== undefined) {
          const amount = (policies[0]!.effect as { amount: unknown }).amount;
          expect(applyLogic(amount, record)).toBe(expected.count);
          expect(jsonLogic.apply(amount, record)).toBe(expected.count);
        }
      }
    }), { numRuns: 400 });
  });
});
