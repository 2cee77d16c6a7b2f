// if-chains that branch on one number, the shape of grade and penalty tiers:
//   {"if": [{">=": [{"var": "total"}, 90]}, "A", {">=": [{"var": "total"}, 75]}, "B", "C"]}
// Every condition compares the same var path (one or two keys) with a constant number, so the
// closure reads the path once and tests it inline; a branch that is a fused chain of the same path
// is computed from that number too. Any value that is not a number (or NaN) takes the unfused chain,
// which reads and fails exactly as before.
import { type FixedPath, type WithProto, hasOwn, neverInherited, OBJECT_PROTOTYPE, readName } from '../paths.ts';
import { type Evaluator, type Run, runFreeIf } from '../runtime.ts';
import { type Shape, affine, fusedChains } from './numeric-chain.ts';

/** <, <=, >, >=, ==, != of a number with a constant, as the comparisons define them for numbers. */
export type NumericOp = 0 | 1 | 2 | 3 | 4 | 5;
export const LT = 0, LE = 1, GT = 2, GE = 3, EQ = 4, NE = 5;

export interface NumericTest {
  readonly path: FixedPath;
  readonly op: NumericOp;
  readonly c: number;
}

/** Comparisons of a fixed path with a constant, by their closure (registered by comparison.ts). */
export const numericTests = new WeakMap<Evaluator, NumericTest>();

function test(op: NumericOp, x: number, c: number): boolean {
  switch (op) {
    case LT: return x < c;
    case LE: return x <= c;
    case GT: return x > c;
    case GE: return x >= c;
    case EQ: return x === c;
    default: return x !== c;
  }
}

const samePath = (a: FixedPath, b: FixedPath): boolean =>
  a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i]) && Object.is(a.fallback, b.fallback);

/**
 * The fused if-chain, or undefined when the conditions are not all tests of one path. `generic` is
 * the ordinary chain; `otherwise` the else branch.
 */
export function numericSwitch(conditions: readonly Evaluator[], branches: readonly Evaluator[], otherwise: Evaluator, generic: Evaluator): Evaluator | undefined {
  const tests = conditions.map((c) => numericTests.get(c));
  const first = tests[0];
  if (first === undefined || !tests.every((t) => t !== undefined && samePath(t.path, first.path))) return undefined;
  const { names: [n0, n1], fallback } = first.path;
  const s0 = neverInherited(n0);
  const s1 = n1 !== undefined && neverInherited(n1);
  const ops = tests.map((t) => t!.op);
  const cs = tests.map((t) => t!.c);
  // Branches (and the else, last) computed from the number when they are chains of the same path.
  const all = [...branches, otherwise];
  const shapes: Array<Shape | undefined> = all.map((b) => {
    const f = fusedChains.get(b);
    return f !== undefined && samePath(f.path, first.path) ? f.shape : undefined;
  });
  const n = ops.length;
  const pick = (x: number, d: unknown, r: Run): unknown => {
    let k = 0;
    while (k < n && !test(ops[k]!, x, cs[k]!)) k++;
    const shape = shapes[k];
    return shape !== undefined ? affine(x, shape) : all[k]!(d, r);
  };
  const evaluate: Evaluator = n1 === undefined
    ? (d, r) => {
      const v = typeof d === 'object' && d !== null ? ((((d as WithProto).__proto__ === OBJECT_PROTOTYPE && (s0 || !(n0 in OBJECT_PROTOTYPE))) || hasOwn.call(d, n0) ? (d as Record<string, unknown>)[n0] : undefined)) : readName(d, n0);
      const x = v === undefined ? fallback : v;
      return typeof x === 'number' && x === x ? pick(x, d, r) : generic(d, r);
    }
    : (d, r) => {
      const o = typeof d === 'object' && d !== null ? ((((d as WithProto).__proto__ === OBJECT_PROTOTYPE && (s0 || !(n0 in OBJECT_PROTOTYPE))) || hasOwn.call(d, n0) ? (d as Record<string, unknown>)[n0] : undefined)) : readName(d, n0);
      const v = typeof o === 'object' && o !== null ? ((((o as WithProto).__proto__ === OBJECT_PROTOTYPE && (s1 || !(n1 in OBJECT_PROTOTYPE))) || hasOwn.call(o, n1) ? (o as Record<string, unknown>)[n1] : undefined)) : readName(o, n1);
      const x = v === undefined ? fallback : v;
      return typeof x === 'number' && x === x ? pick(x, d, r) : generic(d, r);
    };
  return runFreeIf(evaluate, [...all, generic]);
}
