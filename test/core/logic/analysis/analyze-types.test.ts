import { describe, expect, it } from 'vitest';
import { type LogicAnalysis, analyzeLogic } from '../../../../src/core/logic/analysis/analyze.ts';

const fieldTypes = {
  name: 'string',
  satisfaction: 'number',
  complaints: 'integer',
  vip: 'boolean',
  hired: 'date',
  signIn: 'time',
  level: 'category',
  tickets: 'array',
  'tickets.severity': 'category',
  'tickets.hours': 'number',
  customer: 'object',
  scores: 'array',
  'scores[]': 'number',
} as const;

function issues(rule: unknown, options: Parameters<typeof analyzeLogic>[1] = { fieldTypes: { ...fieldTypes } }): Array<[string, string, string]> {
  return analyzeLogic(rule, options).typeIssues.map((i) => [i.pointer, i.severity, i.code]);
}

function only(rule: unknown): LogicAnalysis['typeIssues'][number] {
  const found = analyzeLogic(rule, { fieldTypes: { ...fieldTypes } }).typeIssues;
  expect(found).toHaveLength(1);
  return found[0] as LogicAnalysis['typeIssues'][number];
}

describe('analyzeLogic: comparisons', () => {
  it('flags comparing a string field with a number', () => {
    const issue = only({ '>': [{ var: 'name' }, 3] });
    expect(issue).toMatchObject({ pointer: '', severity: 'error', code: 'compare-type' });
    expect(issue.message.en).toBe('Comparing the string field "name" with the number 3: the result is meaningless.');
    expect(issue.message['zh-CN']).toBe('将文本字段“name”与数字 3 比较：结果没有意义。');
  });

  it('points at the comparison inside a larger rule', () => {
    expect(issues({ and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '<': [{ var: 'name' }, 5] }] })).toEqual([['/and/1', 'error', 'compare-type']]);
  });

  it('flags comparing a date field with a number, but not with an ISO date', () => {
    expect(issues({ '<': [{ var: 'hired' }, 2024] })).toEqual([['', 'error', 'compare-type']]);
    expect(issues({ '<': [{ var: 'hired' }, '2024-01-01'] })).toEqual([]);
    expect(issues({ '<': [{ var: 'hired' }, 'last year'] })).toEqual([['', 'warning', 'compare-type']]);
    expect(only({ '>': [{ var: 'hired' }, 20240101] }).message.en).toMatch(/the date field "hired" with the number 20240101/);
  });

  it('checks times like dates', () => {
    expect(issues({ '>': [{ var: 'signIn' }, '08:30'] })).toEqual([]);
    expect(issues({ '>': [{ var: 'signIn' }, 830] })).toEqual([['', 'error', 'compare-type']]);
    expect(issues({ '>': [{ var: 'signIn' }, { var: 'hired' }] })).toEqual([['', 'error', 'compare-type']]);
  });

  it('accepts numeric text and coercible equality, rejects strict mismatches', () => {
    expect(issues({ '>': [{ var: 'satisfaction' }, '90'] })).toEqual([]);
    expect(issues({ '===': [{ var: 'satisfaction' }, '90'] })).toEqual([['', 'error', 'compare-type']]);
    expect(issues({ '==': [{ var: 'name' }, 3] })).toEqual([['', 'warning', 'compare-type']]);
    expect(issues({ '===': [{ var: 'name' }, 3] })).toEqual([['', 'error', 'compare-type']]);
    expect(issues({ '==': [{ var: 'satisfaction' }, 'high'] })).toEqual([['', 'error', 'compare-type']]);
  });

  it('treats categories as text and integers as numbers', () => {
    expect(issues({ '==': [{ var: 'level' }, 'gold'] })).toEqual([]);
    expect(issues({ '>': [{ var: 'complaints' }, 2.5] })).toEqual([]);
    expect(issues({ '>': [{ var: 'level' }, 2] })).toEqual([['', 'error', 'compare-type']]);
  });

  it('warns on booleans used as numbers or ordered', () => {
    expect(issues({ '==': [{ var: 'vip' }, true] })).toEqual([]);
    expect(issues({ '==': [{ var: 'vip' }, 1] })).toEqual([['', 'warning', 'compare-type']]);
    expect(issues({ '>': [{ var: 'vip' }, false] })).toEqual([['', 'warning', 'compare-type']]);
  });

  it('checks every adjacent pair of a chained comparison', () => {
    expect(issues({ '<': [0, { var: 'satisfaction' }, 100] })).toEqual([]);
    expect(issues({ '<': [0, { var: 'name' }, 100] })).toEqual([
      ['', 'error', 'compare-type'],
      ['', 'error', 'compare-type'],
    ]);
  });

  it('says nothing about unknown or undeclared kinds', () => {
    expect(issues({ '>': [{ var: 'name' }, 3] }, {})).toEqual([]);
    expect(analyzeLogic({ '>': [{ var: 'x' }, 'abc'] }).typeIssues).toEqual([]);
  });

  it('compares null against anything without complaint', () => {
    expect(issues({ '==': [{ var: 'name' }, null] })).toEqual([]);
  });
});

