import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import type { MonacoTextModel } from '../../../src/workbench/api.ts';
import en from '../../../src/workbench/nls/json.en.json';
import zh from '../../../src/workbench/nls/json.zh-CN.json';
import {
  fieldCompletionsAt, fieldHoverAt, fieldMarkdown, markdownCode, markdownText, withDeclaredFields, type AssistMessages,
} from '../../../src/workbench/json-document/field-assist.ts';
import { provideVarCompletions, provideVarHover } from '../../../src/workbench/json-document/monaco-providers.ts';
import { problemRanges } from '../../../src/workbench/json-document/problem-ranges.ts';
import { varPathAt } from '../../../src/workbench/json-document/var-path-context.ts';
import { fakeTextModel, positionAfter } from './fake-text-model.ts';

const messages: AssistMessages = {
  t: (key, args) => ((en as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(args?.[name] ?? `{${name}}`)),
  text: (value) => (typeof value === 'string' ? value : value?.en ?? ''),
};

const FIELDS: FieldInfo[] = [
  { key: 'complaints', type: 'integer', label: { en: 'Complaints', 'zh-CN': '投诉数' }, samples: [0, 2, 1], min: 0, max: 9 },
  { key: 'handleTime', type: 'number', unit: 'min', samples: [3.5] },
  { key: 'tier', type: 'category', values: Array.from({ length: 15 }, (_, i) => `t${i}`) },
  { key: 'odd"key', type: 'string' },
];

/** Offset just after `marker`'s first occurrence. */
const after = (text: string, marker: string) => text.indexOf(marker) + marker.length;

describe('varPathAt', () => {
  const text = '{ "when": { "==": [{ "var": "customer.tier" }, { "var": ["complaints", 0] }, "var", { "x": "var" }] } }';

  it('finds the path string of {"var": "…"} and the first item of {"var": ["…", fallback]}', () => {
    expect(varPathAt(text, after(text, '"customer.'))).toEqual({
      start: text.indexOf('customer'), end: text.indexOf('customer') + 'customer.tier'.length, path: 'customer.tier', prefix: 'customer.',
    });
    expect(varPathAt(text, after(text, '"comp'))).toMatchObject({ path: 'complaints', prefix: 'comp' });
    // At the closing quote (the cursor after the last character) still counts.
    expect(varPathAt(text, after(text, '"customer.tier'))).toMatchObject({ prefix: 'customer.tier' });
  });

  it('ignores other strings, the var key itself and fallbacks', () => {
    expect(varPathAt(text, after(text, '"wh'))).toBeUndefined();
    expect(varPathAt(text, after(text, '{ "va'))).toBeUndefined();
    expect(varPathAt(text, after(text, ', "va'))).toBeUndefined(); // "var" as a plain value
    expect(varPathAt(text, after(text, '"x": "va'))).toBeUndefined();
    expect(varPathAt(text, text.indexOf('"customer'))).toBeUndefined(); // before the opening quote
  });

  it('works on half-typed JSON: an unterminated string at the end of a line', () => {
    const typing = '{\n  "when": { ">": [{ "var": "han\n';
    expect(varPathAt(typing, typing.length - 1)).toMatchObject({ path: 'han', prefix: 'han', end: typing.length - 1 });
    const empty = '{ "var": "';
    expect(varPathAt(empty, empty.length)).toMatchObject({ path: '', prefix: '', start: empty.length, end: empty.length });
  });
});

describe('field completion and hover', () => {
  it('lists every field with its type, unit and documentation, replacing the whole path', () => {
    const text = '{ "var": "com" }';
    const result = fieldCompletionsAt(text, after(text, '"co'), FIELDS, messages)!;
    expect([result.start, result.end]).toEqual([10, 13]);
    expect(result.items.map((i) => i.label)).toEqual(['complaints', 'handleTime', 'tier', 'odd"key']);
    expect(result.items[0]).toMatchObject({ description: 'Complaints', detail: 'Integer', insertText: 'complaints' });
    expect(result.items[1]!.detail).toBe('Number · min');
    expect(result.items[3]!.insertText).toBe('odd\\"key'); // escaped for inside a JSON string
    expect(fieldCompletionsAt('{ "x": "com" }', 9, FIELDS, messages)).toBeUndefined();
  });

  it('hovers a known field with type, unit, range, values and samples', () => {
    const text = '{ "var": "complaints" }';
    const hover = fieldHoverAt(text, after(text, '"compl'), FIELDS, messages)!;
    expect([hover.start, hover.end]).toEqual([10, 20]);
    expect(hover.markdown.split('  \n')).toEqual([
      '`complaints` — Complaints', 'Type: Integer', 'Range in the data: `0` to `9`', 'Sample values: `0`, `2`, `1`',
    ]);
    expect(fieldMarkdown(FIELDS[1]!, messages)).toContain('Unit: min');
    expect(fieldMarkdown(FIELDS[2]!, messages)).toMatch(/Values: `t0`, .*`t11` and 3 more$/);
    expect(fieldHoverAt('{ "var": "nope" }', 12, FIELDS, messages)).toBeUndefined();
  });

  it('adds the fields the document declares to the host\'s, the host\'s winning', () => {
    const doc = { fields: [
      { key: 'complaints', type: 'number' }, // the host knows it already (with samples)
      { key: 'late', type: 'boolean', label: { en: 'Late' }, unit: 'days', values: ['a'] },
      { key: 'odd', type: 'nonsense' },
      { type: 'number' }, null, 'x',
    ] };
    expect(withDeclaredFields(FIELDS, doc).map((f) => [f.key, f.type])).toEqual([
      ...FIELDS.map((f) => [f.key, f.type]), ['late', 'boolean'], ['odd', 'string'],
    ]);
    expect(withDeclaredFields(FIELDS, doc).find((f) => f.key === 'late')).toEqual({ key: 'late', type: 'boolean', label: { en: 'Late' }, unit: 'days', values: ['a'] });
    expect(withDeclaredFields(FIELDS, undefined)).toEqual(FIELDS);
    expect(withDeclaredFields([], { fields: 'no' })).toEqual([]);
  });

  it('keeps user text literal in Markdown', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownText('*bold* [link](x)')).toBe('\\*bold\\* \\[link\\]\\(x\\)');
  });

  it('adapts to Monaco shapes with a model (fake here): ranges in lines and columns', () => {
    const text = '{\n  "when": {\n    ">": [{ "var": "hand" }, 5]\n  }\n}';
    const model = fakeTextModel(text) as unknown as MonacoTextModel;
    const list = provideVarCompletions(model, positionAfter(text, '"han') as never, FIELDS, messages, 3)!;
    expect(list.suggestions).toHaveLength(4);
    expect(list.suggestions[1]).toMatchObject({
      label: { label: 'handleTime', description: '' }, kind: 3, insertText: 'handleTime',
      range: { startLineNumber: 3, startColumn: 21, endLineNumber: 3, endColumn: 25 },
    });
    expect(provideVarCompletions(model, positionAfter(text, '"whe') as never, FIELDS, messages, 3)).toBeUndefined();
    const hoverText = text.replace('hand', 'handleTime');
    const hover = provideVarHover(fakeTextModel(hoverText) as unknown as MonacoTextModel, positionAfter(hoverText, '"hand') as never, FIELDS, messages)!;
    expect(hover.range).toEqual({ startLineNumber: 3, startColumn: 21, endLineNumber: 3, endColumn: 31 });
    expect(hover.contents[0]!.value).toContain('Unit: min');
  });
});

