// Custom operators: checks a spec at registration and adapts it to the engine's own definition.
// What a plugin's function returns is checked like a built-in's result (JSON, within limits), and
// what it throws becomes a LogicError at the operator's pointer.
import { ErrorType, LogicError, isLogicError, nanError } from './errors.ts';
import type { Compiled, EagerOperatorDef, LazyOperatorDef, OperatorDef } from './operator-def.ts';
import { toRule } from './parse.ts';
import type { Evaluator, Run, Site } from './runtime.ts';
import type {
  LazyArgument, LazyOperatorContext, LogicLimits, LogicValueType, OperatorArgs, OperatorContext, OperatorSpec,
} from './types.ts';
import { checkArrayLength, checkStringLength } from './values.ts';

/** Dotted identifier-like segments: `acme.weightedAvg`, `acme.kpi.clamp-to`. */
const NAME = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)+$/;
const TYPES: ReadonlySet<string> = new Set<LogicValueType>(['number', 'string', 'boolean', 'array', 'object', 'any']);

function refuse(name: unknown, why: string): TypeError {
  return new TypeError(`Cannot register operator ${typeof name === 'string' ? JSON.stringify(name) : String(name)}: ${why}`);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && (value === Infinity || (Number.isInteger(value) && value >= 0));
}

/** Checks a spec and returns a frozen copy, so later changes to the caller's object change nothing. */
export function checkOperatorSpec(spec: OperatorSpec, isTaken: (name: string) => 'builtin' | 'custom' | undefined): OperatorSpec {
  if (spec === null || typeof spec !== 'object') throw refuse(spec, 'a spec object is required');
  const { name } = spec;
  if (typeof name !== 'string' || !NAME.test(name)) throw refuse(name, 'the name must be namespaced with a dot, like "acme.weightedAvg"');
  const taken = isTaken(name);
  if (taken === 'builtin') throw refuse(name, 'built-in operators cannot be overridden');
  if (taken === 'custom') throw refuse(name, 'an operator of that name is already registered on this engine');
  if (typeof spec.evaluate !== 'function') throw refuse(name, 'evaluate must be a function');
  if (spec.lazy !== undefined && typeof spec.lazy !== 'boolean') throw refuse(name, 'lazy must be a boolean');
  if (spec.pure !== undefined && typeof spec.pure !== 'boolean') throw refuse(name, 'pure must be a boolean');
  if (spec.returns !== undefined && !TYPES.has(spec.returns)) throw refuse(name, `returns must be one of ${[...TYPES].join(', ')}`);
  const args: OperatorArgs = { ...spec.args };
  if (args.min !== undefined && (!isCount(args.min) || args.min === Infinity)) throw refuse(name, 'args.min must be a non-negative integer');
  if (args.max !== undefined && !isCount(args.max)) throw refuse(name, 'args.max must be a non-negative integer');
  if ((args.min ?? 0) > (args.max ?? Infinity)) throw refuse(name, 'args.min is greater than args.max');
  if (args.types !== undefined) {
    if (!Array.isArray(args.types) || !args.types.every((t) => TYPES.has(t))) throw refuse(name, `args.types must list types among ${[...TYPES].join(', ')}`);
    args.types = Object.freeze([...args.types]) as LogicValueType[];
  }
  if (args.labels !== undefined) args.labels = Object.freeze([...args.labels]) as OperatorArgs['labels'];
  return Object.freeze({ ...spec, args: Object.freeze(args) }) as OperatorSpec;
}

/** A plugin's result must be JSON-like and within limits; undefined reads as null. */
function checkResult(value: unknown, site: Site): unknown {
  switch (typeof value) {
    case 'undefined': return null;
    case 'number':
      if (value - value !== 0) throw nanError(site.pointer, `a finite number from "${site.op}"`);
      return value;
    case 'string':
      checkStringLength(value.length, site.limits.maxStringLength, site.pointer);
      return value;
    case 'boolean': return value;
    case 'object':
      if (Array.isArray(value)) checkArrayLength(value.length, site.limits.maxArrayLength, site.pointer);
      return value;
    default:
      throw new LogicError(ErrorType.OperatorFailed, `"${site.op}" returned ${typeof value}, which is not JSON`, { pointer: site.pointer });
  }
}

function wrapFailure(error: unknown, site: Site): LogicError {
  if (isLogicError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new LogicError(ErrorType.OperatorFailed, `"${site.op}" failed: ${message}`, { pointer: site.pointer, cause: error });
}

/** The context of one call; a class so every call has the same shape. */
class CallContext implements OperatorContext {
  constructor(readonly data: unknown, protected readonly site: Site) {}
  get pointer(): string {
    return this.site.pointer;
  }
  get limits(): Readonly<LogicLimits> {
    return this.site.limits;
  }
  fail(type: string, message?: string): never {
    throw new LogicError(String(type), message ?? `"${this.site.op}" failed with ${JSON.stringify(type)}`, { pointer: this.site.pointer });
  }
}

class LazyCallContext extends CallContext implements LazyOperatorContext {
  constructor(data: unknown, site: Site, private readonly run: Run, private readonly evaluators: readonly Evaluator[], private readonly sizes: readonly number[]) {
    super(data, site);
  }

  evaluate(index: number, data?: unknown): unknown {
    const evaluate = this.evaluators[index];
    if (!Number.isInteger(index) || evaluate === undefined) throw new RangeError(`"${this.site.op}" has no argument ${String(index)}`);
    this.run.charge(1 + this.sizes[index]!, this.site.pointer);
    if (data === undefined) return evaluate(this.data, this.run);
    if (!this.site.scoped) return evaluate(data, this.run);
    const scopes = this.run.scopes;
    const base = scopes.length;
    scopes.push(null, data);
    try {
      return evaluate(data, this.run);
    } finally {
      scopes.length = base;
    }
  }
}

function lazyArgument(arg: Compiled): LazyArgument {
  return Object.freeze({ rule: toRule(arg.node), pointer: arg.node.pointer, constant: arg.constant, value: arg.constant ? arg.value : undefined });
}

/** The engine's definition of a checked custom operator. */
export function adaptOperator(spec: OperatorSpec): OperatorDef {
  const common = {
    name: spec.name,
    min: spec.args?.min ?? 0,
    max: spec.args?.max ?? Infinity,
    // Written args are the args: a non-array argument is one argument, as in json-logic-js.
    form: 'single' as const,
    pure: spec.pure === true,
    returns: spec.returns ?? 'any',
    classic: false,
    ...(spec.args?.types === undefined ? {} : { types: spec.args.types }),
  };
  if (spec.lazy === true) {
    const evaluate = spec.evaluate;
    const def: LazyOperatorDef = {
      ...common, kind: 'lazy', loops: true, traceArgs: false,
      compile(args, site) {
        const lazyArgs = Object.freeze(args.map(lazyArgument));
        const evaluators = args.map((a) => a.evaluate);
        const sizes = args.map((a) => a.size);
        return (d, r) => {
          try {
            return checkResult(evaluate(lazyArgs, new LazyCallContext(d, site, r, evaluators, sizes)), site);
          } catch (error) {
            throw wrapFailure(error, site);
          }
        };
      },
    };
    return def;
  }
  const evaluate = spec.evaluate;
  const def: EagerOperatorDef = {
    ...common, kind: 'eager', loops: false, traceArgs: true,
    apply(values, site, data) {
      try {
        return checkResult(evaluate(values, new CallContext(data, site)), site);
      } catch (error) {
        throw wrapFailure(error, site);
      }
    },
  };
  return def;
}
