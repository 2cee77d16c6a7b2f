// src/core/policy/index.ts is the policy core's public surface (the lead re-exports it from src/core).
import { describe, expect, it } from 'vitest';
import * as policy from '../../../src/core/policy/index.ts';

describe('the policy core\'s public API', () => {
  it('exports every entry point', () => {
    for (const name of [
      'validatePolicyDocument', 'expandRule', 'expandRules', 'compilePolicyDocument', 'evaluatePolicyDocument', 'evaluatePolicyDocumentAsync',
      'outcomeOf', 'hasFired', 'policyEvaluationTransferables', 'runPolicyTest', 'runPolicyTests', 'compareRuns', 'crossCheck', 'isTableRule',
    ] as const) {
      expect(typeof policy[name], name).toBe('function');
    }
    expect(policy.POLICY_FORMAT).toBe('scorecard-policy');
    expect(policy.policySchema.$id).toBe('https://scorecard-designer.local/schemas/policy.schema.json');
  });
});
