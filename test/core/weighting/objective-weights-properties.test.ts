// Properties shared by the entropy and CRITIC weightings, checked on generated decision matrices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticWeights, entropyWeights } from '../../../src/core/weighting/index.ts';
import type { CriterionDirection } from '../../../src/core/weighting/index.ts';

interface Case {
  matrix: number[][];
  directions: CriterionDirection[];
}

const decisionMatrix: fc.Arbitrary<Case> = fc
  .record({ rows: fc.integer({ min: 2, max: 12 }), columns: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      matrix: fc.array(fc.array(fc.integer({ min: -500, max: 500 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
      directions: fc.array(fc.constantFrom<CriterionDirection>('benefit', 'cost'), { minLength: columns, maxLength: columns }),
    }),
  );

const methods = {
  entropy: (c: Case) => entropyWeights(c.matrix, c.directions).weights,
  critic: (c: Case) => criticWeights(c.matrix, c.directions).weights,
};

describe.each(Object.entries(methods))('%s weights', (_, weigh) => {
  it('are non-negative and sum to 1', () => {
    fc.assert(
      fc.property(decisionMatrix, (c) => {
        const weights = weigh(c);
        expect(weights.every((w) => w >= 0)).toBe(true);
        expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('do not change when a column is multiplied by a positive number', () => {
    const scaled = decisionMatrix.chain((c) =>
      fc.record({ column: fc.integer({ min: 0, max: c.directions.length - 1 }), factor: fc.double({ min: 0.001, max: 1000, noNaN: true }) }).map((s) => ({ c, ...s })),
    );
    fc.assert(
      fc.property(scaled, ({ c, column, factor }) => {
        const matrix = c.matrix.map((row) => row.map((x, j) => (j === column ? x * factor : x)));
        const before = weigh(c);
        const after = weigh({ matrix, directions: c.directions });
        before.forEach((w, j) => expect(after[j]).toBeCloseTo(w, 9));
      }),
    );
  });

  it('do not depend on the order of the records, and follow the order of the criteria', () => {
    const shuffled = decisionMatrix.chain((c) =>
      fc.record({
        rowOrder: fc.shuffledSubarray(c.matrix.map((__, i) => i), { minLength: c.matrix.length, maxLength: c.matrix.length }),
        columnOrder: fc.shuffledSubarray(c.directions.map((__, j) => j), { minLength: c.directions.length, maxLength: c.directions.length }),
      }).map((orders) => ({ c, ...orders })),
    );
    fc.assert(
      fc.property(shuffled, ({ c, rowOrder, columnOrder }) => {
        const matrix = rowOrder.map((i) => columnOrder.map((j) => (c.matrix[i] as number[])[j] as number));
        const directions = columnOrder.map((j) => c.directions[j] as CriterionDirection);
        const before = weigh(c);
        const after = weigh({ matrix, directions });
        columnOrder.forEach((from, j) => expect(after[j]).toBeCloseTo(before[from] as number, 9));
      }),
    );
  });
});

describe('entropy weights with raw proportions', () => {
  it('do not change when a column is multiplied by a positive number', () => {
    const positive = fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 10 });
    fc.assert(
      fc.property(positive, fc.double({ min: 0.001, max: 1000, noNaN: true }), (matrix, factor) => {
        const directions: CriterionDirection[] = ['benefit', 'benefit', 'cost'];
        const before = entropyWeights(matrix, directions, { standardization: 'proportion' }).weights;
        const scaled = matrix.map((row) => row.map((x, j) => (j === 1 ? x * factor : x)));
        const after = entropyWeights(scaled, directions, { standardization: 'proportion' }).weights;
        before.forEach((w, j) => expect(after[j]).toBeCloseTo(w, 9));
      }),
    );
  });
});
