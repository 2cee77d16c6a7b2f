import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/core/scorecard/validate.ts';
import type { ScorecardConfig, WeightDerivation } from '../../../src/core/scorecard/types.ts';

const base = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;

function withRootDerivation(derivation: WeightDerivation, weights?: number[]): ScorecardConfig {
  const config = structuredClone(base);
  if (weights) config.root.children.forEach((c, i) => { c.weight = weights[i]!; });
  config.weighting = [derivation];
  return config;
}

const items = base.root.children.map((c) => c.id); // quality 40, efficiency 30, complaintHandling 20, discipline 10

describe('validateConfig: weight derivations that can be redone', () => {
  it('accepts a consistent AHP matrix whose weights were applied', () => {
    // a_ij = w_i / w_j for 40/30/20/10 is perfectly consistent.
    const w = [4, 3, 2, 1];
    const matrix = w.map((a) => w.map((b) => a / b));
    const report = validateConfig(withRootDerivation({ node: base.root.id, method: 'ahp', items, matrix, computation: 'eigenvector', riTable: 'saaty' }));
    expect(report.problems.filter((p) => p.code.startsWith('ahp') || p.code.startsWith('weights'))).toEqual([]);
  });
  it('warns when the judgments are inconsistent (CR ≥ 0.10)', () => {
    const matrix = [[1, 9, 1 / 9, 1], [1 / 9, 1, 9, 1], [9, 1 / 9, 1, 1], [1, 1, 1, 1]];
    const report = validateConfig(withRootDerivation({ node: base.root.id, method: 'ahp', items, matrix, computation: 'eigenvector', riTable: 'saaty' }, [25, 25, 25, 25]));
    const problem = report.problems.find((p) => p.code === 'ahp-inconsistent')!;
    expect(problem).toMatchObject({ severity: 'warning', pointer: '/weighting/0/matrix' });
    expect(problem.message['zh-CN']).toContain('一致性检验未通过');
  });
  it('reports a judgment that is not the reciprocal of its mirror at its cell', () => {
    const matrix = [[1, 2, 3, 4], [0.5, 1, 2, 3], [1 / 3, 0.5, 1, 2], [0.25, 1 / 3, 1, 1]];
    const report = validateConfig(withRootDerivation({ node: base.root.id, method: 'ahp', items, matrix, computation: 'sum-product', riTable: 'chinese' }));
    expect(report.valid).toBe(false);
    expect(report.problems.some((p) => p.code === 'ahp-matrix' && /^\/weighting\/0\/matrix\/\d\/\d$/.test(p.pointer))).toBe(true);
  });
  it('warns when the children no longer carry the derived weights', () => {
    const report = validateConfig(withRootDerivation({ node: base.root.id, method: 'entropy', items, weights: [0.1, 0.2, 0.3, 0.4] }));
    const problem = report.problems.find((p) => p.code === 'weights-differ-from-derivation')!;
    expect(problem.severity).toBe('warning');
    expect(problem.message.en).toContain('quality');
    expect(validateConfig(withRootDerivation({ node: base.root.id, method: 'critic', items, weights: [0.4, 0.3, 0.2, 0.1] })).problems.some((p) => p.code === 'weights-differ-from-derivation')).toBe(false);
  });
});
