import { describe, expect, it } from 'vitest';
import type { RecordResult, ScorecardEvaluation } from '../../../../src/core/scorecard/result-types.ts';
import { ALL_GRADES, NO_GRADE, dimensionColumns, visibleRows } from '../../../../plugins/scorecard/results/results-rows.ts';

/** Five records; record 3 failed (no total, grade or rank). Two nodes: the root and one dimension. */
function evaluation(): ScorecardEvaluation {
  const totals = [70, 90, 70, null, 50];
  const grades = ['B', 'A', 'B', null, 'C'];
  const ranks = [2, 1, 2, null, 4];
  const records = totals.map((total, index): RecordResult => ({
    index, id: String(index + 1), status: total === null ? 'failed' : 'ok', totalBefore: total, adjustment: 0, money: 0,
    total, grade: grades[index]!, coefficient: null, rank: ranks[index]!, percentile: null, fired: [], flags: [], errors: [],
  }));
  const scores = new Float64Array([70, 60, 90, 95, 70, NaN, NaN, NaN, 50, 40]);
  return {
    nodes: [
      { id: 'root', parent: null, depth: 0, leaf: false, localWeight: 1, absoluteWeight: 1 },
      { id: 'quality', parent: 'root', depth: 1, leaf: true, localWeight: 1, absoluteWeight: 1 },
    ],
    records, values: new Float64Array(10).fill(NaN), scores,
    stats: { count: 5, failed: 1, mean: 70, min: 50, max: 90, grades: { A: 1, B: 2, C: 1 } },
  };
}
const GRADES = ['A', 'B', 'C'];

describe('results grid rows', () => {
  it('keeps record order, or reverses it', () => {
    expect(Array.from(visibleRows(evaluation(), GRADES, ALL_GRADES, { key: 'row', descending: false }))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(visibleRows(evaluation(), GRADES, ALL_GRADES, { key: 'row', descending: true }))).toEqual([4, 3, 2, 1, 0]);
  });

  it('sorts by total with ties in record order and failed records last either way', () => {
    expect(Array.from(visibleRows(evaluation(), GRADES, ALL_GRADES, { key: 'total', descending: true }))).toEqual([1, 0, 2, 4, 3]);
    expect(Array.from(visibleRows(evaluation(), GRADES, ALL_GRADES, { key: 'total', descending: false }))).toEqual([4, 0, 2, 1, 3]);
  });

  it('sorts grades best first by band order, ranks low first, and a dimension score column', () => {
    expect(Array.from(visibleRows(evaluation(), GRADES, ALL_GRADES, { key: 'grade', descending: true }))).toEqual([1, 0, 2, 4, 3]);
    expect(Array.from(visibleRows(evaluation(), GRADES, ALL_GRADES, { key: 'rank', descending: false }))).toEqual([1, 0, 2, 4, 3]);
    expect(Array.from(visibleRows(evaluation(), GRADES, ALL_GRADES, { key: { node: 1 }, descending: true }))).toEqual([1, 0, 4, 2, 3]);
  });

  it('filters by grade, or to the records without one', () => {
    expect(Array.from(visibleRows(evaluation(), GRADES, 'B', { key: 'total', descending: true }))).toEqual([0, 2]);
    expect(Array.from(visibleRows(evaluation(), GRADES, NO_GRADE, { key: 'row', descending: false }))).toEqual([3]);
  });

  it('finds the top-level dimensions', () => {
    expect(dimensionColumns(evaluation())).toEqual([1]);
  });
});
