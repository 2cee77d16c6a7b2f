// ! !! and or if ?: ??. and/or/if/?? evaluate only what decides the result (the suites check it
// with {"throw": "Not Lazy"} in the branches that must not run).
import { builtin, type Compiled, type EagerOperatorDef, type LazyOperatorDef } from '../operator-def.ts';
import { runFree, runFreeIf, type Evaluator } from '../runtime.ts';
import { isTruthy } from '../values.ts';
import { numericSwitch } from './numeric-switch.ts';

const not = builtin<EagerOperatorDef>({
  name: '!', kind: 'eager', form: 'single', min: 0, max: 1, returns: 'boolean',
  apply: (values) => !isTruthy(values[0]),
  specialize(args) {
    if (args.length === 0) return () => true;
    const a = args[0]!.evaluate;
    return (d, r) => !isTruthy(a(d, r));
  },
});

const notNot = builtin<EagerOperatorDef>({
  name: '!!', kind: 'eager', form: 'single', min: 0, max: 1, returns: 'boolean',
  apply: (values) => isTruthy(values[0]),
  specialize(args) {
    if (args.length === 0) return () => false;
    const a = args[0]!.evaluate;
    return (d, r) => isTruthy(a(d, r));
  },
});

/** and: the first falsy value, or the last value; with no arguments false (the suites). */
const and = builtin<LazyOperatorDef>({
  name: 'and', kind: 'lazy', form: 'array', min: 0, max: Infinity,
  compile(args) {
    const evs = args.map((a) => a.evaluate);
    if (evs.length === 0) return () => false;
    if (evs.length === 1) return evs[0]!;
    if (evs.length === 2) {
      const [a, b] = evs as [Evaluator, Evaluator];
      return (d, r) => {
        const x = a(d, r);
        return isTruthy(x) ? b(d, r) : x;
      };
    }
    return (d, r) => {
      let value: unknown;
      for (let i = 0; i < evs.length; i++) {
        value = evs[i]!(d, r);
        if (!isTruthy(value)) return value;
      }
      return value;
    };
  },
});

/** or: the first truthy value, or the last value; with no arguments false (the suites). */
const or = builtin<LazyOperatorDef>({
  name: 'or', kind: 'lazy', form: 'array', min: 0, max: Infinity,
  compile(args) {
    const evs = args.map((a) => a.evaluate);
    if (evs.length === 0) return () => false;
    if (evs.length === 1) return evs[0]!;
    if (evs.length === 2) {
      const [a, b] = evs as [Evaluator, Evaluator];
      return (d, r) => {
        const x = a(d, r);
        return isTruthy(x) ? x : b(d, r);
      };
    }
    return (d, r) => {
      let value: unknown;
      for (let i = 0; i < evs.length; i++) {
        value = evs[i]!(d, r);
        if (isTruthy(value)) return value;
      }
      return value;
    };
  },
});

const NULL: Evaluator = runFree(() => null);

/**
 * if/?:: [cond, then, cond, then, ..., else]. Conditions known at compile time are dropped (falsy)
 * or end the chain (truthy), so a rule's constant switches cost nothing per record.
 */
function compileIf(args: readonly Compiled[]): Evaluator {
  // Run-free when every part is: it only hands (data, run) on.
  return runFreeIf(compileIfChain(args), args.map((a) => a.evaluate));
}

function compileIfChain(args: readonly Compiled[]): Evaluator {
  const conditions: Evaluator[] = [];
  const branches: Evaluator[] = [];
  let otherwise: Evaluator = NULL;
  let i = 0;
  for (; i + 1 < args.length; i += 2) {
    const condition = args[i]!;
    if (condition.constant) {
      if (!isTruthy(condition.value)) continue;
      otherwise = args[i + 1]!.evaluate;
      break;
    }
    conditions.push(condition.evaluate);
    branches.push(args[i + 1]!.evaluate);
  }
  // An odd count ends with the else; {"if": [x]} is x.
  if (i + 1 === args.length) otherwise = args[i]!.evaluate;
  const generic = ifChain(conditions, branches, otherwise);
  return numericSwitch(conditions, branches, otherwise, generic) ?? generic;
}

function ifChain(conditions: readonly Evaluator[], branches: readonly Evaluator[], elseBranch: Evaluator): Evaluator {
  switch (conditions.length) {
    case 0: return elseBranch;
    case 1: {
      const c = conditions[0]!;
      const t = branches[0]!;
      return (d, r) => (isTruthy(c(d, r)) ? t(d, r) : elseBranch(d, r));
    }
    case 2: {
      const [c1, c2] = conditions as [Evaluator, Evaluator];
      const [t1, t2] = branches as [Evaluator, Evaluator];
      return (d, r) => (isTruthy(c1(d, r)) ? t1(d, r) : isTruthy(c2(d, r)) ? t2(d, r) : elseBranch(d, r));
    }
    default:
      return (d, r) => {
        for (let k = 0; k < conditions.length; k++) if (isTruthy(conditions[k]!(d, r))) return branches[k]!(d, r);
        return elseBranch(d, r);
      };
  }
}

const ifOperator = builtin<LazyOperatorDef>({ name: 'if', kind: 'lazy', form: 'array', min: 0, max: Infinity, compile: compileIf });
const ternary = builtin<LazyOperatorDef>({ name: '?:', kind: 'lazy', form: 'array', min: 0, max: Infinity, compile: compileIf });

/** ??: the first argument that is not null; null if none. */
const coalesce = builtin<LazyOperatorDef>({
  name: '??', kind: 'lazy', form: 'array', min: 0, max: Infinity, classic: false,
  compile(args) {
    const evs = args.map((a) => a.evaluate);
    if (evs.length === 0) return NULL;
    if (evs.length === 1) return evs[0]!;
    return (d, r) => {
      for (let i = 0; i < evs.length; i++) {
        const value = evs[i]!(d, r);
        if (value !== null && value !== undefined) return value;
      }
      return null;
    };
  },
});

export const logicOperators = [not, notNot, and, or, ifOperator, ternary, coalesce];
