// evaluatePolicyDocument's columns, outcomeOf's per-record outcome and a naive reading of
// docs/scorecard-evaluation.md §5 agree on random policies over a few fields and random records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLogic } from '../../../src/core/logic/engine.ts';
import { compilePolicyDocument } from '../../../src/core/policy/compile-policy-document.ts';
import { evaluatePolicyDocument, outcomeOf } from '../../../src/core/policy/evaluate-policy.ts';
import { VETO_CAP, VETO_NONE, VETO_VOID, type PolicyEvaluation, hasFired } from '../../../src/core/policy/evaluation-types.ts';
import type { ConditionRule, PolicyOutcome, PolicyRule, TableRule } from '../../../src/core/policy/types.ts';
import type { PolicyEffect } from '../../../src/core/scorecard/types.ts';
import { policyDoc } from './policy-fixtures.ts';

const FIELDS = ['a', 'b', 'c'] as const;

const field = fc.constantFrom(...FIELDS).map((f) => ({ var: f }));
const condition: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(fc.constantFrom('>', '>=', '<', '==', '!='), field, fc.integer({ min: -5, max: 15 })).map(([op, v, k]) => ({ [op]: [v, k] })),
  fc.tuple(field, fc.integer({ min: 1, max: 20 })).map(([v, k]) => ({ '>': [{ '/': [k, v] }, 1] })), // throws on 0
  field,
  fc.boolean(),
  fc.tuple(field, field).map(([x, y]) => ({ and: [{ '>': [x, 0] }, { '<': [y, 10] }] })),
);
const amount: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.tuple(field, fc.integer({ min: -10, max: 10 })).map(([v, k]) => ({ '*': [v, k] })),
  field, // may be text: not a number
  fc.double({ min: -5, max: 5, noNaN: true }),
);
const effect: fc.Arbitrary<PolicyEffect> = fc.oneof(
  fc.record({ amount, min: fc.option(fc.integer({ min: -30, max: 0 }), { nil: undefined }), max: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }) })
    .map(({ amount: a, min, max }) => ({ type: 'points' as const, amount: a, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) })),
  amount.map((a) => ({ type: 'money' as const, amount: a })),
  fc.constantFrom('A', 'B', 'C').map((grade) => ({ type: 'veto' as const, mode: 'cap' as const, grade })),
  fc.constant({ type: 'veto' as const, mode: 'void' as const }),
  fc.constantFrom('review', 'coach').map((flag) => ({ type: 'flag' as const, flag })),
);
const rule = fc.record({ when: condition, effect, enabled: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.boolean() }) });
const rules = fc.array(rule, { maxLength: 12 }).map((list) => list.map(({ when, effect: e, enabled }, i): ConditionRule => ({
  id: `r${i}`, name: `r${i}`, when, effect: e, ...(enabled === undefined ? {} : { enabled }),
})));

const value = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -5, max: 15 }) }, { weight: 1, arbitrary: fc.constantFrom(null, '', '7', ' 3 ', true, false, 'x', 0) }, { weight: 1, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) });
const record = fc.record({ a: value, b: value, c: value }, { requiredKeys: [] });
const records = fc.array(record, { maxLength: 30 });

/** §5 read naively: every enabled rule in order; a condition that throws does not fire; amounts made numbers or 0. */
function naiveOutcome(list: readonly ConditionRule[], data: unknown): PolicyOutcome {
  const out: PolicyOutcome = { fired: [], points: 0, money: 0, flags: [], veto: 'none', capGrades: [], errors: [] };
  const toNumber = (v: unknown): number => {
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return NaN;
  };
  const truthy = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));
  for (const r of list) {
    if (r.enabled === false) continue;
    let fires: boolean;
    try {
      fires = truthy(applyLogic(r.when, data));
    } catch (error) {
      out.errors.push({ rule: r.id, message: (error as Error).message });
      continue;
    }
    if (!fires) continue;
    out.fired.push(r.id);
    const e = r.effect;
    if (e.type === 'points' || e.type === 'money') {
      let n = NaN;
      let failed = false;
      try {
        n = toNumber(applyLogic(e.amount, data));
      } catch (error) {
        failed = true;
        out.errors.push({ rule: r.id, message: (error as Error).message });
      }
      if (Number.isNaN(n)) {
        if (!failed) out.errors.push({ rule: r.id, message: 'the amount is not a number; counted as 0' });
        n = 0;
      }
      if (e.type === 'points') out.points += Math.min(Math.max(n, e.min ?? -Infinity), e.max ?? Infinity);
      else out.money += n;
    } else if (e.type === 'flag') out.flags.push(e.flag);
    else if (e.mode === 'void') out.veto = 'void';
    else {
      if (out.veto === 'none') out.veto = 'cap';
      if (!out.capGrades.includes(e.grade)) out.capGrades.push(e.grade);
    }
  }
  return out;
}

