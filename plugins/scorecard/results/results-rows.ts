// The rows of the results grid: which records to show (grade filter) in which order (column sort),
// computed from the evaluation without building an object per record, so 100,000 rows stay quick.
import type { ScorecardEvaluation } from '../../../src/core/scorecard/result-types.ts';

/** A grid column that sorts: the record order, the totals, grades, ranks, percentiles, or a node's score column. */
export type ResultsSortKey = 'row' | 'total' | 'grade' | 'rank' | 'percentile' | { node: number };

export interface ResultsSort {
  key: ResultsSortKey;
  descending: boolean;
}

/** `all`, a grade id, or `none` for the records without a grade (failed). */
export type GradeFilter = string;
export const ALL_GRADES = '*all';
export const NO_GRADE = '*none';

/** Column index (pre-order) of each top-level dimension: the root's children. */
export function dimensionColumns(evaluation: ScorecardEvaluation): number[] {
  const rootId = evaluation.nodes[0]?.id;
  const columns: number[] = [];
  evaluation.nodes.forEach((node, k) => { if (node.parent === rootId && k > 0) columns.push(k); });
  return columns;
}

export function sortKeyId(key: ResultsSortKey): string {
  return typeof key === 'string' ? key : `node:${key.node}`;
}

/**
 * The records to show, in order. Records without a sort value (failed, or a missing score) go
 * last in either direction; ties keep record order, so the grid does not shuffle on re-sort.
 */
export function visibleRows(evaluation: ScorecardEvaluation, gradeOrder: readonly string[], filter: GradeFilter, sort: ResultsSort): Uint32Array {
  const { records } = evaluation;
  const n = records.length;
  const keep = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const grade = records[i]!.grade;
    if (filter === ALL_GRADES || (filter === NO_GRADE ? grade === null : grade === filter)) keep[count++] = i;
  }
  const rows = keep.slice(0, count);
  const key = sort.key;
  if (key === 'row') return sort.descending ? rows.reverse() : rows;

  // One sort value per record (NaN: none), then an index sort over it.
  const value = new Float64Array(n).fill(NaN);
  if (typeof key === 'object') {
    const K = evaluation.nodes.length;
    for (let i = 0; i < n; i++) value[i] = evaluation.scores[i * K + key.node]!;
  } else {
    const band = new Map(gradeOrder.map((g, b) => [g, b]));
    for (let i = 0; i < n; i++) {
      const r = records[i]!;
      // Grades sort best first when "ascending": the band index, negated so a higher value is a better grade.
      const x = key === 'grade' ? (r.grade === null ? undefined : -(band.get(r.grade) ?? gradeOrder.length)) : r[key];
      value[i] = x === null || x === undefined ? NaN : x;
    }
  }
  const sign = sort.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = value[a]!, y = value[b]!;
    if (x !== x) return y !== y ? a - b : 1;
    if (y !== y) return -1;
    return x === y ? a - b : (x < y ? -sign : sign);
  });
}
