import { describe, expect, it } from 'vitest';
import { analyzeLogic } from '../../../../src/core/logic/analysis/analyze.ts';

function nonClassic(rule: unknown, options?: Parameters<typeof analyzeLogic>[1]): Array<[string, string]> {
  return analyzeLogic(rule, options).nonClassic.map((n) => [n.pointer, n.operator]);
}

describe('analyzeLogic: classicOnly', () => {
  const classic: unknown[] = [
    { and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '==': [{ var: 'complaints' }, 0] }] },
    { '<': [0, { var: 'x' }, 10] },
    { '<=': [0, { var: 'x' }, 10] },
    { var: ['a', 1] },
    { missing: { merge: ['vin', { if: [{ var: 'financing' }, ['apr'], []] }] } },
    { missing_some: [1, ['a', 'b']] },
    { '?:': [true, 1, 2] },
    { if: [true, 'a', false, 'b', 'c'] },
    { '!': true },
    { '!!': [[]] },
    { '+': '3' },
    { '+': { var: 'x' } },
    { '-': [3] },
    { '+': [] },
    { '*': [2, 3, 4] },
    { '/': [4, 2] },
    { '%': [4, 2] },
    { max: [1, 2, 3] },
    { min: [1] },
    { cat: ['ice', 'cream'] },
    { substr: ['jsonlogic', -5, 2] },
    { in: ['Spring', 'Springfield'] },
    { merge: [[1], [2]] },
    { map: [{ var: 'integers' }, { '*': [{ var: '' }, 2] }] },
    { filter: [{ var: 'integers' }, { '%': [{ var: '' }, 2] }] },
    { reduce: [{ var: 'integers' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
    { all: [{ var: 'a' }, true] },
    { some: [{ var: 'a' }, true] },
    { none: [{ var: 'a' }, true] },
    { log: 'apple' },
    [1, { var: 'x' }, 3],
    { a: 1, b: 2 },
    42,
    null,
  ];
  classic.forEach((rule, i) => {
    it(`classic #${i}: ${JSON.stringify(rule)}`, () => {
      const r = analyzeLogic(rule);
      expect(r.nonClassic).toEqual([]);
      expect(r.classicOnly).toBe(true);
    });
  });

  it('flags spec-only operators with their pointers', () => {
    const rule = { and: [{ '>': [{ val: 'a' }, 1] }, { exists: 'b' }, { '??': [{ var: 'c' }, 0] }] };
    const r = analyzeLogic(rule);
    expect(r.classicOnly).toBe(false);
    expect(r.nonClassic.map((n) => [n.pointer, n.operator])).toEqual([
      ['/and/0/>/0', 'val'],
      ['/and/1', 'exists'],
      ['/and/2', '??'],
    ]);
    expect(r.nonClassic[0]?.reason).toMatch(/not a json-logic-js operator/);
  });

  it('flags try, throw and preserve', () => {
    expect(nonClassic({ try: [{ throw: 'x' }, { preserve: 1 }] })).toEqual([
      ['', 'try'],
      ['/try/0', 'throw'],
      ['/try/1', 'preserve'],
    ]);
  });

  it('flags chained comparisons json-logic-js does not support', () => {
    expect(nonClassic({ '<': [1, 2, 3, 4] })).toEqual([['', '<']]);
    expect(nonClassic({ '<=': [1, 2, 3, 4, 5] })).toEqual([['', '<=']]);
    for (const op of ['>', '>=', '==', '===', '!=', '!==']) expect(nonClassic({ [op]: [3, 2, 1] })).toEqual([['', op]]);
    expect(analyzeLogic({ '<': [1, 2, 3, 4] }).nonClassic[0]?.reason).toMatch(/4 or more/);
  });

  it('flags argument counts json-logic-js handles differently', () => {
    expect(nonClassic({ '/': [8, 2, 2] })).toEqual([['', '/']]);
    expect(nonClassic({ '/': 2 })).toEqual([['', '/']]);
    expect(nonClassic({ '%': [8, 6, 3] })).toEqual([['', '%']]);
    expect(nonClassic({ '-': [1, 2, 3] })).toEqual([['', '-']]);
    expect(nonClassic({ '*': [] })).toEqual([['', '*']]);
    expect(nonClassic({ and: [] })).toEqual([['', 'and']]);
    expect(nonClassic({ or: [] })).toEqual([['', 'or']]);
    expect(nonClassic({ max: [] })).toEqual([['', 'max']]);
  });

  it('flags lazy operators given a single non-list argument', () => {
    for (const op of ['if', 'and', 'or', 'map', 'filter', 'reduce', 'all', 'some', 'none', '<', '==']) {
      expect(nonClassic({ [op]: 5 })).toEqual([['', op]]);
    }
  });

  it('flags logic chaining: a computed list spread into the arguments', () => {
    expect(nonClassic({ cat: { merge: [['Hello '], ['World', '!']] } })).toEqual([['', 'cat']]);
    expect(nonClassic({ max: { map: [{ var: 'people' }, { var: 'salary' }] } })).toEqual([['', 'max']]);
    expect(nonClassic({ '+': { preserve: [7, 8] } })).toEqual([['/+', 'preserve'], ['', '+']]);
    // A declared list field is spread too; an unknown one might be a scalar cast, so it is not flagged.
    expect(nonClassic({ max: { var: 'scores' } }, { fieldTypes: { scores: 'array' } })).toEqual([['', 'max']]);
    expect(nonClassic({ max: { var: 'scores' } })).toEqual([]);
  });

  it('flags custom and date/time operators', () => {
    const r = analyzeLogic({ and: [{ 'acme.weightedAvg': [1, 2] }, { 'time.diff': ['a', 'b'] }] }, { customOperators: { 'acme.weightedAvg': {} } });
    expect(r.nonClassic.map((n) => [n.pointer, n.operator, n.reason])).toEqual([
      ['/and/0', 'acme.weightedAvg', 'custom operator; json-logic-js does not have it'],
      ['/and/1', 'time.diff', 'date/time operator; json-logic-js does not have it'],
    ]);
  });

  it('flags unknown operators and method', () => {
    expect(nonClassic({ method: ['abc', 'toUpperCase'] })).toEqual([['', 'method']]);
    expect(nonClassic({ or: [{ bogus: 1 }] })).toEqual([['/or/0', 'bogus']]);
  });

  it('escapes pointer tokens per RFC 6901', () => {
    expect(nonClassic({ 'a/b~c': [{ val: 'x' }] }).map(([p]) => p)).toEqual(['', '/a~1b~0c/0']);
  });

  it('uses the operator key alone for a single non-list argument', () => {
    expect(nonClassic({ '!': { val: 'x' } })).toEqual([['/!', 'val']]);
  });
});
