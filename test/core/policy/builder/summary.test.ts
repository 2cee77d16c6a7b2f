// One-sentence rule summaries in English and Chinese.
import { describe, expect, it } from 'vitest';
import { summarizeRule, type SummaryOptions } from '../../../../src/core/policy/builder/summary.ts';
import type { ConditionRule, TableRule } from '../../../../src/core/policy/types.ts';
import type { PolicyEffect } from '../../../../src/core/scorecard/types.ts';

const OPTIONS: SummaryOptions = {
  fields: [
    { key: 'complaints', label: { en: 'complaints', 'zh-CN': '投诉次数' }, unit: { en: 'complaint', 'zh-CN': '次' } },
    { key: 'lateMinutes', label: { en: 'minutes late', 'zh-CN': '迟到分钟数' } },
    { key: 'checkIn', label: { en: 'check-in', 'zh-CN': '签到时间' } },
  ],
  gradeLabels: { C: { en: 'C (fair)', 'zh-CN': 'C（合格）' } },
};

function rule(when: unknown, effect: PolicyEffect, extra: Partial<ConditionRule> = {}): ConditionRule {
  return { id: 'r', name: 'R', when, effect, ...extra };
}
const both = (r: ConditionRule | TableRule): [string, string] => [summarizeRule(r, 'en', OPTIONS), summarizeRule(r, 'zh-CN', OPTIONS)];

describe('summarizeRule', () => {
  it('points per field', () => {
    expect(both(rule({ '>': [{ var: 'complaints' }, 0] }, { type: 'points', amount: { '*': [-10, { var: 'complaints' }] } }))).toEqual([
      'When complaints > 0: deduct 10 points per complaint',
      '当 投诉次数 > 0 时，按投诉次数每次扣 10 分',
    ]);
    expect(both(rule({ '>': [{ var: 'lateMinutes' }, 0] }, { type: 'points', amount: { '*': [{ var: 'lateMinutes' }, 0.5] } }))).toEqual([
      'When minutes late > 0: add 0.5 points per minutes late',
      '当 迟到分钟数 > 0 时，按迟到分钟数每单位加 0.5 分',
    ]);
  });

  it('constant points, bounds, always', () => {
    expect(both(rule(true, { type: 'points', amount: 5, max: 20 }))).toEqual(['Always: add 5 points, at most 20', '始终加 5 分，不高于 20']);
    expect(both(rule({ var: 'late' }, { type: 'points', amount: -1, min: -30, max: 0 }))).toEqual([
      'When late: deduct 1 point, bounded to -30 … 0',
      '当 late 时，扣 1 分，限定在 -30 至 0 之间',
    ]);
  });

  it('computed amounts are read out by renderLogic', () => {
    const [en, zh] = both(rule({ '>=': [{ var: 'complaints' }, 3] }, { type: 'points', amount: { '-': [0, { '*': [2, { var: 'complaints' }] }] } }));
    expect(en).toBe('When complaints ≥ 3: points: 0 - 2 × complaints');
    expect(zh).toBe('当 投诉次数 ≥ 3 时，加扣分：0 - 2 × 投诉次数');
  });

  it('date and time operators by their labels', () => {
    const [en, zh] = both(rule({ 'time.after': [{ var: 'checkIn' }, '08:30'] }, { type: 'flag', flag: 'late', severity: 'warning' }));
    expect(en).toBe('When Later than(check-in, \'08:30\'): flag “late” (warning)');
    expect(zh).toBe('当 晚于(签到时间, “08:30”) 时，标记“late”（警告）');
  });

  it('money, veto, disabled', () => {
    expect(both(rule({ '==': [{ var: 'complaints' }, 0] }, { type: 'money', amount: 200, currency: 'CNY' }))).toEqual([
      'When complaints = 0: pay 200 CNY', '当 投诉次数 = 0 时，发放 200 CNY',
    ]);
    expect(both(rule({ '>': [{ var: 'complaints' }, 5] }, { type: 'veto', mode: 'void' }))).toEqual([
      'When complaints > 5: veto: the appraisal is void', '当 投诉次数 > 5 时，一票否决：考核无效',
    ]);
    expect(both(rule({ '>': [{ var: 'complaints' }, 3] }, { type: 'veto', mode: 'cap', grade: 'C' }, { enabled: false }))).toEqual([
      '(disabled) When complaints > 3: cap the grade at C (fair)', '（已停用）当 投诉次数 > 3 时，等级最高为 C（合格）',
    ]);
  });

  it('decision tables', () => {
    const table: TableRule = {
      id: 't', name: 'T',
      table: {
        hitPolicy: 'first', inputs: [{ id: 'c', expression: { var: 'complaints' }, type: 'number' }], output: { type: 'points' },
        rows: ['1', '2', '3', '4'].map((id) => ({ id, cells: [{ op: 'any' }], output: 1 })),
      },
    };
    expect(both(table)).toEqual(['Decision table (first hit, 4 rows): points', '决策表（首个命中，4 行）：加扣分']);
    const collect: TableRule = { ...table, table: { ...table.table, hitPolicy: 'collect', collect: 'sum', output: { type: 'money', currency: 'CNY' }, rows: table.table.rows.slice(0, 1) } };
    expect(both(collect)).toEqual(['Decision table (collect (sum), 1 row): money (CNY)', '决策表（汇总（求和），1 行）：金额（CNY）']);
  });

  it('never throws on odd rules', () => {
    expect(summarizeRule(rule({ a: 1, b: 2 }, { type: 'points', amount: { foo: [] } }), 'en')).toMatch(/^When /);
  });
});
