// A policy document's rules as the plain policies that are evaluated: a condition rule is one
// policy, a decision table is as many as compileDecisionTable makes of it. Results, tests and
// comparisons name expanded policies, so each one remembers the rule (and row) it came from.
import type { Policy } from '../scorecard/types.ts';
import { compileDecisionTable } from './decision-table/compile-table.ts';
import { type PolicyRule, type TableRule, isTableRule } from './types.ts';

export interface ExpandedPolicy {
  /** The id results use: the rule's id, or `<rule id>#<row id>` for a decision-table row. */
  readonly id: string;
  readonly ruleId: string;
  /** The decision-table row, when the policy stands for one row. */
  readonly rowId?: string;
  /** The source rule's index in `rules`, for JSON pointers (`/rules/<index>`). */
  readonly ruleIndex: number;
  readonly policy: Policy;
}

/** The row a table policy stands for, read from its `<rule id>#<row id>` id (a `count` collect stands for none). */
function rowIdOf(rule: TableRule, policyId: string): string | undefined {
  const prefix = `${rule.id}#`;
  if (!policyId.startsWith(prefix)) return undefined;
  const rowId = policyId.slice(prefix.length);
  return rule.table.rows.some((row) => row.id === rowId) ? rowId : undefined;
}

/** One rule's policies, in evaluation order; none when the rule is disabled. Throws when a decision table cannot be compiled. */
export function expandRule(rule: PolicyRule, ruleIndex: number): ExpandedPolicy[] {
  if (rule.enabled === false) return [];
  if (!isTableRule(rule)) return [{ id: rule.id, ruleId: rule.id, ruleIndex, policy: rule }];
  return compileDecisionTable(rule).map((policy): ExpandedPolicy => {
    const rowId = rowIdOf(rule, policy.id);
    return rowId === undefined
      ? { id: policy.id, ruleId: rule.id, ruleIndex, policy }
      : { id: policy.id, ruleId: rule.id, rowId, ruleIndex, policy };
  });
}

/** Every enabled rule's policies, in the rules' order. Throws when a decision table cannot be compiled. */
export function expandRules(rules: readonly PolicyRule[]): ExpandedPolicy[] {
  return rules.flatMap((rule, index) => expandRule(rule, index));
}
