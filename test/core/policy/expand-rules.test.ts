// expandRules: condition rules as they are, decision tables through compileDecisionTable, disabled
// rules left out, and every expanded policy knowing its rule and row. A table that cannot be
// compiled is kept by compilePolicyDocument as a rule that never fires, and skipped by crossCheck.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compilePolicyDocument } from '../../../src/core/policy/compile-policy-document.ts';
import { crossCheck } from '../../../src/core/policy/cross-check.ts';
import { evaluatePolicyDocument } from '../../../src/core/policy/evaluate-policy.ts';
import { expandRules } from '../../../src/core/policy/expand-rules.ts';
import type { DecisionTable, TableRule } from '../../../src/core/policy/types.ts';
import { complaintTable, policyDoc, pointsRule } from './policy-fixtures.ts';

const jsonLogic = createRequire(import.meta.url)('json-logic-js') as { apply(rule: unknown, data?: unknown): unknown };

describe('expandRules', () => {
  it('keeps condition rules, expands tables row by row and leaves disabled rules out', () => {
    const condition = pointsRule('r1', { '>': [{ var: 'complaints' }, 0] }, -1);
    const expanded = expandRules([condition, complaintTable('t1'), { ...pointsRule('off', true, 1), enabled: false }, { ...complaintTable('t2'), enabled: false }]);
    expect(expanded.map((e) => [e.id, e.ruleId, e.rowId, e.ruleIndex])).toEqual([
      ['r1', 'r1', undefined, 0],
      ['t1#many', 't1', 'many', 1],
      ['t1#some', 't1', 'some', 1],
    ]);
    expect(expanded[0]!.policy).toBe(condition);
    expect(expanded[1]!.policy.effect).toMatchObject({ type: 'points', amount: -15 });
  });

  it('expands a count collect into one policy that stands for no single row', () => {
    const table = complaintTable('t1');
    table.table = { ...table.table, hitPolicy: 'collect', collect: 'count' };
    const expanded = expandRules([table]);
    expect(expanded).toHaveLength(1);
    expect(expanded[0]).toMatchObject({ ruleId: 't1', ruleIndex: 0 });
    expect(expanded[0]!.rowId).toBeUndefined();
  });

  it('evaluates table rows with the first-hit policy', () => {
    const compiled = compilePolicyDocument(policyDoc([complaintTable('t1')]));
    const result = evaluatePolicyDocument(compiled, [{ complaints: 0 }, { complaints: 2 }, { complaints: 9 }]);
    expect([...result.points]).toEqual([0, -10, -15]);
  });
});

describe('a decision table that cannot be compiled', () => {
  const broken: TableRule = { ...complaintTable('t1'), table: { ...complaintTable('t1').table, rows: null as unknown as DecisionTable['rows'] } };
  const doc = policyDoc([pointsRule('r1', true, -1), broken]);

  it('throws from expandRules', () => {
    expect(() => expandRules(doc.rules)).toThrow();
  });

  it('is kept by compilePolicyDocument as one policy that never fires and fails on every record', () => {
    const compiled = compilePolicyDocument(doc);
    expect(compiled.problems.map((p) => [p.id, p.pointer])).toEqual([['t1', '/rules/1/table']]);
    const result = evaluatePolicyDocument(compiled, [{ complaints: 5 }, {}]);
    expect(result.rules.map((r) => [r.id, r.effect, r.fired, r.errors])).toEqual([['r1', 'points', 2, 0], ['t1', 'points', 0, 2]]);
    expect([...result.points]).toEqual([-1, -1]);
  });

  it('is skipped by crossCheck with the reason', () => {
    const result = crossCheck(doc, [{ complaints: 1 }], (rule, data) => jsonLogic.apply(rule, data));
    expect(result.checked).toEqual(['r1']);
    expect(result.skipped).toMatchObject([{ policy: 't1', pointer: '/rules/1/table' }]);
    expect(result.skipped[0]!.reason).toMatch(/^the decision table cannot be turned into rules: /);
  });
});
