// Which judgments to revisit first when a matrix is inconsistent: for each pair, the scale value
// the derived weights themselves imply (w_i / w_j), and how far changing only that judgment would
// lower the CR. The decision maker still decides; this only ranks where to look.
import { measureConsistency } from './consistency.ts';
import type { AhpMethod } from './priority-vector.ts';
import type { RandomIndexTable } from './random-index.ts';
import { nearestSaatyValue } from './saaty-scale.ts';

export interface AhpSuggestion {
  /** The judgment a[row][column] (row < column); its reciprocal a[column][row] changes with it. */
  readonly row: number;
  readonly column: number;
  readonly current: number;
  /** The Saaty scale value (1/9 … 9) nearest to w_row / w_column. */
  readonly suggested: number;
  /** The CR if only this judgment (and its reciprocal) took the suggested value. */
  readonly crAfter: number;
}

const SAME_JUDGMENT = 1e-9;

export function suggestRevisions(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  method: AhpMethod,
  table: RandomIndexTable,
  count: number,
): AhpSuggestion[] {
  const n = matrix.length;
  const candidates: AhpSuggestion[] = [];
  const trial = matrix.map((row) => [...row]);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const current = (matrix[i] as readonly number[])[j] as number;
      const suggested = nearestSaatyValue((weights[i] as number) / (weights[j] as number));
      if (Math.abs(Math.log(suggested / current)) < SAME_JUDGMENT) continue;
      (trial[i] as number[])[j] = suggested;
      (trial[j] as number[])[i] = 1 / suggested;
      const { cr } = measureConsistency(trial, method, table);
      (trial[i] as number[])[j] = current;
      (trial[j] as number[])[i] = (matrix[j] as readonly number[])[i] as number;
      candidates.push({ row: i, column: j, current, suggested, crAfter: cr });
    }
  }
  candidates.sort((a, b) => a.crAfter - b.crAfter || a.row - b.row || a.column - b.column);
  return candidates.slice(0, Math.max(0, count));
}