describe('analyzeLogic: arithmetic, in, substr, iterators', () => {
  it('flags arithmetic on strings with the argument pointer', () => {
    const issue = only({ '+': [{ var: 'satisfaction' }, { var: 'name' }] });
    expect(issue).toMatchObject({ pointer: '/+/1', severity: 'error', code: 'arithmetic-type' });
    expect(issue.message.en).toMatch(/the string field "name"/);
    expect(issue.message['zh-CN']).toMatch(/文本字段“name”/);
  });

  it('flags every arithmetic operator and min/max', () => {
    for (const op of ['+', '-', '*', '/', '%', 'min', 'max']) {
      const token = op.replace('/', '~1'); // RFC 6901 escaping
      expect(issues({ [op]: [{ var: 'level' }, 2] })).toEqual([[`/${token}/0`, 'error', 'arithmetic-type']]);
    }
  });

  it('warns on booleans, errors on dates, lists and non-numeric text', () => {
    expect(issues({ '*': [{ var: 'vip' }, 10] })).toEqual([['/*/0', 'warning', 'arithmetic-type']]);
    expect(issues({ '-': [{ var: 'hired' }, 1] })).toEqual([['/-/0', 'error', 'arithmetic-type']]);
    expect(issues({ '+': [{ var: 'tickets' }, 1] })).toEqual([['/+/0', 'error', 'arithmetic-type']]);
    expect(issues({ '+': ['abc', 1] })).toEqual([['/+/0', 'error', 'arithmetic-type']]);
    expect(issues({ '+': ['12', 1] })).toEqual([]);
  });

  it('allows unary + as the text-to-number cast', () => {
    expect(issues({ '+': { var: 'name' } })).toEqual([]);
    expect(issues({ '+': [{ var: 'name' }] })).toEqual([]);
  });

  it('checks the items of a chained argument list', () => {
    expect(issues({ max: { var: 'scores' } })).toEqual([]);
    expect(issues({ '+': { merge: [['a'], ['b']] } })).toEqual([['/+', 'error', 'arithmetic-type']]);
  });

  it('flags in with a number haystack at the haystack', () => {
    const issue = only({ in: ['x', { var: 'satisfaction' }] });
    expect(issue).toMatchObject({ pointer: '/in/1', severity: 'error', code: 'in-type' });
    expect(issues({ in: ['x', 5] })).toEqual([['/in/1', 'error', 'in-type']]);
    expect(issues({ in: ['VIP', { var: 'name' }] })).toEqual([]);
    expect(issues({ in: [{ var: 'level' }, ['gold', 'silver']] })).toEqual([]);
  });

  it('lets cat take anything', () => {
    expect(issues({ cat: [{ var: 'satisfaction' }, { var: 'vip' }, { var: 'tickets' }, { var: 'hired' }, null] })).toEqual([]);
  });

  it('flags substr on non-strings and non-numeric positions', () => {
    expect(issues({ substr: [{ var: 'name' }, 0, 3] })).toEqual([]);
    expect(issues({ substr: [{ var: 'hired' }, 0, 7] })).toEqual([]);
    expect(issues({ substr: [{ var: 'satisfaction' }, 0, 1] })).toEqual([['/substr/0', 'warning', 'substr-type']]);
    expect(issues({ substr: [{ var: 'vip' }, 0, 1] })).toEqual([['/substr/0', 'error', 'substr-type']]);
    expect(issues({ substr: [{ var: 'tickets' }, 0] })).toEqual([['/substr/0', 'error', 'substr-type']]);
    expect(issues({ substr: [{ var: 'name' }, 'a'] })).toEqual([['/substr/1', 'error', 'substr-type']]);
    expect(issues({ substr: [{ var: 'name' }, 0, { var: 'name' }] })).toEqual([['/substr/2', 'error', 'substr-type']]);
  });

  it('flags iterating over a non-list field at the source', () => {
    for (const op of ['map', 'filter', 'all', 'some', 'none']) {
      expect(issues({ [op]: [{ var: 'name' }, true] })).toEqual([[`/${op}/0`, 'error', 'iterate-type']]);
    }
    expect(issues({ reduce: [{ var: 'satisfaction' }, { var: 'accumulator' }, 0] })).toEqual([['/reduce/0', 'error', 'iterate-type']]);
    expect(only({ some: [{ var: 'name' }, true] }).message.en).toBe('"some" goes through a list, but the string field "name" is not a list.');
  });

  it('types item fields from list.field declarations', () => {
    expect(issues({ some: [{ var: 'tickets' }, { '==': [{ var: 'severity' }, 'serious'] }] })).toEqual([]);
    expect(issues({ some: [{ var: 'tickets' }, { '>': [{ var: 'severity' }, 3] }] })).toEqual([['/some/1', 'error', 'compare-type']]);
    expect(only({ some: [{ var: 'tickets' }, { '>': [{ var: 'severity' }, 3] }] }).message.en).toMatch(/"tickets\.severity"/);
  });

  it('types whole items from list[] declarations', () => {
    expect(issues({ all: [{ var: 'scores' }, { '>=': [{ var: '' }, 60] }] })).toEqual([]);
    expect(issues({ all: [{ var: 'scores' }, { '>=': [{ var: '' }, 'x'] }] })).toEqual([['/all/1', 'error', 'compare-type']]);
  });

  it('warns about reduce reads other than current and accumulator', () => {
    expect(issues({ reduce: [{ var: 'scores' }, { '+': [{ var: 'accumulator' }, { var: 'bonus' }] }, 0] })).toEqual([
      ['/reduce/1/+/1', 'warning', 'reduce-scope'],
    ]);
  });
});

