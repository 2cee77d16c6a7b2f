// Policies compiled once: `when` and amounts through the engine (docs/scorecard-evaluation.md §5).
import { isLogicError } from '../logic/errors.ts';
import type { CompiledLogic, LogicEngine } from '../logic/types.ts';
import type { Policy, PolicyEffect } from './types.ts';

export interface CompiledPolicy {
  readonly policy: Policy;
  readonly effect: PolicyEffect;
  readonly when: CompiledLogic;
  /** points and money: the amount per record (a constant rule compiles to a constant function). */
  readonly amount?: CompiledLogic;
}

export function compilePolicies(
  policies: readonly Policy[],
  engine: LogicEngine,
  fail: (pointer: string, error: unknown) => Error,
): CompiledPolicy[] {
  const out: CompiledPolicy[] = [];
  policies.forEach((policy, i) => {
    if (policy.enabled === false) return;
    const compile = (rule: unknown, where: string): CompiledLogic => {
      try {
        return engine.compile(rule);
      } catch (error) {
        const inner = isLogicError(error) ? (error.pointer ?? '') : '';
        throw fail(`/policies/${i}/${where}${inner}`, error);
      }
    };
    const when = compile(policy.when, 'when');
    const effect = policy.effect;
    const amount = effect.type === 'points' || effect.type === 'money' ? compile(effect.amount, 'effect/amount') : undefined;
    out.push(amount === undefined ? { policy, effect, when } : { policy, effect, when, amount });
  });
  return out;
}
