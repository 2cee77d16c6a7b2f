// The scorecard model: configuration types, evaluation and explanation (docs/scorecard-evaluation.md).
export * from './types.ts';
export type * from './result-types.ts';
export { evaluate, evaluateCompiled } from './evaluate.ts';
export { ScorecardCompileError, compileScorecard, nodePointers } from './compile-scorecard.ts';
export type { CompiledScorecard, EvaluateOptions } from './compile-scorecard.ts';
export type { ScorerFunction } from './scorers.ts';
export { explainRecord } from './explain-record.ts';
export type { ExplainedNode, NextGradeOption, RecordExplanation } from './explain-record.ts';
export { roundTotal, numericValue } from './numbers.ts';
export { validateConfig } from './validate.ts';
export { SCORECARD_SCHEMA_ID, exportConfigJson } from './export-config.ts';
export type { ConfigExport } from './export-config.ts';
export type { BilingualMessage, ConfigProblem, ProblemSeverity, ValidateOptions, ValidationResult } from './validate.ts';
export { MigrationError, SCORECARD_MIGRATIONS, migrateConfig } from './migrate.ts';
export type { MigrationStep } from './migrate.ts';
export { scorecardSchema } from './validate-schema.ts';
export { applyAhpWeights, applyDataWeights, applyDerivedWeights, toPercentWeights } from './derive-weights.ts';
export type { AhpDerivationOptions, DataDerivationResult } from './derive-weights.ts';

// Editing the indicator tree for the designer (immutable edits by node id, weights, pointers, fields read),
// namespaced so generic names (remove, rename, duplicate) stay off the runtime's top level.
export * as scorecardEdits from './edit/index.ts';
export { compareEvaluations } from './compare-evaluations.ts';
export type { CompareEvaluationsOptions, EvaluationComparison, RecordMove } from './compare-evaluations.ts';
