// Public API of the domain layer, also built as the standalone runtime (dist/runtime/scorecard-runtime.js).
export { LOCALES, isLocale, resolveLocalized } from './localized-text.ts';
export type { Locale, LocalizedText } from './localized-text.ts';

// JSON-logic engine (src/core/logic/README.md).
export {
  CLASSIC_OPERATORS, DEFAULT_LIMITS, ErrorType, LogicError, applyLogic, compileLogic, compileTraced, createLogicEngine, isLogicError,
  isTruthy, traceLogic,
} from './logic/index.ts';
export type {
  CompileOptions, CompiledLogic, EagerOperatorSpec, LazyArgument, LazyOperatorContext, LazyOperatorSpec, LogicEngine,
  LogicEngineOptions, LogicLimits, LogicRule, LogicValueType, OperatorArgs, OperatorContext, OperatorSpec, TraceError, TraceNode,
  TraceOptions, TraceResult, TracedLogic,
} from './logic/index.ts';

// Static analysis for the editors, plain-language rendering, and the date/time operators.
export { analyzeLogic } from './logic/analysis/analyze.ts';
export type { AnalyzeOptions, FieldType, LogicAnalysis } from './logic/analysis/analyze.ts';
export { renderLogic } from './logic/render/plain-language.ts';
export { DATE_TIME_EXAMPLES, DATE_TIME_OPERATORS, DATE_TIME_RECIPES } from './logic/datetime/index.ts';
export type { DateTimeExample, DateTimeRecipe } from './logic/datetime/index.ts';
export { compileExplainer, explainLogic } from './logic/explain/index.ts';
export type { Bilingual, ExplainOptions, ExplainedItem, Explainer, Explanation, FailingLeaf, FieldLabels } from './logic/explain/index.ts';

// Scorecard model, evaluation and explanation (docs/scorecard-evaluation.md).
export * from './scorecard/index.ts';

// Weighting methods: AHP (three computations, two random-index tables, hierarchy consistency), entropy, CRITIC.
export * from './weighting/index.ts';

// Records in and out: text decoding (UTF-8, UTF-16, GB18030/GBK), CSV and JSON parsing with typed
// fields, formula-safe CSV writing, and a seeded sample-record generator.
export * from './data/index.ts';

// The whole scorecard as one SQL query for DuckDB or PostgreSQL (docs/scorecard-evaluation.md).
export { toSQL } from './sql/index.ts';
export type { SqlDialectName, SqlMessage, SqlProblem, ToSqlOptions, ToSqlResult } from './sql/index.ts';

// Policy documents (service rules as conditions or decision tables, with saved tests): validation,
// columnar evaluation, test runs, run comparison and the json-logic-js cross-check.
export * from './policy/index.ts';
// Industry templates: the contract, its validation, and what creating from one makes.
export * from './templates/index.ts';
