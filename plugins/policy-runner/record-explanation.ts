// Why a record got its outcome: every expanded rule's condition (and amount) explained by the
// engine for that one record, on the page (one record is cheap; the worker keeps the bulk runs).
import { explainLogic } from '../../src/core/logic/explain/explain.ts';
import type { Explanation } from '../../src/core/logic/explain/types.ts';
import { compilePolicyDocument, outcomeOf } from '../../src/core/policy/evaluate-policy.ts';
import { expandRules } from '../../src/core/policy/expand-rules.ts';
import type { LogicEngine } from '../../src/core/logic/types.ts';
import type { PolicyDocument, PolicyOutcome } from '../../src/core/policy/types.ts';

export interface RuleExplanation {
  id: string;
  name: unknown;
  fired: boolean;
  when: Explanation;
  amount?: Explanation;
}

export interface RecordExplanation {
  outcome: PolicyOutcome;
  rules: RuleExplanation[];
}

export function explainRecord(document: PolicyDocument, record: Record<string, unknown>, engine: LogicEngine): RecordExplanation {
  const outcome = outcomeOf(compilePolicyDocument(document, engine), record);
  const fired = new Set(outcome.fired);
  const rules = expandRules(document.rules).map((p) => {
    const when = explainLogic(p.policy.when, record, { engine });
    const effect = p.policy.effect;
    const amount = (effect.type === 'points' || effect.type === 'money') && fired.has(p.id) ? explainLogic(effect.amount, record, { engine }) : undefined;
    return { id: p.id, name: p.policy.name, fired: fired.has(p.id), when, ...(amount ? { amount } : {}) };
  });
  return { outcome, rules };
}
