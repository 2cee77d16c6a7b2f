// evaluatePolicyDocument and outcomeOf on hand-made cases: the fixture, the effect rules of
// docs/scorecard-evaluation.md §5, broken rules, progress, cancellation and transfer.
import { describe, expect, it } from 'vitest';
import { compilePolicyDocument } from '../../../src/core/policy/compile-policy-document.ts';
import { evaluatePolicyDocument, evaluatePolicyDocumentAsync, outcomeOf } from '../../../src/core/policy/evaluate-policy.ts';
import { VETO_CAP, VETO_NONE, VETO_VOID, hasFired, policyEvaluationTransferables } from '../../../src/core/policy/evaluation-types.ts';
import type { PolicyDocument } from '../../../src/core/policy/types.ts';
import { capRule, complaintTable, flagRule, moneyRule, policyDoc, pointsRule, serviceRules, voidRule } from './policy-fixtures.ts';

const records = (doc: PolicyDocument): Record<string, unknown>[] => (doc.tests ?? []).map((t) => t.record);

describe('the service-rules fixture', () => {
  const doc = serviceRules();
  const compiled = compilePolicyDocument(doc);

  it('expands the decision table into one policy per row, knowing its rule and row', () => {
    expect(compiled.problems).toEqual([]);
    expect(compiled.policies.map((p) => [p.id, p.ruleId, p.rowId])).toEqual([
      ['complaint-deduction', 'complaint-deduction', undefined],
      ['serious-complaint-cap', 'serious-complaint-cap', undefined],
      ['late-deduction', 'late-deduction', undefined],
      ['satisfaction-bonus#excellent', 'satisfaction-bonus', 'excellent'],
      ['satisfaction-bonus#good', 'satisfaction-bonus', 'good'],
    ]);
  });

  it('gives the test records the outcomes the tests expect', () => {
    expect(outcomeOf(compiled, doc.tests![0]!.record)).toEqual({
      fired: ['complaint-deduction', 'late-deduction', 'satisfaction-bonus#good'], points: -25, money: 100, flags: [], veto: 'none', capGrades: [], errors: [],
    });
    expect(outcomeOf(compiled, doc.tests![1]!.record)).toEqual({
      fired: ['complaint-deduction', 'serious-complaint-cap', 'satisfaction-bonus#excellent'], points: -10, money: 300, flags: [], veto: 'cap', capGrades: ['C'], errors: [],
    });
  });

  it('writes the same outcomes into columns, per-rule sums and totals', () => {
    const result = evaluatePolicyDocument(compiled, records(doc));
    expect(result.recordCount).toBe(2);
    expect(result.evaluated).toBe(2);
    expect(result.cancelled).toBe(false);
    expect([...result.points]).toEqual([-25, -10]);
    expect([...result.money]).toEqual([100, 300]);
    expect([...result.veto]).toEqual([VETO_NONE, VETO_CAP]);
    expect([...result.errors]).toEqual([0, 0]);
    expect(result.firedStride).toBe(1);
    expect(result.rules.map((r) => r.id).filter((_, r) => hasFired(result, 0, r))).toEqual(['complaint-deduction', 'late-deduction', 'satisfaction-bonus#good']);
    expect(result.rules).toEqual([
      { id: 'complaint-deduction', ruleId: 'complaint-deduction', effect: 'points', fired: 2, points: -30, money: 0, errors: 0 },
      { id: 'serious-complaint-cap', ruleId: 'serious-complaint-cap', effect: 'veto', fired: 1, points: 0, money: 0, errors: 0 },
      { id: 'late-deduction', ruleId: 'late-deduction', effect: 'points', fired: 1, points: -5, money: 0, errors: 0 },
      { id: 'satisfaction-bonus#excellent', ruleId: 'satisfaction-bonus', rowId: 'excellent', effect: 'money', fired: 1, points: 0, money: 300, errors: 0 },
      { id: 'satisfaction-bonus#good', ruleId: 'satisfaction-bonus', rowId: 'good', effect: 'money', fired: 1, points: 0, money: 100, errors: 0 },
    ]);
    expect(result.totals).toEqual({ records: 2, fired: 2, points: -35, money: 400, voided: 0, capped: 1, flagged: 0, errors: 0, recordsWithErrors: 0 });
  });
});

