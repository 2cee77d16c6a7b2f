// JSON-logic <-> the builder's model (types.ts). The one rule: from(to(x)) deep-equals x for every
// JSON value x, so opening a rule in the visual builder and saving it never changes it. Whatever
// cannot be drawn exactly (unknown operators, wrong argument counts, objects with two keys, numeric
// var paths, literal arrays holding rules) becomes a `raw` node at the smallest node that holds
// it, and everything around it stays visual.
import { BUILTIN_OPERATORS } from '../../logic/operators/builtins.ts';
import type { LogicEngine } from '../../logic/types.ts';
import { catalogOf, type CatalogOperator, type OperatorCatalog } from './operator-catalog.ts';
import type { ArithOp, BuilderCondition, BuilderExpr, CompareOp } from './types.ts';

export interface MappingOptions {
  /**
   * The operators drawn as `call` nodes, with their arities: the engine's custom operators
   * (date.*, time.*, plugins) and the built-ins without a node of their own (cat, substr, ...).
   * Default: the catalog of `engine`.
   */
  catalog?: OperatorCatalog;
  /** Whose custom operators are known; default: the engine behind applyLogic (built-ins, date.*, time.*). */
  engine?: LogicEngine;
}

type Scalar = string | number | boolean | null;

interface Operation {
  readonly name: string;
  /** The value under the operator's key, as written (an array or a single value). */
  readonly raw: unknown;
}

const COMPARE_OPS: ReadonlySet<string> = new Set<CompareOp>(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);
const ARITH_OPS: ReadonlySet<string> = new Set<ArithOp>(['+', '-', '*', '/', '%', 'min', 'max']);
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'all', 'none']);
/** Operators read as conditions; everything else used as a condition is a `test` of an expression. */
const CONDITION_OPS: ReadonlySet<string> = new Set(['and', 'or', '!', 'in', ...COMPARE_OPS, ...QUANTIFIERS]);

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** `{op: raw}`: a plain object with exactly one own key; anything else is not an operation. */
function operation(json: unknown): Operation | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const proto: unknown = Object.getPrototypeOf(json);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const keys = Object.keys(json);
  if (keys.length !== 1) return undefined;
  const name = keys[0]!;
  return { name, raw: (json as Record<string, unknown>)[name] };
}

const raw = (json: unknown): { kind: 'raw'; json: unknown } => ({ kind: 'raw', json });

class Reader {
  constructor(private readonly catalog: OperatorCatalog) {}

  condition(json: unknown): BuilderCondition {
    const op = operation(json);
    if (op !== undefined && CONDITION_OPS.has(op.name)) return this.conditionOperation(op, json);
    const expr = this.expr(json);
    return expr.kind === 'raw' ? expr : { kind: 'test', expr };
  }

  expr(json: unknown): BuilderExpr {
    if (isScalar(json)) return { kind: 'literal', value: json };
    if (Array.isArray(json)) {
      // Items of an array are rules: only an array of plain values is a literal list. (A hole is not JSON.)
      for (let i = 0; i < json.length; i++) if (!(i in json) || !isScalar(json[i])) return raw(json);
      return { kind: 'literal', value: [...(json as Scalar[])] };
    }
    const op = operation(json);
    if (op === undefined) return raw(json);
    if (CONDITION_OPS.has(op.name)) {
      const condition = this.conditionOperation(op, json);
      return condition.kind === 'raw' ? condition : { kind: 'condition', condition };
    }
    if (op.name === 'var') return field(op.raw) ?? raw(json);
    if (op.name === 'if' || op.name === '?:') return this.ifExpr(op, json);
    if (op.name === 'reduce') {
      const counted = countOf(op.raw);
      if (counted !== undefined) return { kind: 'count', array: this.expr(counted.array), condition: this.condition(counted.condition) };
    }
    const entry = this.catalog.get(op.name);
    if (ARITH_OPS.has(op.name)) {
      // Only the listed form: {"-": x} with an operator x subtracts a computed list, which is not "−x".
      if (entry === undefined || !Array.isArray(op.raw) || !fits(entry, op.raw.length)) return raw(json);
      return { kind: 'arith', op: op.name as ArithOp, args: op.raw.map((a) => this.expr(a)) };
    }
    if (entry?.node === 'call') return this.call(entry, op, json);
    return raw(json);
  }

