import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLogic } from '../../../../src/core/logic/render/plain-language.ts';

const en = (rule: unknown): string => renderLogic(rule, 'en');
const v = (name: string): unknown => ({ var: name });

describe('renderLogic: parentheses only where precedence needs them', () => {
  const cases: Array<[unknown, string]> = [
    [{ or: [{ and: [v('a'), v('b')] }, v('c')] }, 'a and b or c'],
    [{ and: [{ or: [v('a'), v('b')] }, v('c')] }, '(a or b) and c'],
    [{ and: [{ and: [v('a'), v('b')] }, v('c')] }, 'a and b and c'],
    [{ or: [{ or: [v('a'), v('b')] }, v('c')] }, 'a or b or c'],
    [{ and: [{ '>': [v('a'), 1] }, { '!': v('b') }] }, 'a > 1 and not b'],
    [{ '!': { and: [v('a'), v('b')] } }, 'not (a and b)'],
    [{ '!': { '!': v('a') } }, 'not not a'],
    [{ '*': [{ '+': [v('a'), 1] }, 2] }, '(a + 1) × 2'],
    [{ '+': [{ '*': [v('a'), 2] }, 1] }, 'a × 2 + 1'],
    [{ '+': [v('a'), { '+': [v('b'), v('c')] }] }, 'a + b + c'],
    [{ '-': [v('a'), { '-': [v('b'), v('c')] }] }, 'a - (b - c)'],
    [{ '-': [{ '-': [v('a'), v('b')] }, v('c')] }, 'a - b - c'],
    [{ '-': [v('a'), { '+': [v('b'), v('c')] }] }, 'a - (b + c)'],
    [{ '/': [v('a'), { '*': [v('b'), v('c')] }] }, 'a ÷ (b × c)'],
    [{ '/': [{ '*': [v('a'), v('b')] }, v('c')] }, 'a × b ÷ c'],
    [{ '%': [v('a'), { '%': [v('b'), 2] }] }, 'a mod (b mod 2)'],
    [{ '-': { '+': [v('a'), 1] } }, '-(a + 1)'],
    [{ '>=': [{ '+': [v('a'), v('b')] }, 90] }, 'a + b ≥ 90'],
    [{ '>=': [{ max: [v('a'), v('b')] }, 90] }, '(maximum of a, b) ≥ 90'],
    [{ '==': [{ '>': [v('a'), 1] }, true] }, '(a > 1) = true'],
    [{ '+': [{ if: [v('vip'), 10, 0] }, 5] }, '(if vip then 10 else 0) + 5'],
    [{ if: [v('a'), { if: [v('b'), 1, 2] }, 3] }, 'if a then (if b then 1 else 2) else 3'],
    [{ if: [{ or: [v('a'), v('b')] }, 1, 0] }, 'if a or b then 1 else 0'],
    [{ and: [{ if: [v('a'), true, false] }, v('b')] }, '(if a then true else false) and b'],
    [{ some: [v('xs'), { or: [v('a'), v('b')] }] }, 'any item of xs has (a or b)'],
    [{ and: [{ some: [v('xs'), v('a')] }, v('b')] }, 'any item of xs has a and b'],
    [{ some: [{ filter: [v('xs'), v('a')] }, v('b')] }, 'any item of (items of xs where a) has b'],
    [{ '!': { missing: ['a'] } }, 'not (a is missing)'],
    [{ '*': [{ '??': [v('a'), 0] }, 2] }, '(first non-empty of a, 0) × 2'],
    [{ '-': [{ try: [v('a'), 0] }, 1] }, '(try a, on error 0) - 1'],
    [{ max: [{ '+': [v('a'), 1] }, v('b')] }, 'maximum of a + 1, b'],
  ];
  for (const [rule, expected] of cases) it(expected, () => expect(en(rule)).toBe(expected));

  it('uses the same parentheses in Chinese', () => {
    expect(renderLogic({ and: [{ or: [v('a'), v('b')] }, v('c')] }, 'zh-CN')).toBe('(a 或 b) 且 c');
    expect(renderLogic({ '!': { '>': [v('a'), 1] } }, 'zh-CN')).toBe('非 (a > 1)');
  });
});

