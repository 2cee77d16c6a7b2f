// The three ways of turning a reciprocal matrix into a priority (weight) vector, and λmax.
// Inputs are assumed valid (positive, square); `ahp` validates before calling these.

export type AhpMethod = 'eigenvector' | 'sum-product' | 'geometric-mean';

export const AHP_METHODS: readonly AhpMethod[] = Object.freeze(['eigenvector', 'sum-product', 'geometric-mean']);

/** Convergence of the power iteration: the largest change of any weight between two steps. */
const POWER_TOLERANCE = 1e-12;
const POWER_MAX_STEPS = 10_000;

export function priorityVector(matrix: readonly (readonly number[])[], method: AhpMethod): number[] {
  switch (method) {
    case 'eigenvector':
      return principalEigenvector(matrix);
    case 'sum-product':
      return sumProductWeights(matrix);
    case 'geometric-mean':
      return geometricMeanWeights(matrix);
    default:
      throw new RangeError(`Unknown AHP method "${String(method)}" (use ${AHP_METHODS.join(', ')}).`);
  }
}

/**
 * Saaty's principal right eigenvector, normalised to sum 1. A positive matrix has a simple dominant
 * (Perron) eigenvalue, so power iteration from the uniform vector converges to it.
 */
export function principalEigenvector(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < POWER_MAX_STEPS; step++) {
    const next = normalise(multiply(matrix, w));
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs((next[i] as number) - (w[i] as number)));
    w = next;
    if (change < POWER_TOLERANCE) break;
  }
  return w;
}

/** 和积法: normalise each column to sum 1, then average across each row. */
export function sumProductWeights(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  const columnSums = new Array<number>(n).fill(0);
  for (const row of matrix) row.forEach((value, j) => (columnSums[j] = (columnSums[j] as number) + value));
  return matrix.map((row) => row.reduce((sum, value, j) => sum + value / (columnSums[j] as number), 0) / n);
}

/** 方根法: the n-th root of each row's product, normalised. Logs keep 15 factors of 9 from overflowing. */
export function geometricMeanWeights(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  return normalise(matrix.map((row) => Math.exp(row.reduce((sum, value) => sum + Math.log(value), 0) / n)));
}

/** λmax estimated as the mean of (A·w)_i / w_i; exact for the principal eigenvector. */
export function lambdaMax(matrix: readonly (readonly number[])[], weights: readonly number[]): number {
  const product = multiply(matrix, weights);
  return product.reduce((sum, value, i) => sum + value / (weights[i] as number), 0) / matrix.length;
}

export function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, value, j) => sum + value * (vector[j] as number), 0));
}

export function normalise(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return values.map((value) => value / total);
}
