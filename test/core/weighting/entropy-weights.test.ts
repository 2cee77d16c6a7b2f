// Entropy weights: published examples, a hand-computed min–max example, degenerate data, errors.
import { describe, expect, it } from 'vitest';
import { entropyWeights } from '../../../src/core/weighting/index.ts';

const benefit4 = ['benefit', 'benefit', 'benefit', 'benefit'] as const;

describe('entropyWeights, published examples (raw proportions)', () => {
  // Both examples compute p_ij = x_ij / Σ_i x_ij on the raw data, hence { standardization: 'proportion' }.
  // Data and printed weights as transcribed, with the citations, in the tests of the open-source
  // objective-weights-for-mcda package (energyinpython, tests/test_weights.py).

  it('Xu (2004), EJOR 156(2) 530–532: weights 0.4630, 0.3992, 0.1378, 0.0000', () => {
    const result = entropyWeights(
      [
        [30, 30, 38, 29],
        [19, 54, 86, 29],
        [19, 15, 85, 28.9],
        [68, 70, 60, 29],
      ],
      [...benefit4],
      { standardization: 'proportion' },
    );
    [0.463, 0.3992, 0.1378, 0].forEach((w, j) => expect(result.weights[j]).toBeCloseTo(w, 4));
  });

  it('Zavadskas & Podvezko (2016), IJITDM 15(2) 267–283: weights 0.1146, 0.1981, 0.4185, 0.2689', () => {
    // Criteria 1 and 3 are costs in the source; raw-proportion entropy does not depend on direction.
    const result = entropyWeights(
      [
        [3.0, 100, 10, 7],
        [2.5, 80, 8, 5],
        [1.8, 50, 20, 11],
        [2.2, 70, 12, 9],
      ],
      ['cost', 'benefit', 'cost', 'benefit'],
      { standardization: 'proportion' },
    );
    [0.1146, 0.1981, 0.4185, 0.2689].forEach((w, j) => expect(result.weights[j]).toBeCloseTo(w, 4));
  });
});

describe('entropyWeights, min–max standardisation (the default)', () => {
  // No published min–max example with printed figures was found with the search tool; this one is
  // computed by hand. Criterion 1 (benefit) 1, 2, 3 → 0, ½, 1 → p = 0, ⅓, ⅔:
  //   e₁ = −(⅓ ln ⅓ + ⅔ ln ⅔)/ln 3 = ⅓ + ⅔·ln 1.5/ln 3.
  // Criterion 2 (cost) 10, 10, 40 → 1, 1, 0 → p = ½, ½, 0: e₂ = ln 2/ln 3.
  it('matches the hand computation', () => {
    const result = entropyWeights(
      [
        [1, 10],
        [2, 10],
        [3, 40],
      ],
      ['benefit', 'cost'],
    );
    const e1 = 1 / 3 + ((2 / 3) * Math.log(1.5)) / Math.log(3);
    const e2 = Math.log(2) / Math.log(3);
    expect(result.entropy[0]).toBeCloseTo(e1, 12);
    expect(result.entropy[1]).toBeCloseTo(e2, 12);
    expect(result.divergence[0]).toBeCloseTo(1 - e1, 12);
    expect(result.weights[0]).toBeCloseTo((1 - e1) / (2 - e1 - e2), 12);
    expect(result.weights[1]).toBeCloseTo((1 - e2) / (2 - e1 - e2), 12);
  });

  it('reads cost criteria the other way round: (max − x)/(max − min)', () => {
    const asBenefit = entropyWeights([[1], [2], [4]], ['benefit']);
    const asCost = entropyWeights([[1], [2], [4]], ['cost']);
    // benefit: 0, ⅓, 1 → p = 0, ¼, ¾; cost: 1, ⅔, 0 → p = ⅗, ⅖, 0.
    expect(asBenefit.entropy[0]).toBeCloseTo(-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(3), 12);
    expect(asCost.entropy[0]).toBeCloseTo(-(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4)) / Math.log(3), 12);
  });

  it('differs from the raw-proportion variant (Xu 2004 data): the near-constant 4th criterion is stretched to 0…1', () => {
    const result = entropyWeights(
      [
        [30, 30, 38, 29],
        [19, 54, 86, 29],
        [19, 15, 85, 28.9],
        [68, 70, 60, 29],
      ],
      [...benefit4],
    );
    expect(result.weights[3]).toBeGreaterThan(0.1);
  });
});

describe('entropyWeights, degenerate data and errors', () => {
  it('gives a constant column entropy 1, divergence 0, weight 0', () => {
    const result = entropyWeights(
      [
        [5, 1],
        [5, 2],
        [5, 4],
      ],
      ['benefit', 'benefit'],
    );
    expect(result.entropy[0]).toBe(1);
    expect(result.divergence[0]).toBe(0);
    expect(result.weights).toEqual([0, 1]);
  });

  it('gives equal weights when no column varies (also an all-zero column with "proportion")', () => {
    expect(entropyWeights([[1, 2, 3], [1, 2, 3]], ['benefit', 'cost', 'benefit']).weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(entropyWeights([[0, 7], [0, 7]], ['benefit', 'benefit'], { standardization: 'proportion' }).weights).toEqual([0.5, 0.5]);
  });

  it('gives a column with one non-zero share entropy 0', () => {
    const result = entropyWeights([[0], [0], [9]], ['benefit'], { standardization: 'proportion' });
    expect(result.entropy[0]).toBe(0);
    expect(result.weights).toEqual([1]);
  });

  it('throws RangeErrors for too few rows, non-finite values, bad shapes and options', () => {
    expect(() => entropyWeights([[1, 2]], ['benefit', 'benefit'])).toThrow(/at least 2 records/);
    expect(() => entropyWeights([], ['benefit'])).toThrow(RangeError);
    expect(() => entropyWeights([[1], [Number.NaN]], ['benefit'])).toThrow(/Row 1, column 0/);
    expect(() => entropyWeights([[1], [Infinity]], ['benefit'])).toThrow(RangeError);
    expect(() => entropyWeights([[1, 2], [3]], ['benefit', 'benefit'])).toThrow(/Row 1 has 1 values/);
    expect(() => entropyWeights([[1], [2]], [])).toThrow(/no criteria/);
    expect(() => entropyWeights([[1], [2]], ['up' as never])).toThrow(/direction/);
    expect(() => entropyWeights([[1], [-2]], ['benefit'], { standardization: 'proportion' })).toThrow(/≥ 0/);
    expect(() => entropyWeights([[1], [2]], ['benefit'], { standardization: 'z' as never })).toThrow(RangeError);
  });
});
