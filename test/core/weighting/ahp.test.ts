// The AHP API: options, small orders, suggestions, the scale and the random index tables.
import { describe, expect, it } from 'vitest';
import {
  InvalidPairwiseMatrixError, MAX_AHP_ORDER, RANDOM_INDEX, SAATY_SCALE, SAATY_VALUES, ahp, nearestSaatyValue, randomIndex,
} from '../../../src/core/weighting/index.ts';

const inconsistent = [
  [1, 9, 1 / 9],
  [1 / 9, 1, 9],
  [9, 1 / 9, 1],
];

describe('ahp', () => {
  it('defaults to the eigenvector method, Saaty\'s RI table and threshold 0.10', () => {
    const result = ahp([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expect(result.method).toBe('eigenvector');
    expect(result.riTable).toBe('saaty');
    expect(result.ri).toBe(0.58);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo([4 / 7, 2 / 7, 1 / 7][i] as number, 12));
    expect(result.lambdaMax).toBeCloseTo(3, 12);
    expect(result.cr).toBeCloseTo(0, 12);
    expect(result.consistent).toBe(true);
  });

  it('takes CR 0 and weights from the one judgment for n = 1 and n = 2', () => {
    expect(ahp([[1]])).toMatchObject({ weights: [1], ci: 0, ri: 0, cr: 0, consistent: true, suggestions: [] });
    const two = ahp([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
    expect(two.weights[1]).toBeCloseTo(0.25, 12);
    expect(two.cr).toBe(0);
    expect(two.consistent).toBe(true);
  });

  it('divides by the chosen RI table', () => {
    const m = [
      [1, 2, 5],
      [1 / 2, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const saaty = ahp(m);
    const chinese = ahp(m, { riTable: 'chinese' });
    expect(chinese.ri).toBe(0.52);
    expect(chinese.ci).toBeCloseTo(saaty.ci, 15);
    expect(chinese.cr).toBeCloseTo((saaty.cr * 0.58) / 0.52, 12);
  });

  it('judges consistency with a strict "CR < threshold"', () => {
    const result = ahp(inconsistent);
    expect(result.consistent).toBe(false);
    expect(ahp(inconsistent, { threshold: result.cr }).consistent).toBe(false);
    expect(ahp(inconsistent, { threshold: result.cr + 1e-9 }).consistent).toBe(true);
  });

  it('suggests revisions only when inconsistent, best first, as many as asked', () => {
    const result = ahp(inconsistent);
    expect(result.suggestions).toHaveLength(3);
    const crs = result.suggestions.map((s) => s.crAfter);
    expect([...crs].sort((a, b) => a - b)).toEqual(crs);
    for (const s of result.suggestions) {
      expect(s.row).toBeLessThan(s.column);
      expect(SAATY_VALUES).toContain(s.suggested);
      expect(s.suggested).not.toBe(s.current);
      expect(s.crAfter).toBeLessThan(result.cr);
    }
    expect(ahp(inconsistent, { suggestions: 1 }).suggestions).toHaveLength(1);
    expect(ahp(inconsistent, { suggestions: 0 }).suggestions).toEqual([]);
  });

  it('throws InvalidPairwiseMatrixError, a RangeError carrying the problems, on an invalid matrix', () => {
    const bad = [
      [1, 3],
      [3, 1],
    ];
    expect(() => ahp(bad)).toThrow(RangeError);
    try {
      ahp(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPairwiseMatrixError);
      expect((error as InvalidPairwiseMatrixError).problems).toEqual([expect.objectContaining({ row: 1, column: 0 })]);
      expect((error as Error).message).toMatch(/row 1, column 0/);
    }
    expect(() => ahp([])).toThrow(InvalidPairwiseMatrixError);
  });

  it('rejects unknown options', () => {
    const m = [[1]];
    expect(() => ahp(m, { method: 'power' as never })).toThrow(RangeError);
    expect(() => ahp(m, { riTable: 'other' as never })).toThrow(RangeError);
    expect(() => ahp(m, { riTable: 'toString' as never })).toThrow(RangeError);
    expect(() => ahp(m, { threshold: 0 })).toThrow(RangeError);
    expect(() => ahp(m, { threshold: Number.NaN })).toThrow(RangeError);
    expect(() => ahp(m, { suggestions: -1 })).toThrow(RangeError);
  });
});

describe('SAATY_SCALE', () => {
  it('labels 1–9 in both languages with the customary terms', () => {
    expect(SAATY_SCALE.map((e) => e.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const zh = Object.fromEntries(SAATY_SCALE.map((e) => [e.value, typeof e.label === 'object' ? e.label['zh-CN'] : '']));
    expect(zh).toMatchObject({ 1: '同等重要', 3: '稍微重要', 5: '明显重要', 7: '强烈重要', 9: '极端重要' });
    for (const even of [2, 4, 6, 8]) expect(zh[even]).toContain('相邻判断的中值');
    for (const entry of SAATY_SCALE) expect(typeof entry.label === 'object' && entry.label.en).toBeTruthy();
  });

  it('has 17 admissible values and snaps ratios to the nearest on a log scale', () => {
    expect(SAATY_VALUES).toHaveLength(17);
    expect(SAATY_VALUES[0]).toBeCloseTo(1 / 9, 15);
    expect(SAATY_VALUES[16]).toBe(9);
    expect(nearestSaatyValue(1.13)).toBe(1);
    expect(nearestSaatyValue(1.5)).toBe(2);
    expect(nearestSaatyValue(0.3)).toBeCloseTo(1 / 3, 15);
    expect(nearestSaatyValue(40)).toBe(9);
    expect(nearestSaatyValue(1 / 40)).toBeCloseTo(1 / 9, 15);
    expect(() => nearestSaatyValue(0)).toThrow(RangeError);
  });
});

describe('RANDOM_INDEX', () => {
  it('holds Saaty\'s and the Chinese-textbook tables for n = 1..15', () => {
    expect(RANDOM_INDEX.saaty).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
    expect(RANDOM_INDEX.chinese).toEqual([0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]);
    expect(Object.isFrozen(RANDOM_INDEX.saaty)).toBe(true);
    expect(MAX_AHP_ORDER).toBe(15);
  });

  it('looks up RI by order and refuses orders outside the tables', () => {
    expect(randomIndex(4)).toBe(0.9);
    expect(randomIndex(4, 'chinese')).toBe(0.89);
    expect(() => randomIndex(16)).toThrow(RangeError);
    expect(() => randomIndex(0)).toThrow(RangeError);
  });
});
