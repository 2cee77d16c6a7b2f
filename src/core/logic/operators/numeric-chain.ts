// Fused arithmetic. A nest of arithmetic operators that each combine one computed value with
// constants — the shape of linear scoring, clamp(({"var": x} - worst) / range * 100, 0, 100) —
// compiles to one closure that coerces the computed value once and applies number-to-number
// steps, instead of one `(data, run)` closure per operator, each boxing its intermediate result.
// The meaning is exactly the unfused one: each step checks its result and fails at its own pointer.
import { nanError } from '../errors.ts';
import type { Evaluator } from '../runtime.ts';
import { toNumber } from '../values.ts';

/** One operator of a chain: the running number in, the operator's result out. */
export type Step = (x: number) => number;

interface Chain {
  readonly input: Evaluator;
  /** Pointer of the innermost operator: it is the one that coerces the input. */
  readonly pointer: string;
  readonly steps: readonly Step[];
}

/** Chains by the closure evaluating them, so the enclosing operator can extend a chain. */
const chains = new WeakMap<Evaluator, Chain>();

/** Steps, one factory per kind so that every step closure has a single, inlinable body. */
// Each step tests its result inline (y - y is 0 exactly for finite numbers): tiny closures
// inline into the chain, and the failure path is out of line.
function notFinite(p: string): never {
  throw nanError(p, 'a finite number as the result');
}

export const steps = {
  coerce: (p: string): Step => (x) => (x - x === 0 ? x : notFinite(p)),
  add: (c: number, p: string): Step => (x) => {
    const y = x + c;
    return y - y === 0 ? y : notFinite(p);
  },
  subtract: (c: number, p: string): Step => (x) => {
    const y = x - c;
    return y - y === 0 ? y : notFinite(p);
  },
  subtractFrom: (c: number, p: string): Step => (x) => {
    const y = c - x;
    return y - y === 0 ? y : notFinite(p);
  },
  multiply: (c: number, p: string): Step => (x) => {
    const y = x * c;
    return y - y === 0 ? y : notFinite(p);
  },
  divideBy: (c: number, p: string): Step => (x) => {
    const y = x / c;
    return y - y === 0 ? y : notFinite(p);
  },
  divideInto: (c: number, p: string): Step => (x) => {
    if (x === 0) throw nanError(p, 'a non-zero divisor');
    const y = c / x;
    return y - y === 0 ? y : notFinite(p);
  },
  modulo: (c: number, p: string): Step => (x) => {
    const y = x % c;
    return y - y === 0 ? y : notFinite(p);
  },
  moduloInto: (c: number, p: string): Step => (x) => {
    const y = c % x;
    return y - y === 0 ? y : notFinite(p);
  },
  min: (c: number, p: string): Step => (x) => {
    const y = Math.min(c, x);
    return y - y === 0 ? y : notFinite(p);
  },
  max: (c: number, p: string): Step => (x) => {
    const y = Math.max(c, x);
    return y - y === 0 ? y : notFinite(p);
  },
  negate: (p: string): Step => (x) => {
    const y = -x;
    return y - y === 0 ? y : notFinite(p);
  },
};

function evaluatorOf({ input, pointer: p, steps: s }: Chain): Evaluator {
  // Unrolled for the usual lengths: a fixed call site per step position.
  switch (s.length) {
    case 1: {
      const [s0] = s as [Step];
      return (d, r) => s0(toNumber(input(d, r), p));
    }
    case 2: {
      const [s0, s1] = s as [Step, Step];
      return (d, r) => s1(s0(toNumber(input(d, r), p)));
    }
    case 3: {
      const [s0, s1, s2] = s as [Step, Step, Step];
      return (d, r) => s2(s1(s0(toNumber(input(d, r), p))));
    }
    case 4: {
      const [s0, s1, s2, s3] = s as [Step, Step, Step, Step];
      return (d, r) => s3(s2(s1(s0(toNumber(input(d, r), p)))));
    }
    case 5: {
      const [s0, s1, s2, s3, s4] = s as [Step, Step, Step, Step, Step];
      return (d, r) => s4(s3(s2(s1(s0(toNumber(input(d, r), p))))));
    }
    default:
      return (d, r) => {
        let x = toNumber(input(d, r), p);
        for (let i = 0; i < s.length; i++) x = s[i]!(x);
        return x;
      };
  }
}

/** The closure for an operator applying `step` to the number `operand` evaluates to. */
export function chainStep(operand: Evaluator, step: Step, pointer: string): Evaluator {
  const inner = chains.get(operand);
  const chain: Chain = inner === undefined
    ? { input: operand, pointer, steps: [step] }
    : { input: inner.input, pointer: inner.pointer, steps: [...inner.steps, step] };
  const evaluate = evaluatorOf(chain);
  chains.set(evaluate, chain);
  return evaluate;
}
