// toBuilder*/fromBuilder* on every operator the engine knows (both argument forms), unknown
// operators, malformed shapes and json-logic's quirks: the round trip is exact, and what can be
// drawn is drawn.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE, createLogicEngine } from '../../../../src/core/logic/engine.ts';
import { DATE_TIME_OPERATORS } from '../../../../src/core/logic/datetime/index.ts';
import { fromBuilderCondition, fromBuilderExpr, toBuilderCondition, toBuilderExpr, type MappingOptions } from '../../../../src/core/policy/builder/mapping.ts';
import { catalogOf, type CatalogOperator } from '../../../../src/core/policy/builder/operator-catalog.ts';
import { jsonEqual, rawNodes } from './builder-helpers.ts';

function roundTrips(json: unknown, options?: MappingOptions): void {
  const asCondition = fromBuilderCondition(toBuilderCondition(json, options));
  const asExpr = fromBuilderExpr(toBuilderExpr(json, options));
  expect(jsonEqual(asCondition, json), `condition ${JSON.stringify(json)} -> ${JSON.stringify(asCondition)}`).toBe(true);
  expect(jsonEqual(asExpr, json), `expr ${JSON.stringify(json)} -> ${JSON.stringify(asExpr)}`).toBe(true);
}

const SAMPLE_ARGS: readonly unknown[] = [{ var: 'a' }, 1, 'x', { '==': [{ var: 'b' }, 2] }, true, null];

function argsOf(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => SAMPLE_ARGS[i % SAMPLE_ARGS.length]);
}

/** Argument counts worth trying: the fewest, one more, the most, and one outside each end. */
function counts(entry: CatalogOperator): number[] {
  const set = new Set([entry.min, entry.min + 1, entry.min + 2, Number.isFinite(entry.max) ? entry.max : entry.min + 3, entry.max + 1, entry.min - 1]);
  return [...set].filter((n) => Number.isFinite(n) && n >= 0 && n <= 8).sort((a, b) => a - b);
}

/** Whether the builder promises to draw `{op: [count args]}` (no raw at the operator itself). */
function drawnListed(entry: CatalogOperator, count: number): boolean {
  const fits = count >= entry.min && count <= entry.max;
  switch (entry.node) {
    case 'compare': return count === 2 || (count === 3 && (entry.op === '<' || entry.op === '<='));
    case 'between': return count === 3;
    case 'in': case 'quantifier': return count === 2;
    case 'not': return count === 1;
    case 'group': return true;
    case 'if': return count >= 2;
    case 'arith': case 'call': return fits;
    default: return false; // var (its own shapes, below), preserve
  }
}

describe('every engine operator round-trips in both argument forms', () => {
  const engine = createLogicEngine({ operators: DATE_TIME_OPERATORS });
  engine.addOperator({ name: 'acme.weightedAvg', label: { en: 'Weighted average', 'zh-CN': '加权平均' }, args: { min: 2, max: 2, types: ['array', 'array'] }, returns: 'number', evaluate: () => 0 });
  engine.addOperator({ name: 'acme.unless', lazy: true, args: { min: 2, max: 3 }, evaluate: () => null });
  engine.addOperator({ name: 'acme.any', evaluate: () => null });
  const options: MappingOptions = { engine };
  const catalog = catalogOf(engine);
  const names = engine.operatorNames();

  it('covers every operator of the default engine and the custom ones', () => {
    for (const name of DEFAULT_ENGINE.operatorNames()) expect(names).toContain(name);
    for (const name of names) expect(catalog.get(name), name).toBeDefined();
  });

  for (const name of names) {
    it(`${name}: listed arguments`, () => {
      const entry = catalog.get(name)!;
      for (const count of counts(entry)) {
        const json = { [name]: argsOf(count) };
        roundTrips(json, options);
        const model = toBuilderExpr(json, options);
        const expected = drawnListed(entry, count);
        if (expected) expect(model.kind, `${JSON.stringify(json)}`).not.toBe('raw');
        else if (entry.node !== 'field') expect(model.kind, `${JSON.stringify(json)}`).toBe('raw');
      }
    });

    it(`${name}: a single non-array argument`, () => {
      const entry = catalog.get(name)!;
      for (const arg of [5, 'x', { var: 'a' }, { '>': [{ var: 'a' }, 1] }, null, {}]) {
        const json = { [name]: arg };
        roundTrips(json, options);
        const model = toBuilderExpr(json, options);
        const isOperator = typeof arg === 'object' && arg !== null && Object.keys(arg).length === 1;
        const oneArgument = entry.min <= 1 && entry.max >= 1;
        const drawn = name === '!' || (entry.node === 'call' && oneArgument && (entry.single === 'one' || (entry.single === 'spread' && !isOperator)))
          || (name === 'var' && typeof arg === 'string');
        expect(model.kind === 'raw', `${JSON.stringify(json)} drawn as ${model.kind}`).toBe(!drawn);
      }
    });
  }

  it('custom operators are calls only on the engine that has them', () => {
    const json = { 'acme.weightedAvg': [[1, 2], [3, 4]] };
    expect(toBuilderExpr(json, options)).toEqual({ kind: 'call', op: 'acme.weightedAvg', args: [{ kind: 'literal', value: [1, 2] }, { kind: 'literal', value: [3, 4] }], form: 'array' });
    expect(toBuilderExpr(json)).toEqual({ kind: 'raw', json });
    expect(toBuilderExpr({ 'date.year': [{ var: 'd' }] }, { engine: createLogicEngine() }).kind).toBe('raw');
    expect(toBuilderExpr({ 'date.year': [{ var: 'd' }] }).kind).toBe('call');
  });
});

