// compareRuns: the current rules against a previous version over the same records.
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/core/policy/compare-runs.ts';
import { compilePolicyDocument } from '../../../src/core/policy/compile-policy-document.ts';
import { evaluatePolicyDocument } from '../../../src/core/policy/evaluate-policy.ts';
import type { PolicyRule } from '../../../src/core/policy/types.ts';
import { capRule, flagRule, moneyRule, policyDoc, pointsRule } from './policy-fixtures.ts';

const records = Array.from({ length: 12 }, (_, i) => ({ complaints: i % 6, serious: i === 7 ? 1 : 0 }));
const run = (rules: PolicyRule[], data: unknown[] = records) => evaluatePolicyDocument(compilePolicyDocument(policyDoc(rules)), data);

const before = [
  pointsRule('per-complaint', { '>': [{ var: 'complaints' }, 0] }, { '*': [{ var: 'complaints' }, -10] }),
  flagRule('coach', { '>': [{ var: 'complaints' }, 3] }, 'coaching'),
  moneyRule('fine', { '>': [{ var: 'complaints' }, 4] }, -100),
];
const after = [
  // Deductions halved, a cap added, the coaching flag dropped; the fine unchanged.
  pointsRule('per-complaint', { '>': [{ var: 'complaints' }, 0] }, { '*': [{ var: 'complaints' }, -5] }),
  capRule('serious', { '>': [{ var: 'serious' }, 0] }, 'C'),
  moneyRule('fine', { '>': [{ var: 'complaints' }, 4] }, -100),
];

describe('compareRuns', () => {
  it('finds no change between two runs of the same rules', () => {
    const comparison = compareRuns(run(before), run(before));
    expect(comparison).toMatchObject({ records: 12, changed: 0, changes: [], truncated: false });
    expect(comparison.rules.every((r) => r.newlyFired === 0 && r.noLongerFired === 0)).toBe(true);
  });

  it('lists changed records by how much their points moved, with what fires now and no longer', () => {
    const comparison = compareRuns(run(before), run(after));
    // complaints 1..5 twice each: points up by 5 per complaint; record 7 (complaints 1) is also capped now.
    expect(comparison.records).toBe(12);
    expect(comparison.changed).toBe(10);
    expect(comparison.pointsUp).toBe(10);
    expect(comparison.pointsDown).toBe(0);
    expect(comparison.moneyChanged).toBe(0);
    expect(comparison.vetoChanged).toBe(1);
    expect(comparison.firedChanged).toBe(5); // complaints 4 or 5: coach stops; record 7: serious starts
    expect(comparison.changes.map((c) => c.record)).toEqual([5, 11, 4, 10, 3, 9, 2, 8, 1, 7]);
    expect(comparison.changes[0]).toEqual({
      record: 5, pointsBefore: -50, pointsAfter: -25, pointsDelta: 25, moneyBefore: -100, moneyAfter: -100, moneyDelta: 0,
      vetoBefore: 'none', vetoAfter: 'none', firedAdded: [], firedRemoved: ['coach'],
    });
    expect(comparison.changes.find((c) => c.record === 7)).toMatchObject({ pointsDelta: 5, vetoBefore: 'none', vetoAfter: 'cap', firedAdded: ['serious'], firedRemoved: [] });
    expect(comparison.rules).toEqual([
      { id: 'per-complaint', firedBefore: 10, firedAfter: 10, newlyFired: 0, noLongerFired: 0 },
      { id: 'serious', firedBefore: null, firedAfter: 1, newlyFired: 1, noLongerFired: 0 },
      { id: 'fine', firedBefore: 2, firedAfter: 2, newlyFired: 0, noLongerFired: 0 },
      { id: 'coach', firedBefore: 4, firedAfter: null, newlyFired: 0, noLongerFired: 4 },
    ]);
  });

  it('caps the list but counts every change', () => {
    const comparison = compareRuns(run(before), run(after), { limit: 3 });
    expect(comparison.changes.map((c) => c.record)).toEqual([5, 11, 4]);
    expect(comparison.changed).toBe(10);
    expect(comparison.truncated).toBe(true);
  });

  it('sees a change of the fired set alone, and ignores float noise within the tolerance', () => {
    const flagged = [...before, flagRule('extra', { '==': [{ var: 'complaints' }, 0] }, 'none')];
    const comparison = compareRuns(run(before), run(flagged));
    expect(comparison.changes.map((c) => [c.record, c.firedAdded])).toEqual([[0, ['extra']], [6, ['extra']]]);
    const a = run([pointsRule('p', true, 0.1), pointsRule('q', true, 0.2)]);
    const b = run([pointsRule('p', true, 0.3)]);
    expect(a.points[0]).not.toBe(b.points[0]);
    const noise = compareRuns(a, b);
    expect(noise.changed).toBe(12); // "q" no longer fires...
    expect(noise.pointsUp + noise.pointsDown).toBe(0); // ...but 0.1 + 0.2 against 0.3 is no change of points
  });

  it('compares only what both runs evaluated, and refuses runs over different records', () => {
    const partial = evaluatePolicyDocument(compilePolicyDocument(policyDoc(after)), records, { chunk: 5, shouldCancel: (() => { let n = 0; return () => ++n > 1; })() });
    expect(partial.evaluated).toBe(5);
    expect(compareRuns(run(before), partial).records).toBe(5);
    expect(() => compareRuns(run(before), run(before, records.slice(1)))).toThrow(RangeError);
  });
});
