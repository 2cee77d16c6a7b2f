// The record fields a policy reads: what a sample-data generator must produce to test it.
import { analyzeLogic } from '../logic/analysis/analyze.ts';
import { expandRules } from './expand-rules.ts';
import type { PolicyDocument } from './types.ts';

/** Top-level field paths read by the enabled rules' conditions and amounts, in first-use order. */
export function fieldsReadBy(policy: PolicyDocument): string[] {
  const seen = new Set<string>();
  let policies;
  try {
    policies = expandRules(policy.rules);
  } catch {
    // A decision table that does not compile reads nothing we can name yet.
    policies = expandRules(policy.rules.filter((r) => !('table' in r && r.table)));
  }
  for (const { policy } of policies) {
    const parts: unknown[] = [policy.when];
    if (policy.effect.type === 'points' || policy.effect.type === 'money') parts.push(policy.effect.amount);
    for (const part of parts) {
      try {
        for (const field of analyzeLogic(part).fields) seen.add(field);
      } catch {
        // A rule the analyser rejects is reported by validation; it contributes no fields here.
      }
    }
  }
  return [...seen];
}