describe('json-logic quirks are kept', () => {
  it('var: string form, array form, fallback', () => {
    expect(toBuilderExpr({ var: 'a' })).toEqual({ kind: 'field', path: 'a', form: 'string' });
    expect(toBuilderExpr({ var: ['a'] })).toEqual({ kind: 'field', path: 'a', form: 'array' });
    expect(toBuilderExpr({ var: ['a', 0] })).toEqual({ kind: 'field', path: 'a', fallback: 0, form: 'array' });
    expect(toBuilderExpr({ var: ['a', { var: 'b' }] })).toEqual({ kind: 'field', path: 'a', fallback: { var: 'b' }, form: 'array' });
    for (const odd of [{ var: ['a', 1, 2] }, { var: [] }, { var: 1 }, { var: [1] }, { var: null }, { var: [null, 1] }]) {
      expect(toBuilderExpr(odd)).toEqual({ kind: 'raw', json: odd });
      roundTrips(odd);
    }
    roundTrips({ var: ['a', null] });
    roundTrips({ var: '' });
  });

  it('negation: single and listed forms, "none" groups', () => {
    const c = { '>': [{ var: 'x' }, 1] };
    expect(toBuilderCondition({ '!': c })).toMatchObject({ kind: 'not', condition: { kind: 'compare', op: '>' } });
    expect(toBuilderCondition({ '!': c })).not.toHaveProperty('form');
    expect(toBuilderCondition({ '!': [c] })).toMatchObject({ kind: 'not', form: 'array' });
    expect(toBuilderCondition({ '!': { or: [c] } })).toMatchObject({ kind: 'group', combinator: 'none', children: [{ kind: 'compare' }] });
    expect(toBuilderCondition({ '!': [{ or: [c] }] })).toMatchObject({ kind: 'not', form: 'array', condition: { kind: 'group', combinator: 'any' } });
    for (const json of [{ '!': c }, { '!': [c] }, { '!': { or: [c] } }, { '!': [{ or: [c] }] }, { '!': { or: 5 } }, { '!': [] }, { '!': [1, 2] }, { '!': [[1, 2]] }]) roundTrips(json);
    expect(toBuilderCondition({ '!': [] }).kind).toBe('raw');
    expect(toBuilderCondition({ '!': [1, 2] }).kind).toBe('raw');
  });

  it('minus with one argument is negation, in the listed form only', () => {
    expect(toBuilderExpr({ '-': [{ var: 'x' }] })).toEqual({ kind: 'arith', op: '-', args: [{ kind: 'field', path: 'x', form: 'string' }] });
    // {"-": {"var": "xs"}} subtracts the items of a computed list: not "−xs".
    expect(toBuilderExpr({ '-': { var: 'xs' } }).kind).toBe('raw');
    expect(toBuilderExpr({ '-': 5 }).kind).toBe('raw');
    roundTrips({ '-': [{ var: 'x' }] });
    roundTrips({ '-': 5 });
  });

  it('if: with and without otherwise, the ternary alias, too few arguments', () => {
    const model = toBuilderExpr({ if: [{ var: 'a' }, 1, { var: 'b' }, 2] });
    expect(model).toMatchObject({ kind: 'if', branches: [{ then: { value: 1 } }, { then: { value: 2 } }] });
    expect(model).not.toHaveProperty('otherwise');
    expect(toBuilderExpr({ if: [true, 1, 2] })).toMatchObject({ kind: 'if', otherwise: { kind: 'literal', value: 2 } });
    expect(toBuilderExpr({ '?:': [true, 1, 2] })).toMatchObject({ kind: 'if', op: '?:' });
    for (const json of [{ if: [] }, { if: [1] }, { if: 1 }, { '?:': [] }]) {
      expect(toBuilderExpr(json).kind, JSON.stringify(json)).toBe('raw');
      roundTrips(json);
    }
    for (const json of [{ if: [{ var: 'a' }, 1, { var: 'b' }, 2] }, { if: [true, 1, 2] }, { '?:': [true, 1, 2] }, { if: [[1], 2, [3]] }]) roundTrips(json);
  });

  it('in: a text (substring) or a list of values; lists holding rules stay raw', () => {
    expect(toBuilderCondition({ in: [{ var: 'a' }, 'substring'] })).toMatchObject({ kind: 'in', list: { kind: 'literal', value: 'substring' } });
    expect(toBuilderCondition({ in: [{ var: 'a' }, ['x', 1, null]] })).toMatchObject({ kind: 'in', list: { kind: 'literal', value: ['x', 1, null] } });
    expect(toBuilderCondition({ in: [{ var: 'a' }, ['x', { var: 'b' }]] })).toMatchObject({ kind: 'in', value: { kind: 'field' }, list: { kind: 'raw' } });
    for (const json of [{ in: [{ var: 'a' }, 'substring'] }, { in: [{ var: 'a' }, ['x', 1, null]] }, { in: [{ var: 'a' }, ['x', { var: 'b' }]] }, { in: [{ var: 'a' }, [[1]]] }, { in: 'x' }, { in: [1] }]) roundTrips(json);
  });

  it('comparisons: two arguments, between with three, anything else raw', () => {
    expect(toBuilderCondition({ '<=': [1, { var: 'x' }, 5] })).toMatchObject({ kind: 'between', op: '<=' });
    expect(toBuilderCondition({ '<': [1, { var: 'x' }, 5] })).toMatchObject({ kind: 'between', op: '<' });
    for (const json of [{ '==': [1, 1, 1] }, { '<': [1] }, { '>': [1, 2, 3] }, { '<=': [1, 2, 3, 4] }, { '==': 1 }, { '==': [] }]) {
      expect(toBuilderCondition(json)).toEqual({ kind: 'raw', json });
      roundTrips(json);
    }
  });

  it('malformed and unknown shapes become raw at the smallest node', () => {
    for (const json of [{ and: 5 }, { or: 'x' }, { a: 1, b: 2 }, {}, { foo: [1, 2] }, { 'acme.nope': [] }, { preserve: { a: 1 } }, { some: [1] }, { all: 5 }, [{ var: 'a' }], [[1, 2]]]) {
      expect(toBuilderCondition(json)).toEqual({ kind: 'raw', json });
      roundTrips(json);
    }
    const nested = { and: [{ '>': [{ var: 'a' }, 1] }, { '<': [1] }, { foo: 1 }, { '==': [{ var: 'b' }, { a: 1, b: 2 }] }] };
    const model = toBuilderCondition(nested);
    expect(model).toMatchObject({ kind: 'group', combinator: 'all' });
    expect(rawNodes(model)).toEqual([{ '<': [1] }, { foo: 1 }, { a: 1, b: 2 }]);
    roundTrips(nested);
  });

  it('arrays and plain values as conditions are tests of literals', () => {
    expect(toBuilderCondition([1, 'a'])).toEqual({ kind: 'test', expr: { kind: 'literal', value: [1, 'a'] } });
    expect(toBuilderCondition(true)).toEqual({ kind: 'test', expr: { kind: 'literal', value: true } });
    expect(toBuilderCondition({ var: 'ok' })).toEqual({ kind: 'test', expr: { kind: 'field', path: 'ok', form: 'string' } });
    for (const json of [[], [1, 'a'], true, null, 0, -0, '', 'x', 1.5e300, { and: [[], [-0], -0] }]) roundTrips(json);
  });

  it('keeps -0 and refuses to confuse it with 0', () => {
    const model = toBuilderCondition({ '==': [{ var: 'x' }, -0] });
    expect(Object.is((fromBuilderCondition(model) as { '==': unknown[] })['==']![1], -0)).toBe(true);
    expect(jsonEqual(fromBuilderExpr(toBuilderExpr({ '+': [0, -0] })), { '+': [0, 0] })).toBe(false);
  });

  it('keeps "__proto__" keys as own properties', () => {
    const json = JSON.parse('{"__proto__": [1, 2]}') as unknown;
    roundTrips(json);
    const inOr = JSON.parse('{"or": [{"__proto__": {"var": "a"}}]}') as unknown;
    roundTrips(inOr);
  });

  it('quantifiers, groups and conditions used as values', () => {
    const json = { some: [{ var: 'items' }, { '>': [{ var: 'qty' }, 2] }] };
    expect(toBuilderCondition(json)).toMatchObject({ kind: 'quantifier', quantifier: 'some', array: { kind: 'field', path: 'items' }, condition: { kind: 'compare' } });
    expect(toBuilderExpr({ '+': [{ or: [{ var: 'x' }, 0] }, 1] })).toMatchObject({ kind: 'arith', args: [{ kind: 'condition', condition: { kind: 'group', combinator: 'any' } }, { kind: 'literal' }] });
    roundTrips(json);
    roundTrips({ and: [] });
    roundTrips({ or: [{ and: [{ '!': { var: 'a' } }] }] });
  });

  it('"count of items where" is the classic reduce that counts, and only that exact shape', () => {
    const late = { 'time.after': [{ var: 'current' }, '08:30'] };
    const json = { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [late, 1, 0] }] }, 0] };
    expect(toBuilderExpr(json)).toEqual({
      kind: 'count', array: { kind: 'field', path: 'signIns', form: 'string' },
      condition: { kind: 'test', expr: { kind: 'call', op: 'time.after', args: [{ kind: 'field', path: 'current', form: 'string' }, { kind: 'literal', value: '08:30' }], form: 'array' } },
    });
    roundTrips({ '>': [json, 3] });
    // Near misses are other reductions: drawn as they are (a reduce call or JSON), never as a count.
    const nearMisses = [
      { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [late, 1, 0] }] }, -0] },
      { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [late, 2, 0] }] }, 0] },
      { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [late, 1, 0, 5] }] }, 0] },
      { reduce: [{ var: 'signIns' }, { '+': [{ var: ['accumulator'] }, { if: [late, 1, 0] }] }, 0] },
      { reduce: [{ var: 'signIns' }, { '+': [{ if: [late, 1, 0] }, { var: 'accumulator' }] }, 0] },
      { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [late, 1, 0] }] }] },
    ];
    for (const near of nearMisses) {
      expect(toBuilderExpr(near).kind).not.toBe('count');
      roundTrips(near);
    }
  });

  it('date and time operators are calls, in both forms', () => {
    expect(toBuilderCondition({ 'time.after': [{ var: 'checkIn' }, '08:30'] })).toEqual({
      kind: 'test', expr: { kind: 'call', op: 'time.after', args: [{ kind: 'field', path: 'checkIn', form: 'string' }, { kind: 'literal', value: '08:30' }], form: 'array' },
    });
    expect(toBuilderExpr({ 'date.year': { var: 'd' } })).toMatchObject({ kind: 'call', op: 'date.year', form: 'single' });
    expect(toBuilderExpr({ 'time.after': [{ var: 'checkIn' }] }).kind).toBe('raw'); // one argument short
    roundTrips({ 'date.year': { var: 'd' } });
  });
});

describe('models built by hand keep their meaning', () => {
  it('a single-form call of an array, or of an operator for spread operators, is written listed', () => {
    expect(fromBuilderExpr({ kind: 'call', op: 'date.year', args: [{ kind: 'literal', value: ['2025-01-01'] }], form: 'single' })).toEqual({ 'date.year': [['2025-01-01']] });
    expect(fromBuilderExpr({ kind: 'call', op: 'cat', args: [{ kind: 'field', path: 'x', form: 'string' }], form: 'single' })).toEqual({ cat: [{ var: 'x' }] });
    expect(fromBuilderExpr({ kind: 'call', op: 'cat', args: [{ kind: 'literal', value: 'a' }, { kind: 'literal', value: 'b' }], form: 'single' })).toEqual({ cat: ['a', 'b'] });
  });

  it('a negated array literal and a string-form field with a fallback', () => {
    expect(fromBuilderCondition({ kind: 'not', condition: { kind: 'test', expr: { kind: 'literal', value: [1, 2] } } })).toEqual({ '!': [[1, 2]] });
    expect(fromBuilderExpr({ kind: 'field', path: 'a', form: 'string', fallback: 0 })).toEqual({ var: ['a', 0] });
  });
});
