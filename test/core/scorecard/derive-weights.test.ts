import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScorecardConfig, applyAhpWeights, applyDataWeights, applyDerivedWeights, generateRecords, toPercentWeights, validateConfig } from '../../../src/core/index.ts';
import type { WeightDerivation } from '../../../src/core/scorecard/types.ts';

const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;

describe('toPercentWeights', () => {
  it('gives two-decimal weights that sum to exactly 100', () => {
    expect(toPercentWeights([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    fc.assert(fc.property(fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 12 }), (shares) => {
      const w = toPercentWeights(shares);
      expect(Math.round(w.reduce((s, x) => s + x, 0) * 100)).toBe(10000);
      w.forEach((x) => expect(Math.round(x * 100)).toBeCloseTo(x * 100, 6));
    }));
  });
});

describe('applying derived weights', () => {
  it('AHP: sets the children weights, records the derivation, leaves the input alone and validates cleanly', () => {
    const before = JSON.stringify(config);
    const matrix = [[1, 2, 3, 5], [1 / 2, 1, 2, 3], [1 / 3, 1 / 2, 1, 2], [1 / 5, 1 / 3, 1 / 2, 1]];
    const { config: next, result } = applyAhpWeights(config, 'total', matrix, { computation: 'sum-product', riTable: 'chinese' });
    expect(JSON.stringify(config)).toBe(before);
    expect(result.consistent).toBe(true);
    expect(next.root.children.map((c) => c.weight)).toEqual(toPercentWeights(result.weights));
    const derivation = next.weighting!.find((d) => d.node === 'total')!;
    expect(derivation).toMatchObject({ method: 'ahp', computation: 'sum-product', riTable: 'chinese', items: ['quality', 'efficiency', 'complaintHandling', 'discipline'] });
    expect(next.weighting!.filter((d) => d.node === 'total')).toHaveLength(1); // the earlier "direct" record is replaced
    const report = validateConfig(next);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
  it('entropy and CRITIC from records: raw values for leaves (cost direction for handling time), stored with the record count', () => {
    const records = generateRecords(config.fields, 500, { seed: 3 });
    for (const method of ['entropy', 'critic'] as const) {
      const out = applyDataWeights(config, 'efficiency', method, records, { dataset: 'march' });
      expect(out.used + out.skipped).toBe(500);
      expect(out.used).toBeGreaterThan(400);
      const group = out.config.root.children.find((c) => c.id === 'efficiency') as { children: { weight: number }[] };
      expect(group.children.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(100, 9);
      expect(out.config.weighting!.find((d) => d.node === 'efficiency')).toMatchObject({ method, dataset: 'march', records: out.used, items: ['aht', 'accuracy'] });
      expect(validateConfig(out.config).problems.filter((p) => p.severity === 'error' || p.code === 'weights-differ-from-derivation')).toEqual([]);
    }
  });
  it('applies weights computed elsewhere exactly as applyDataWeights would, and refuses items that are not the group\'s children', () => {
    const records = generateRecords(config.fields, 200, { seed: 5 });
    const out = applyDataWeights(config, 'efficiency', 'critic', records, { dataset: 'march' });
    const derivation = out.config.weighting!.find((d) => d.node === 'efficiency') as Extract<WeightDerivation, { method: 'entropy' | 'critic' }>;
    expect(applyDerivedWeights(config, derivation)).toEqual(out.config);
    expect(() => applyDerivedWeights(config, { ...derivation, items: ['accuracy', 'aht'] })).toThrow(/not the children/);
  });
  it('refuses a leaf or an unknown id', () => {
    expect(() => applyAhpWeights(config, 'csat', [[1]])).toThrow(/leaf/);
    expect(() => applyDataWeights(config, 'nope', 'entropy', [])).toThrow(/no indicator/);
  });
});
