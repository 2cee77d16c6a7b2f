// map filter reduce all some none. The body is evaluated against each item; every iteration is
// charged to the run's step budget. When the rule climbs scopes (val [[n], ...]), each iteration
// pushes a {index} scope and the item, so [[1], "index"] and [[2], ...] reach out of the body.
import { ErrorType, LogicError, invalidArguments } from '../errors.ts';
import { builtin, type Compiled, type LazyOperatorDef } from '../operator-def.ts';
import type { OperatorNode } from '../parse.ts';
import type { Evaluator, Run, Site } from '../runtime.ts';
import { checkArrayLength, isTruthy } from '../values.ts';

function isLiteralNull(node: OperatorNode, index: number): boolean {
  const arg = node.args[index];
  return arg !== undefined && arg.kind === 'literal' && arg.value === null;
}

/** The suites reject a literal null where the list (and, for map/filter/reduce, the body) goes. */
function rejectNulls(bodyToo: boolean) {
  return (node: OperatorNode): void => {
    if (isLiteralNull(node, 0)) throw new LogicError(ErrorType.InvalidArguments, `"${node.op}" needs a list, not null`, { pointer: node.args[0]!.pointer, expected: 'an array or an expression' });
    if (bodyToo && isLiteralNull(node, 1)) throw new LogicError(ErrorType.InvalidArguments, `"${node.op}" needs a body, not null`, { pointer: node.args[1]!.pointer, expected: 'a rule to evaluate per item' });
  };
}

/** Runs `body` with each item as the data, maintaining run.scopes when the rule climbs scopes. */
type Visit = (item: unknown, index: number, run: Run) => unknown;

function scopedVisitor(body: Evaluator, scoped: boolean): Visit {
  if (!scoped) return (item, _index, run) => body(item, run);
  return (item, index, run) => {
    const scopes = run.scopes;
    const base = scopes.length;
    scopes.push({ index }, item);
    const value = body(item, run);
    scopes.length = base;
    return value;
  };
}

function parts(args: readonly Compiled[], site: Site): { list: Evaluator; visit: Visit; size: number } {
  // Each iteration is a step, plus the steps of the body.
  return { list: args[0]!.evaluate, visit: scopedVisitor(args[1]!.evaluate, site.scoped), size: 1 + args[1]!.size };
}

const map = builtin<LazyOperatorDef>({
  name: 'map', kind: 'lazy', form: 'array', min: 2, max: 2, loops: true, returns: 'array', check: rejectNulls(true),
  compile(args, site) {
    const { list, visit, size } = parts(args, site);
    const p = site.pointer;
    const max = site.limits.maxArrayLength;
    return (d, r) => {
      const items = list(d, r);
      if (!Array.isArray(items)) return [];
      const n = items.length;
      checkArrayLength(n, max, p);
      r.charge(n * size, p);
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) out[i] = visit(items[i], i, r);
      return out;
    };
  },
});

const filter = builtin<LazyOperatorDef>({
  name: 'filter', kind: 'lazy', form: 'array', min: 2, max: 2, loops: true, returns: 'array', check: rejectNulls(true),
  compile(args, site) {
    const { list, visit, size } = parts(args, site);
    const p = site.pointer;
    return (d, r) => {
      const items = list(d, r);
      if (!Array.isArray(items)) return [];
      r.charge(items.length * size, p);
      const out: unknown[] = [];
      for (let i = 0; i < items.length; i++) if (isTruthy(visit(items[i], i, r))) out.push(items[i]);
      return out;
    };
  },
});

/** reduce(list, body, initial = null): the body sees {current, accumulator}. */
const reduce = builtin<LazyOperatorDef>({
  name: 'reduce', kind: 'lazy', form: 'array', min: 2, max: 3, loops: true, check: rejectNulls(true),
  compile(args, site) {
    const { list, visit, size } = parts(args, site);
    const initial: Evaluator = args.length > 2 ? args[2]!.evaluate : () => null;
    const p = site.pointer;
    return (d, r) => {
      const items = list(d, r);
      let accumulator = initial(d, r);
      if (!Array.isArray(items)) return accumulator;
      r.charge(items.length * size, p);
      for (let i = 0; i < items.length; i++) accumulator = visit({ current: items[i], accumulator }, i, r);
      return accumulator;
    };
  },
});

/**
 * all/some/none stop at the first item that decides. Unlike map, they need a list: anything else
 * (a missing field included) is "Invalid Arguments", as the suites require.
 */
function quantifier(name: 'all' | 'some' | 'none'): LazyOperatorDef {
  return builtin<LazyOperatorDef>({
    name, kind: 'lazy', form: 'array', min: 2, max: 2, loops: true, returns: 'boolean', check: rejectNulls(false),
    compile(args, site) {
      const { list, visit, size } = parts(args, site);
      const p = site.pointer;
      const stopOn = name !== 'all'; // all stops at a falsy item, some and none at a truthy one
      const decided = name === 'some'; // the result when stopped early
      const exhausted = !decided; // the result when every item was visited
      const empty = name === 'none'; // the result for an empty list
      return (d, r) => {
        const items = list(d, r);
        if (!Array.isArray(items)) throw invalidArguments(p, `a list to test, got ${items === null ? 'null' : typeof items}`);
        if (items.length === 0) return empty;
        for (let i = 0; i < items.length; i++) {
          r.charge(size, p);
          if (isTruthy(visit(items[i], i, r)) === stopOn) return decided;
        }
        return exhausted;
      };
    },
  });
}

export const iteratorOperators = [map, filter, reduce, quantifier('all'), quantifier('some'), quantifier('none')];
