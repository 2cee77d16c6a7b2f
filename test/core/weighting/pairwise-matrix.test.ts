// Validation and completion of comparison matrices.
import { describe, expect, it } from 'vitest';
import { reciprocalMatrix, validatePairwiseMatrix } from '../../../src/core/weighting/index.ts';
import type { PairwiseProblem } from '../../../src/core/weighting/index.ts';

const at = (problems: PairwiseProblem[]) => problems.map((p) => [p.row, p.column]);

describe('validatePairwiseMatrix', () => {
  it('accepts a reciprocal matrix on Saaty\'s scale', () => {
    expect(validatePairwiseMatrix([[1]])).toEqual([]);
    expect(
      validatePairwiseMatrix([
        [1, 9, 1 / 3],
        [1 / 9, 1, 1 / 7],
        [3, 7, 1],
      ]),
    ).toEqual([]);
  });

  it('reports empty, too large and non-square matrices without cell positions', () => {
    expect(at(validatePairwiseMatrix([]))).toEqual([[null, null]]);
    const big = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    expect(at(validatePairwiseMatrix(big))).toEqual([[null, null]]);
    expect(
      at(
        validatePairwiseMatrix([
          [1, 2],
          [1 / 2, 1, 3],
        ]),
      ),
    ).toEqual([[1, null]]);
  });

  it('names the cell of a non-number, a non-positive value, a bad diagonal and a value off the scale', () => {
    const problems = validatePairwiseMatrix([
      [1, Number.NaN, -2, 10],
      [1, 2, 1, 1],
      [1, 1, 1, 1],
      [1 / 10, 1, 1, 1],
    ]);
    expect(at(problems)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 1],
      [3, 0],
    ]);
    for (const p of problems) {
      expect(typeof p.message === 'object' && p.message.en && p.message['zh-CN']).toBeTruthy();
    }
  });

  it('requires a_ji = 1/a_ij within 1e-6 and reports the lower cell', () => {
    const typed = [
      [1, 3],
      [0.333, 1],
    ];
    const problems = validatePairwiseMatrix(typed);
    expect(at(problems)).toEqual([[1, 0]]);
    expect(typeof problems[0]?.message === 'object' && problems[0].message.en).toContain('1/3');
    expect(
      validatePairwiseMatrix([
        [1, 3],
        [1 / 3 + 5e-7, 1],
      ]),
    ).toEqual([]);
  });
});

describe('reciprocalMatrix', () => {
  it('fills the diagonal and the lower triangle from the upper one', () => {
    expect(
      reciprocalMatrix([
        [undefined, 2, 8],
        [undefined, undefined, 4],
        [],
      ]),
    ).toEqual([
      [1, 2, 8],
      [1 / 2, 1, 4],
      [1 / 8, 1 / 4, 1],
    ]);
    expect(reciprocalMatrix([[undefined]])).toEqual([[1]]);
  });

  it('refuses a missing or non-positive judgment above the diagonal', () => {
    expect(() => reciprocalMatrix([[1, undefined], [2, 1]])).toThrow(/a\[0\]\[1\]/);
    expect(() => reciprocalMatrix([[1, 0], [0, 1]])).toThrow(RangeError);
  });
});
