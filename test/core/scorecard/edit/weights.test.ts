// Sibling sums, absolute weights and "Balance weights" with locks.
import { describe, expect, it } from 'vitest';
import { apportion } from '../../../../src/core/scorecard/edit/apportion.ts';
import { toggleLock, setWeight } from '../../../../src/core/scorecard/edit/tree-edits.ts';
import { absoluteWeights, balanceWeights, siblingSums } from '../../../../src/core/scorecard/edit/weights.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import { config as build, group as g, leaf } from '../scorecard-builders.ts';
import { callCentre, deepFreeze, errors, group, ok, refusal } from './edit-fixtures.ts';

/** A fresh scorer each time: one object in two places is a shared reference, which validateConfig refuses. */
const PF = (): { type: 'pass-fail' } => ({ type: 'pass-fail' });

function weightsOf(config: ScorecardConfig, id: string): number[] {
  return group(config.root, id).children.map((c) => c.weight);
}

function flat(weights: number[], locked: number[] = []): ScorecardConfig {
  return deepFreeze(build(g('root', 100, weights.map((w, i) => ({ ...leaf(`n${i}`, w, PF()), ...(locked.includes(i) ? { locked: true } : {}) })))));
}

describe('siblingSums', () => {
  it('sums each group\'s children and flags sums other than 100', () => {
    const sums = siblingSums(callCentre());
    expect([...sums.keys()]).toEqual(['total', 'quality', 'efficiency', 'complaintHandling', 'discipline']);
    expect([...sums.values()].every((s) => s.ok && s.sum === 100 && !s.normalize)).toBe(true);
    const off = ok(setWeight(callCentre(), 'fcr', 30)).config;
    expect(siblingSums(off).get('quality')).toEqual({ sum: 95, normalize: false, ok: false });
  });

  it('accepts any positive sum in a normalize group, and float noise around 100', () => {
    expect(siblingSums(flat([1, 2])).get('root')?.ok).toBe(false);
    const normalized = deepFreeze(build(g('root', 100, [leaf('a', 1, PF()), leaf('b', 2, PF())], { normalize: true })));
    expect(siblingSums(normalized).get('root')).toEqual({ sum: 3, normalize: true, ok: true });
    expect(siblingSums(flat([33.33, 33.33, 33.34])).get('root')?.ok).toBe(true);
    expect(siblingSums(flat([0.1, 0.2, 99.7])).get('root')?.ok).toBe(true);
  });
});

describe('absoluteWeights', () => {
  it('multiplies the local shares down the path, in percent', () => {
    const abs = absoluteWeights(callCentre());
    expect(abs.get('total')).toBe(100);
    expect(abs.get('quality')).toBeCloseTo(40, 12);
    expect(abs.get('fcr')).toBeCloseTo(14, 12);
    expect(abs.get('attendance')).toBeCloseTo(7, 12);
    const leaves = ['csat', 'fcr', 'qa', 'aht', 'accuracy', 'complaintTimeliness', 'callback', 'attendance', 'training'];
    expect(leaves.reduce((s, id) => s + abs.get(id)!, 0)).toBeCloseTo(100, 10);
  });

  it('uses weights in proportion when siblings do not sum to 100', () => {
    const abs = absoluteWeights(flat([1, 3]));
    expect(abs.get('n0')).toBe(25);
    expect(abs.get('n1')).toBe(75);
  });
});

describe('balanceWeights', () => {
  it('splits 100 equally, to two decimals that add up exactly', () => {
    const result = ok(balanceWeights(flat([10, 10, 10]), 'root', 'equal'));
    expect(weightsOf(result.config, 'root')).toEqual([33.34, 33.33, 33.33]);
    expect(errors(result.config)).toEqual([]);
  });

  it('scales proportionally, keeping ratios', () => {
    expect(weightsOf(ok(balanceWeights(flat([1, 2, 2]), 'root', 'proportional')).config, 'root')).toEqual([20, 40, 40]);
    expect(weightsOf(ok(balanceWeights(flat([1, 1, 1]), 'root', 'proportional')).config, 'root')).toEqual([33.34, 33.33, 33.33]);
  });

  it('leaves locked weights alone and fills the rest', () => {
    expect(weightsOf(ok(balanceWeights(flat([50, 10, 30], [0]), 'root', 'equal')).config, 'root')).toEqual([50, 25, 25]);
    expect(weightsOf(ok(balanceWeights(flat([50, 10, 30], [0]), 'root', 'proportional')).config, 'root')).toEqual([50, 12.5, 37.5]);
    expect(weightsOf(ok(balanceWeights(flat([100, 10, 30], [0]), 'root', 'equal')).config, 'root')).toEqual([100, 0, 0]);
  });

  it('splits equally when every unlocked weight is zero', () => {
    expect(weightsOf(ok(balanceWeights(flat([40, 0, 0], [0]), 'root', 'proportional')).config, 'root')).toEqual([40, 30, 30]);
  });

  it('puts a locked weight\'s sub-hundredth remainder on one unlocked weight, so the sum stays 100', () => {
    const weights = weightsOf(ok(balanceWeights(flat([33.333, 1, 1], [0]), 'root', 'equal')).config, 'root');
    expect(weights[0]).toBe(33.333);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(100, 9);
  });

  it('refuses when every weight is locked or the locked ones exceed 100', () => {
    expect(refusal(balanceWeights(flat([50, 50], [0, 1]), 'root', 'equal'))).toBe('all-locked');
    expect(refusal(balanceWeights(flat([60, 50, 1], [0, 1]), 'root', 'equal'))).toBe('locked-over-100');
    expect(refusal(balanceWeights(callCentre(), 'fcr', 'equal'))).toBe('not-a-group');
    expect(refusal(balanceWeights(callCentre(), 'nope', 'equal'))).toBe('not-found');
  });

  it('works on the fixture with a lock, and returns the input when nothing changes', () => {
    const before = callCentre();
    expect(ok(balanceWeights(before, 'efficiency', 'equal')).config).toBe(before);
    const locked = ok(toggleLock(before, 'csat')).config;
    const result = ok(balanceWeights(locked, 'quality', 'equal'));
    expect(weightsOf(result.config, 'quality')).toEqual([40, 30, 30]);
    expect(weightsOf(result.config, 'efficiency')).toEqual([50, 50]);
    expect(errors(result.config)).toEqual([]);
  });
});

describe('apportion', () => {
  it('gives the total exactly, ties to the earlier share', () => {
    expect(apportion([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(apportion([0, 1], 7)).toEqual([0, 7]);
    expect(() => apportion([0, 0], 10)).toThrow(RangeError);
  });
});
