// JSON import: an array of records or JSON Lines, with the line of every record and problem.
import { describe, expect, it } from 'vitest';
import { parseJsonRecords } from '../../../src/core/data/index.ts';
import type { RowProblem } from '../../../src/core/data/index.ts';

const brief = (problems: RowProblem[]): Array<Pick<RowProblem, 'line' | 'code'>> => problems.map(({ line, code }) => ({ line, code }));

describe('parseJsonRecords', () => {
  it('reads a pretty-printed array, with the line each record starts on', () => {
    const text = '\ufeff[\n  {"name": "张三", "score": 95},\n  {\n    "name": "李四",\n    "score": null\n  }\n]\n';
    expect(parseJsonRecords(text)).toEqual({
      format: 'array',
      records: [{ name: '张三', score: 95 }, { name: '李四', score: null }],
      lines: [2, 3],
      problems: [],
      problemCount: 0,
    });
  });

  it('reads an empty array and a one-line array', () => {
    expect(parseJsonRecords(' [ ] ').records).toEqual([]);
    expect(parseJsonRecords(' [ ] ').problems).toEqual([]);
    expect(parseJsonRecords('[{"a":1},{"a":"],[{"}]').records).toEqual([{ a: 1 }, { a: '],[{' }]);
  });

  it('reads JSON Lines, skipping blank lines, with CRLF line ends', () => {
    const result = parseJsonRecords('{"a":1}\r\n\r\n{"a":2}\r\n');
    expect(result.format).toBe('lines');
    expect(result.records).toEqual([{ a: 1 }, { a: 2 }]);
    expect(result.lines).toEqual([1, 3]);
  });

  it('reads one pretty-printed object as one record', () => {
    expect(parseJsonRecords('{\n  "a": 1\n}\n').records).toEqual([{ a: 1 }]);
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const [record] = parseJsonRecords('[{"__proto__": {"x": 1}}]').records;
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record ?? {})).toEqual(['__proto__']);
  });

  it('reports a syntax error on its line and keeps the other records', () => {
    const text = ['[', '  {"a": 1},', '  {"a": 2', '   "b": 3},', '  {"a": 4}', ']'].join('\n');
    const result = parseJsonRecords(text);
    expect(result.records).toEqual([{ a: 1 }, { a: 4 }]);
    expect(result.lines).toEqual([2, 5]);
    expect(brief(result.problems)).toEqual([{ line: 4, code: 'invalid-json' }]);
    expect(result.problems[0]?.message.en).toMatch(/^Not valid JSON: /);
    expect(result.problems[0]?.message.en).not.toMatch(/position/);
    expect(result.problems[0]?.message['zh-CN']).toMatch(/^不是有效的 JSON：/);
  });

  it('reports elements that are not objects', () => {
    const result = parseJsonRecords('[\n{"a":1},\n[1],\n"x",\n3,\nnull,\ntrue\n]');
    expect(result.records).toEqual([{ a: 1 }]);
    expect(brief(result.problems)).toEqual([2, 3, 4, 5, 6].map((line) => ({ line: line + 1, code: 'not-an-object' })));
    expect(result.problems.map((p) => p.message['zh-CN'])).toEqual(
      ['列表', '文本', '数字', 'null', '是/否值'].map((kind) => `应为一条记录（带字段名的 JSON 对象），实际是${kind}。`),
    );
  });

  it('reports empty elements, an unclosed array and text after it', () => {
    expect(brief(parseJsonRecords('[\n{"a":1},\n]').problems)).toEqual([{ line: 3, code: 'invalid-json' }]);
    expect(brief(parseJsonRecords('[,{"a":1}]').problems)).toEqual([{ line: 1, code: 'invalid-json' }]);
    const cut = parseJsonRecords('[\n{"a":1},\n{"a":2}\n');
    expect(cut.records).toEqual([{ a: 1 }, { a: 2 }]);
    expect(brief(cut.problems)).toEqual([{ line: 4, code: 'invalid-json' }]);
    expect(cut.problems[0]?.message.en).toMatch(/not closed/);
    const after = parseJsonRecords('[{"a":1}]\n\nextra');
    expect(after.records).toEqual([{ a: 1 }]);
    expect(brief(after.problems)).toEqual([{ line: 3, code: 'invalid-json' }]);
  });

  it('reports bad JSON Lines on their lines', () => {
    const result = parseJsonRecords('{"a":1}\n{"a":\n[1]\n{"a":3}\n');
    expect(result.records).toEqual([{ a: 1 }, { a: 3 }]);
    expect(result.lines).toEqual([1, 4]);
    expect(brief(result.problems)).toEqual([{ line: 2, code: 'invalid-json' }, { line: 3, code: 'not-an-object' }]);
  });

  it('keeps the first maxProblems problems', () => {
    const result = parseJsonRecords('1\n2\n3\n', { maxProblems: 2 });
    expect(result.problems).toHaveLength(2);
    expect(result.problemCount).toBe(3);
  });
});
