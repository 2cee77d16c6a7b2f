import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeLogic } from '../../../../src/core/logic/analysis/analyze.ts';
import { editDistance, didYouMean } from '../../../../src/core/logic/analysis/suggest.ts';

function codes(rule: unknown): Array<[string, string, string]> {
  return analyzeLogic(rule).typeIssues.map((i) => [i.pointer, i.severity, i.code]);
}

/** Odd shapes in every position an operator argument can take. */
const ODD_VALUES: unknown[] = [
  null, undefined, 0, -1, 1.5, Number.NaN, '', 'x', true, false, [], [null], [[]], [[1]], {}, { a: 1, b: 2 },
  { var: null }, { val: [[]] }, { val: [['x']] }, { val: [[1.5]] }, { val: [{}] }, { var: true }, { var: {} },
  { '': 1 }, { __proto__: 1 }, { constructor: [] }, { toString: 1 }, { hasOwnProperty: 'x' },
];

const OPERATORS = [
  'var', 'val', 'exists', 'missing', 'missing_some', 'if', '?:', 'and', 'or', '!', '!!', '==', '===', '!=', '!==',
  '<', '<=', '>', '>=', '+', '-', '*', '/', '%', 'min', 'max', 'cat', 'substr', 'in', 'merge', 'map', 'filter',
  'reduce', 'all', 'some', 'none', '??', 'try', 'throw', 'preserve', 'log', 'acme.x', 'time.diff', 'bogus', '__proto__',
];

