// The incremental JSON splitter gives what parseJsonRecords gives for the whole text, however the
// text is cut: the same records, the same problems on the same lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonRecords } from '../../../src/core/data/index.ts';
import { ProblemCollector } from '../../../src/core/data/problem-collector.ts';
import { parseJsonObject } from '../../../src/platform/data-import/json-records.ts';
import { JsonStreamSplitter } from '../../../src/platform/data-import/json-stream-splitter.ts';

function streamed(pieces: readonly string[]) {
  const problems = new ProblemCollector();
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const splitter = new JsonStreamSplitter({
    value(text, line) {
      const record = parseJsonObject(text, line, problems);
      if (record) {
        records.push(record);
        lines.push(line);
      }
    },
    problem(line, value, message) {
      problems.add({ line, column: '', value, code: 'invalid-json', message });
    },
  });
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  return { records, lines, problems: problems.list, format: splitter.format };
}

const SAMPLES = [
  '[{"a":1},{"b":"x,y]}"},\n {"c":[1,{"d":2}]}]',
  '[\n  {"name":"张三","score":95},\n  {"name":"李四","note":"say \\"hi\\" \\\\"}\n]\n',
  '[{"a":1},,{"b":2},]',
  '[{"a":1}, 7, "text", null, [1]]',
  '[{"a":1},\n{"b":2}\n',
  '[{"a":1}]\n extra',
  '[{"a":}, {"b":2}]',
  '[]',
  '{"a":1}\n{"a":2}\r\n\r\n{"a":3}\n',
  '{"a":1}\n{"a":\n{"a":3}',
  '{\n  "a": 1,\n  "b": {"c": [1, 2]}\n}\n',
  '\n\n  {"a":"with\\nescaped newline"}\n[1]\n"str"\n',
  '',
];

describe('JsonStreamSplitter', () => {
  it.each(SAMPLES)('matches parseJsonRecords on %j, whole and cut anywhere', (text) => {
    const expected = parseJsonRecords(text);
    const whole = streamed([text]);
    expect(whole.records).toEqual(expected.records);
    expect(whole.lines).toEqual(expected.lines);
    expect(whole.problems.map((p) => [p.line, p.code])).toEqual(expected.problems.map((p) => [p.line, p.code]));
    if (text.trim() !== '') expect(whole.format).toBe(expected.format);
    fc.assert(fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 8 }), (positions) => {
      const points = [...new Set(positions)].sort((a, b) => a - b);
      const pieces = points.map((p, i) => text.slice(i === 0 ? 0 : points[i - 1], p));
      pieces.push(text.slice(points.at(-1) ?? 0));
      expect(streamed(pieces)).toEqual(whole);
    }), { numRuns: 50 });
    expect(streamed([...text])).toEqual(whole);
  });

  it('reads several pretty-printed objects one after another', () => {
    const text = '{\n "a": 1\n}\n{\n "a": 2\n}\n';
    expect(streamed([text]).records).toEqual([{ a: 1 }, { a: 2 }]);
    expect(streamed([text]).lines).toEqual([1, 4]);
  });
});