describe('effects (docs/scorecard-evaluation.md §5)', () => {
  it('clamps points per rule to min/max, sums money apart, lets a void outrank a cap and lists flags', () => {
    const doc = policyDoc([
      pointsRule('per-complaint', { '>': [{ var: 'complaints' }, 0] }, { '*': [{ var: 'complaints' }, -10] }, { min: -30 }),
      pointsRule('bonus', true, 50, { max: 5 }),
      moneyRule('fine', { '>': [{ var: 'complaints' }, 2] }, -200),
      capRule('cap-b', { '>': [{ var: 'complaints' }, 1] }, 'B'),
      capRule('cap-c', { '>': [{ var: 'complaints' }, 3] }, 'C'),
      voidRule('fraud', { var: 'fraud' }),
      flagRule('review', { '>': [{ var: 'complaints' }, 4] }, 'review'),
      { ...pointsRule('off', true, -100), enabled: false },
    ]);
    const compiled = compilePolicyDocument(doc);
    expect(compiled.policies.map((p) => p.id)).not.toContain('off');
    expect(outcomeOf(compiled, { complaints: 5 })).toEqual({
      fired: ['per-complaint', 'bonus', 'fine', 'cap-b', 'cap-c', 'review'], points: -25, money: -200, flags: ['review'], veto: 'cap', capGrades: ['B', 'C'], errors: [],
    });
    expect(outcomeOf(compiled, { complaints: 0, fraud: true })).toMatchObject({ fired: ['bonus', 'fraud'], points: 5, veto: 'void', capGrades: [] });
    expect(outcomeOf(compiled, { complaints: 2, fraud: 1 })).toMatchObject({ veto: 'void', capGrades: ['B'] });
    const result = evaluatePolicyDocument(compiled, [{ complaints: 5 }, { complaints: 0, fraud: true }, { complaints: 2, fraud: 1 }, {}]);
    expect([...result.points]).toEqual([-25, 5, -15, 5]);
    expect([...result.veto]).toEqual([VETO_CAP, VETO_VOID, VETO_VOID, VETO_NONE]);
    expect(result.totals).toMatchObject({ records: 4, fired: 4, voided: 2, capped: 1, flagged: 1 });
  });

  it('counts an amount that is not a number as 0 and a failing condition as not firing, with errors', () => {
    const doc = policyDoc([
      pointsRule('text', true, { var: 'note' }),
      pointsRule('divide', { '>': [{ '/': [10, { var: 'n' }] }, 1] }, -1),
      moneyRule('numeric-text', true, { var: 'bonus' }),
    ]);
    const compiled = compilePolicyDocument(doc);
    const outcome = outcomeOf(compiled, { note: 'late', n: 0, bonus: ' 12.5 ' });
    expect(outcome.fired).toEqual(['text', 'numeric-text']);
    expect(outcome.points).toBe(0);
    expect(outcome.money).toBe(12.5);
    expect(outcome.errors.map((e) => e.rule)).toEqual(['text', 'divide']);
    expect(outcome.errors[0]!.message).toBe('the amount is not a number; counted as 0');
    const result = evaluatePolicyDocument(compiled, [{ note: 'late', n: 0, bonus: '1' }, { note: 3, n: 1 }]);
    expect([...result.errors]).toEqual([2, 1]);
    expect(result.rules.map((r) => r.errors)).toEqual([1, 1, 1]);
    expect(result.totals).toMatchObject({ errors: 3, recordsWithErrors: 2 });
    expect(result.errorSamples.map((s) => [s.record, s.rule])).toEqual([[0, 'text'], [0, 'divide'], [1, 'numeric-text']]);
  });

  it('keeps a rule that does not compile: it never fires and fails on every record', () => {
    const doc = policyDoc([pointsRule('ok', true, -1), pointsRule('broken', { and: [true, { nope: 1 }] }, -5), pointsRule('bad-amount', true, { '+': 1, x: 2 })]);
    const compiled = compilePolicyDocument(doc);
    expect(compiled.problems.map((p) => [p.id, p.pointer])).toEqual([['broken', '/rules/1/when/and/1'], ['bad-amount', '/rules/2/effect/amount']]);
    const result = evaluatePolicyDocument(compiled, [{}, {}]);
    expect(result.rules.map((r) => [r.id, r.fired, r.errors])).toEqual([['ok', 2, 0], ['broken', 0, 2], ['bad-amount', 0, 2]]);
    expect([...result.points]).toEqual([-1, -1]);
  });
});

describe('progress, cancellation and transfer', () => {
  const doc = policyDoc([pointsRule('one', true, -1), complaintTable('t1')]);
  const compiled = compilePolicyDocument(doc);
  const many = Array.from({ length: 35 }, (_, i) => ({ complaints: i % 5 }));

  it('reports progress after every chunk', () => {
    const progress: Array<[number, number]> = [];
    const result = evaluatePolicyDocument(compiled, many, { chunk: 10, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[10, 35], [20, 35], [30, 35], [35, 35]]);
    expect(result.evaluated).toBe(35);
    expect(result.totals.points).toBe(-35 - 7 * 10 * 3 - 7 * 15);
  });

  it('stops between chunks when asked, keeping what was done', () => {
    let asked = 0;
    const result = evaluatePolicyDocument(compiled, many, { chunk: 10, shouldCancel: () => ++asked > 2 });
    expect(result.cancelled).toBe(true);
    expect(result.evaluated).toBe(20);
    expect(result.totals.records).toBe(20);
    expect(result.points[19]).not.toBe(0);
    expect([...result.points.subarray(20)].every((p) => p === 0)).toBe(true);
    expect(result.rules[0]!.fired).toBe(20);
  });

  it('the async form yields between chunks, so a cancel message can arrive', async () => {
    let cancel = false;
    let pauses = 0;
    const result = await evaluatePolicyDocumentAsync(compiled, many, {
      chunk: 10, shouldCancel: () => cancel, pause: async () => {
        pauses++;
        if (pauses === 3) cancel = true; // the "cancel" message arrives while paused
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.evaluated).toBe(30);
    const full = await evaluatePolicyDocumentAsync(compiled, many, { chunk: 7 });
    expect(full).toEqual(evaluatePolicyDocument(compiled, many));
  });

  it('handles no records and no rules', () => {
    expect(evaluatePolicyDocument(compiled, []).evaluated).toBe(0);
    const none = evaluatePolicyDocument(compilePolicyDocument(policyDoc([])), [{}, {}]);
    expect(none.firedStride).toBe(0);
    expect(none.totals).toMatchObject({ records: 2, fired: 0 });
  });

  it('posts as a structured clone with its column buffers transferred', () => {
    const result = evaluatePolicyDocument(compiled, many);
    const copy = structuredClone(result, { transfer: policyEvaluationTransferables(result) });
    expect(result.points.byteLength).toBe(0); // detached on the sending side
    expect(copy.points.length).toBe(35);
    expect(copy.rules.map((r) => r.id)).toEqual(['one', 't1#many', 't1#some']);
  });
});