describe('analyzeLogic: robustness', () => {
  it('never throws on odd top-level values', () => {
    for (const value of ODD_VALUES) {
      expect(() => analyzeLogic(value)).not.toThrow();
      expect(() => analyzeLogic(value, { fieldTypes: { x: 'number' }, customOperators: {} })).not.toThrow();
    }
  });

  it('never throws for any operator with any odd argument shape', () => {
    for (const op of OPERATORS) {
      for (const arg of ODD_VALUES) {
        for (const rule of [{ [op]: arg }, { [op]: [arg] }, { [op]: [arg, arg] }, { [op]: [arg, arg, arg, arg] }, { and: [{ [op]: arg }] }]) {
          const r = analyzeLogic(rule, { fieldTypes: { a: 'string' } });
          expect(Array.isArray(r.typeIssues)).toBe(true);
          expect(r.operators).toContain(op);
        }
      }
    }
  });

  it('never throws on bad options', () => {
    const bad: unknown[] = [null, 1, 'x', [], { fieldTypes: null }, { fieldTypes: [] }, { fieldTypes: { a: 5 } }, { customOperators: 'x' }, { customOperators: { 'acme.x': null } }, { customOperators: { 'acme.x': { args: 'number', returns: 7 } } }];
    for (const options of bad) {
      expect(() => analyzeLogic({ 'acme.x': [{ var: 'a' }] }, options as Parameters<typeof analyzeLogic>[1])).not.toThrow();
    }
  });

  it('treats unknown kind names in options as unknown', () => {
    const options = JSON.parse('{"fieldTypes": {"a": "money"}, "customOperators": {"acme.f": {"args": [5, "money"], "returns": "cash"}}}') as Parameters<typeof analyzeLogic>[1];
    const r = analyzeLogic({ '>': [{ 'acme.f': [{ var: 'a' }, 'x'] }, { var: 'a' }] }, options);
    expect(r.typeIssues).toEqual([]);
    expect(r.resultType).toBe('boolean');
  });

  it('does not mistake Object.prototype names for declarations', () => {
    const r = analyzeLogic({ and: [{ var: 'constructor' }, { 'acme.toString': [] }] }, { fieldTypes: { a: 'number' }, customOperators: {} });
    expect(r.typeIssues.map((i) => i.code)).toEqual(['unknown-field', 'malformed']);
  });

  it('reports unknown operators as malformed errors', () => {
    expect(codes({ bogus: [1] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ or: [{ method: ['a', 'b'] }] })).toEqual([['/or/0', 'error', 'malformed']]);
    expect(analyzeLogic({ bogus: 1 }).typeIssues[0]?.message.en).toBe('Unknown operator "bogus".');
  });

  it('warns about objects with several keys', () => {
    expect(codes({ a: 1, b: 2 })).toEqual([['', 'warning', 'malformed']]);
    expect(codes({ and: [{ '>': [1, 2], '<': [1, 2] }] })).toEqual([['/and/0', 'warning', 'malformed']]);
  });

  it('reports list-only operators given a single argument', () => {
    expect(codes({ and: true })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ map: 5 })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ '<': 5 })).toEqual([['', 'error', 'malformed']]);
  });

  it('reports wrong argument counts', () => {
    expect(codes({ '>': [1] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ '%': [1] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ '/': [] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ in: ['a'] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ map: [[1]] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ substr: ['abc'] })).toEqual([['', 'warning', 'malformed']]);
    expect(codes({ '?:': [true, 1] })).toEqual([['', 'warning', 'malformed']]);
    expect(codes({ missing_some: [1] })).toEqual([['', 'error', 'malformed']]);
    expect(analyzeLogic({ '>': [1] }).typeIssues[0]?.message.en).toBe('">" expects 2+ argument(s) but has 1.');
  });

  it('reports bad paths and scope jumps past the record', () => {
    expect(codes({ var: true })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ val: [[1.5], 'x'] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ val: ['a', {}] })).toEqual([['', 'error', 'malformed']]);
    expect(codes({ map: [[1], { val: [[4], 'x'] }] })).toEqual([['/map/1', 'warning', 'malformed']]);
    expect(analyzeLogic({ map: [[1], { val: [[4], 'x'] }] }).fields).toEqual(['x']);
  });

  it('reports values that are not JSON', () => {
    expect(codes({ and: [undefined, () => 1] })).toEqual([
      ['/and/0', 'error', 'malformed'],
      ['/and/1', 'error', 'malformed'],
    ]);
  });

  it('survives very deep nesting and cycles with one issue', () => {
    let deep: unknown = { var: 'x' };
    for (let i = 0; i < 5000; i++) deep = { '!': [deep] };
    const r = analyzeLogic(deep);
    expect(r.typeIssues.filter((i) => i.code === 'malformed')).toHaveLength(1);
    const cyclic: Record<string, unknown> = {};
    cyclic.and = [cyclic, cyclic];
    expect(() => analyzeLogic(cyclic)).not.toThrow();
  });

  it('stays fast on shared sub-trees (a DAG built in code)', () => {
    let shared: unknown = { '>': [{ var: 'x' }, 1] };
    for (let i = 0; i < 40; i++) shared = { and: [shared, shared] };
    const started = Date.now();
    const r = analyzeLogic(shared);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.typeIssues.some((i) => i.message.en.includes('too large'))).toBe(true);
    expect(r.fields).toEqual(['x']);
  });

  it('survives a throwing getter', () => {
    const hostile = { get and(): unknown { throw new Error('boom'); } };
    const r = analyzeLogic(hostile);
    expect(r.typeIssues.map((i) => i.code)).toContain('malformed');
  });

  const suiteDir = new URL('../../../../../shared/jsonlogic-compat/', import.meta.url);
  it.runIf(existsSync(new URL('index.json', suiteDir)))('analyses every rule of the compatibility suites', () => {
    const files = JSON.parse(readFileSync(new URL('index.json', suiteDir), 'utf8')) as string[];
    let count = 0;
    for (const file of files) {
      for (const test of JSON.parse(readFileSync(new URL(file, suiteDir), 'utf8')) as unknown[]) {
        if (typeof test !== 'object' || test === null || !('rule' in test)) continue;
        const r = analyzeLogic(test.rule, { fieldTypes: { x: 'number' } });
        expect(r.operators).toEqual([...new Set(r.operators)].sort());
        count++;
      }
    }
    expect(count).toBeGreaterThan(500);
  });
});

describe('did-you-mean', () => {
  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('abcdef', 'x', 2)).toBe(3);
  });

  it('picks the closest name within reach', () => {
    expect(didYouMean('satisfation', ['complaints', 'satisfaction'])).toBe('satisfaction');
    expect(didYouMean('complaint', ['complaints', 'compliance'])).toBe('complaints');
    expect(didYouMean('zzz', ['satisfaction'])).toBeUndefined();
    expect(didYouMean('Name', ['name'])).toBe('name');
  });
});
