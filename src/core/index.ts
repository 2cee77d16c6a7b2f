// Public API of the domain layer (also built as the standalone runtime in later work).
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
