// Properties of AHP that hold for every matrix, checked on generated ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AHP_METHODS, SAATY_VALUES, ahp, reciprocalMatrix } from '../../../src/core/weighting/index.ts';

/** A random reciprocal matrix on Saaty's scale, of order 1..max. */
function saatyMatrix(max: number): fc.Arbitrary<number[][]> {
  return fc.integer({ min: 1, max }).chain((n) =>
    fc
      .array(fc.constantFrom(...SAATY_VALUES), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
      .map((values) => {
        let next = 0;
        return reciprocalMatrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (j > i ? values[next++] : undefined))));
      }),
  );
}

/** A matrix with its rows and columns reordered: permuted[i][j] = matrix[order[i]][order[j]]. */
function permute(matrix: readonly (readonly number[])[], order: readonly number[]): number[][] {
  return order.map((i) => order.map((j) => (matrix[i] as readonly number[])[j] as number));
}

const method = fc.constantFrom(...AHP_METHODS);

describe('AHP properties', () => {
  it('a perfectly consistent matrix a_ij = w_i/w_j has CR ≈ 0 and every method recovers w', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 9, noNaN: true }), { minLength: 1, maxLength: 12 }), method, (raw, m) => {
        const matrix = raw.map((wi) => raw.map((wj) => wi / wj));
        const total = raw.reduce((s, x) => s + x, 0);
        const result = ahp(matrix, { method: m });
        expect(result.cr).toBeLessThan(1e-9);
        expect(result.lambdaMax).toBeCloseTo(raw.length, 9);
        expect(result.consistent).toBe(true);
        result.weights.forEach((w, i) => expect(w).toBeCloseTo((raw[i] as number) / total, 9));
      }),
    );
  });

  it('weights are positive and sum to 1; λmax ≥ n; CI, CR ≥ 0', () => {
    fc.assert(
      fc.property(saatyMatrix(10), method, (matrix, m) => {
        const result = ahp(matrix, { method: m });
        expect(result.weights.every((w) => w > 0)).toBe(true);
        expect(result.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        expect(result.lambdaMax).toBeGreaterThanOrEqual(matrix.length - 1e-9);
        expect(result.ci).toBeGreaterThanOrEqual(0);
        expect(result.cr).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('the eigenvector satisfies A·w = λmax·w', () => {
    fc.assert(
      fc.property(saatyMatrix(10), (matrix) => {
        const { weights, lambdaMax } = ahp(matrix);
        matrix.forEach((row, i) => {
          const product = row.reduce((s, a, j) => s + a * (weights[j] as number), 0);
          expect(product).toBeCloseTo(lambdaMax * (weights[i] as number), 9);
        });
      }),
    );
  });

  it('permuting the items permutes the weights and leaves CR unchanged', () => {
    const withOrder = saatyMatrix(9).chain((matrix) =>
      fc.shuffledSubarray(matrix.map((_, i) => i), { minLength: matrix.length, maxLength: matrix.length }).map((order) => ({ matrix, order })),
    );
    fc.assert(
      fc.property(withOrder, method, ({ matrix, order }, m) => {
        const original = ahp(matrix, { method: m });
        const permuted = ahp(permute(matrix, order), { method: m });
        order.forEach((from, i) => expect(permuted.weights[i]).toBeCloseTo(original.weights[from] as number, 9));
        expect(permuted.cr).toBeCloseTo(original.cr, 9);
      }),
    );
  });

  it('each suggestion\'s crAfter is the CR of the matrix with that one judgment changed', () => {
    fc.assert(
      fc.property(saatyMatrix(7), method, (matrix, m) => {
        const result = ahp(matrix, { method: m });
        if (result.consistent) return;
        for (const s of result.suggestions) {
          const changed = matrix.map((row) => [...row]);
          (changed[s.row] as number[])[s.column] = s.suggested;
          (changed[s.column] as number[])[s.row] = 1 / s.suggested;
          expect(ahp(changed, { method: m }).cr).toBeCloseTo(s.crAfter, 12);
        }
      }),
      { numRuns: 50 },
    );
  });
});
