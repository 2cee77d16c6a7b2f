// Fused arithmetic. A nest of arithmetic operators that each combine one computed value with
// constants — the shape of linear scoring, clamp(({"var": x} - worst) / range * 100, 0, 100) —
// compiles to one closure that coerces the computed value once and applies number-to-number
// steps, instead of one `(data, run)` closure per operator, each boxing its intermediate result.
// The meaning is exactly the unfused one: each step checks its result and fails at its own pointer.
import { nanError } from '../errors.ts';
import { type FixedPath, type WithProto, fixedPaths, hasOwn, neverInherited, OBJECT_PROTOTYPE, readName } from '../paths.ts';
import { type Evaluator, runFree, runFreeIf } from '../runtime.ts';
import { toNumber } from '../values.ts';

/** One operator of a chain: the running number in, the operator's result out. */
export type StepFn = (x: number) => number;

/** Kinds the fused closure (below) handles; any other kind of step keeps the chain unfused. */
type Kind = 'add' | 'divideBy' | 'multiply' | 'min' | 'max' | 'other';

/** A step: its closure (the exact meaning, failing at its pointer) and what fusing needs to know. */
export interface Step {
  readonly run: StepFn;
  readonly kind: Kind;
  /** The constant operand (for subtract: its negation, x - c being exactly x + -c in IEEE 754). */
  readonly c: number;
}

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

const step = (run: StepFn, kind: Kind = 'other', c = 0): Step => ({ run, kind, c });

export const steps = {
  coerce: (p: string): Step => step((x) => (x - x === 0 ? x : notFinite(p))),
  add: (c: number, p: string): Step => step((x) => {
    const y = x + c;
    return y - y === 0 ? y : notFinite(p);
  }, 'add', c),
  subtract: (c: number, p: string): Step => step((x) => {
    const y = x - c;
    return y - y === 0 ? y : notFinite(p);
  }, 'add', -c),
  subtractFrom: (c: number, p: string): Step => step((x) => {
    const y = c - x;
    return y - y === 0 ? y : notFinite(p);
  }),
  multiply: (c: number, p: string): Step => step((x) => {
    const y = x * c;
    return y - y === 0 ? y : notFinite(p);
  }, 'multiply', c),
  divideBy: (c: number, p: string): Step => step((x) => {
    const y = x / c;
    return y - y === 0 ? y : notFinite(p);
  }, 'divideBy', c),
  divideInto: (c: number, p: string): Step => step((x) => {
    if (x === 0) throw nanError(p, 'a non-zero divisor');
    const y = c / x;
    return y - y === 0 ? y : notFinite(p);
  }),
  modulo: (c: number, p: string): Step => step((x) => {
    const y = x % c;
    return y - y === 0 ? y : notFinite(p);
  }),
  moduloInto: (c: number, p: string): Step => step((x) => {
    const y = c % x;
    return y - y === 0 ? y : notFinite(p);
  }),
  min: (c: number, p: string): Step => step((x) => {
    const y = Math.min(c, x);
    return y - y === 0 ? y : notFinite(p);
  }, 'min', c),
  max: (c: number, p: string): Step => step((x) => {
    const y = Math.max(c, x);
    return y - y === 0 ? y : notFinite(p);
  }, 'max', c),
  negate: (p: string): Step => step((x) => {
    const y = -x;
    return y - y === 0 ? y : notFinite(p);
  }),
};

/**
 * The shape scoring rules have, fused into one closure without calls: ((x + a) / q) * m + b (a
 * prefix of those steps, in that order; absent ones are exact identities: + -0, / 1, * 1), then up
 * to two min/max bounds. Non-finite results are rare, so it checks twice (after the arithmetic,
 * which stays non-finite once it is, and after the bounds, which could hide an infinite input) and
 * replays the steps one by one to fail at the right pointer.
 */
export interface Shape {
  readonly a: number;
  readonly q: number;
  readonly m: number;
  readonly b: number;
  readonly min1: boolean;
  readonly c1: number;
  readonly min2: boolean;
  readonly c2: number;
  readonly steps: readonly Step[];
}

const SLOTS: readonly Kind[] = ['add', 'divideBy', 'multiply', 'add'];

function shapeOf(s: readonly Step[]): Shape | undefined {
  const slots = [-0, 1, 1, -0];
  let i = 0;
  for (let slot = 0; slot < SLOTS.length && i < s.length; slot++) if (s[i]!.kind === SLOTS[slot]) slots[slot] = s[i++]!.c;
  // Missing bounds are identities: min(Infinity, x) and max(-Infinity, x) are x, -0 included.
  const bounds: Array<[boolean, number]> = [[true, Infinity], [true, Infinity]];
  for (let k = 0; k < 2 && i < s.length; k++, i++) {
    const { kind, c } = s[i]!;
    if (kind !== 'min' && kind !== 'max') return undefined;
    bounds[k] = [kind === 'min', c];
  }
  if (i !== s.length) return undefined;
  const [a, q, m, b] = slots as [number, number, number, number];
  const [[min1, c1], [min2, c2]] = bounds as [[boolean, number], [boolean, number]];
  return { a, q, m, b, min1, c1, min2, c2, steps: s };
}

