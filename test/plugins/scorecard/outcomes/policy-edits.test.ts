import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../../../src/core/policy/types.ts';
import { validateConfig } from '../../../../src/core/scorecard/validate.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import { newScorecard } from '../../../../plugins/scorecard/scorecard-documents.ts';
import { attachPolicyDocument, movePolicy, removePolicy, setPolicyEnabled } from '../../../../plugins/scorecard/outcomes/policy-edits.ts';
import serviceRules from '../../../fixtures/policy/service-rules.json';

const base = (): ScorecardConfig => ({
  ...newScorecard('s1', 'KPI', 'en'),
  policies: [{ id: 'complaint-deduction', name: 'Old deduction', when: { '>': [{ var: 'satisfaction' }, 200] }, effect: { type: 'points', amount: -1 } }],
});

describe('attachPolicyDocument', () => {
  it('appends the expanded rules in order, renames clashing ids and adds the declared fields', () => {
    const config = base();
    const before = JSON.stringify(config);
    const result = attachPolicyDocument(config, serviceRules as unknown as PolicyDocument);
    expect(JSON.stringify(config)).toBe(before);
    if (!result.ok) throw new Error(result.reason);
    expect(result.config.policies!.map((p) => p.id)).toEqual([
      'complaint-deduction', 'complaint-deduction-2', 'serious-complaint-cap', 'late-deduction', 'satisfaction-bonus#excellent', 'satisfaction-bonus#good',
    ]);
    expect(result.renamed).toEqual([{ from: 'complaint-deduction', to: 'complaint-deduction-2' }]);
    expect(result.added).toBe(5);
    // satisfaction was declared already; signIns[] becomes a list of times.
    expect(result.fields).toEqual(['agentId', 'complaints', 'seriousComplaints', 'signIns']);
    expect(result.config.fields.find((f) => f.key === 'signIns')).toEqual({ key: 'signIns', type: 'list', items: 'time', label: { en: 'Clock-in times', 'zh-CN': '签到时间' } });
    expect(result.config.policies![5]!.effect).toEqual({ type: 'money', amount: 100, currency: 'CNY' });
    expect(result.config.policies![3]!.comment).toBe('08:30 itself is on time; a clock-in at 08:30:01 is late.');
    const errors = validateConfig(result.config).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('declares the fields the rules read from the test data when the policy declares none, so the scorecard stays valid', () => {
    const config = newScorecard('s1', 'KPI', 'en');
    const doc: PolicyDocument = { format: 'scorecard-policy', version: 1, name: 'Complaints', rules: [{ id: 'r1', name: 'Each complaint deducts 10', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: { '*': [{ var: 'complaints' }, -10] } } }] };
    const bare = attachPolicyDocument(config, doc);
    expect(bare.ok && validateConfig(bare.config).valid).toBe(false); // "complaints" is not declared
    const result = attachPolicyDocument(config, doc, [{ key: 'complaints', type: 'integer' }, { key: 'unused', type: 'number' }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields).toEqual(['complaints']);
    expect(result.config.fields.at(-1)).toEqual({ key: 'complaints', type: 'integer' });
    expect(validateConfig(result.config).valid).toBe(true);
  });

  it('keeps rules switched off in the document switched off', () => {
    const doc = structuredClone(serviceRules) as unknown as PolicyDocument;
    doc.rules[3]!.enabled = false;
    doc.rules[0]!.enabled = false;
    const result = attachPolicyDocument(newScorecard('s1', 'KPI', 'en'), doc);
    if (!result.ok) throw new Error(result.reason);
    expect(result.config.policies!.map((p) => [p.id, p.enabled])).toEqual([
      ['complaint-deduction', false], ['serious-complaint-cap', undefined], ['late-deduction', undefined],
      ['satisfaction-bonus#excellent', false], ['satisfaction-bonus#good', false],
    ]);
  });

  it('a broken decision table changes nothing and says why', () => {
    const doc = structuredClone(serviceRules) as unknown as { rules: Array<{ table?: { rows: unknown } }> };
    doc.rules[3]!.table!.rows = null;
    const result = attachPolicyDocument(base(), doc as unknown as PolicyDocument);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('expand');
    expect(attachPolicyDocument(base(), {} as PolicyDocument)).toEqual({ ok: false, reason: 'no-rules' });
  });
});

describe('policy edits', () => {
  it('switches, moves and removes rules immutably', () => {
    const attached = attachPolicyDocument(base(), serviceRules as unknown as PolicyDocument);
    if (!attached.ok) throw new Error('attach');
    const config = attached.config;
    const off = setPolicyEnabled(config, 1, false);
    expect(off.policies![1]!.enabled).toBe(false);
    expect(config.policies![1]!.enabled).toBeUndefined();
    expect(setPolicyEnabled(off, 1, true).policies![1]).not.toHaveProperty('enabled');
    expect(setPolicyEnabled(config, 1, true)).toBe(config);
    expect(movePolicy(config, 1, -1).policies!.slice(0, 2).map((p) => p.id)).toEqual(['complaint-deduction-2', 'complaint-deduction']);
    expect(movePolicy(config, 0, -1)).toBe(config);
    expect(removePolicy(config, 0).policies!.map((p) => p.id)[0]).toBe('complaint-deduction-2');
  });
});
