// What compiled closures share at run time. A closure is `(data, run) => value`: `data` is the
// current scope, `run` the per-call state (steps, the scope stack, the trace being recorded).
import { limitError } from './errors.ts';
import type { LogicLimits } from './types.ts';
import type { TraceNode } from './trace.ts';

export type Evaluator = (data: unknown, run: Run) => unknown;

/** The node being recorded in trace mode, and the data it was evaluated against. */
export interface TraceCursor {
  node: TraceNode;
  data: unknown;
}

/** Per-call state. One class, so every closure sees the same shape. */
export class Run {
  steps = 0;
  /**
   * Scopes from the root outwards-in: [root, meta, item, meta, item, ...]. Maintained only when the
   * rule can climb scopes (`val` with `[[n], ...]`); iterators push a `{index}` meta and the item,
   * `try` pushes null and the error.
   */
  readonly scopes: unknown[] = [];
  /** Set in trace mode only. */
  cursor: TraceCursor | null = null;

  constructor(readonly maxSteps: number) {}

  /** Counts `n` more node evaluations; throws once the run exceeds maxSteps. */
  charge(n: number, pointer: string): void {
    if ((this.steps += n) > this.maxSteps) throw limitError('maxSteps', this.maxSteps, pointer, 'Evaluation');
  }
}

/** Where an operator sits in the rule, fixed at compile time: the error path needs nothing else. */
export interface Site {
  readonly op: string;
  readonly pointer: string;
  readonly limits: Readonly<LogicLimits>;
  /** True if the rule climbs scopes, so iterators and `try` must keep run.scopes. */
  readonly scoped: boolean;
}

/**
 * Evaluators that never touch `run` and read undefined data as null (a var of one key or more):
 * a loop-free rule whose root is one is handed to the caller as is, without a wrapper call.
 */
const runFreeSet = new WeakSet<Evaluator>();

export function runFree(evaluate: (data: unknown) => unknown): Evaluator {
  runFreeSet.add(evaluate);
  return evaluate;
}

export function isRunFree(evaluate: Evaluator): boolean {
  return runFreeSet.has(evaluate);
}

/** Marks `evaluate` run-free when it hands `run` to nothing but run-free `children`. */
export function runFreeIf(evaluate: Evaluator, children: readonly Evaluator[]): Evaluator {
  if (children.every(isRunFree)) runFreeSet.add(evaluate);
  return evaluate;
}
