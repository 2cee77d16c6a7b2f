// Random records and random rules over the classic operators of json-logic-js. Records share a
// small vocabulary of keys with the var paths of the rules, so that most paths find something;
// rules are mostly well formed (the arities each operator accepts), with a small share of
// malformed ones (wrong arities, non-array arguments, literal nulls) and of the cases where the
// classic interpreter is known to differ.
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Values

const numbers: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 10 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 0.5, -2.5, 1.25, 0.1, 0.2, 100, -100, 3) },
  // Large enough to overflow a product (row D34).
  { weight: 1, arbitrary: fc.constantFrom(1e200, -1e200) },
  { weight: 2, arbitrary: fc.integer({ min: -4000, max: 4000 }).map((n) => n / 8) },
);

/** Numeric strings (with "" and " "), strings that are not numbers, a few that look like keys. */
const STRING_POOL = ['', ' ', '0', '1', '-1', '2.5', '-0.5', '10', '1e3', 'a', 'b', 'n', 'abc', 'true', 'null', '12abc', '0x1A'];

const strings: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...STRING_POOL) },
  { weight: 1, arbitrary: fc.integer({ min: -20, max: 20 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);

export const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: numbers },
  { weight: 4, arbitrary: strings },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const KEYS = ['a', 'b', 'c', 'n', 's', 'x'];

/** Any JSON value: nested objects and arrays of scalars. */
export const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
    { weight: 5, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3, noNullPrototype: true }) },
  ),
})).value;

const item = fc.record({ a: scalar, b: scalar, c: value }, { requiredKeys: [], noNullPrototype: true });

/** A record: an object whose fields the rules' paths name, any of them possibly missing. */
export const record: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 19,
    arbitrary: fc.record({
      n: numbers,
      s: strings,
      b: fc.oneof(fc.boolean(), fc.constant(null)),
      a: value,
      x: value,
      items: fc.array(scalar, { maxLength: 5 }),
      objs: fc.array(item, { maxLength: 4 }),
      obj: fc.record({ a: value, b: scalar, c: fc.record({ a: scalar }, { requiredKeys: [], noNullPrototype: true }) }, { requiredKeys: [], noNullPrototype: true }),
    }, { requiredKeys: [], noNullPrototype: true }),
  },
  // Now and then no object at all.
  { weight: 1, arbitrary: value },
);

// ---------------------------------------------------------------------------------------------
// Rules

/** What the data is where a rule is evaluated: the record, a list item, or reduce's {current, accumulator}. */
type Scope = 'record' | 'item' | 'reduce';

const PATHS: Readonly<Record<Scope, readonly unknown[]>> = {
  record: ['n', 's', 'b', 'a', 'x', 'items', 'objs', 'obj', 'obj.a', 'obj.b', 'obj.c', 'obj.c.a', 'items.0', 'items.1', 'objs.0', 'objs.0.a',
    'objs.1.c', 'x.a', 'x.0', 'a.b', 's.length', 'items.length', 'missing', 'obj.zz', '', 0, 1],
  item: ['', 'a', 'b', 'c', 'c.a', 'c.0', '0', 'length', 'zz'],
  reduce: ['current', 'accumulator', 'current.a', 'current.b', 'accumulator.a', 'accumulator.0', '', 'zz'],
};

/** Paths reaching beyond own properties (rows D41-D43), rarely. */
const INHERITED_PATHS = ['toString', 'constructor', '__proto__', 'obj.constructor.name', 'n.toFixed', 's.concat', 'items.map'];

function path(scope: Scope): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...PATHS[scope]) }, { weight: 1, arbitrary: fc.constantFrom(...INHERITED_PATHS) });
}

const literal: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant({}) },
);

