// CRITIC weights: a published example, a cross-checked variant, degenerate data, errors.
import { describe, expect, it } from 'vitest';
import { criticWeights } from '../../../src/core/weighting/index.ts';

const software = [
  [5000, 3, 3, 4, 3, 2],
  [680, 5, 3, 2, 2, 1],
  [2000, 3, 2, 3, 4, 3],
  [600, 4, 3, 1, 2, 2],
  [800, 2, 4, 3, 3, 4],
];

describe('criticWeights, published example', () => {
  // Tuş & Aytaç Adalı (2019), "The new combination with CRITIC and WASPAS methods for the time and
  // attendance software selection problem", Opsearch 56(2) 528–538: weights 0.157, 0.249, 0.168,
  // 0.121, 0.154, 0.151. Data and figures as transcribed, with this citation, in the tests of two
  // independent open-source packages (pymcdm; objective-weights-for-mcda); the paper itself was not
  // retrieved. Both packages standardise every criterion as (x − min)/(max − min), the price too, and
  // only that reproduces the printed weights, hence all 'benefit' here.
  it('reproduces the printed weights to 3 decimals', () => {
    const result = criticWeights(software, ['benefit', 'benefit', 'benefit', 'benefit', 'benefit', 'benefit']);
    [0.157, 0.249, 0.168, 0.121, 0.154, 0.151].forEach((w, j) => expect(result.weights[j]).toBeCloseTo(w, 3));
  });

  it('treating the price as a cost flips its correlations and changes the weights', () => {
    // Expected values from an independent throw-away script (plain JavaScript, same formulas), not
    // from a publication.
    const result = criticWeights(software, ['cost', 'benefit', 'benefit', 'benefit', 'benefit', 'benefit']);
    [0.1841, 0.213, 0.1422, 0.1583, 0.1684, 0.134].forEach((w, j) => expect(result.weights[j]).toBeCloseTo(w, 4));
  });

  it('reports σ (sample), conflict and information consistently', () => {
    const result = criticWeights(software, ['cost', 'benefit', 'benefit', 'benefit', 'benefit', 'benefit']);
    // Price standardised: (5000 − x)/4400 → 0, 0.9818, 0.6818, 1, 0.9545.
    const price = [0, 4320 / 4400, 3000 / 4400, 1, 4200 / 4400];
    const mean = price.reduce((s, x) => s + x, 0) / 5;
    const sample = Math.sqrt(price.reduce((s, x) => s + (x - mean) ** 2, 0) / 4);
    expect(result.stdDev[0]).toBeCloseTo(sample, 12);
    result.information.forEach((c, j) => expect(c).toBeCloseTo((result.stdDev[j] as number) * (result.conflict[j] as number), 12));
    const total = result.information.reduce((s, c) => s + c, 0);
    result.weights.forEach((w, j) => expect(w).toBeCloseTo((result.information[j] as number) / total, 12));
  });
});

describe('criticWeights, degenerate data and errors', () => {
  it('gives a constant column weight 0 and leaves it out of the others\' conflict', () => {
    const base = [
      [1, 4, 2],
      [2, 1, 7],
      [3, 3, 1],
      [5, 2, 6],
    ];
    const withConstant = base.map((row) => [row[0] as number, 9, row[1] as number, row[2] as number]);
    const without = criticWeights(base, ['benefit', 'benefit', 'cost']);
    const result = criticWeights(withConstant, ['benefit', 'benefit', 'benefit', 'cost']);
    expect(result.weights[1]).toBe(0);
    expect(result.stdDev[1]).toBe(0);
    [0, 2, 3].forEach((j, k) => expect(result.weights[j]).toBeCloseTo(without.weights[k] as number, 12));
  });

  it('falls back to σ when no criterion conflicts, and to equal weights when nothing varies', () => {
    // One varying criterion: its own conflict is 0, so C = 0 everywhere; it still gets all the weight.
    expect(criticWeights([[1, 5], [2, 5], [4, 5]], ['benefit', 'benefit']).weights).toEqual([1, 0]);
    // Perfectly correlated criteria: no conflict; weights follow σ (equal after min–max).
    const twins = criticWeights([[1, 10], [2, 20], [4, 40]], ['benefit', 'benefit']).weights;
    expect(twins[0]).toBeCloseTo(0.5, 12);
    expect(criticWeights([[3, 3], [3, 3]], ['benefit', 'cost']).weights).toEqual([0.5, 0.5]);
  });

  it('throws RangeErrors for too few rows and non-finite values', () => {
    expect(() => criticWeights([[1, 2]], ['benefit', 'benefit'])).toThrow(/at least 2 records/);
    expect(() => criticWeights([[1, 2], [3, Number.NaN]], ['benefit', 'benefit'])).toThrow(/Row 1, column 1/);
    expect(() => criticWeights([[1], [2]], ['benefit', 'benefit'])).toThrow(/Row 0 has 1 values/);
  });
});
