// A policy document compiled once for live testing: every enabled rule expanded and its rules
// compiled by the engine. A rule that does not compile is kept, as a policy that never fires and
// reports its compile error on every record: while a manager is typing, one broken rule must not
// stop the other rules from being tested.
import { DEFAULT_ENGINE } from '../logic/engine.ts';
import { isLogicError } from '../logic/errors.ts';
import type { CompiledLogic, LogicEngine } from '../logic/types.ts';
import type { CompiledPolicy } from '../scorecard/compile-policies.ts';
import type { Policy, PolicyEffect } from '../scorecard/types.ts';
import { type ExpandedPolicy, expandRule } from './expand-rules.ts';
import { type PolicyDocument, type TableOutput, type TableRule, isTableRule } from './types.ts';

export interface PolicyCompileProblem {
  /** The expanded policy that is broken (the rule's id when a whole decision table failed). */
  readonly id: string;
  readonly ruleId: string;
  /** Where in the document: the bad node for a condition rule, the rule for a decision table. */
  readonly pointer: string;
  readonly message: string;
}

export interface CompiledPolicyDocument {
  readonly document: PolicyDocument;
  readonly engine: LogicEngine;
  /** The enabled rules expanded, in evaluation order. */
  readonly policies: readonly ExpandedPolicy[];
  /** Parallel to `policies`. */
  readonly compiled: readonly CompiledPolicy[];
  /** Rules that did not compile: they never fire and count an error on every record. */
  readonly problems: readonly PolicyCompileProblem[];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function thrower(error: unknown): CompiledLogic {
  return () => {
    throw error;
  };
}

/** An effect of the table's output kind, for the placeholder of a table that did not compile (it never fires). */
function effectOf(output: TableOutput): PolicyEffect {
  switch (output.type) {
    case 'points': return { type: 'points', amount: 0 };
    case 'money': return { type: 'money', amount: 0 };
    case 'flag': return { type: 'flag', flag: '' };
    default: return { type: 'veto', mode: 'cap', grade: '' };
  }
}

function brokenTable(rule: TableRule, ruleIndex: number, error: unknown): { expanded: ExpandedPolicy; compiled: CompiledPolicy } {
  const policy: Policy = { id: rule.id, name: rule.name, when: false, effect: effectOf(rule.table.output) };
  return { expanded: { id: rule.id, ruleId: rule.id, ruleIndex, policy }, compiled: { policy, effect: policy.effect, when: thrower(error) } };
}

export function compilePolicyDocument(doc: PolicyDocument, engine: LogicEngine = DEFAULT_ENGINE): CompiledPolicyDocument {
  const policies: ExpandedPolicy[] = [];
  const compiled: CompiledPolicy[] = [];
  const problems: PolicyCompileProblem[] = [];
  doc.rules.forEach((rule, ruleIndex) => {
    let expanded: ExpandedPolicy[];
    try {
      expanded = expandRule(rule, ruleIndex);
    } catch (error) {
      if (!isTableRule(rule)) throw error;
      const broken = brokenTable(rule, ruleIndex, error);
      policies.push(broken.expanded);
      compiled.push(broken.compiled);
      problems.push({ id: rule.id, ruleId: rule.id, pointer: `/rules/${ruleIndex}/table`, message: message(error) });
      return;
    }
    // A table row's condition is generated: a pointer into it would name nothing the author wrote.
    const pointerOf = (where: string, error: unknown): string => isTableRule(rule)
      ? `/rules/${ruleIndex}/table`
      : `/rules/${ruleIndex}/${where}${isLogicError(error) ? (error.pointer ?? '') : ''}`;
    for (const entry of expanded) {
      const { policy } = entry;
      const effect = policy.effect;
      const failures: Array<{ problem: PolicyCompileProblem; cause: unknown }> = [];
      const compile = (logic: unknown, where: string): CompiledLogic | undefined => {
        try {
          return engine.compile(logic);
        } catch (cause) {
          failures.push({ problem: { id: entry.id, ruleId: entry.ruleId, pointer: pointerOf(where, cause), message: message(cause) }, cause });
          return undefined;
        }
      };
      const when = compile(policy.when, 'when');
      const amount = effect.type === 'points' || effect.type === 'money' ? compile(effect.amount, 'effect/amount') : undefined;
      policies.push(entry);
      const failure = failures[0];
      if (failure !== undefined || when === undefined) {
        problems.push(...failures.map((f) => f.problem));
        compiled.push({ policy, effect, when: thrower(failure?.cause) });
      } else {
        compiled.push(amount === undefined ? { policy, effect, when } : { policy, effect, when, amount });
      }
    }
  });
  return { document: doc, engine, policies, compiled, problems };
}