function varRule(scope: Scope, sub: fc.Arbitrary<unknown> | undefined): fc.Arbitrary<unknown> {
  const p = path(scope);
  const forms: Array<fc.WeightedArbitrary<unknown>> = [
    { weight: 6, arbitrary: p.map((x) => ({ var: x })) },
    { weight: 2, arbitrary: p.map((x) => ({ var: [x] })) },
    { weight: 3, arbitrary: fc.tuple(p, literal).map(([x, d]) => ({ var: [x, d] })) },
    { weight: 1, arbitrary: fc.constant({ var: [] }) },
  ];
  if (sub !== undefined) {
    forms.push({ weight: 1, arbitrary: fc.tuple(p, sub).map(([x, d]) => ({ var: [x, d] })) });
    forms.push({ weight: 1, arbitrary: sub.map((x) => ({ var: x })) });
    forms.push({ weight: 1, arbitrary: fc.tuple(p, literal, literal).map(([x, d, e]) => ({ var: [x, d, e] })) });
  }
  return fc.oneof(...forms);
}

function leaf(scope: Scope): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 1, arbitrary: literal }, { weight: 1, arbitrary: varRule(scope, undefined) });
}

/** `{op: args}` with usually `usual` arguments, sometimes `rare` ones, and sometimes a non-array argument. */
function operator(op: string, arg: fc.Arbitrary<unknown>, usual: [number, number], rare: [number, number] | undefined, nonArray: number): fc.Arbitrary<unknown> {
  const forms: Array<fc.WeightedArbitrary<unknown>> = [
    { weight: 40, arbitrary: fc.array(arg, { minLength: usual[0], maxLength: usual[1] }).map((args) => ({ [op]: args })) },
  ];
  if (rare !== undefined) forms.push({ weight: 1, arbitrary: fc.array(arg, { minLength: rare[0], maxLength: rare[1] }).map((args) => ({ [op]: args })) });
  if (nonArray > 0) forms.push({ weight: nonArray, arbitrary: arg.filter((a) => !Array.isArray(a)).map((a) => ({ [op]: a })) });
  return fc.oneof(...forms);
}

const smallPosition: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(0.5, -0.5, 1.5, -1.5, 2.7, -2.7) },
  { weight: 1, arbitrary: scalar },
);

const memo = new Map<string, fc.Arbitrary<unknown>>();

