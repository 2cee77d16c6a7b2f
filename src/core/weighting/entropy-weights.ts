// The entropy weight method (熵权法): a criterion whose values are spread unevenly over the records
// carries more information (lower entropy) and gets more weight.
import { assertDecisionMatrix, column, minMaxStandardise } from './decision-matrix.ts';
import type { CriterionDirection } from './decision-matrix.ts';

export interface EntropyOptions {
  /**
   * How values become proportions p_ij = x'_ij / Σ_i x'_ij:
   * - 'min-max' (default): x' is the min–max standardised value (benefit or cost), the usual
   *   熵权法 of Chinese practice;
   * - 'proportion': x' is the raw value (the classic Shannon-entropy form, used e.g. by Xu 2004).
   *   Needs values ≥ 0 and ignores `directions`, since entropy measures spread, not which end is
   *   better.
   */
  standardization?: 'min-max' | 'proportion';
}

export interface EntropyResult {
  /** w_j = d_j / Σ d; equal weights when no criterion varies. */
  readonly weights: number[];
  /** e_j = −(1/ln n) Σ_i p_ij ln p_ij, with 0·ln 0 = 0; 1 for a constant column. */
  readonly entropy: number[];
  /** d_j = 1 − e_j. */
  readonly divergence: number[];
}

/**
 * Entropy weights of the criteria (columns) of `matrix` (rows = records). Throws a RangeError for
 * fewer than 2 rows (ln 1 = 0 leaves entropy undefined) or a non-finite value (naming its cell).
 * Degenerate data: a constant column (or, with 'proportion', an all-zero one) has no information:
 * entropy 1, divergence 0, weight 0; if every column is so, the weights are equal.
 */
export function entropyWeights(
  matrix: readonly (readonly number[])[],
  directions: readonly CriterionDirection[],
  options: EntropyOptions = {},
): EntropyResult {
  const standardization = options.standardization ?? 'min-max';
  if (standardization !== 'min-max' && standardization !== 'proportion') {
    throw new RangeError(`Unknown standardization "${String(standardization)}" (use "min-max" or "proportion").`);
  }
  assertDecisionMatrix(matrix, directions, 2);
  if (standardization === 'proportion') {
    matrix.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value < 0) throw new RangeError(`Row ${i}, column ${j} is ${value}; the "proportion" standardization needs values ≥ 0.`);
      }),
    );
  }
  const standardised = standardization === 'min-max' ? minMaxStandardise(matrix, directions) : matrix;
  const n = matrix.length;
  const k = 1 / Math.log(n);

  const entropy = directions.map((_, j) => {
    const values = column(standardised, j);
    const total = values.reduce((sum, x) => sum + x, 0);
    if (total === 0) return 1;
    let sum = 0;
    for (const x of values) {
      if (x > 0) {
        const p = x / total;
        sum += p * Math.log(p);
      }
    }
    // Rounding can push e a hair outside [0, 1]; the definition cannot.
    return Math.min(1, Math.max(0, -k * sum));
  });
  const divergence = entropy.map((e) => 1 - e);
  const total = divergence.reduce((sum, d) => sum + d, 0);
  const weights = total > 0 ? divergence.map((d) => d / total) : divergence.map(() => 1 / divergence.length);
  return { weights, entropy, divergence };
}
