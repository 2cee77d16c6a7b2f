// crossCheck against the real json-logic-js: classic rules where the two agree show no difference;
// a rule where the engine follows the community suites (src/core/logic/DIFFERENCES.md row 20:
// null == 0) shows exactly the records that would be scored differently; non-classic rules are
// skipped with the analyser's reason.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../src/core/policy/cross-check.ts';
import { moneyRule, policyDoc, pointsRule, serviceRules } from './policy-fixtures.ts';

const jsonLogic = createRequire(import.meta.url)('json-logic-js') as { apply(rule: unknown, data?: unknown): unknown };
const classic = (rule: unknown, data: unknown): unknown => jsonLogic.apply(rule, data);

const records = [
  { complaints: 0, serious: 0, bonus: 100 },
  { complaints: 3, serious: 1, bonus: '50' },
  { complaints: null, serious: 0, bonus: null },
  { serious: 2 },
  { complaints: 7, serious: 0, bonus: 20 },
];

describe('crossCheck with json-logic-js', () => {
  it('finds no difference on classic rules', () => {
    const doc = policyDoc([
      pointsRule('per-complaint', { '>': [{ var: 'complaints' }, 0] }, { '*': [{ var: 'complaints' }, -10] }),
      pointsRule('serious', { and: [{ '>=': [{ var: 'serious' }, 1] }, { '!': { var: 'waived' } }] }, -20, { min: -20 }),
      moneyRule('bonus', { '<=': [0, { var: 'complaints' }, 2] }, { var: 'bonus' }),
    ]);
    const result = crossCheck(doc, records, classic);
    expect(result.checked).toEqual(['per-complaint', 'serious', 'bonus']);
    expect(result.skipped).toEqual([]);
    expect(result.differences).toEqual([]);
    expect(result.differenceCount).toBe(0);
    expect(result.records).toBe(5);
  });

  it('finds the records where "no complaints" differs: this engine reads null as 0, json-logic-js does not', () => {
    const doc = policyDoc([pointsRule('clean-record', { '==': [{ var: 'complaints' }, 0] }, 5)]);
    const result = crossCheck(doc, records, classic);
    // Record 2 has complaints: null, record 3 none at all (var gives null).
    const difference = (record: number) => ({ record, policy: 'clean-record', ruleId: 'clean-record', part: 'when', ours: { text: 'true', error: false }, classic: { text: 'false', error: false } });
    expect(result.differences).toEqual([difference(2), difference(3)]);
    expect(result.truncated).toBe(false);
  });

  it('compares amounts as evaluation counts them, where either side fires the rule', () => {
    // json-logic-js adds with parseFloat: null and true are NaN to it, 0 and 1 to the suites.
    const doc = policyDoc([moneyRule('bonus', true, { '+': [{ var: 'bonus' }, 10] })]);
    const result = crossCheck(doc, records, classic);
    expect(result.differences.map((d) => [d.record, d.part, d.ours.text, d.classic.text])).toEqual([[2, 'amount', '10', 'NaN'], [3, 'amount', '10', 'NaN']]);
  });

  it('skips what json-logic-js does not have, with the reason and where', () => {
    const doc = serviceRules();
    const result = crossCheck(doc, [doc.tests![0]!.record], classic);
    expect(result.skipped).toEqual([
      { policy: 'late-deduction', ruleId: 'late-deduction', part: 'when', pointer: '/rules/2/when/>/0/reduce/1/+/1/if/0', reason: '"time.after": date/time operator; json-logic-js does not have it' },
    ]);
    expect(result.checked).toEqual(['complaint-deduction', 'serious-complaint-cap', 'late-deduction', 'satisfaction-bonus#excellent', 'satisfaction-bonus#good']);
    expect(result.differences).toEqual([]);
  });

  it('caps the list of differences and counts them all; reports progress and stops when asked', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ complaints: i % 2 === 0 ? null : 1 }));
    const doc = policyDoc([pointsRule('clean-record', { '==': [{ var: 'complaints' }, 0] }, 5)]);
    const progress: number[] = [];
    const result = crossCheck(doc, many, classic, { limit: 10, onProgress: (done) => progress.push(done) });
    expect(result.differences).toHaveLength(10);
    expect(result.differenceCount).toBe(1250);
    expect(result.truncated).toBe(true);
    expect(progress).toEqual([1000, 2000, 2500]);
    let asked = 0;
    const stopped = crossCheck(doc, many, classic, { shouldCancel: () => ++asked > 1 });
    expect(stopped).toMatchObject({ cancelled: true, records: 1000, differenceCount: 500 });
  });
});