describe('analyzeLogic: unknown fields', () => {
  it('warns with a did-you-mean suggestion', () => {
    const issue = only({ '>=': [{ var: 'satisfation' }, 90] });
    expect(issue).toMatchObject({ pointer: '/>=/0', severity: 'warning', code: 'unknown-field' });
    expect(issue.message.en).toBe('Field "satisfation" is not declared. Did you mean "satisfaction"?');
    expect(issue.message['zh-CN']).toBe('字段“satisfation”未声明。是否指“satisfaction”？');
  });

  it('suggests case-insensitively and omits far-off suggestions', () => {
    expect(only({ var: 'Name' }).message.en).toMatch(/Did you mean "name"\?/);
    expect(only({ var: 'turnover' }).message.en).toBe('Field "turnover" is not declared.');
  });

  it('accepts paths below declared objects and declared children', () => {
    expect(issues({ var: 'customer.tier' })).toEqual([]);
    expect(issues({ var: 'tickets.0' })).toEqual([]);
    expect(issues({ var: 'satisfaction.x' })).toEqual([['', 'warning', 'unknown-field']]);
  });

  it('checks item fields only when the list declares them', () => {
    expect(issues({ some: [{ var: 'tickets' }, { var: 'severty' }] })).toEqual([['/some/1', 'warning', 'unknown-field']]);
    expect(only({ some: [{ var: 'tickets' }, { var: 'severty' }] }).message.en).toMatch(/"tickets\.severty".*"tickets\.severity"/);
    expect(issues({ some: [{ var: 'scores' }, { var: 'anything' }] })).toEqual([]);
  });

  it('reports names in missing lists and val paths', () => {
    expect(issues({ missing: ['name', 'phone'] })).toEqual([['/missing/1', 'warning', 'unknown-field']]);
    expect(issues({ val: ['customer', 'tier'] })).toEqual([]);
    expect(issues({ exists: 'phone' })).toEqual([['', 'warning', 'unknown-field']]);
  });

  it('stays quiet without declared types', () => {
    expect(issues({ var: 'anything' }, {})).toEqual([]);
  });
});