/** Rules evaluated in `scope`, at most `depth` operators deep. */
export function rule(scope: Scope, depth: number): fc.Arbitrary<unknown> {
  const key = `${scope}:${depth}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const made = depth <= 0 ? leaf(scope) : operators(scope, depth);
  memo.set(key, made);
  return made;
}

function operators(scope: Scope, depth: number): fc.Arbitrary<unknown> {
  const sub = rule(scope, depth - 1);
  const arg = fc.oneof({ weight: 1, arbitrary: leaf(scope) }, { weight: 1, arbitrary: sub });
  const onItems = rule('item', depth - 1);
  const onReduce = rule('reduce', depth - 1);
  const p = path(scope);
  const list: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(scope === 'record' ? ['items', 'objs', 'x', 'a', 'missing', 'obj'] : scope === 'item' ? ['', 'c', 'a'] : ['current', 'accumulator'])).map((x) => ({ var: x })) },
    { weight: 2, arbitrary: fc.array(literal, { maxLength: 4 }) },
    { weight: 2, arbitrary: sub },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const iterator = (op: string, body: fc.Arbitrary<unknown>, withInitial: boolean): fc.Arbitrary<unknown> => fc.oneof(
    { weight: 50, arbitrary: withInitial ? fc.tuple(list, body, fc.option(arg, { nil: undefined, freq: 3 })).map(([l, b, i]) => ({ [op]: i === undefined ? [l, b] : [l, b, i] })) : fc.tuple(list, body).map(([l, b]) => ({ [op]: [l, b] })) },
    { weight: 1, arbitrary: fc.tuple(list, body, arg, arg).map(([l, b, i, j]) => ({ [op]: withInitial ? [l, b, i, j] : [l, b, i] })) },
    { weight: 1, arbitrary: list.map((l) => ({ [op]: [l] })) },
    { weight: 1, arbitrary: fc.tuple(list, fc.constant(null)).map(([l, b]) => ({ [op]: [l, b] })) },
    { weight: 1, arbitrary: sub.map((x) => ({ [op]: x })) },
  );
  const comparison = (op: string, usual: [number, number]): fc.Arbitrary<unknown> => operator(op, arg, usual, [0, 4], 1);
  const ops: Array<[number, fc.Arbitrary<unknown>]> = [
    [6, varRule(scope, sub)],
    [2, fc.oneof(
      { weight: 3, arbitrary: fc.array(p, { maxLength: 3 }).map((keys) => ({ missing: keys })) },
      { weight: 1, arbitrary: p.map((k) => ({ missing: k })) },
      { weight: 1, arbitrary: fc.tuple(fc.array(p, { maxLength: 2 }), sub).map(([keys, x]) => ({ missing: { merge: [keys, x] } })) },
      { weight: 1, arbitrary: sub.map((x) => ({ missing: x })) },
    )],
    [2, fc.oneof(
      { weight: 30, arbitrary: fc.tuple(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: literal }, { weight: 1, arbitrary: sub }), fc.oneof({ weight: 8, arbitrary: fc.array(p, { maxLength: 3 }) }, { weight: 1, arbitrary: sub }, { weight: 1, arbitrary: p })).map(([need, keys]) => ({ missing_some: [need, keys] })) },
      { weight: 1, arbitrary: fc.array(arg, { maxLength: 3 }).map((args) => ({ missing_some: args })) },
    )],
    [3, operator('if', arg, [3, 5], [0, 7], 1)],
    [1, operator('?:', arg, [3, 3], [0, 4], 0)],
    ...(['==', '===', '!=', '!==', '>', '>='] as const).map((op): [number, fc.Arbitrary<unknown>] => [2, comparison(op, [2, 3])]),
    ...(['<', '<='] as const).map((op): [number, fc.Arbitrary<unknown>] => [2, comparison(op, [2, 4])]),
    [2, operator('!', arg, [1, 1], [0, 2], 3)],
    [2, operator('!!', arg, [1, 1], [0, 2], 3)],
    [2, operator('and', arg, [1, 4], [0, 0], 1)],
    [2, operator('or', arg, [1, 4], [0, 0], 1)],
    [2, operator('+', arg, [0, 4], undefined, 2)],
    [2, operator('*', arg, [0, 4], undefined, 2)],
    [2, operator('-', arg, [1, 3], [0, 4], 2)],
    [2, operator('/', arg, [1, 3], [0, 3], 2)],
    [2, operator('%', arg, [2, 3], [0, 1], 1)],
    [1, operator('min', arg, [1, 3], [0, 0], 2)],
    [1, operator('max', arg, [1, 3], [0, 0], 2)],
    [2, iterator('map', onItems, false)],
    [2, iterator('filter', onItems, false)],
    [2, iterator('reduce', onReduce, true)],
    [1, iterator('all', onItems, false)],
    [1, iterator('some', onItems, false)],
    [1, iterator('none', onItems, false)],
    [2, operator('merge', fc.oneof(arg, fc.array(arg, { maxLength: 3 })), [0, 3], undefined, 1)],
    [2, fc.oneof(
      { weight: 30, arbitrary: fc.tuple(arg, fc.oneof(sub, fc.constantFrom<unknown>('abc', '', 'a b', '12abc'), fc.array(scalar, { maxLength: 3 }))).map(([n, h]) => ({ in: [n, h] })) },
      { weight: 1, arbitrary: operator('in', arg, [0, 3], undefined, 1) },
    )],
    [2, operator('cat', arg, [0, 4], undefined, 2)],
    [2, fc.oneof(
      { weight: 30, arbitrary: fc.tuple(arg, smallPosition, fc.option(smallPosition, { nil: undefined, freq: 2 })).map(([s, a, b]) => ({ substr: b === undefined ? [s, a] : [s, a, b] })) },
      { weight: 1, arbitrary: operator('substr', arg, [0, 4], undefined, 1) },
    )],
  ];
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 8, arbitrary: leaf(scope) },
    ...ops.map(([weight, arbitrary]) => ({ weight, arbitrary })),
  );
}
