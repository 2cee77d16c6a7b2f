import { describe, expect, it } from 'vitest';
import { analyzeLogic } from '../../../../src/core/logic/analysis/analyze.ts';

describe('analyzeLogic: fields', () => {
  const cases: Array<[string, unknown, string[]]> = [
    ['var string', { var: 'satisfaction' }, ['satisfaction']],
    ['var dotted', { var: 'customer.level' }, ['customer.level']],
    ['var with default', { var: ['bonus', 0] }, ['bonus']],
    ['var number', { var: 1 }, ['1']],
    ['var list of one', { var: ['a'] }, ['a']],
    ['var "" reads the whole record', { var: '' }, []],
    ['var null reads the whole record', { var: null }, []],
    ['var [] reads the whole record', { var: [] }, []],
    ['val string is one key', { val: 'hello' }, ['hello']],
    ['val list joined with dots', { val: ['hello', 'world'] }, ['hello.world']],
    ['val list with index', { val: ['arr', 1] }, ['arr.1']],
    ['val [] is the whole record', { val: [] }, []],
    ['exists string', { exists: 'hello' }, ['hello']],
    ['exists list', { exists: ['hello', 'world'] }, ['hello.world']],
    ['missing list', { missing: ['a', 'b'] }, ['a', 'b']],
    ['missing single', { missing: 'a' }, ['a']],
    ['missing one list argument', { missing: [['x', 'y.z']] }, ['x', 'y.z']],
    ['missing_some', { missing_some: [1, ['phone', 'email']] }, ['phone', 'email']],
    ['first appearance order, no duplicates', { and: [{ var: 'b' }, { var: 'a' }, { var: 'b' }] }, ['b', 'a']],
    ['the example rule', { and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '==': [{ var: 'complaints' }, 0] }] }, ['satisfaction', 'complaints']],
    ['in a literal array', [1, { var: 'x' }, 3], ['x']],
    ['in if branches', { if: [{ var: 'x' }, [{ var: 'y' }], 99] }, ['x', 'y']],
    ['reduce initial value is top-level', { reduce: [{ var: 'integers' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { var: 'start_with' }] }, ['integers', 'start_with']],
    ['try first argument is top-level', { try: [{ var: 'a' }, { var: 'type' }] }, ['a']],
    ['throw argument', { throw: { val: 'x' } }, ['x']],
    ['preserve is data, not a read', { preserve: { var: 'x' } }, []],
    ['custom operator arguments', { 'acme.weightedAvg': [{ var: 'a' }, { var: 'b' }] }, ['a', 'b']],
    ['date operator arguments', { 'time.diff': [{ var: 'start' }, { var: 'end' }] }, ['start', 'end']],
  ];
  for (const [name, rule, fields] of cases) {
    it(name, () => expect(analyzeLogic(rule).fields).toEqual(fields));
  }

  it('collects the names a computed missing list can produce', () => {
    const rule = { missing: { merge: ['vin', { if: [{ var: 'financing' }, ['apr'], []] }] } };
    expect(analyzeLogic(rule).fields).toEqual(['financing', 'vin', 'apr']);
  });

  it('collects the literal candidates of a computed var path', () => {
    const rule = { var: [{ '?:': [{ '<': [{ var: 'temp' }, 110] }, 'pie.filling', 'pie.eta'] }] };
    expect(analyzeLogic(rule).fields).toEqual(['temp', 'pie.filling', 'pie.eta']);
  });

  it('evaluates a literal cat in a computed val path', () => {
    expect(analyzeLogic({ val: { cat: ['te', 'st'] } }).fields).toEqual(['test']);
  });
});

