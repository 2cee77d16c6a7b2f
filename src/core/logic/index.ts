// The JSON-logic engine's public surface (re-exported by src/core/index.ts).
export { applyLogic, compileLogic, createLogicEngine } from './engine.ts';
export { ErrorType, LogicError, isLogicError } from './errors.ts';
export { DEFAULT_LIMITS } from './limits.ts';
export { CLASSIC_OPERATORS } from './operators/builtins.ts';
export { compileTraced, traceLogic } from './trace.ts';
export type { TraceError, TraceNode, TraceOptions, TraceResult, TracedLogic } from './trace.ts';
export { isTruthy } from './values.ts';
export type {
  CompileOptions, CompiledLogic, EagerOperatorSpec, LazyArgument, LazyOperatorContext, LazyOperatorSpec, LogicEngine,
  LogicEngineOptions, LogicLimits, LogicRule, LogicValueType, OperatorArgs, OperatorContext, OperatorSpec,
} from './types.ts';
export { createEngineWithDeclarations, operatorFromDeclaration } from './declared-operators.ts';
export type { DeclaredEngine, DeclaredOperator } from './declared-operators.ts';