describe('problemRanges', () => {
  const text = `{
  "rules": [
    {
      "id": "r1",
      "when": { "and": [{ ">": [{ "var": "complaints" }, 0] }, { "acme.late": [{ "var": ["shift", "day"] }] }] },
      "effect": { "type": "points", "amount": -10 }
    }
  ]
}`;
  const slice = (r: { offset: number; length: number }) => text.slice(r.offset, r.offset + r.length);

  it('underlines a field path, an operator, a scalar, or the first line of a container', () => {
    const ranges = problemRanges(text, [
      { pointer: '/rules/0/when/and/0/>/0', severity: 'warning', message: 'Unknown field' },
      { pointer: '/rules/0/when/and/1', severity: 'info', message: 'Not a classic operator' },
      { pointer: '/rules/0/when/and/1/acme.late/0', severity: 'warning', message: 'Unknown field' },
      { pointer: '/rules/0/effect/amount', severity: 'error', message: 'Type mismatch' },
      { pointer: '/rules/0', severity: 'error', message: 'Whole rule' },
      { pointer: '/rules/0/effect', severity: 'error', message: 'Two members' },
    ]);
    expect(ranges.map(slice)).toEqual(['"complaints"', '"acme.late"', '"shift"', '-10', '{', '{ "type": "points", "amount": -10 }']);
    expect(ranges.every((r) => r.exact)).toBe(true);
    expect(ranges[0]!.problem.message).toBe('Unknown field');
  });

  it('uses the nearest ancestor when the pointer no longer resolves, and the start when nothing does', () => {
    const [gone] = problemRanges(text, [{ pointer: '/rules/3/when', severity: 'error', message: 'x' }]);
    expect(gone).toMatchObject({ exact: false });
    expect(slice(gone!)).toBe('[');
    expect(problemRanges('', [{ pointer: '/a', severity: 'error', message: 'x' }])[0]).toMatchObject({ offset: 0, length: 0, exact: false });
    // Half-typed text: what was read before the error still places the problem.
    const partial = text.slice(0, text.indexOf('"effect"'));
    expect(slice(problemRanges(partial, [{ pointer: '/rules/0/when/and/0/>/0', severity: 'warning', message: 'x' }])[0]!)).toBe('"complaints"');
  });
});

describe('the json catalogs', () => {
  it('have the same keys, all under workbench.json.', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).filter((k) => !k.startsWith('workbench.json.'))).toEqual([]);
  });
});