/** Runs the steps one by one: the exact meaning, failing at the first step that fails. */
function replay(x: number, s: readonly Step[]): number {
  for (let i = 0; i < s.length; i++) x = s[i]!.run(x);
  return x;
}

export function affine(x0: number, f: Shape): number {
  let x = ((x0 + f.a) / f.q) * f.m + f.b;
  if (x - x !== 0) return replay(x0, f.steps);
  x = f.min1 ? Math.min(f.c1, x) : Math.max(f.c1, x);
  x = f.min2 ? Math.min(f.c2, x) : Math.max(f.c2, x);
  return x - x === 0 ? x : replay(x0, f.steps);
}

/** The fused closure, reading the input path inline when it is a var of one or two keys. */
function fuse(input: Evaluator, p: string, s: readonly Step[]): Evaluator | undefined {
  const shape = shapeOf(s);
  if (shape === undefined) return undefined;
  const path = fixedPaths.get(input);
  if (path === undefined) return runFreeIf((d, r) => affine(toNumber(input(d, r), p), shape), [input]);
  const fused = readAndFuse(path, p, shape);
  fusedChains.set(fused, { path, shape });
  return fused;
}

/** Fused chains whose input is a fixed path, for if-chains branching on that path (numeric-switch.ts). */
export const fusedChains = new WeakMap<Evaluator, { readonly path: FixedPath; readonly shape: Shape }>();

function readAndFuse(path: FixedPath, p: string, shape: Shape): Evaluator {
  const { names: [n0, n1], fallback } = path;
  const s0 = neverInherited(n0);
  const s1 = n1 !== undefined && neverInherited(n1);
  // The reads are written out, not shared helpers: each load site keeps its own feedback (the
  // first key is the same object shape on every record; only the second key varies by rule).
  if (n1 === undefined) {
    return runFree((d) => {
      const v = typeof d === 'object' && d !== null ? ((((d as WithProto).__proto__ === OBJECT_PROTOTYPE && (s0 || !(n0 in OBJECT_PROTOTYPE))) || hasOwn.call(d, n0) ? (d as Record<string, unknown>)[n0] : undefined)) : readName(d, n0);
      return affine(toNumber(v === undefined ? fallback : v, p), shape);
    });
  }
  return runFree((d) => {
    const o = typeof d === 'object' && d !== null ? ((((d as WithProto).__proto__ === OBJECT_PROTOTYPE && (s0 || !(n0 in OBJECT_PROTOTYPE))) || hasOwn.call(d, n0) ? (d as Record<string, unknown>)[n0] : undefined)) : readName(d, n0);
    const v = typeof o === 'object' && o !== null ? ((((o as WithProto).__proto__ === OBJECT_PROTOTYPE && (s1 || !(n1 in OBJECT_PROTOTYPE))) || hasOwn.call(o, n1) ? (o as Record<string, unknown>)[n1] : undefined)) : readName(o, n1);
    return affine(toNumber(v === undefined ? fallback : v, p), shape);
  });
}

function evaluatorOf({ input, pointer: p, steps: s }: Chain): Evaluator {
  return fuse(input, p, s) ?? runFreeIf(unfused(input, p, s), [input]);
}

/** Any other chain: its step closures, called in turn. */
function unfused(input: Evaluator, p: string, s: readonly Step[]): Evaluator {
  // Unrolled for the usual lengths: a fixed call site per step position.
  switch (s.length) {
    case 1: {
      const [s0] = s.map((x) => x.run) as [StepFn];
      return (d, r) => s0(toNumber(input(d, r), p));
    }
    case 2: {
      const [s0, s1] = s.map((x) => x.run) as [StepFn, StepFn];
      return (d, r) => s1(s0(toNumber(input(d, r), p)));
    }
    case 3: {
      const [s0, s1, s2] = s.map((x) => x.run) as [StepFn, StepFn, StepFn];
      return (d, r) => s2(s1(s0(toNumber(input(d, r), p))));
    }
    case 4: {
      const [s0, s1, s2, s3] = s.map((x) => x.run) as [StepFn, StepFn, StepFn, StepFn];
      return (d, r) => s3(s2(s1(s0(toNumber(input(d, r), p)))));
    }
    case 5: {
      const [s0, s1, s2, s3, s4] = s.map((x) => x.run) as [StepFn, StepFn, StepFn, StepFn, StepFn];
      return (d, r) => s4(s3(s2(s1(s0(toNumber(input(d, r), p))))));
    }
    default:
      return (d, r) => {
        let x = toNumber(input(d, r), p);
        for (let i = 0; i < s.length; i++) x = s[i]!.run(x);
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