  private conditionOperation(op: Operation, json: unknown): BuilderCondition {
    const { name, raw: args } = op;
    if (name === '!') return this.negation(args, json);
    if (!Array.isArray(args)) return raw(json); // these operators take an argument list only
    if (name === 'and' || name === 'or') {
      return { kind: 'group', combinator: name === 'and' ? 'all' : 'any', children: args.map((c) => this.condition(c)) };
    }
    if (COMPARE_OPS.has(name)) {
      if (args.length === 2) return { kind: 'compare', op: name as CompareOp, left: this.expr(args[0]), right: this.expr(args[1]) };
      if (args.length === 3 && (name === '<' || name === '<=')) {
        return { kind: 'between', op: name, low: this.expr(args[0]), value: this.expr(args[1]), high: this.expr(args[2]) };
      }
      return raw(json);
    }
    if (args.length !== 2) return raw(json);
    if (name === 'in') return { kind: 'in', value: this.expr(args[0]), list: this.expr(args[1]) };
    return { kind: 'quantifier', quantifier: name as 'some' | 'all' | 'none', array: this.expr(args[0]), condition: this.condition(args[1]) };
  }

  private negation(args: unknown, json: unknown): BuilderCondition {
    if (Array.isArray(args)) return args.length === 1 ? { kind: 'not', condition: this.condition(args[0]), form: 'array' } : raw(json);
    const inner = operation(args);
    if (inner?.name === 'or' && Array.isArray(inner.raw)) {
      return { kind: 'group', combinator: 'none', children: inner.raw.map((c) => this.condition(c)) };
    }
    return { kind: 'not', condition: this.condition(args) };
  }

  private ifExpr(op: Operation, json: unknown): BuilderExpr {
    const args = op.raw;
    // Fewer than two arguments has no branch to draw.
    if (!Array.isArray(args) || args.length < 2) return raw(json);
    const branches: Array<{ when: BuilderCondition; then: BuilderExpr }> = [];
    for (let i = 0; i + 1 < args.length; i += 2) branches.push({ when: this.condition(args[i]), then: this.expr(args[i + 1]) });
    return {
      kind: 'if', branches,
      ...(args.length % 2 === 1 ? { otherwise: this.expr(args[args.length - 1]) } : {}),
      ...(op.name === '?:' ? { op: '?:' as const } : {}),
    };
  }

  private call(entry: CatalogOperator, op: Operation, json: unknown): BuilderExpr {
    if (Array.isArray(op.raw)) {
      return fits(entry, op.raw.length) ? { kind: 'call', op: op.name, args: op.raw.map((a) => this.expr(a)), form: 'array' } : raw(json);
    }
    // {"op": x}: one argument, except that for spread operators an operator x computes the argument list.
    const single = entry.single === 'one' || (entry.single === 'spread' && operation(op.raw) === undefined);
    return single && fits(entry, 1) ? { kind: 'call', op: op.name, args: [this.expr(op.raw)], form: 'single' } : raw(json);
  }
}

function fits(entry: CatalogOperator, count: number): boolean {
  return count >= entry.min && count <= entry.max;
}

/** The exact shape fromBuilderExpr writes for a count (anything else stays a reduce call or raw). */
function countOf(args: unknown): { array: unknown; condition: unknown } | undefined {
  if (!Array.isArray(args) || args.length !== 3 || !Object.is(args[2], 0)) return undefined;
  const sum = operation(args[1]);
  if (sum?.name !== '+' || !Array.isArray(sum.raw) || sum.raw.length !== 2) return undefined;
  if (operation(sum.raw[0])?.name !== 'var' || operation(sum.raw[0])?.raw !== 'accumulator') return undefined;
  const test = operation(sum.raw[1]);
  if (test?.name !== 'if' || !Array.isArray(test.raw) || test.raw.length !== 3 || !Object.is(test.raw[1], 1) || !Object.is(test.raw[2], 0)) return undefined;
  return { array: args[0], condition: test.raw[0] };
}

