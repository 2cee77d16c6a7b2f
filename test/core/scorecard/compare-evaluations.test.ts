// What-if comparison of two evaluations of the same records: checked by hand on a small case,
// against a naive recount on the fixture with generated records, and for speed at 100,000 records.
import { describe, expect, it } from 'vitest';
import { generateRecords } from '../../../src/core/data/generate-records.ts';
import { compareEvaluations, largestMagnitudes } from '../../../src/core/scorecard/compare-evaluations.ts';
import { sampleFieldsFor } from '../../../src/core/scorecard/edit/fields-read.ts';
import { balanceWeights } from '../../../src/core/scorecard/edit/weights.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { RecordResult, ScorecardEvaluation } from '../../../src/core/scorecard/result-types.ts';
import { callCentre } from './edit/edit-fixtures.ts';

type Row = [total: number | null, rank: number | null, grade: string | null];

/** An evaluation with only what the comparison reads. */
function evaluation(rows: readonly Row[], grades: readonly string[] = ['A', 'B', 'C', 'D']): ScorecardEvaluation {
  const records = rows.map(([total, rank, grade], index): RecordResult => ({
    index, id: `R${index + 1}`, status: total === null ? 'failed' : 'ok', totalBefore: total, adjustment: 0, money: 0, total, grade,
    coefficient: null, rank, percentile: null, fired: [], flags: [], errors: [],
  }));
  const counts = Object.fromEntries(grades.map((g) => [g, 0]));
  return { nodes: [], records, values: new Float64Array(0), scores: new Float64Array(0), stats: { count: rows.length, failed: 0, mean: null, min: null, max: null, grades: counts } };
}

describe('compareEvaluations', () => {
  it('counts grade, rank and total changes on a small case', () => {
    const before = evaluation([[95, 1, 'A'], [80, 2, 'B'], [70, 3, 'C'], [null, null, null], [60, 4, 'C']]);
    const after = evaluation([[85, 2, 'B'], [90, 1, 'A'], [70, 3, 'C'], [50, 5, 'D'], [61, 4, 'C']]);
    const c = compareEvaluations(before, after);
    expect(c.records).toBe(5);
    expect(c.grades).toEqual(['A', 'B', 'C', 'D', null]);
    expect(c.gradeMatrix).toEqual([
      [0, 1, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 2, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
    ]);
    expect([c.gradeChanged, c.gradeUp, c.gradeDown]).toEqual([3, 1, 1]);
    expect([c.rankCompared, c.rankChanged, c.rankUp, c.rankDown]).toEqual([4, 2, 1, 1]);
    expect([c.totalCompared, c.totalChanged]).toEqual([4, 3]);
    expect(c.meanDeltaTotal).toBe((-10 + 10 + 0 + 1) / 4);
    expect(c.medianDeltaTotal).toBe(0.5);
    expect(c.largestTotalMovers.map((m) => m.index)).toEqual([0, 1, 4]);
    expect(c.largestTotalMovers[0]).toEqual({
      index: 0, id: 'R1', totalBefore: 95, totalAfter: 85, deltaTotal: -10, rankBefore: 1, rankAfter: 2, deltaRank: 1, gradeBefore: 'A', gradeAfter: 'B',
    });
    expect(c.largestRankMovers.map((m) => [m.index, m.deltaRank])).toEqual([[0, 1], [1, -1]]);
  });

  it('limits the movers to `top`, honours a given grade order, and refuses different record counts', () => {
    const before = evaluation([[10, 3, '3'], [20, 2, '2'], [30, 1, '1']], ['1', '2', '3']);
    const after = evaluation([[40, 1, '1'], [20, 2, '2'], [5, 3, '3']], ['1', '2', '3']);
    const c = compareEvaluations(before, after, { top: 1, grades: ['1', '2', '3'] });
    expect(c.largestTotalMovers.map((m) => m.index)).toEqual([0]);
    expect([c.gradeUp, c.gradeDown]).toEqual([1, 1]);
    expect(c.grades).toEqual(['1', '2', '3']);
    expect(compareEvaluations(before, before).largestTotalMovers).toEqual([]);
    expect(compareEvaluations(evaluation([]), evaluation([])).medianDeltaTotal).toBeNull();
    expect(() => compareEvaluations(before, evaluation([]))).toThrow(RangeError);
  });

  it('agrees with a naive recount on the call-centre scorecard and a variant of it', () => {
    const config = callCentre();
    const records = generateRecords(sampleFieldsFor(config), 2000, { seed: 7 });
    const variant = balanceWeights(config, 'total', 'equal');
    if (!variant.ok) throw new Error(variant.reason.en);
    const before = evaluate(config, records);
    const after = evaluate(variant.config, records);
    const c = compareEvaluations(before, after, { top: 5 });
    const pairs = before.records.map((a, i) => [a, after.records[i]!] as const);
    expect(c.gradeChanged).toBe(pairs.filter(([a, b]) => a.grade !== b.grade).length);
    expect(c.gradeChanged).toBeGreaterThan(0);
    expect(c.rankChanged).toBe(pairs.filter(([a, b]) => a.rank !== null && b.rank !== null && a.rank !== b.rank).length);
    for (const [r, from] of c.grades.entries()) {
      for (const [k, to] of c.grades.entries()) expect(c.gradeMatrix[r]![k]).toBe(pairs.filter(([a, b]) => a.grade === from && b.grade === to).length);
    }
    const deltas = pairs.flatMap(([a, b], index) => (a.total === null || b.total === null ? [] : [{ index, d: b.total - a.total }]));
    expect(c.meanDeltaTotal).toBeCloseTo(deltas.reduce((s, x) => s + x.d, 0) / deltas.length, 9);
    const sorted = deltas.map((x) => x.d).sort((x, y) => x - y);
    expect(c.medianDeltaTotal).toBe(sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2);
    const naiveTop = deltas.filter((x) => x.d !== 0).sort((x, y) => Math.abs(y.d) - Math.abs(x.d) || x.index - y.index).slice(0, 5).map((x) => x.index);
    expect(c.largestTotalMovers.map((m) => m.index)).toEqual(naiveTop);
  });

  it('compares 100,000 records quickly', () => {
    const n = 100_000;
    const rows = (shift: number): Row[] => Array.from({ length: n }, (_, i): Row => {
      const total = ((i * 7919 + shift * 104729) % 10000) / 100;
      return [total, 0, total >= 90 ? 'A' : total >= 75 ? 'B' : total >= 60 ? 'C' : 'D'];
    });
    const before = evaluation(rows(0));
    const after = evaluation(rows(1));
    for (const e of [before, after]) {
      const order = e.records.map((r, i) => [r.total!, i] as const).sort((x, y) => y[0] - x[0]);
      order.forEach(([, i], k) => { e.records[i]!.rank = k + 1; });
    }
    const start = performance.now();
    const c = compareEvaluations(before, after, { top: 20 });
    const elapsed = performance.now() - start;
    expect(c.largestTotalMovers).toHaveLength(20);
    expect(c.gradeMatrix.flat().reduce((s, x) => s + x, 0)).toBe(n);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('largestMagnitudes', () => {
  it('keeps the largest |values|, largest first, ties to the lower index, skipping 0 and NaN', () => {
    expect(largestMagnitudes(new Float64Array([1, -5, NaN, 5, 0, 3, -2]), 3)).toEqual([1, 3, 5]);
    expect(largestMagnitudes(new Float64Array([1, 2]), 0)).toEqual([]);
    expect(largestMagnitudes(new Float64Array([0, NaN]), 4)).toEqual([]);
  });
});
