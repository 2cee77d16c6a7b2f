// Explanation support: a traced variant of a compiled rule records every node it evaluates, as a
// tree in evaluation order, so a UI can show why a record got its value ("why false").
//
// The traced variant is compiled separately, on demand: it folds no constants, uses each
// operator's generic meaning (eager operators see their evaluated arguments as one list) and
// wraps every node in a recorder. The fast variant from compileLogic is never wrapped, so tracing
// costs nothing when unused. Both variants have the same results and errors.
//
// Reading a trace:
//  - `children` are the nodes evaluated while evaluating this one, in order. A lazy operator's
//    children show what it evaluated: `and` stops at the first falsy child, `if` lists the
//    conditions it tried and the branch it took, `map` lists its body once per item (each with
//    `scope` set to the item), `try` lists failed attempts (with `error`) before the one that
//    succeeded.
//  - `args` are the evaluated arguments of eager operators and comparisons (for an operator
//    whose argument list is computed, like {"+": {"var": "list"}}, the computed list).
//  - Literals are nodes too (`kind: "literal"`, `op: null`), so `children[i].pointer` always
//    points into the rule.
//  - Values are the engine's values, not copies: treat them as read-only.
import { DEFAULT_ENGINE } from './engine.ts';
import type { LogicError } from './errors.ts';
import type { CompileOptions, LogicEngine, LogicRule } from './types.ts';

export interface TraceError {
  type: string;
  message: string;
  /** Where the error was raised (may be below this node: errors pass through their ancestors). */
  pointer?: string;
}

/** One evaluated node of a rule. */
export interface TraceNode {
  /** RFC 6901 pointer of the node in the rule (`""` is the rule itself). */
  pointer: string;
  /** The operator (`">="`, `"var"`, `"acme.weightedAvg"`), or null for literals and array literals. */
  op: string | null;
  kind: 'operator' | 'literal' | 'array';
  /** Evaluated arguments, for eager operators and comparisons. */
  args?: unknown[];
  /** The node's value (undefined when it failed). */
  value: unknown;
  /** JSON-logic truthiness of the value (an empty array is false). */
  truthy: boolean;
  /** Nodes evaluated to produce this one, in evaluation order. */
  children: TraceNode[];
  /** The data the node was evaluated against, when it differs from its parent's (iterator items, try's error). */
  scope?: unknown;
  /** Set when evaluating the node failed. */
  error?: TraceError;
}

/** One traced run. */
export interface TraceResult {
  /** The rule's value (undefined when it failed). */
  value: unknown;
  /** The error the rule failed with; traced runs return it instead of throwing. */
  error?: LogicError;
  /** The root node: the rule itself. */
  trace: TraceNode;
  /** Steps charged to the run (see LogicLimits.maxSteps). */
  steps: number;
}

/** A rule compiled for tracing: call it once per record. */
export type TracedLogic = (data: unknown) => TraceResult;

export interface TraceOptions extends CompileOptions {
  /** The engine whose operators to use (default: the built-ins and the date/time operators). */
  engine?: LogicEngine;
}

/** Compiles the traced variant of a rule. Throws LogicError for a malformed rule, like compileLogic. */
export function compileTraced(rule: LogicRule, options: TraceOptions = {}): TracedLogic {
  return (options.engine ?? DEFAULT_ENGINE).compileTraced(rule, options);
}

/** Traces one run: `compileTraced(rule, options)(data)`. */
export function traceLogic(rule: LogicRule, data?: unknown, options?: TraceOptions): TraceResult {
  return compileTraced(rule, options)(data);
}
