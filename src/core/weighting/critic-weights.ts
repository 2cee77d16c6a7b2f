// CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): a criterion weighs more when it varies more
// (contrast, σ_j) and agrees less with the others (conflict, Σ_k (1 − r_jk)).
import { assertDecisionMatrix, column, minMaxStandardise } from './decision-matrix.ts';
import type { CriterionDirection } from './decision-matrix.ts';

export interface CriticResult {
  /** w_j = C_j / Σ C. */
  readonly weights: number[];
  /** σ_j of the min–max standardised column: the sample standard deviation (divisor n − 1). */
  readonly stdDev: number[];
  /** Σ_k (1 − r_jk) over the non-constant criteria k, r being Pearson's correlation. */
  readonly conflict: number[];
  /** C_j = σ_j · conflict_j. */
  readonly information: number[];
}

/**
 * CRITIC weights of the criteria (columns) of `matrix` (rows = records), after min–max
 * standardisation by direction. Whether σ divides by n or n − 1 scales every C_j alike, so the
 * weights are the same either way (both reproduce the published example in the tests).
 *
 * Degenerate data: a constant column has σ = 0, hence C = 0 and weight 0; its correlation with the
 * others is undefined, so it is left out of their conflict sums (adding a constant criterion then
 * changes no other weight). If no C_j is positive — a single varying criterion, or varying
 * criteria that are all perfectly correlated — weights follow σ; if nothing varies they are equal.
 * Throws a RangeError for fewer than 2 rows or a non-finite value (naming its cell).
 */
export function criticWeights(matrix: readonly (readonly number[])[], directions: readonly CriterionDirection[]): CriticResult {
  assertDecisionMatrix(matrix, directions, 2);
  const n = matrix.length;
  const standardised = minMaxStandardise(matrix, directions);
  const columns = directions.map((_, j) => column(standardised, j));
  const means = columns.map((values) => values.reduce((sum, x) => sum + x, 0) / n);
  const deviations = columns.map((values, j) => values.map((x) => x - (means[j] as number)));
  const sumsOfSquares = deviations.map((d) => d.reduce((sum, x) => sum + x * x, 0));
  const stdDev = sumsOfSquares.map((ss) => Math.sqrt(ss / (n - 1)));
  const varying = stdDev.map((s) => s > 0);

  const conflict = directions.map((_, j) => {
    if (!varying[j]) return 0;
    let sum = 0;
    directions.forEach((__, k) => {
      if (k === j || !varying[k]) return;
      sum += 1 - pearson(deviations[j] as number[], deviations[k] as number[], sumsOfSquares[j] as number, sumsOfSquares[k] as number);
    });
    return sum;
  });
  const information = stdDev.map((s, j) => s * (conflict[j] as number));
  const totalInformation = information.reduce((sum, c) => sum + c, 0);
  const totalStdDev = stdDev.reduce((sum, s) => sum + s, 0);
  const weights =
    totalInformation > 0
      ? information.map((c) => c / totalInformation)
      : totalStdDev > 0
        ? stdDev.map((s) => s / totalStdDev)
        : stdDev.map(() => 1 / stdDev.length);
  return { weights, stdDev, conflict, information };
}

function pearson(a: readonly number[], b: readonly number[], ssA: number, ssB: number): number {
  let cross = 0;
  for (let i = 0; i < a.length; i++) cross += (a[i] as number) * (b[i] as number);
  return Math.min(1, Math.max(-1, cross / Math.sqrt(ssA * ssB)));
}