/** {"var": "a"}, {"var": ["a"]}, {"var": ["a", fallback]}; numeric and empty paths stay raw. */
function field(args: unknown): BuilderExpr | undefined {
  if (typeof args === 'string') return { kind: 'field', path: args, form: 'string' };
  if (!Array.isArray(args) || typeof args[0] !== 'string') return undefined;
  if (args.length === 1) return { kind: 'field', path: args[0], form: 'array' };
  if (args.length === 2 && args[1] !== undefined) return { kind: 'field', path: args[0], fallback: args[1], form: 'array' };
  return undefined;
}

function readerFor(options: MappingOptions | undefined): Reader {
  return new Reader(options?.catalog ?? catalogOf(options?.engine));
}

/** The builder's model of a rule used as a condition (a `when`, an `if` test, a filter). */
export function toBuilderCondition(json: unknown, options?: MappingOptions): BuilderCondition {
  return readerFor(options).condition(json);
}

/** The builder's model of a rule used as a value (an amount, a score). */
export function toBuilderExpr(json: unknown, options?: MappingOptions): BuilderExpr {
  return readerFor(options).expr(json);
}

function op(name: string, args: unknown): Record<string, unknown> {
  // A computed key defines an own property, even for "__proto__".
  return { [name]: args };
}

/** The JSON-logic of a condition model. Exact inverse of toBuilderCondition. */
export function fromBuilderCondition(model: BuilderCondition): unknown {
  switch (model.kind) {
    case 'group': {
      const children = model.children.map(fromBuilderCondition);
      if (model.combinator === 'none') return op('!', op('or', children));
      return op(model.combinator === 'all' ? 'and' : 'or', children);
    }
    case 'compare': return op(model.op, [fromBuilderExpr(model.left), fromBuilderExpr(model.right)]);
    case 'between': return op(model.op, [fromBuilderExpr(model.low), fromBuilderExpr(model.value), fromBuilderExpr(model.high)]);
    case 'in': return op('in', [fromBuilderExpr(model.value), fromBuilderExpr(model.list)]);
    case 'quantifier': return op(model.quantifier, [fromBuilderExpr(model.array), fromBuilderCondition(model.condition)]);
    case 'not': {
      const inner = fromBuilderCondition(model.condition);
      // {"!": [a, b]} would be two arguments: an array operand needs the listed form.
      return op('!', model.form === 'array' || Array.isArray(inner) ? [inner] : inner);
    }
    case 'test': return fromBuilderExpr(model.expr);
    case 'raw': return model.json;
  }
}

/** The JSON-logic of an expression model. Exact inverse of toBuilderExpr. */
export function fromBuilderExpr(model: BuilderExpr): unknown {
  switch (model.kind) {
    case 'field':
      if (model.fallback !== undefined) return op('var', [model.path, model.fallback]);
      return op('var', model.form === 'array' ? [model.path] : model.path);
    case 'literal': return Array.isArray(model.value) ? [...model.value] : model.value;
    case 'arith': return op(model.op, model.args.map(fromBuilderExpr));
    case 'if': {
      const args = model.branches.flatMap((b) => [fromBuilderCondition(b.when), fromBuilderExpr(b.then)]);
      if (model.otherwise !== undefined) args.push(fromBuilderExpr(model.otherwise));
      return op(model.op ?? 'if', args);
    }
    case 'call': {
      const args = model.args.map(fromBuilderExpr);
      return op(model.op, model.form === 'single' && singleKeepsMeaning(model.op, args) ? args[0] : args);
    }
    case 'count': return op('reduce', [
      fromBuilderExpr(model.array),
      op('+', [op('var', 'accumulator'), op('if', [fromBuilderCondition(model.condition), 1, 0])]),
      0,
    ]);
    case 'condition': return fromBuilderCondition(model.condition);
    case 'raw': return model.json;
  }
}

/**
 * Whether `{"op": arg}` still means `{"op": [arg]}`: not when arg is an array (its items would be
 * the arguments), nor for spread operators when arg is an operator (it would compute the list).
 */
function singleKeepsMeaning(name: string, args: readonly unknown[]): boolean {
  if (args.length !== 1 || Array.isArray(args[0])) return false;
  return !(BUILTIN_OPERATORS.get(name)?.form === 'spread' && operation(args[0]) !== undefined);
}
