// < <= > >= == != === !==. They take two or more arguments written as an array, compare each
// neighbouring pair and stop at the first pair that fails, without evaluating the rest (so
// {"<": [1, 2, 3]} is 1 < 2 < 3). Loose comparisons follow the suites (see values.ts).
import { builtin, type Compiled, type LazyOperatorDef } from '../operator-def.ts';
import { fixedPaths } from '../paths.ts';
import { runFreeIf, type Evaluator } from '../runtime.ts';
import { EQ, GE, GT, LE, LT, type NumericOp, numericTests } from './numeric-switch.ts';
import { lessOrEqual, lessThan, looseEquals } from '../values.ts';

type Predicate = (a: unknown, b: unknown, pointer: string) => boolean;

interface Comparator {
  name: string;
  /** The test as numeric-switch.ts writes it: constant on the right, and flipped for one on the left. */
  numeric?: readonly [right: NumericOp, left?: NumericOp];
  test: Predicate;
  /** Two arguments; closures written per operator so numbers compare inline. */
  pair(a: Evaluator, b: Evaluator, p: string): Evaluator;
  /** Second argument a constant number. */
  pairConstRight?(a: Evaluator, c: number, p: string): Evaluator;
  /** First argument a constant number. */
  pairConstLeft?(c: number, b: Evaluator, p: string): Evaluator;
}

const comparators: Comparator[] = [
  {
    name: '<',
    numeric: [LT, GT],
    test: lessThan,
    pair: (a, b, p) => (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return typeof x === 'number' && typeof y === 'number' ? x < y : lessThan(x, y, p);
    },
    pairConstRight: (a, c, p) => (d, r) => {
      const x = a(d, r);
      return typeof x === 'number' ? x < c : lessThan(x, c, p);
    },
    pairConstLeft: (c, b, p) => (d, r) => {
      const y = b(d, r);
      return typeof y === 'number' ? c < y : lessThan(c, y, p);
    },
  },
  {
    name: '<=',
    numeric: [LE, GE],
    test: lessOrEqual,
    pair: (a, b, p) => (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return typeof x === 'number' && typeof y === 'number' ? x <= y : lessOrEqual(x, y, p);
    },
    pairConstRight: (a, c, p) => (d, r) => {
      const x = a(d, r);
      return typeof x === 'number' ? x <= c : lessOrEqual(x, c, p);
    },
    pairConstLeft: (c, b, p) => (d, r) => {
      const y = b(d, r);
      return typeof y === 'number' ? c <= y : lessOrEqual(c, y, p);
    },
  },
  {
    name: '>',
    numeric: [GT, LT],
    test: (a, b, p) => lessThan(b, a, p),
    pair: (a, b, p) => (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return typeof x === 'number' && typeof y === 'number' ? x > y : lessThan(y, x, p);
    },
    pairConstRight: (a, c, p) => (d, r) => {
      const x = a(d, r);
      return typeof x === 'number' ? x > c : lessThan(c, x, p);
    },
    pairConstLeft: (c, b, p) => (d, r) => {
      const y = b(d, r);
      return typeof y === 'number' ? c > y : lessThan(y, c, p);
    },
  },
  {
    name: '>=',
    numeric: [GE, LE],
    test: (a, b, p) => lessOrEqual(b, a, p),
    pair: (a, b, p) => (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return typeof x === 'number' && typeof y === 'number' ? x >= y : lessOrEqual(y, x, p);
    },
    pairConstRight: (a, c, p) => (d, r) => {
      const x = a(d, r);
      return typeof x === 'number' ? x >= c : lessOrEqual(c, x, p);
    },
    pairConstLeft: (c, b, p) => (d, r) => {
      const y = b(d, r);
      return typeof y === 'number' ? c >= y : lessOrEqual(y, c, p);
    },
  },
  {
    name: '==',
    numeric: [EQ],
    test: looseEquals,
    pair: (a, b, p) => (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return typeof x === 'number' && typeof y === 'number' ? x === y : looseEquals(x, y, p);
    },
    pairConstRight: (a, c, p) => (d, r) => {
      const x = a(d, r);
      return typeof x === 'number' ? x === c : looseEquals(x, c, p);
    },
  },
  {
    name: '!=',
    test: (a, b, p) => !looseEquals(a, b, p),
    pair: (a, b, p) => (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return typeof x === 'number' && typeof y === 'number' ? x !== y : !looseEquals(x, y, p);
    },
  },
  {
    name: '===',
    test: (a, b) => a === b,
    pair: (a, b) => (d, r) => a(d, r) === b(d, r),
  },
  {
    name: '!==',
    test: (a, b) => a !== b,
    pair: (a, b) => (d, r) => a(d, r) !== b(d, r),
  },
];

function constantNumber(arg: Compiled): number | undefined {
  return arg.constant && typeof arg.value === 'number' ? arg.value : undefined;
}

/** Three or more arguments: compare neighbours, evaluating each argument only when it is needed. */
function chain(test: Predicate, evaluators: readonly Evaluator[], p: string): Evaluator {
  return (d, r) => {
    let previous = evaluators[0]!(d, r);
    for (let i = 1; i < evaluators.length; i++) {
      const current = evaluators[i]!(d, r);
      if (!test(previous, current, p)) return false;
      previous = current;
    }
    return true;
  };
}

/** Registers a comparison of a fixed var path with a constant, for if-chains (numeric-switch.ts). */
function numeric(evaluate: Evaluator, operand: Evaluator, op: NumericOp | undefined, c: number): Evaluator {
  const path = fixedPaths.get(operand);
  if (path !== undefined && op !== undefined) numericTests.set(evaluate, { path, op, c });
  return evaluate;
}

function define(c: Comparator): LazyOperatorDef {
  return builtin<LazyOperatorDef>({
    name: c.name, kind: 'lazy', form: 'array', min: 2, max: Infinity, returns: 'boolean', traceArgs: true,
    compile(args, site) {
      const p = site.pointer;
      if (args.length !== 2) return chain(c.test, args.map((a) => a.evaluate), p);
      const [a, b] = args as [Compiled, Compiled];
      const children = [a.evaluate, b.evaluate];
      const cb = constantNumber(b);
      if (cb !== undefined && c.pairConstRight) return numeric(runFreeIf(c.pairConstRight(a.evaluate, cb, p), children), a.evaluate, c.numeric?.[0], cb);
      const ca = constantNumber(a);
      if (ca !== undefined && c.pairConstLeft) return numeric(runFreeIf(c.pairConstLeft(ca, b.evaluate, p), children), b.evaluate, c.numeric?.[1], ca);
      return runFreeIf(c.pair(a.evaluate, b.evaluate, p), children);
    },
  });
}

export const comparisonOperators = comparators.map(define);
