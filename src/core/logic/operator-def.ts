// How an operator is described inside the engine: built-ins and adapted custom operators alike.
import type { Evaluator, Run, Site } from './runtime.ts';
import type { LogicNode, OperatorNode } from './parse.ts';
import type { LogicValueType } from './types.ts';

/**
 * How an operator reads a non-array argument (`{"op": x}` instead of `{"op": [x]}`):
 *  - single: x is the one argument;
 *  - spread: a literal x is the one argument, an operator x computes the argument list
 *    (`{"+": {"merge": ...}}` adds the merged items) — the suites' "chaining";
 *  - array:  not allowed, "Invalid Arguments" (if/and/or/comparisons/iterators);
 *  - raw:    x is data, not a rule (preserve).
 */
export type ArgumentForm = 'single' | 'spread' | 'array' | 'raw';

/** A compiled argument as an operator's compile step sees it. */
export interface Compiled {
  readonly evaluate: Evaluator;
  /** Same value for every record: a literal, or folded at compile time. */
  readonly constant: boolean;
  readonly value: unknown;
  readonly node: LogicNode;
  /** Most operator (and array literal) evaluations one evaluation of this argument costs: its step count. */
  readonly size: number;
}

interface OperatorDefBase {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly form: ArgumentForm;
  /** Foldable: with constant arguments the result is the same for every record. */
  readonly pure: boolean;
  /** Evaluates some argument repeatedly (iterators, lazy custom operators): runs need step counting. */
  readonly loops: boolean;
  /** Result type, for compile-time checks of custom operators' argument types. */
  readonly returns: LogicValueType;
  /** Per-position argument types (custom operators); the last applies to further arguments. */
  readonly types?: readonly LogicValueType[];
  /** True for the classic json-logic-js operators. */
  readonly classic: boolean;
  /** In traces, record the children's values as `args` (eager operators and comparisons). */
  readonly traceArgs: boolean;
  /** Static checks beyond arity; throw a LogicError naming the offending pointer. */
  check?(node: OperatorNode): void;
}

/** Receives its arguments evaluated. `apply` is the one definition of its meaning. */
export interface EagerOperatorDef extends OperatorDefBase {
  readonly kind: 'eager';
  apply(values: readonly unknown[], site: Site, data: unknown, run: Run): unknown;
  /**
   * A faster closure for a fixed argument list (by arity, constant arguments, ...); undefined to use
   * the generic one. Must mean exactly what `apply` means: traces and the tests use `apply`.
   */
  specialize?(args: readonly Compiled[], site: Site): Evaluator | undefined;
}

/** Evaluates its arguments itself. */
export interface LazyOperatorDef extends OperatorDefBase {
  readonly kind: 'lazy';
  compile(args: readonly Compiled[], site: Site): Evaluator;
}

export type OperatorDef = EagerOperatorDef | LazyOperatorDef;

/** Defaults for built-in definitions. */
export function builtin<T extends OperatorDef>(def: Omit<T, 'classic' | 'loops' | 'returns' | 'traceArgs' | 'pure'> & Partial<Pick<T, 'classic' | 'loops' | 'returns' | 'traceArgs' | 'pure'>>): T {
  return {
    classic: true,
    loops: false,
    returns: 'any',
    traceArgs: def.kind === 'eager',
    pure: true,
    ...def,
  } as T;
}

/** The constant values of `args`, or undefined unless all are constant. */
export function constantValues(args: readonly Compiled[]): unknown[] | undefined {
  for (const arg of args) if (!arg.constant) return undefined;
  return args.map((a) => a.value);
}

/** Evaluates every argument into a fresh array and applies `apply`: the generic eager closure. */
export function genericEager(def: EagerOperatorDef, args: readonly Compiled[], site: Site): Evaluator {
  const evaluators = args.map((a) => a.evaluate);
  const apply = def.apply;
  switch (evaluators.length) {
    case 0: return (data, run) => apply([], site, data, run);
    case 1: {
      const a = evaluators[0]!;
      return (data, run) => apply([a(data, run)], site, data, run);
    }
    case 2: {
      const a = evaluators[0]!;
      const b = evaluators[1]!;
      return (data, run) => apply([a(data, run), b(data, run)], site, data, run);
    }
    default:
      return (data, run) => {
        const values = new Array<unknown>(evaluators.length);
        for (let i = 0; i < evaluators.length; i++) values[i] = evaluators[i]!(data, run);
        return apply(values, site, data, run);
      };
  }
}
