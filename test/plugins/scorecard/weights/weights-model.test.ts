import { describe, expect, it } from 'vitest';
import {
  computeAhp, formatJudgment, judgmentsFor, percentById, scaleIndex, setJudgment, stepJudgment, toDerivation,
} from '../../../../plugins/scorecard/weights/ahp-judgments.ts';
import { computeDataWeights, toDataDerivation } from '../../../../plugins/scorecard/weights/data-weights-model.ts';
import { isEditable, matrixKeyAction } from '../../../../plugins/scorecard/weights/matrix-keys.ts';
import type { WeightDerivation } from '../../../../src/core/scorecard/types.ts';

const items = (...ids: string[]) => ids.map((id) => ({ id, name: id }));
const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('AHP judgments', () => {
  it('formats judgments as fractions and recognises decimals typed for them', () => {
    expect([9, 3, 1, 1 / 3, 1 / 9].map(formatJudgment)).toEqual(['9', '3', '1', '1/3', '1/9']);
    expect(formatJudgment(0.333)).toBe('1/3');
    expect(formatJudgment(0.143)).toBe('1/7');
    expect(formatJudgment(2.5)).toBe('2.5');
    expect(scaleIndex(2.5)).toBe(-1);
  });

  it('steps along the scale, stopping at its ends; an off-scale value steps to its neighbours', () => {
    expect(stepJudgment(1, 1)).toBe(2);
    expect(stepJudgment(1, -1)).toBe(1 / 2);
    expect(stepJudgment(1 / 2, 1)).toBe(1);
    expect(stepJudgment(9, 1)).toBe(9);
    expect(stepJudgment(1 / 9, -1)).toBe(1 / 9);
    expect(stepJudgment(2.5, 1)).toBe(3);
    expect(stepJudgment(2.5, -1)).toBe(2);
  });

  it('builds the matrix from a derivation by id, reciprocal, with 1 for pairs it did not compare or could not use', () => {
    const stored: WeightDerivation = {
      node: 'g', method: 'ahp', items: ['b', 'a', 'c'], matrix: [[1, 5, 20], [1 / 5, 1, 0.333], [1 / 20, 3, 1]], computation: 'eigenvector', riTable: 'saaty',
    };
    const m = judgmentsFor(items('a', 'b', 'c', 'd'), stored);
    expect(m[0]![1]).toBe(1 / 5); // a over b = 1 / (b over a)
    expect(m[1]![0]).toBe(5);
    expect(m[0]![2]).toBe(1 / 3); // the upper triangle is read, snapped to the scale
    expect(m[2]![0]).toBe(3);
    expect(m[1]![2]).toBe(1); // 20 is off Saaty's range
    expect(m[0]![3]).toBe(1); // d was not compared
    expect(m.every((row, i) => row[i] === 1)).toBe(true);
    expect(judgmentsFor(items('a', 'b'), { node: 'g', method: 'direct' })).toEqual([[1, 1], [1, 1]]);
  });

  it('sets a judgment with its reciprocal without changing the input, and records the derivation', () => {
    const m = judgmentsFor(items('a', 'b', 'c'), undefined);
    const next = setJudgment(m, 0, 2, 7);
    expect(m[0]![2]).toBe(1);
    expect(next[2]![0]).toBe(1 / 7);
    const result = computeAhp(next, 'geometric-mean', 'chinese')!;
    const d = toDerivation('g', items('a', 'b', 'c'), next, 'geometric-mean', 'chinese', result);
    expect(d).toMatchObject({ node: 'g', method: 'ahp', items: ['a', 'b', 'c'], computation: 'geometric-mean', riTable: 'chinese', cr: result.cr });
    expect(computeAhp([], 'eigenvector', 'saaty')).toBeUndefined();
    expect(computeAhp(Array.from({ length: 16 }, () => new Array<number>(16).fill(1)), 'eigenvector', 'saaty')).toBeUndefined();
    expect(percentById(items('a', 'b', 'c'), [1, 1, 1])).toEqual({ a: 33.34, b: 33.33, c: 33.33 });
  });
});

describe('matrix keys', () => {
  it('moves inside the upper triangle and steps with +/− and PageUp/PageDown', () => {
    expect(matrixKeyAction(key('ArrowRight'), { row: 0, col: 1 }, 4)).toEqual({ kind: 'move', row: 0, col: 2 });
    expect(matrixKeyAction(key('ArrowRight'), { row: 0, col: 3 }, 4)).toEqual({ kind: 'move', row: 0, col: 3 });
    expect(matrixKeyAction(key('ArrowLeft'), { row: 1, col: 2 }, 4)).toEqual({ kind: 'move', row: 1, col: 2 });
    expect(matrixKeyAction(key('ArrowDown'), { row: 0, col: 2 }, 4)).toEqual({ kind: 'move', row: 1, col: 2 });
    expect(matrixKeyAction(key('ArrowDown'), { row: 1, col: 2 }, 4)).toEqual({ kind: 'move', row: 1, col: 2 });
    expect(matrixKeyAction(key('ArrowUp'), { row: 0, col: 2 }, 4)).toEqual({ kind: 'move', row: 0, col: 2 });
    expect(matrixKeyAction(key('Home'), { row: 1, col: 3 }, 4)).toEqual({ kind: 'move', row: 1, col: 2 });
    expect(matrixKeyAction(key('End'), { row: 0, col: 1 }, 4)).toEqual({ kind: 'move', row: 0, col: 3 });
    expect(matrixKeyAction(key('+'), { row: 0, col: 1 }, 4)).toEqual({ kind: 'step', steps: 1 });
    expect(matrixKeyAction(key('PageDown'), { row: 0, col: 1 }, 4)).toEqual({ kind: 'step', steps: -1 });
    expect(matrixKeyAction(key('ArrowDown', { altKey: true }), { row: 0, col: 1 }, 4)).toBeUndefined();
    expect(matrixKeyAction(key('Tab'), { row: 0, col: 1 }, 4)).toBeUndefined();
    expect(isEditable(0, 0, 3)).toBe(false);
    expect(isEditable(2, 1, 3)).toBe(false);
  });
});

describe('data weights model', () => {
  it('skips incomplete records (NaN or a short column) and counts them', () => {
    const outcome = computeDataWeights(
      [
        { id: 'a', name: 'a', values: [1, 2, Number.NaN, 4, 5] },
        { id: 'b', name: 'b', values: Float64Array.from([5, 3, 4, 1]) },
      ],
      { b: 'lower' },
    );
    expect(outcome).toMatchObject({ kind: 'weights', used: 3, skipped: 2, constant: [] });
    expect(computeDataWeights([], {})).toEqual({ kind: 'empty' });
    expect(computeDataWeights([{ id: 'a', name: 'a', values: [1] }], {})).toEqual({ kind: 'too-few', used: 1, skipped: 0 });
    expect(toDataDerivation('g', 'entropy', items('a'), [1], 3, undefined)).toEqual({ node: 'g', method: 'entropy', items: ['a'], weights: [1], records: 3 });
  });
});