describe('analyzeLogic: custom operators', () => {
  const customOperators = {
    'acme.weightedAvg': { returns: 'number', args: ['array', 'array'] },
    'acme.label': { returns: 'string', args: ['any'] },
  } as const;
  const options = { fieldTypes: { ...fieldTypes }, customOperators: { 'acme.weightedAvg': { returns: 'number' as const, args: ['array' as const, 'array' as const] }, 'acme.label': { returns: 'string' as const, args: ['any' as const] } } };

  it('uses the declared return type', () => {
    expect(analyzeLogic({ 'acme.weightedAvg': [{ var: 'scores' }, [0.5, 0.5]] }, options).resultType).toBe('number');
    expect(issues({ '>': [{ 'acme.label': [1] }, 3] }, options)).toEqual([['', 'error', 'compare-type']]);
    expect(Object.keys(customOperators)).toHaveLength(2);
  });

  it('checks declared argument kinds and counts', () => {
    expect(issues({ 'acme.weightedAvg': [{ var: 'name' }, [1]] }, options)).toEqual([['/acme.weightedAvg/0', 'error', 'argument-type']]);
    expect(issues({ 'acme.weightedAvg': [[1]] }, options)).toEqual([['', 'warning', 'malformed']]);
    expect(issues({ 'acme.label': [{ var: 'tickets' }] }, options)).toEqual([]);
  });

  it('warns about undeclared namespaced operators only when a registry is given', () => {
    expect(issues({ 'acme.other': [1] }, options)).toEqual([['', 'warning', 'malformed']]);
    expect(issues({ 'acme.other': [1] }, {})).toEqual([]);
    expect(issues({ 'time.diff': [1, 2] }, options)).toEqual([]);
  });
});

describe('analyzeLogic: resultType', () => {
  const cases: Array<[unknown, LogicAnalysis['resultType']]> = [
    [{ and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '==': [{ var: 'complaints' }, 0] }] }, 'boolean'],
    [{ '+': [1, 2] }, 'integer'],
    [{ '+': [1, 2.5] }, 'number'],
    [{ '/': [4, 2] }, 'number'],
    [{ '+': [{ var: 'complaints' }, 1] }, 'integer'],
    [{ cat: ['a', 1] }, 'string'],
    [{ substr: ['abc', 1] }, 'string'],
    [{ var: 'hired' }, 'date'],
    [{ var: 'level' }, 'category'],
    [{ var: 'unknownField' }, 'unknown'],
    [{ if: [{ var: 'vip' }, 10, 0] }, 'integer'],
    [{ if: [{ var: 'vip' }, 10, 0.5] }, 'number'],
    [{ if: [{ var: 'vip' }, 10, 'none'] }, 'mixed'],
    [{ if: [{ var: 'vip' }, 'gold'] }, 'string'],
    [{ '?:': [true, { var: 'level' }, 'x'] }, 'string'],
    [{ map: [{ var: 'tickets' }, { var: 'hours' }] }, 'array'],
    [{ filter: [{ var: 'tickets' }, true] }, 'array'],
    [{ merge: [[1], 2] }, 'array'],
    [{ missing: ['a'] }, 'array'],
    [{ some: [{ var: 'tickets' }, true] }, 'boolean'],
    [{ reduce: [{ var: 'scores' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, 'number'],
    [{ '??': [{ var: 'satisfaction' }, 0] }, 'number'],
    [{ try: [{ '/': [1, { var: 'satisfaction' }] }, 0] }, 'number'],
    [{ throw: 'x' }, 'unknown'],
    [{ if: [{ var: 'vip' }, { throw: 'x' }, 3] }, 'integer'],
    [{ var: ['satisfaction', 0] }, 'number'],
    [{ preserve: [1, 2] }, 'array'],
    [{ exists: 'name' }, 'boolean'],
    [{ '!': { var: 'name' } }, 'boolean'],
    [{ in: ['a', 'abc'] }, 'boolean'],
    [{ and: [{ var: 'satisfaction' }, { var: 'name' }] }, 'mixed'],
    [{ max: [1, 2] }, 'integer'],
    ['text', 'string'],
    [3, 'integer'],
    [null, 'unknown'],
    [{}, 'object'],
    [[1, 2], 'array'],
    [{ bogus: 1 }, 'unknown'],
  ];
  cases.forEach(([rule, expected]) => {
    it(`${JSON.stringify(rule)} → ${expected}`, () => expect(analyzeLogic(rule, { fieldTypes: { ...fieldTypes } }).resultType).toBe(expected));
  });
});
