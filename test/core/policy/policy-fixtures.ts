// Shared test material: the shipped fixture and small documents built in code.
import { readFileSync } from 'node:fs';
import type { ConditionRule, PolicyDocument, PolicyRule, TableRule } from '../../../src/core/policy/types.ts';

export function serviceRules(): PolicyDocument {
  return JSON.parse(readFileSync(new URL('../../fixtures/policy/service-rules.json', import.meta.url), 'utf8')) as PolicyDocument;
}

export function policyDoc(rules: PolicyRule[], extra: Partial<PolicyDocument> = {}): PolicyDocument {
  return { format: 'scorecard-policy', version: 1, name: 'test', rules, ...extra };
}

export function pointsRule(id: string, when: unknown, amount: unknown, bounds: { min?: number; max?: number } = {}): ConditionRule {
  return { id, name: id, when, effect: { type: 'points', amount, ...bounds } };
}

export function moneyRule(id: string, when: unknown, amount: unknown): ConditionRule {
  return { id, name: id, when, effect: { type: 'money', amount } };
}

export function capRule(id: string, when: unknown, grade: string): ConditionRule {
  return { id, name: id, when, effect: { type: 'veto', mode: 'cap', grade } };
}

export function voidRule(id: string, when: unknown): ConditionRule {
  return { id, name: id, when, effect: { type: 'veto', mode: 'void' } };
}

export function flagRule(id: string, when: unknown, flag: string): ConditionRule {
  return { id, name: id, when, effect: { type: 'flag', flag } };
}

/** A `first` table over complaints: more than 3 deducts 15, 1 to 3 deducts 10. */
export function complaintTable(id = 't1'): TableRule {
  return {
    id,
    name: { en: 'Complaint bands', 'zh-CN': '投诉分档' },
    table: {
      hitPolicy: 'first',
      inputs: [{ id: 'complaints', expression: { var: 'complaints' }, type: 'number' }],
      output: { type: 'points' },
      rows: [
        { id: 'many', cells: [{ op: '>', value: 3 }], output: -15 },
        { id: 'some', cells: [{ op: 'between', min: 1, max: 3 }], output: -10 },
      ],
    },
  };
}
