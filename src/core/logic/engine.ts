// Engines: the built-in operators plus an engine's own custom ones, and its limits. Compiling is
// parse (checks, pointers) then generate (closures); running a compiled rule is one closure call.
import { checkOperatorSpec, adaptOperator } from './custom-operators.ts';
import { LogicError, limitError } from './errors.ts';
import { generate, type Generated } from './generate.ts';
import { DEFAULT_LIMITS, resolveLimits } from './limits.ts';
import type { OperatorDef } from './operator-def.ts';
import { BUILTIN_OPERATORS } from './operators/builtins.ts';
import { parseRule } from './parse.ts';
import { Run, isRunFree } from './runtime.ts';
import type { TraceNode, TracedLogic } from './trace.ts';
import type { CompileOptions, CompiledLogic, LogicEngine, LogicEngineOptions, LogicLimits, LogicRule, OperatorSpec } from './types.ts';
import { DATE_TIME_OPERATORS } from './datetime/index.ts';

/** Undefined data (no record) reads as null, as everywhere else in JSON. */
function normalize(data: unknown): unknown {
  return data === undefined ? null : data;
}

/** The function a caller gets: as little as possible between it and the root closure. */
function toCompiledLogic(g: Generated, limits: Readonly<LogicLimits>): CompiledLogic {
  const { evaluate, size, scoped } = g;
  const maxSteps = limits.maxSteps;
  if (size > maxSteps) {
    return () => {
      throw limitError('maxSteps', maxSteps, '', `Evaluating a rule of ${size} nodes`);
    };
  }
  if (g.constant) {
    const value = g.value;
    return () => value;
  }
  if (!g.loops && !scoped && isRunFree(evaluate)) return evaluate as CompiledLogic;
  if (!g.loops && !scoped) {
    // Loop-free: a run evaluates each node at most once (size <= maxSteps), nothing to count or push.
    const run = new Run(maxSteps);
    return (data) => evaluate(data === undefined ? null : data, run);
  }
  let spare: Run | null = null;
  return (input) => {
    const data = normalize(input);
    // Reuse the last run's state unless a run is in progress (a custom operator re-entering).
    const run = spare ?? new Run(maxSteps);
    spare = null;
    run.steps = size;
    run.scopes.length = 0;
    if (scoped) run.scopes.push(data);
    try {
      return evaluate(data, run);
    } finally {
      spare = run;
    }
  };
}

function toTracedLogic(g: Generated, limits: Readonly<LogicLimits>): TracedLogic {
  const { evaluate, size, scoped } = g;
  return (input) => {
    const data = normalize(input);
    const run = new Run(limits.maxSteps);
    const holder: TraceNode = { pointer: '', op: null, kind: 'literal', value: undefined, truthy: false, children: [] };
    run.cursor = { node: holder, data };
    if (scoped) run.scopes.push(data);
    try {
      run.charge(size, '');
      const value = evaluate(data, run);
      return { value, trace: holder.children[0]!, steps: run.steps };
    } catch (error) {
      if (!(error instanceof LogicError)) throw error;
      const trace = holder.children[0] ?? { pointer: '', op: null, kind: 'literal', value: undefined, truthy: false, children: [], error: { type: error.type, message: error.message, pointer: '' } };
      return { value: undefined, error, trace, steps: run.steps };
    }
  };
}

class Engine implements LogicEngine {
  readonly limits: Readonly<LogicLimits>;
  private readonly custom = new Map<string, { spec: OperatorSpec; def: OperatorDef }>();
  private readonly lookup = (name: string): OperatorDef | undefined => BUILTIN_OPERATORS.get(name) ?? this.custom.get(name)?.def;

  private sealed = false;

  constructor(options: LogicEngineOptions = {}, sealed = false) {
    this.limits = resolveLimits(DEFAULT_LIMITS, options.limits);
    for (const spec of options.operators ?? []) this.addOperator(spec);
    this.sealed = sealed;
  }

  private prepare(rule: LogicRule, options: CompileOptions | undefined, trace: boolean): { generated: Generated; limits: Readonly<LogicLimits> } {
    const limits = resolveLimits(this.limits, options?.limits);
    const root = parseRule(rule, { limits, lookup: this.lookup });
    return { generated: generate(root, { limits, trace }), limits };
  }

  compile(rule: LogicRule, options?: CompileOptions): CompiledLogic {
    const { generated, limits } = this.prepare(rule, options, false);
    return toCompiledLogic(generated, limits);
  }

  compileTraced(rule: LogicRule, options?: CompileOptions): TracedLogic {
    const { generated, limits } = this.prepare(rule, options, true);
    return toTracedLogic(generated, limits);
  }

  apply(rule: LogicRule, data?: unknown): unknown {
    return this.compile(rule)(data);
  }

  addOperator(spec: OperatorSpec): void {
    if (this.sealed) throw new TypeError('The default engine is sealed (built-in and date/time operators only); register custom operators on an engine from createLogicEngine()');
    const checked = checkOperatorSpec(spec, (name) => (BUILTIN_OPERATORS.has(name) ? 'builtin' : this.custom.has(name) ? 'custom' : undefined));
    this.custom.set(checked.name, { spec: checked, def: Object.freeze(adaptOperator(checked)) });
  }

  hasOperator(name: string): boolean {
    return BUILTIN_OPERATORS.has(name) || this.custom.has(name);
  }

  operatorNames(): string[] {
    return [...BUILTIN_OPERATORS.keys(), ...this.custom.keys()];
  }

  getOperator(name: string): OperatorSpec | undefined {
    return this.custom.get(name)?.spec;
  }
}

/** A new engine: built-in operators, the given custom ones, default limits overridden by `limits`. */
export function createLogicEngine(options?: LogicEngineOptions): LogicEngine {
  return new Engine(options);
}

/**
 * The engine behind compileLogic and applyLogic: the built-ins plus the date/time operators a
 * scorecard needs (date.*, time.*), default limits. Sealed, so nobody registers operators globally.
 */
export const DEFAULT_ENGINE: LogicEngine = new Engine({ operators: DATE_TIME_OPERATORS }, true);

/** Compiles a rule with the built-in operators. Throws LogicError (with a pointer) for a malformed rule. */
export function compileLogic(rule: LogicRule, options?: CompileOptions): CompiledLogic {
  return DEFAULT_ENGINE.compile(rule, options);
}

/** Compiles and runs a rule once. Prefer compileLogic for many records. */
export function applyLogic(rule: LogicRule, data?: unknown): unknown {
  return DEFAULT_ENGINE.apply(rule, data);
}
