import { describe, expect, it } from 'vitest';
import { teamSummary } from '../../../src/core/reports/team-summary.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import { agentRecords, callCentre } from './report-fixtures.ts';

const config = callCentre();
const records = agentRecords(120);
const evaluation = evaluate(config, records);

describe('teamSummary', () => {
  it('counts each grade with its share, and the totals\' count, mean, min and max', () => {
    const s = teamSummary(config, evaluation, 'en', { period: '2026-10' });
    expect(s.scorecard.period).toBe('2026-10');
    expect(s.grades.map((g) => g.id)).toEqual(['A', 'B', 'C', 'D']);
    for (const g of s.grades) expect(g.count).toBe(evaluation.records.filter((r) => r.grade === g.id).length);
    expect(s.grades.reduce((n, g) => n + g.share, 0)).toBeCloseTo(1);
    expect(s.grades[0]).toMatchObject({ label: 'Excellent', color: '#2e7d32', coefficient: 1.2 });
    const { count, failed, mean, min, max } = evaluation.stats;
    expect({ count: s.count, failed: s.failed, mean: s.mean, min: s.min, max: s.max }).toEqual({ count, failed, mean, min, max });
    expect(s.count).toBe(120);
    expect(s.forced).toBe(false);
    expect(s.grades.every((g) => g.target === undefined)).toBe(true);
  });

  it('carries the forced distribution\'s targets', () => {
    const forced = callCentre();
    forced.grades.forced = { shares: [{ grade: 'A', share: 20 }, { grade: 'B', share: 30 }, { grade: 'C', share: 40 }, { grade: 'D', share: 10 }] };
    const s = teamSummary(forced, evaluate(forced, records), 'en');
    expect(s.forced).toBe(true);
    expect(s.grades.map((g) => g.target)).toEqual([0.2, 0.3, 0.4, 0.1]);
  });

  it('ranks the indicators by average score and by points lost', () => {
    const s = teamSummary(config, evaluation, 'en', { listLength: 3 });
    const K = evaluation.nodes.length;
    const k = evaluation.nodes.findIndex((n) => n.id === s.topIndicators[0]!.id);
    const scores = evaluation.records.flatMap((r, i) => (r.total === null || Number.isNaN(evaluation.scores[i * K + k]!) ? [] : [evaluation.scores[i * K + k]!]));
    expect(s.topIndicators[0]!.averageScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 9);
    expect(s.topIndicators).toHaveLength(3);
    const top = s.topIndicators.map((i) => i.averageScore!);
    expect([...top].sort((a, b) => b - a)).toEqual(top);
    const bottom = s.bottomIndicators.map((i) => i.averageScore!);
    expect([...bottom].sort((a, b) => a - b)).toEqual(bottom);
    const lost = s.mostLost.map((i) => i.averageLost!);
    expect([...lost].sort((a, b) => b - a)).toEqual(lost);
    for (const i of s.mostLost) expect(i.averageLost).toBeCloseTo(i.absoluteWeight * (100 - i.averageScore!), 9);
    expect(s.dimensions.map((d) => d.id)).toEqual(['quality', 'efficiency', 'complaintHandling', 'discipline']);
  });

  it('speaks Chinese', () => {
    const s = teamSummary(config, evaluation, 'zh-CN');
    expect(s.scorecard.name).toBe('呼叫中心坐席月度绩效考核');
    expect(s.grades.map((g) => g.label)).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(s.dimensions[0]!.name).toBe('服务质量');
  });
});
