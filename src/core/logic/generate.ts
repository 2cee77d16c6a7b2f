// Compile step 2: turns the node tree into nested closures. In the fast variant, subtrees whose
// value cannot depend on the data are evaluated once here (constant folding) and eager operators
// get closures specialised for their arity and constant arguments. The traced variant folds
// nothing, uses each operator's generic meaning, and wraps every node to record it.
import { invalidArguments } from './errors.ts';
import { constantValues, genericEager, type Compiled, type EagerOperatorDef } from './operator-def.ts';
import { describeArity, type ArrayNode, type LiteralNode, type LogicNode, type OperatorNode } from './parse.ts';
import { Run, runFree, type Evaluator, type Site } from './runtime.ts';
import { recordNode } from './trace-recorder.ts';
import type { LogicLimits } from './types.ts';
import { deepFreeze } from './values.ts';

export interface GenerateOptions {
  readonly limits: Readonly<LogicLimits>;
  readonly trace: boolean;
}

export interface Generated extends Compiled {
  /** Some node evaluates children repeatedly: runs need a fresh step count. */
  readonly loops: boolean;
  /** The rule may climb scopes: runs keep run.scopes. */
  readonly scoped: boolean;
}

/** True if any `val` may climb scopes: a first argument that is an array, or computed. */
function climbsScopes(node: LogicNode): boolean {
  if (node.kind === 'literal') return false;
  if (node.kind === 'array') return node.items.some(climbsScopes);
  if (node.def.name === 'val' || node.def.name === 'exists') {
    const first = node.args[0];
    if (node.dynamic || (first !== undefined && (first.kind !== 'literal' || Array.isArray(first.value)))) return true;
  }
  return node.args.some(climbsScopes);
}

/** Constants cost no steps: nothing is evaluated for them per record. */
function constant(node: LogicNode, value: unknown): Compiled {
  return { evaluate: runFree(() => value), constant: true, value, node, size: 0 };
}

class Generator {
  loops = false;

  constructor(private readonly options: GenerateOptions, readonly scoped: boolean) {}

  compile(node: LogicNode): Compiled {
    const compiled = node.kind === 'literal' ? this.literal(node) : node.kind === 'array' ? this.array(node) : this.operator(node);
    if (!this.options.trace) return compiled;
    // Traced: every node records itself, and nothing counts as constant, so every child is
    // evaluated through its own recorder (operators never inline a constant child).
    return { ...compiled, evaluate: recordNode(compiled.evaluate, node), constant: false };
  }

  private literal(node: LiteralNode): Compiled {
    return constant(node, node.value);
  }

  private array(node: ArrayNode): Compiled {
    const items = node.items.map((item) => this.compile(item));
    const size = items.reduce((sum, item) => sum + item.size, 1);
    const values = this.options.trace ? undefined : constantValues(items);
    if (values !== undefined) return constant(node, Object.freeze(values));
    const evaluators = items.map((item) => item.evaluate);
    const n = evaluators.length;
    const evaluate: Evaluator = (d, r) => {
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) out[i] = evaluators[i]!(d, r);
      return out;
    };
    return { evaluate, constant: false, value: undefined, node, size };
  }

  private operator(node: OperatorNode): Compiled {
    const def = node.def;
    if (def.loops) this.loops = true;
    const args = node.args.map((arg) => this.compile(arg));
    const size = args.reduce((sum, arg) => sum + arg.size, 1);
    const site: Site = Object.freeze({ op: node.op, pointer: node.pointer, limits: this.options.limits, scoped: this.scoped });
    let evaluate: Evaluator;
    if (node.dynamic) evaluate = computedArguments(def as EagerOperatorDef, args[0]!.evaluate, site);
    else if (def.kind === 'eager') evaluate = (this.options.trace ? undefined : def.specialize?.(args, site)) ?? genericEager(def, args, site);
    else evaluate = def.compile(args, site);
    if (!this.options.trace && def.pure && !node.dynamic && args.every((arg) => arg.constant)) {
      const folded = this.fold(evaluate);
      if (folded !== undefined) return constant(node, folded.value);
    }
    return { evaluate, constant: false, value: undefined, node, size };
  }

  /** The value of a subtree that reads no data, or undefined if evaluating it fails (it then fails per record). */
  private fold(evaluate: Evaluator): { value: unknown } | undefined {
    try {
      return { value: deepFreeze(evaluate(null, new Run(this.options.limits.maxSteps))) };
    } catch {
      return undefined;
    }
  }
}

/** `{"op": expr}` where expr computes the argument list (an array; any other value is one argument). */
function computedArguments(def: EagerOperatorDef, list: Evaluator, site: Site): Evaluator {
  const { min, max, apply } = def;
  return (d, r) => {
    const value = list(d, r);
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    if (values.length < min || values.length > max) throw invalidArguments(site.pointer, `${describeArity(min, max)} for "${def.name}", got ${values.length}`);
    if (r.cursor !== null) r.cursor.node.args = values;
    return apply(values, site, d, r);
  };
}

/** Compile step 2: closures for a parsed rule. */
export function generate(root: LogicNode, options: GenerateOptions): Generated {
  const generator = new Generator(options, climbsScopes(root));
  const compiled = generator.compile(root);
  return { ...compiled, loops: generator.loops, scoped: generator.scoped };
}
