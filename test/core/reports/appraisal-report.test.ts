import { describe, expect, it } from 'vitest';
import { appraisalReport, reportContext } from '../../../src/core/reports/appraisal-report.ts';
import { compileScorecard } from '../../../src/core/scorecard/compile-scorecard.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import { explainRecord } from '../../../src/core/scorecard/explain-record.ts';
import { dimensionAverages } from '../../../src/core/scorecard/charts/dimension-scores.ts';
import { agentRecords, callCentre } from './report-fixtures.ts';

const config = callCentre();
const records = agentRecords(120);
const evaluation = evaluate(config, records);
const context = reportContext(config, evaluation);
const report = (index: number, locale: 'en' | 'zh-CN' = 'en') => appraisalReport(config, evaluation, index, locale, { context, period: '2026-10' });

describe('appraisalReport', () => {
  it('carries the subject, the scorecard, the total, grade, coefficient and rank as evaluated', () => {
    const r = report(0);
    const result = evaluation.records[0]!;
    expect(r.subject).toEqual({ index: 0, id: 'A001', name: '张三' });
    expect(r.scorecard).toEqual({ id: 'call-centre-agent-monthly', name: 'Call-centre agent monthly KPI', period: '2026-10' });
    expect(r.total).toBe(result.total);
    expect(r.totalBefore).toBe(result.totalBefore);
    expect(r.rank).toBe(result.rank);
    expect(r.percentile).toBe(result.percentile);
    expect(r.ranked).toBe(120);
    const band = config.grades.bands.find((b) => b.id === result.grade)!;
    expect(r.grade).toEqual({ id: band.id, label: (band.label as { en: string }).en, color: band.color, coefficient: band.coefficient });
  });

  it("gives each indicator explainRecord's value, score, weight and points, with its unit and configured weights", () => {
    const explanation = explainRecord(compileScorecard(config), evaluation, 1);
    const r = report(1);
    const leaves = explanation.nodes.filter((n) => n.leaf);
    expect(r.indicators.map((i) => i.id)).toEqual(leaves.map((n) => n.id));
    r.indicators.forEach((indicator, j) => {
      const n = leaves[j]!;
      expect(indicator).toMatchObject({ value: n.value, score: n.score, effectiveWeight: n.weight, contribution: n.earned, lost: n.lost });
      const node = evaluation.nodes.find((x) => x.id === indicator.id)!;
      expect(indicator.localWeight).toBe(node.localWeight);
      expect(indicator.absoluteWeight).toBe(node.absoluteWeight);
    });
    // The indicators' contributions add up to the total before the rules' points.
    const sum = r.indicators.reduce((s, i) => s + (i.contribution ?? 0), 0);
    expect(sum).toBeCloseTo(r.totalBefore!, 6);
    expect(r.indicators.find((i) => i.id === 'fcr')!.unit).toBe('%');
    expect(r.indicators.find((i) => i.id === 'aht')!.unit).toBe('s');
    // qa has no unit of its own: that of the field its value reads.
    expect(r.indicators.find((i) => i.id === 'qa')!.unit).toBe('points');
    expect(r.indicators.find((i) => i.id === 'csat')!).toMatchObject({ dimension: 'quality' });
  });

  it('puts each dimension against the population average', () => {
    const averages = dimensionAverages(config, evaluation);
    const r = report(2);
    const K = evaluation.nodes.length;
    expect(r.dimensions.map((d) => d.id)).toEqual(['quality', 'efficiency', 'complaintHandling', 'discipline']);
    r.dimensions.forEach((d, a) => {
      expect(d.average).toBe(averages.mean[a]);
      expect(d.score).toBe(evaluation.scores[2 * K + averages.axes[a]!.column]);
    });
    expect(r.dimensions.map((d) => d.localWeight)).toEqual([0.4, 0.3, 0.2, 0.1]);
  });

  it('lists the rules that fired with their effects, and vetoes apart', () => {
    const r = report(2); // A003: one complaint and a serious complaint
    expect(r.rules.find((x) => x.policy === 'complaint-deduction')).toMatchObject({ effect: 'points', amount: -10, name: 'Complaint deduction' });
    expect(r.vetoes).toEqual([{ policy: 'serious-complaint-veto', name: 'Serious complaint veto', effect: 'veto', veto: 'cap', capGrade: 'Satisfactory' }]);
    expect(r.rules.every((x) => x.effect !== 'veto')).toBe(true);
    const voided = report(3); // A004: falsification
    expect(voided.vetoes[0]).toMatchObject({ policy: 'falsification-veto', veto: 'void' });
    const money = report(0).rules.find((x) => x.effect === 'money');
    expect(money).toMatchObject({ policy: 'full-attendance-bonus', amount: 200, currency: 'CNY' });
  });

  it('says what would reach the next grade: the gap, and values with units where scorers invert', () => {
    const index = evaluation.records.findIndex((x) => x.grade === 'C' && x.fired.every((f) => f.effect !== 'veto'));
    expect(index).toBeGreaterThan(-1);
    const explanation = explainRecord(compileScorecard(config), evaluation, index);
    const r = report(index);
    expect(r.nextGrade).toMatchObject({ grade: { id: 'B', label: 'Good' }, minimum: 80, gap: explanation.nextGrade!.gap });
    expect(r.nextGrade!.gap).toBeCloseTo(80 - r.total!, 6);
    expect(r.nextGrade!.options.length).toBe(explanation.nextGrade!.options.length);
    const withValue = r.nextGrade!.options.find((o) => o.toValue !== undefined);
    expect(withValue).toBeDefined();
    expect(withValue!.toScore! - withValue!.fromScore!).toBeGreaterThan(0);
    // A capped record cannot rise: the report names the veto instead of options.
    expect(report(2).nextGrade).toMatchObject({ blockedBy: 'Serious complaint veto', options: [] });
    // The best grade has nothing above it.
    const best = evaluation.records.findIndex((x) => x.grade === 'A');
    if (best >= 0) expect(report(best).nextGrade).toBeNull();
  });

  it('speaks Chinese: names, grades, units, rules and sentences', () => {
    const r = report(2, 'zh-CN');
    expect(r.scorecard.name).toBe('呼叫中心坐席月度绩效考核');
    expect(r.dimensions[0]!.name).toBe('服务质量');
    expect(r.indicators.find((i) => i.id === 'aht')!).toMatchObject({ name: expect.stringMatching(/[\u4e00-\u9fff]/), unit: '秒' });
    expect(r.indicators.find((i) => i.id === 'qa')!.unit).toBe('分');
    expect(r.vetoes[0]).toMatchObject({ name: '重大投诉一票否决', capGrade: '合格' });
    expect(r.grade!.label).toMatch(/[\u4e00-\u9fff]/);
    expect(r.sentences[0]).toMatch(/^总分/);
  });

  it('reports a failed record without a total', () => {
    const failing = structuredClone(config);
    failing.root.missing = 'fail';
    failing.root.children.forEach((c) => { if ('children' in c) c.missing = 'fail'; });
    const rows = [{ ...records[0]!, csat: null }, records[1]!];
    const e = evaluate(failing, rows);
    const r = appraisalReport(failing, e, 0, 'en');
    expect(r.status).toBe('failed');
    expect(r.total).toBeNull();
    expect(r.failure).toBeTruthy();
    expect(r.nextGrade).toBeNull();
  });
});
