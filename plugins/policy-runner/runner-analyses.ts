// The runner worker's on-demand analyses over the loaded records: comparison with a previous
// version of the policy, and the cross-check with json-logic-js.
import jsonLogic from 'json-logic-js';
import { compareRuns, type RunComparison } from '../../src/core/policy/compare-runs.ts';
import { crossCheck } from '../../src/core/policy/cross-check.ts';
import { compilePolicyDocument, evaluatePolicyDocument } from '../../src/core/policy/evaluate-policy.ts';
import type { LogicEngine } from '../../src/core/logic/types.ts';
import type { PolicyDocument } from '../../src/core/policy/types.ts';
import type { CrossCheckDifference } from './runner-protocol.ts';

export function comparePolicies(previous: PolicyDocument, current: PolicyDocument, records: readonly unknown[], engine: LogicEngine): { comparison: RunComparison } {
  const before = evaluatePolicyDocument(compilePolicyDocument(previous, engine), records);
  const after = evaluatePolicyDocument(compilePolicyDocument(current, engine), records);
  return { comparison: compareRuns(before, after) };
}

export function crossCheckPolicy(document: PolicyDocument, records: readonly unknown[], rowIds: readonly number[], engine: LogicEngine): { differences: CrossCheckDifference[]; total: number; skipped: Array<{ rule: string; reason: string }> } {
  const report = crossCheck(document, records, (rule, data) => jsonLogic.apply(rule as never, data as never), { engine });
  return {
    differences: report.differences.map((d) => ({ index: d.record, rowId: rowIds[d.record] ?? d.record, rule: d.policy, part: d.part, ours: d.ours.text, classic: d.classic.text })),
    total: report.differenceCount,
    skipped: report.skipped.map((s) => ({ rule: s.policy, reason: s.reason })),
  };
}
