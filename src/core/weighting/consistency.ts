// Weights plus Saaty's consistency measures for one (already validated) comparison matrix.
import { lambdaMax, priorityVector } from './priority-vector.ts';
import type { AhpMethod } from './priority-vector.ts';
import { randomIndex } from './random-index.ts';
import type { RandomIndexTable } from './random-index.ts';

export interface ConsistencyMeasures {
  readonly weights: number[];
  readonly lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2, where every reciprocal matrix is consistent. */
  readonly ci: number;
  readonly ri: number;
  /** CR = CI / RI; 0 for n ≤ 2 (RI is 0 there). */
  readonly cr: number;
}

export function measureConsistency(
  matrix: readonly (readonly number[])[],
  method: AhpMethod,
  table: RandomIndexTable,
): ConsistencyMeasures {
  const n = matrix.length;
  const weights = priorityVector(matrix, method);
  const lambda = lambdaMax(matrix, weights);
  const ri = randomIndex(n, table);
  // For a reciprocal matrix mean((Aw)_i / w_i) ≥ n for any positive w, so a negative CI is rounding noise.
  const ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
  const cr = ri > 0 ? ci / ri : 0;
  return { weights, lambdaMax: lambda, ci, ri, cr };
}
