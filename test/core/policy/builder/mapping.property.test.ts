// Properties of the mapping: from(to(x)) deep-equals x for arbitrary JSON (and for JSON dense in
// operator names, where the malformed shapes live), and well-formed rules over the drawable
// operators are drawn entirely, without a single raw node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_OPERATORS } from '../../../../src/core/logic/datetime/index.ts';
import { compileLogic } from '../../../../src/core/logic/engine.ts';
import { BUILTIN_OPERATORS } from '../../../../src/core/logic/operators/builtins.ts';
import { fromBuilderCondition, fromBuilderExpr, toBuilderCondition, toBuilderExpr } from '../../../../src/core/policy/builder/mapping.ts';
import { jsonEqual, rawNodes } from './builder-helpers.ts';

function conditionRoundTrip(json: unknown): boolean {
  return jsonEqual(fromBuilderCondition(toBuilderCondition(json)), json);
}
function exprRoundTrip(json: unknown): boolean {
  return jsonEqual(fromBuilderExpr(toBuilderExpr(json)), json);
}

const OPERATOR_NAMES = [...BUILTIN_OPERATORS.keys(), ...DATE_TIME_OPERATORS.map((o) => o.name), 'acme.unknown', 'constructor', '__proto__'];

/** JSON where objects are mostly one-key operations with arguments of any shape. */
const operatorDense: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom(-0, 0, 1, '', 'a', null, true, [], {}),
    fc.tuple(fc.constantFrom(...OPERATOR_NAMES), fc.oneof(fc.array(tie('node'), { maxLength: 5 }), tie('node'))).map(([op, args]) => ({ [op]: args })),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...OPERATOR_NAMES), tie('node'), { maxKeys: 3 }),
  ),
})).node;

describe('from(to(x)) deep-equals x', () => {
  it('for arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => conditionRoundTrip(json) && exprRoundTrip(json)), { numRuns: 1500 });
  });

  it('for JSON made of operator names with arguments of any shape', () => {
    fc.assert(fc.property(operatorDense, (json) => conditionRoundTrip(json) && exprRoundTrip(json)), { numRuns: 3000 });
  });

  it('for numbers including -0', () => {
    const num = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(fc.array(num, { maxLength: 3 }), num, (list, n) => {
      const json = { and: [{ '==': [{ var: ['x', n] }, n] }, { in: [n, list] }, list, n] };
      return conditionRoundTrip(json) && exprRoundTrip({ '+': list });
    }), { numRuns: 300 });
  });
});

// Well-formed rules over the drawable operators.
const scalar = fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-0), fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null));
const path = fc.constantFrom('a', 'b.c', 'items', 'checkIn', '');
const field = fc.oneof(path.map((p) => ({ var: p })), path.map((p) => ({ var: [p] })), fc.tuple(path, scalar).map(([p, f]) => ({ var: [p, f] })));

const DATE_CALLS = DATE_TIME_OPERATORS.map((o) => ({ name: o.name, types: o.args!.types! }));
// Arguments of the declared type, so that the engine's compile-time type check passes.
const dateArg = (type: string): fc.Arbitrary<unknown> => (type === 'number' ? fc.oneof(field, fc.integer({ min: -30, max: 30 })) : fc.oneof(field, fc.constantFrom('2025-03-01', '08:30', '')));
const ARITY: Readonly<Record<string, readonly [number, number]>> = { '+': [0, 3], '*': [0, 3], '-': [1, 3], '/': [1, 3], min: [1, 3], max: [1, 3], '%': [2, 3] };

const rules = fc.letrec<{ cond: unknown; expr: unknown }>((tie) => {
  const exprs = (min: number, max: number): fc.Arbitrary<unknown[]> => fc.array(tie('expr'), { minLength: min, maxLength: max });
  const call = fc.constantFrom(...DATE_CALLS).chain(({ name, types }) =>
    types.length === 1
      ? fc.oneof(dateArg(types[0]!).map((arg) => ({ [name]: [arg] })), dateArg(types[0]!).map((arg) => ({ [name]: arg })))
      : fc.tuple(...types.map(dateArg)).map((args) => ({ [name]: args })));
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      field,
      scalar,
      fc.constantFrom(...Object.keys(ARITY)).chain((op) => exprs(...ARITY[op]!).map((args) => ({ [op]: args }))),
      fc.tuple(fc.constantFrom('if', '?:'), fc.array(fc.tuple(tie('cond'), tie('expr')), { minLength: 1, maxLength: 2 }), fc.option(tie('expr'), { nil: undefined }))
        .map(([op, branches, otherwise]) => ({ [op]: [...branches.flat(), ...(otherwise === undefined ? [] : [otherwise])] })),
      call,
      fc.tuple(fc.constantFrom('cat', '??', 'merge', 'missing'), exprs(0, 3)).map(([op, args]) => ({ [op]: args })),
      fc.tuple(fc.constantFrom('substr', 'max'), exprs(1, 3)).map(([op, args]) => ({ [op]: args })),
      tie('expr').map((x) => ({ '!!': [x] })),
      fc.tuple(field, tie('cond')).map(([array, c]) => ({ reduce: [array, { '+': [{ var: 'accumulator' }, { if: [c, 1, 0] }] }, 0] })),
      tie('cond'),
    ),
    cond: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      field,
      fc.boolean(),
      fc.tuple(fc.constantFrom('and', 'or'), fc.array(tie('cond'), { maxLength: 3 })).map(([op, args]) => ({ [op]: args })),
      tie('cond').map((c) => ({ '!': c })),
      tie('cond').map((c) => ({ '!': [c] })),
      fc.tuple(fc.constantFrom('==', '===', '!=', '!==', '<', '<=', '>', '>='), tie('expr'), tie('expr')).map(([op, l, r]) => ({ [op]: [l, r] })),
      fc.tuple(fc.constantFrom('<', '<='), exprs(3, 3)).map(([op, args]) => ({ [op]: args })),
      fc.tuple(tie('expr'), fc.oneof(fc.string({ maxLength: 5 }), fc.array(scalar, { maxLength: 3 }), field)).map(([v, list]) => ({ in: [v, list] })),
      fc.tuple(fc.constantFrom('some', 'all', 'none'), field, tie('cond')).map(([q, array, c]) => ({ [q]: [array, c] })),
      call,
    ),
  };
});

describe('well-formed rules are drawn without raw nodes', () => {
  it('conditions', () => {
    fc.assert(fc.property(rules.cond, (json) => {
      const model = toBuilderCondition(json);
      expect(rawNodes(model)).toEqual([]);
      return jsonEqual(fromBuilderCondition(model), json);
    }), { numRuns: 1500 });
  });

  it('values', () => {
    fc.assert(fc.property(rules.expr, (json) => {
      const model = toBuilderExpr(json);
      expect(rawNodes(model)).toEqual([]);
      return jsonEqual(fromBuilderExpr(model), json);
    }), { numRuns: 1500 });
  });

  it('the generated rules are rules the engine compiles', () => {
    // A sanity check of the generator: "well-formed" means the engine accepts it.
    fc.assert(fc.property(rules.cond, (json) => {
      expect(() => compileLogic(json)).not.toThrow();
    }), { numRuns: 300 });
  });
});
