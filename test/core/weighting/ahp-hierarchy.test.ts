// Total ordering of a hierarchy and its consistency, beyond the published example in ahp-published.
import { describe, expect, it } from 'vitest';
import { ahp, ahpHierarchy } from '../../../src/core/weighting/index.ts';

describe('ahpHierarchy', () => {
  it('gives an indicator tree\'s leaves their global weight a_j·w_jk (hand-computed)', () => {
    // Two criteria weighted 0.75/0.25; the first splits 2:1 over leaves 0 and 1, the second
    // 1:1:2 over leaves 2, 3, 4 (both consistent, so CI = 0).
    const parent = ahp([
      [1, 3],
      [1 / 3, 1],
    ]);
    const first = ahp([
      [1, 2],
      [1 / 2, 1],
    ]);
    const second = ahp([
      [1, 1, 1 / 2],
      [1, 1, 1 / 2],
      [2, 2, 1],
    ]);
    const result = ahpHierarchy(parent.weights, [
      { ...first, elements: [0, 1] },
      { ...second, elements: [2, 3, 4] },
    ]);
    [0.5, 0.25, 0.0625, 0.0625, 0.125].forEach((w, i) => expect(result.weights[i]).toBeCloseTo(w, 12));
    // Only the second child has RI > 0: ri = 0.25 · 0.58.
    expect(result.ri).toBeCloseTo(0.145, 12);
    expect(result.cr).toBeCloseTo(0, 12);
    expect(result.consistent).toBe(true);
  });

  it('computes CR = Σ a_j·CI_j / Σ a_j·RI_j (hand-computed)', () => {
    const result = ahpHierarchy([0.6, 0.4], [
      { weights: [0.5, 0.5], ci: 0.05, ri: 0.9 },
      { weights: [0.2, 0.8], ci: 0.2, ri: 1.12 },
    ]);
    expect(result.ci).toBeCloseTo(0.6 * 0.05 + 0.4 * 0.2, 12);
    expect(result.ri).toBeCloseTo(0.6 * 0.9 + 0.4 * 1.12, 12);
    expect(result.cr).toBeCloseTo(0.11 / 0.988, 12);
    expect(result.consistent).toBe(false);
    expect(ahpHierarchy([0.6, 0.4], [
      { weights: [0.5, 0.5], ci: 0.05, ri: 0.9 },
      { weights: [0.2, 0.8], ci: 0.2, ri: 1.12 },
    ], { threshold: 0.2 }).consistent).toBe(true);
  });

  it('has CR 0 when no child compared more than two elements', () => {
    expect(ahpHierarchy([1], [{ weights: [0.5, 0.5], ci: 0, ri: 0 }])).toMatchObject({ cr: 0, ri: 0, consistent: true });
  });

  it('re-normalises weights copied from print, within 0.01', () => {
    const result = ahpHierarchy([0.5, 0.502], [
      { weights: [1], ci: 0, ri: 0 },
      { weights: [1], ci: 0, ri: 0, elements: [1] },
    ]);
    expect(result.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('refuses mismatched or malformed input', () => {
    const child = { weights: [0.5, 0.5], ci: 0, ri: 0 };
    expect(() => ahpHierarchy([], [])).toThrow(RangeError);
    expect(() => ahpHierarchy([0.5, 0.5], [child])).toThrow(/one per parent/);
    expect(() => ahpHierarchy([0.7, 0.7], [child, child])).toThrow(/sum to/);
    expect(() => ahpHierarchy([1], [{ ...child, weights: [0.5, Number.NaN] }])).toThrow(RangeError);
    expect(() => ahpHierarchy([1], [{ ...child, ci: -1 }])).toThrow(RangeError);
    expect(() => ahpHierarchy([1], [{ ...child, elements: [0] }])).toThrow(/elements/);
    expect(() => ahpHierarchy([1], [{ ...child, elements: [1, 1] }])).toThrow(/distinct/);
    expect(() => ahpHierarchy([1], [{ ...child, elements: [0, 2] }])).toThrow(/element 1 is not compared/);
    expect(() => ahpHierarchy([1], [child], { threshold: -1 })).toThrow(RangeError);
  });
});