describe('analyzeLogic: itemFields', () => {
  it('reports reads of the current item with the iterated field', () => {
    const r = analyzeLogic({ some: [{ var: 'complaints' }, { '==': [{ var: 'severity' }, 'serious'] }] });
    expect(r.fields).toEqual(['complaints']);
    expect(r.itemFields).toEqual([{ array: 'complaints', path: 'severity' }]);
  });

  it('works for every iterator and for val', () => {
    for (const op of ['map', 'filter', 'all', 'some', 'none']) {
      const r = analyzeLogic({ [op]: [{ val: 'people' }, { val: ['address', 'city'] }] });
      expect(r.fields).toEqual(['people']);
      expect(r.itemFields).toEqual([{ array: 'people', path: 'address.city' }]);
    }
  });

  it('does not report the whole item', () => {
    const r = analyzeLogic({ filter: [{ var: 'numbers' }, { '>': [{ var: '' }, 0] }] });
    expect(r.itemFields).toEqual([]);
    expect(analyzeLogic({ map: [{ val: 'n' }, { val: [] }] }).itemFields).toEqual([]);
  });

  it('names nested iterations by the dotted path of the inner list', () => {
    const rule = { all: [{ var: 'classes' }, { all: [{ var: 'students' }, { '>=': [{ var: 'grade' }, 60] }] }] };
    const r = analyzeLogic(rule);
    expect(r.fields).toEqual(['classes']);
    expect(r.itemFields).toEqual([
      { array: 'classes', path: 'students' },
      { array: 'classes.students', path: 'grade' },
    ]);
  });

  it('reads reduce items through current and ignores the accumulator', () => {
    const r = analyzeLogic({ reduce: [{ var: 'items' }, { '+': [{ var: 'current.price' }, { var: 'accumulator' }] }, 0] });
    expect(r.fields).toEqual(['items']);
    expect(r.itemFields).toEqual([{ array: 'items', path: 'price' }]);
    const v = analyzeLogic({ reduce: [{ val: 'desserts' }, { '+': [{ val: 'accumulator' }, { val: ['current', 'qty'] }] }, 0] });
    expect(v.itemFields).toEqual([{ array: 'desserts', path: 'qty' }]);
  });

  it('follows filter results into the next iterator', () => {
    const rule = {
      max: { map: [{ filter: [{ val: 'people' }, { '===': [{ val: 'department' }, 'Engineering'] }] }, { val: 'salary' }] },
    };
    expect(analyzeLogic(rule).itemFields).toEqual([
      { array: 'people', path: 'department' },
      { array: 'people', path: 'salary' },
    ]);
  });

  it('follows merged lists to every origin', () => {
    const rule = { some: [{ merge: [{ var: 'a' }, { var: 'b' }] }, { var: 'x' }] };
    expect(analyzeLogic(rule).itemFields).toEqual([
      { array: 'a', path: 'x' },
      { array: 'b', path: 'x' },
    ]);
  });

  it('reports nothing for items of literal or computed lists', () => {
    expect(analyzeLogic({ map: [[1, 2, 3], { var: 'x' }] }).itemFields).toEqual([]);
    expect(analyzeLogic({ map: [{ map: [{ var: 'a' }, { var: 'b' }] }, { var: 'c' }] }).itemFields).toEqual([{ array: 'a', path: 'b' }]);
  });

  it('resolves val scope jumps: [[2]] climbs one iterator to the record', () => {
    const rule = { filter: [{ val: 'people' }, { '===': [{ val: 'department' }, { val: [[2], 'department'] }] }] };
    const r = analyzeLogic(rule);
    expect(r.fields).toEqual(['people', 'department']);
    expect(r.itemFields).toEqual([{ array: 'people', path: 'department' }]);
  });

  it('treats [[1]] as iterator bookkeeping (index), not a field', () => {
    const r = analyzeLogic({ map: [{ val: 'numbers' }, { '+': [{ val: [[1], 'index'] }, { val: [] }] }] });
    expect(r.fields).toEqual(['numbers']);
    expect(r.itemFields).toEqual([]);
  });

  it('ignores the sign of a jump and counts two levels per iterator', () => {
    expect(analyzeLogic({ map: [[1], { val: [[-2], 'adder'] }] }).fields).toEqual(['adder']);
    const nested = { map: [{ var: 'outer' }, { map: [{ var: 'inner' }, { '+': [{ val: [[-4], 'adder'] }, { val: [[2], 'k'] }] }] }] };
    const r = analyzeLogic(nested);
    expect(r.fields).toEqual(['outer', 'adder']);
    expect(r.itemFields).toEqual([
      { array: 'outer', path: 'inner' },
      { array: 'outer', path: 'k' },
    ]);
  });

  it('joins escaped keys after a jump', () => {
    const rule = { map: [{ val: 'arr' }, { '+': [{ val: [[2], '', '', '/'] }, { val: [[2], '../'] }] }] };
    expect(analyzeLogic(rule).fields).toEqual(['arr', '../']);
  });

  it('does not count reads of the error object in try fallbacks', () => {
    const r = analyzeLogic({ try: [{ throw: 'x' }, { if: [{ '===': [{ val: 'type' }, 'NaN'] }, 'Handled', { val: [[2], 'fallback'] }] }] });
    expect(r.fields).toEqual(['fallback']);
  });

  it('treats missing inside an iterator as item fields', () => {
    const r = analyzeLogic({ all: [{ var: 'orders' }, { '!': { missing: ['id', 'total'] } }] });
    expect(r.itemFields).toEqual([
      { array: 'orders', path: 'id' },
      { array: 'orders', path: 'total' },
    ]);
  });
});

describe('analyzeLogic: operators', () => {
  it('lists every operator, sorted and unique', () => {
    const rule = { and: [{ '>=': [{ var: 'a' }, 1] }, { or: [{ '==': [{ var: 'b' }, 0] }, { '>=': [{ var: 'c' }, 2] }] }] };
    expect(analyzeLogic(rule).operators).toEqual(['==', '>=', 'and', 'or', 'var']);
  });

  it('includes custom, date/time and unknown operators', () => {
    const rule = { and: [{ 'acme.weightedAvg': [1] }, { 'time.diff': [] }, { bogus: 1 }] };
    expect(analyzeLogic(rule).operators).toEqual(['acme.weightedAvg', 'and', 'bogus', 'time.diff']);
  });

  it('does not descend into preserve or multi-key objects', () => {
    expect(analyzeLogic({ preserve: { var: 'x' } }).operators).toEqual(['preserve']);
    expect(analyzeLogic({ a: { var: 'x' }, b: 1 }).operators).toEqual([]);
  });

  it('is empty for plain values', () => {
    for (const value of [1, 'a', true, null, [], {}]) expect(analyzeLogic(value).operators).toEqual([]);
  });
});