describe('renderLogic: long and odd rules', () => {
  it('caps depth with …', () => {
    let deep: unknown = v('x');
    for (let i = 0; i < 40; i++) deep = { '!': deep };
    const text = en(deep);
    expect(text).toContain('…');
    expect(text.length).toBeLessThan(100);
  });

  it('does not blow up on shared sub-trees', () => {
    let shared: unknown = { '>': [v('x'), 1] };
    for (let i = 0; i < 40; i++) shared = { or: [shared, { and: [v(`y${i}`), shared] }] };
    const started = Date.now();
    const text = en(shared);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(text.length).toBeLessThan(20_000);
  });

  it('stays linear on a long flat rule', () => {
    const rule = { and: Array.from({ length: 15 }, (_, i) => ({ '>=': [v(`k${i}`), i] })) };
    expect(en(rule)).toBe(Array.from({ length: 15 }, (_, i) => `k${i} ≥ ${i}`).join(' and '));
  });

  it('shortens long lists and long text', () => {
    expect(en({ in: [v('x'), Array.from({ length: 50 }, (_, i) => i)] })).toBe(`x is one of ${Array.from({ length: 20 }, (_, i) => i).join(', ')}, …`);
    const long = 'x'.repeat(500);
    expect(en(long).length).toBeLessThan(100);
  });

  it('survives cycles and hostile input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.and = [cyclic, 1];
    expect(() => en(cyclic)).not.toThrow();
    expect(en({ get or(): unknown { throw new Error('boom'); } })).toBe('…');
  });

  it('never throws on odd shapes, in either language', () => {
    const odd: unknown[] = [null, undefined, 0, '', [], {}, { a: 1, b: 2 }, [null, [[]]], Number.NaN, () => 1];
    const ops = ['var', 'val', 'exists', 'missing', 'missing_some', 'if', '?:', 'and', 'or', '!', '!!', '==', '<', '+', '-', '*', '/', '%', 'min', 'max', 'cat', 'substr', 'in', 'merge', 'map', 'filter', 'reduce', 'all', 'some', 'none', '??', 'try', 'throw', 'preserve', 'log', 'acme.x', 'constructor'];
    for (const op of ops) {
      for (const arg of odd) {
        for (const rule of [{ [op]: arg }, { [op]: [arg] }, { [op]: [arg, arg, arg] }]) {
          expect(typeof renderLogic(rule, 'en')).toBe('string');
          expect(typeof renderLogic(rule, 'zh-CN', { fieldLabels: { constructor: 'x' } })).toBe('string');
        }
      }
    }
  });

  it('ignores labels that are not strings or that come from Object.prototype', () => {
    const fieldLabels = JSON.parse('{"a": 5}') as Record<string, string>;
    expect(renderLogic({ and: [v('a'), v('constructor')] }, 'en', { fieldLabels })).toBe('a and constructor');
    expect(renderLogic({ toString: [1] }, 'en', { operatorLabels: {} })).toBe('toString(1)');
  });

  const suiteDir = new URL('../../../../../shared/jsonlogic-compat/', import.meta.url);
  it.runIf(existsSync(new URL('index.json', suiteDir)))('renders every rule of the compatibility suites', () => {
    const files = JSON.parse(readFileSync(new URL('index.json', suiteDir), 'utf8')) as string[];
    for (const file of files) {
      for (const test of JSON.parse(readFileSync(new URL(file, suiteDir), 'utf8')) as unknown[]) {
        if (typeof test !== 'object' || test === null || !('rule' in test)) continue;
        for (const locale of ['en', 'zh-CN'] as const) {
          const text = renderLogic(test.rule, locale);
          expect(text.length).toBeGreaterThan(0);
          expect(text).not.toContain('[object Object]'); // (a field may well be called "undefined")
        }
      }
    }
  });
});