/** Record i of the columns as an outcome, for comparing with outcomeOf. */
function fromColumns(result: PolicyEvaluation, i: number): Pick<PolicyOutcome, 'fired' | 'points' | 'money' | 'veto'> & { errors: number } {
  const veto = result.veto[i] === VETO_VOID ? 'void' : result.veto[i] === VETO_CAP ? 'cap' : 'none';
  expect([VETO_NONE, VETO_CAP, VETO_VOID]).toContain(result.veto[i]);
  return { fired: result.rules.map((r) => r.id).filter((_, r) => hasFired(result, i, r)), points: result.points[i]!, money: result.money[i]!, veto, errors: result.errors[i]! };
}

function checkAgreement(list: PolicyRule[], data: Array<Record<string, unknown>>, chunk: number): PolicyOutcome[] {
  const compiled = compilePolicyDocument(policyDoc(list));
  const result = evaluatePolicyDocument(compiled, data, { chunk });
  const outcomes = data.map((d) => outcomeOf(compiled, d));
  outcomes.forEach((o, i) => {
    expect(fromColumns(result, i)).toEqual({ fired: o.fired, points: o.points, money: o.money, veto: o.veto, errors: o.errors.length });
  });
  // Per-rule and overall sums are the columns' sums.
  result.rules.forEach((stats, r) => {
    expect(stats.fired).toBe(outcomes.filter((o) => o.fired.includes(stats.id)).length);
    expect(stats.errors).toBe(outcomes.filter((o) => o.errors.some((e) => e.rule === stats.id)).length);
    void r;
  });
  expect(result.totals.points).toBeCloseTo(outcomes.reduce((s, o) => s + o.points, 0), 9);
  expect(result.totals.money).toBeCloseTo(outcomes.reduce((s, o) => s + o.money, 0), 9);
  expect(result.totals.fired).toBe(outcomes.filter((o) => o.fired.length > 0).length);
  expect(result.totals.errors).toBe(outcomes.reduce((s, o) => s + o.errors.length, 0));
  return outcomes;
}

describe('evaluatePolicyDocument = outcomeOf = a naive reading of §5', () => {
  it('on random condition rules and records', () => {
    fc.assert(
      fc.property(rules, records, fc.integer({ min: 1, max: 8 }), (list, data, chunk) => {
        const outcomes = checkAgreement(list, data, chunk);
        outcomes.forEach((o, i) => {
          const naive = naiveOutcome(list, data[i]);
          expect({ ...o, errors: o.errors.map((e) => e.rule) }).toEqual({ ...naive, errors: naive.errors.map((e) => e.rule) });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with decision tables among the rules (columns = outcomeOf)', () => {
    const table = fc.record({ threshold: fc.integer({ min: 0, max: 10 }), hit: fc.constantFrom('first' as const, 'rule-order' as const), f: fc.constantFrom(...FIELDS) })
      .map(({ threshold, hit, f }): TableRule => ({
        id: 'tbl', name: 'tbl',
        table: {
          hitPolicy: hit, inputs: [{ id: 'x', expression: { var: f }, type: 'number' }], output: { type: 'points' },
          rows: [{ id: 'hi', cells: [{ op: '>', value: threshold }], output: -3 }, { id: 'any', cells: [{ op: 'any' }], output: 1 }],
        },
      }));
    fc.assert(
      fc.property(rules, table, fc.nat(12), records, (list, t, at, data) => {
        const mixed: PolicyRule[] = [...list];
        mixed.splice(Math.min(at, mixed.length), 0, t);
        checkAgreement(mixed, data, 5);
      }),
      { numRuns: 100 },
    );
  });
});
