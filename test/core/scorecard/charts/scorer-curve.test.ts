import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/core/scorecard/evaluate.ts';
import { nodeValues, scorerCurve } from '../../../../src/core/scorecard/charts/index.ts';
import { config, group, leaf } from '../scorecard-builders.ts';

const at = (curve: NonNullable<ReturnType<typeof scorerCurve>>, x: number): number | null => {
  // The sampled point closest to x.
  let best = curve.points[0]!;
  for (const p of curve.points) if (Math.abs(p.x - x) < Math.abs(best.x - x)) best = p;
  return best.y;
};

describe('scorerCurve', () => {
  it('draws a linear ramp over its parameters with flat ends, and bins the data under it', () => {
    const values = Float64Array.from([45, 50, 55, 90, 92, NaN, 200]);
    const curve = scorerCurve({ type: 'linear', worst: 40, best: 95 }, values)!;
    expect(curve.domain.min).toBeLessThan(40);
    expect(curve.domain.max).toBeGreaterThan(200); // widened to the data
    expect(at(curve, 40)).toBeCloseTo(0);
    expect(at(curve, 95)).toBeCloseTo(100);
    expect(Math.abs(at(curve, 67.5)! - 50)).toBeLessThan(2); // the nearest sample
    expect(curve.count).toBe(6);
    expect(curve.bins.reduce((s, b) => s + b.count, 0)).toBe(6);
    for (let i = 1; i < curve.points.length; i++) expect(curve.points[i]!.x).toBeGreaterThan(curve.points[i - 1]!.x);
  });

  it('shows the steps of bands vertically: both sides of each edge are sampled', () => {
    const curve = scorerCurve({ type: 'bands', bands: [{ min: 90, score: 100 }, { min: 60, max: 90, score: 60 }], otherwise: 0 })!;
    const edge = curve.points.findIndex((p) => p.x === 90);
    expect(curve.points[edge]!.y).toBe(100);
    expect(curve.points[edge - 1]!.y).toBe(60);
    expect(curve.bins).toEqual([]);
  });

  it('follows the scale and the stretch of a target scorer', () => {
    const curve = scorerCurve({ type: 'target', target: 100, floor: 50, stretch: 120, cap: 110 }, [], { min: 0, max: 100 })!;
    expect(Math.abs(at(curve, 75)! - 50)).toBeLessThan(2);
    expect(at(curve, 120)).toBeCloseTo(110);
  });

  it('gives nothing for a scorer that needs the record or a plugin', () => {
    expect(scorerCurve({ type: 'logic', score: { '*': [{ var: 'record.weight' }, { var: 'value' }] } })).toBeDefined(); // null record reads null → 0
    expect(scorerCurve({ type: 'acme.curve', params: {} })).toBeUndefined();
  });
});

describe('nodeValues', () => {
  it('reads one indicator\'s column of raw values from an evaluation', () => {
    const LINEAR = { type: 'linear', worst: 0, best: 100 } as const;
    const card = config(group('root', 100, [leaf('x', 50, LINEAR), leaf('y', 50, LINEAR)]));
    const evaluation = evaluate(card, [{ x: 10, y: 20 }, { x: 30 }]);
    expect([...nodeValues(evaluation, 'x')]).toEqual([10, 30]);
    expect([...nodeValues(evaluation, 'y')]).toEqual([20, NaN]);
    expect(nodeValues(evaluation, 'nope').length).toBe(0);
  });
});
