import { describe, expect, it } from 'vitest';
import { compileScorecard } from '../../../src/core/scorecard/compile-scorecard.ts';
import { evaluateCompiled } from '../../../src/core/scorecard/evaluate.ts';
import { explainRecord } from '../../../src/core/scorecard/explain-record.ts';
import { config, group, leaf } from './scorecard-builders.ts';

const card = config(
  group('root', 100, [
    group('quality', 60, [leaf('satisfaction', 50, { type: 'linear', worst: 60, best: 100 }), leaf('fcr', 50, { type: 'target', target: 90 })], { name: { en: 'Quality', 'zh-CN': '质量' } }),
    leaf('attendance', 40, { type: 'pass-fail' }),
  ]),
  {
    fields: [{ key: 'satisfaction', type: 'number' }, { key: 'fcr', type: 'number' }, { key: 'attendance', type: 'boolean' }, { key: 'complaints', type: 'integer' }, { key: 'serious', type: 'boolean' }],
    policies: [
      { id: 'complaint', name: { en: 'Complaint deduction', 'zh-CN': '投诉扣分' }, when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: { '*': [-10, { var: 'complaints' }] } } },
      { id: 'serious', name: { en: 'Serious complaint', 'zh-CN': '重大投诉' }, when: { var: 'serious' }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
    ],
  },
);

function explain(record: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') {
  const compiled = compileScorecard(card);
  return explainRecord(compiled, evaluateCompiled(compiled, [record]), 0, locale);
}

describe('explainRecord', () => {
  it('gives each node its value, score, weight, earned and lost points', () => {
    const e = explain({ satisfaction: 80, fcr: 45, attendance: true });
    // quality = 0.5·50 + 0.5·50 = 50; total = 0.6·50 + 0.4·100 = 70
    expect(e.total).toBe(70);
    const sat = e.nodes.find((n) => n.id === 'satisfaction')!;
    expect(sat).toMatchObject({ value: 80, score: 50, weight: 0.3, earned: 15, lost: 15 });
    expect(e.nodes.reduce((s, n) => s + (n.leaf ? n.earned! : 0), 0)).toBeCloseTo(70);
    expect(e.weakest).toEqual(['satisfaction', 'fcr']);
  });
  it('re-normalises weights over the indicators that have a value', () => {
    const e = explain({ satisfaction: 80, attendance: false });
    expect(e.nodes.find((n) => n.id === 'satisfaction')!.weight).toBeCloseTo(0.6);
    expect(e.nodes.find((n) => n.id === 'fcr')!.weight).toBe(0);
  });
  it('says what would reach the next grade, with values found by inverting the scorers', () => {
    const e = explain({ satisfaction: 80, fcr: 45, attendance: true }); // 70: grade C, B needs 75
    expect(e.grade).toBe('C');
    expect(e.nextGrade).toMatchObject({ grade: 'B', minimum: 75, gap: 5 });
    const sat = e.nextGrade!.options.find((o) => o.node === 'satisfaction')!;
    // +5 points of total at weight 0.3 → score 66.67 → value 60 + 0.6667·40 = 86.67
    expect(sat.score).toBeCloseTo(50 + 5 / 0.3);
    expect(sat.value).toBeCloseTo(60 + ((50 + 5 / 0.3) / 100) * 40);
    const fcr = e.nextGrade!.options.find((o) => o.node === 'fcr')!;
    expect(fcr.value).toBeCloseTo(((50 + 5 / 0.3) / 100) * 90);
    expect(e.sentences.join('\n')).toMatch(/5 more points reach Good/);
  });
  it('offers avoiding a deduction, and reports a cap veto as what blocks the next grade', () => {
    const d = explain({ satisfaction: 100, fcr: 90, attendance: true, complaints: 2 }); // 100 − 20 = 80: B
    expect(d.nextGrade!.options[0]).toMatchObject({ policy: 'complaint', points: 20 });
    const capped = explain({ satisfaction: 100, fcr: 90, attendance: true, serious: true });
    expect(capped.grade).toBe('C');
    expect(capped.nextGrade).toMatchObject({ blockedBy: 'serious', options: [] });
  });
  it('speaks Chinese', () => {
    const e = explain({ satisfaction: 80, fcr: 45, attendance: true, complaints: 1 }, 'zh-CN');
    expect(e.sentences[0]).toMatch(/^总分 60（调整前 70），等级 合格，排名第 1 位。$/);
    expect(e.sentences.join('')).toContain('规则“投诉扣分”扣 10 分');
    expect(e.fired[0]!.name).toBe('投诉扣分');
  });
  it('has no next grade at the top grade', () => {
    expect(explain({ satisfaction: 100, fcr: 100, attendance: true }).nextGrade).toBeNull();
  });
});
