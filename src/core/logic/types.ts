// Public types of the JSON-logic engine. The runtime (src/core/index.ts) re-exports them.
import type { LocalizedText } from '../localized-text.ts';
import type { TracedLogic } from './trace.ts';

/** A JSON-logic rule: any JSON value. */
export type LogicRule = unknown;

/** Bounds that make untrusted rules safe to run. Every engine has its own; a compile may lower or raise them. */
export interface LogicLimits {
  /** Deepest nesting of arrays and objects in a rule (each level of `{...}` or `[...]` counts one). */
  maxDepth: number;
  /** Longest array an operator may produce (merge, map, filter, missing, array literals, custom operators). */
  maxArrayLength: number;
  /** Longest string an operator may produce (cat, substr, custom operators). */
  maxStringLength: number;
  /**
   * Evaluation steps per top-level run. A run is charged one step per operator of the rule, and
   * each iteration of map/filter/reduce/all/some/none (and each evaluation a lazy custom operator
   * asks for) one step plus one per operator it evaluates: an upper bound of operator
   * evaluations that costs nothing on loop-free rules.
   */
  maxSteps: number;
}

export interface CompileOptions {
  limits?: Partial<LogicLimits>;
}

/** A compiled rule: call it once per record. Throws LogicError. */
export type CompiledLogic = (data: unknown) => unknown;

/** Type hints of operator arguments, for compile-time checks and the visual builder. */
export type LogicValueType = 'number' | 'string' | 'boolean' | 'array' | 'object' | 'any';

/** The argument schema of a custom operator. */
export interface OperatorArgs {
  /** Fewest arguments (default 0). */
  min?: number;
  /** Most arguments (default: no limit). */
  max?: number;
  /**
   * Type of each argument by position; the last entry applies to any further arguments. A literal
   * argument or an operator with a declared result type that does not match fails the compile.
   */
  types?: LogicValueType[];
  /** Names of the arguments by position, for the visual builder. */
  labels?: LocalizedText[];
}

/** What every operator call can see. */
export interface OperatorContext {
  /** The data the node is evaluated against: the record, or the current item inside an iterator. */
  readonly data: unknown;
  /** JSON pointer of the operator node in the rule. */
  readonly pointer: string;
  readonly limits: Readonly<LogicLimits>;
  /** Throws a LogicError of `type` at this node (`try` can catch it). */
  fail(type: string, message?: string): never;
}

/** An argument of a lazy operator, compiled but not evaluated. */
export interface LazyArgument {
  /** The argument as written in the rule (deeply frozen). */
  readonly rule: unknown;
  readonly pointer: string;
  /** True when the argument has the same value for every record (a literal, or folded at compile time). */
  readonly constant: boolean;
  /** The value, when `constant`. */
  readonly value: unknown;
}

/** What a lazy operator call can see: it evaluates its arguments itself, when and as often as it wants. */
export interface LazyOperatorContext extends OperatorContext {
  /**
   * Evaluates argument `index` against the current data, or, when `data` is given, against `data`
   * as a new scope (the way map evaluates its body against each item; `val` can climb back out of
   * it with `[[2], ...]`). Each call counts against `maxSteps`.
   */
  evaluate(index: number, data?: unknown): unknown;
}

interface OperatorSpecBase {
  /** Namespaced name with at least one dot (`acme.weightedAvg`), so it survives export and re-import. */
  name: string;
  label?: LocalizedText;
  description?: LocalizedText;
  args?: OperatorArgs;
  /** Type of the result, for compile-time checks of enclosing custom operators and the builder. */
  returns?: LogicValueType;
  /**
   * True if the result depends on the arguments only (no clock, no randomness, no outside state):
   * a call whose arguments are all constant is then evaluated once at compile time.
   */
  pure?: boolean;
}

/** An operator that receives its arguments evaluated, in order. */
export interface EagerOperatorSpec extends OperatorSpecBase {
  lazy?: false;
  /** `args` is exactly the argument list written in the rule, evaluated (a non-array argument is one argument). */
  evaluate(args: readonly unknown[], context: OperatorContext): unknown;
}

/** An operator that evaluates its arguments itself (like `if`, `and`, `map`). */
export interface LazyOperatorSpec extends OperatorSpecBase {
  lazy: true;
  evaluate(args: readonly LazyArgument[], context: LazyOperatorContext): unknown;
}

export type OperatorSpec = EagerOperatorSpec | LazyOperatorSpec;

/** A set of operators with limits; custom operators are registered per engine, never globally. */
export interface LogicEngine {
  compile(rule: LogicRule, options?: CompileOptions): CompiledLogic;
  /** Compiles a variant that records a trace of every evaluated node (see trace.ts). */
  compileTraced(rule: LogicRule, options?: CompileOptions): TracedLogic;
  apply(rule: LogicRule, data?: unknown): unknown;
  /** Registers a custom operator; throws if the name is not namespaced, taken or built in. */
  addOperator(spec: OperatorSpec): void;
  hasOperator(name: string): boolean;
  /** Built-in and custom operator names. */
  operatorNames(): string[];
  /** The custom operator registered under `name`, if any (for the builder's labels and schemas). */
  getOperator(name: string): OperatorSpec | undefined;
  readonly limits: Readonly<LogicLimits>;
}

export interface LogicEngineOptions {
  operators?: OperatorSpec[];
  limits?: Partial<LogicLimits>;
}
