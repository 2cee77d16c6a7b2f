// runPolicyTests: the fixture's tests pass; each kind of expectation fails with both values named
// in both languages; rules failing on a test's record fail the test.
import { describe, expect, it } from 'vitest';
import { compilePolicyDocument } from '../../../src/core/policy/compile-policy-document.ts';
import { runPolicyTests } from '../../../src/core/policy/policy-tests.ts';
import type { PolicyTestCase } from '../../../src/core/policy/types.ts';
import { capRule, complaintTable, flagRule, moneyRule, policyDoc, pointsRule, serviceRules } from './policy-fixtures.ts';

describe('runPolicyTests', () => {
  it('passes the fixture\'s saved tests', () => {
    const doc = serviceRules();
    const results = runPolicyTests(compilePolicyDocument(doc), doc.tests!);
    expect(results.map((r) => [r.id, r.passed, r.mismatches, r.errors])).toEqual([
      ['two-complaints-late-four-times', true, [], []],
      ['serious-complaint', true, [], []],
    ]);
    expect(results[0]!.summary).toEqual({ en: 'Passed.', 'zh-CN': '通过。' });
  });

  const doc = policyDoc([
    pointsRule('complaints', { '>': [{ var: 'complaints' }, 0] }, { '*': [{ var: 'complaints' }, -10] }),
    { ...capRule('serious', { '>': [{ var: 'serious' }, 0] }, 'C'), name: { en: 'Serious complaint', 'zh-CN': '重大投诉' } },
    flagRule('coach', { '>': [{ var: 'complaints' }, 2] }, 'coaching'),
    moneyRule('fine', { '>': [{ var: 'complaints' }, 3] }, -100),
    complaintTable('bands'),
  ]);
  const compiled = compilePolicyDocument(doc);
  const test = (expect: PolicyTestCase['expect'], record: Record<string, unknown> = { complaints: 4, serious: 1 }): PolicyTestCase => ({ id: 't', name: 't', record, expect });

  it('lists every mismatch with the expected and the actual value', () => {
    const [result] = runPolicyTests(compiled, [test({
      fired: ['fine', 'coach'], notFired: ['serious'], points: -30, money: 0, flags: [], veto: 'none', capGrade: 'B',
    }, { complaints: 2, serious: 1 })]);
    expect(result!.passed).toBe(false);
    const fired = ['complaints', 'serious', 'bands#some'];
    // points are -20 - 10 = -30, as expected: not a mismatch.
    expect(result!.mismatches.map((m) => [m.check, m.expected, m.actual])).toEqual([
      ['fired', 'fine', fired],
      ['fired', 'coach', fired],
      ['notFired', 'serious', fired],
      ['veto', 'none', 'cap'],
      ['capGrade', 'B', ['C']],
    ]);
    const notFired = result!.mismatches.find((m) => m.check === 'notFired')!;
    expect(notFired.message.en).toBe('Rule "Serious complaint" should not fire but did.');
    expect(notFired.message['zh-CN']).toBe('规则“重大投诉”不应触发但触发了。');
    const veto = result!.mismatches.find((m) => m.check === 'veto')!;
    expect(veto.message.en).toBe('Veto: expected no veto, got grade cap.');
    expect(result!.summary.en).toBe('Failed: 5 expectations not met.');
    expect(result!.summary['zh-CN']).toBe('未通过：5 项期望未满足。');
  });

  it('compares points and money within 1e-9 and flags as a set', () => {
    const [ok, bad] = runPolicyTests(compiled, [
      test({ points: -55 + 1e-12, money: -100, flags: ['coaching'] }),
      test({ points: -50, money: -99, flags: [] }),
    ]);
    expect(ok!.passed).toBe(true);
    expect(bad!.mismatches.map((m) => m.message.en)).toEqual([
      'Points: expected -50, got -55.',
      'Money: expected -99, got -100.',
      'Flags: expected none, got "coaching".',
    ]);
    expect(bad!.mismatches.map((m) => m.message['zh-CN'])).toEqual(['加扣分：期望 -50，实际 -55。', '金额：期望 -99，实际 -100。', '标记：期望 无，实际 “coaching”。']);
  });

  it('lets a table rule\'s id stand for any of its rows', () => {
    const [fires, doesNot] = runPolicyTests(compiled, [test({ fired: ['bands', 'bands#many'], notFired: ['bands#some'] }), test({ notFired: ['bands'] })]);
    expect(fires!.passed).toBe(true);
    expect(doesNot!.mismatches.map((m) => m.message.en)).toEqual(['Rule "Complaint bands" should not fire but did.']);
    const [row] = runPolicyTests(compiled, [test({ fired: ['bands#some'] })]);
    expect(row!.mismatches[0]!.message.en).toBe('Rule "Complaint bands" row "some" should fire but did not (fired: "complaints", "serious", "coach", "fine", "bands#many").');
  });

  it('fails a test whose record makes a rule fail, naming the rule and the error', () => {
    const broken = compilePolicyDocument(policyDoc([pointsRule('ratio', { '>': [{ '/': [{ var: 'a' }, { var: 'b' }] }, 1] }, -1)]));
    const [result] = runPolicyTests(broken, [test({ notFired: ['ratio'] }, { a: 1, b: 0 })]);
    expect(result!.mismatches).toEqual([]);
    expect(result!.passed).toBe(false);
    expect(result!.errors.map((e) => e.rule)).toEqual(['ratio']);
    expect(result!.errors[0]!.text.en).toMatch(/^Rule "ratio" failed on this record and was skipped: /);
    expect(result!.summary).toEqual({ en: 'Failed: 1 rule failed on the record.', 'zh-CN': '未通过：1 条规则在该记录上出错。' });
  });
});
