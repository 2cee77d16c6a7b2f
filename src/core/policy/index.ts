// The policy designer's core: policy documents (service rules as conditions or decision tables, with
// saved tests), their validation, fast columnar evaluation for live testing, test runs, comparison
// of two runs, and the cross-check against json-logic-js. Effects apply as in the scorecard
// (docs/scorecard-evaluation.md §5), through the same code.
export * from './types.ts';
export { validatePolicyDocument } from './validate-policy.ts';
export type { PolicyProblem, ValidatePolicyOptions } from './validate-policy.ts';
export { expandRule, expandRules } from './expand-rules.ts';
export { fieldsReadBy } from './fields-read.ts';
export type { ExpandedPolicy } from './expand-rules.ts';
export { compilePolicyDocument } from './compile-policy-document.ts';
export type { CompiledPolicyDocument, PolicyCompileProblem } from './compile-policy-document.ts';
export { evaluatePolicyDocument, evaluatePolicyDocumentAsync, outcomeOf } from './evaluate-policy.ts';
export type { EvaluatePolicyAsyncOptions, EvaluatePolicyOptions } from './evaluate-policy.ts';
export { MAX_ERROR_SAMPLES, VETO_CAP, VETO_NONE, VETO_VOID, hasFired, policyEvaluationTransferables } from './evaluation-types.ts';
export type { PolicyErrorSample, PolicyEvaluation, PolicyRuleStats, PolicyTotals } from './evaluation-types.ts';
export { runPolicyTest, runPolicyTests } from './policy-tests.ts';
export type { ExpectationKey, PolicyTestError, PolicyTestMismatch, PolicyTestResult } from './policy-tests.ts';
export { compareRuns } from './compare-runs.ts';
export type { CompareRunsOptions, RecordChange, RuleChange, RunComparison } from './compare-runs.ts';
export { crossCheck } from './cross-check.ts';
export type { ClassicApply, CrossCheckDifference, CrossCheckOptions, CrossCheckPart, CrossCheckResult, CrossCheckSkip, Observed } from './cross-check.ts';
export { policySchema } from './policy-schema.ts';
