// runImport on JSON, JSON Lines and .xlsx, and how the format is chosen.
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../src/core/data/xlsx/index.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { runImport } from '../../../src/platform/data-import/index.ts';
import type { ImportOptions, ImportProgress } from '../../../src/platform/data-import/index.ts';
import { detectFormat } from '../../../src/platform/data-import/import-format.ts';
import { handMadeWorkbook } from '../../core/data/xlsx/hand-made-workbook.ts';
import { MemorySink } from './memory-sink.ts';

const FIELDS: FieldDef[] = [
  { key: 'name', type: 'string' },
  { key: 'score', type: 'number' },
  { key: 'day', type: 'date' },
];

async function run(content: BlobPart, options: Partial<ImportOptions> = {}) {
  const sink = new MemorySink();
  const progress: ImportProgress[] = [];
  const result = await runImport(new Blob([content]), { fields: FIELDS, ...options }, sink, {
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
  });
  return { result, sink, progress };
}

describe('runImport (JSON)', () => {
  const array = '[\n  {"name": "张三", "score": 95.5, "day": "2024/3/5", "extra": 1},\n  {"name": "李四", "score": "95%"},\n  7,\n  {"name": "王五", "score": 80, "day": null}\n]\n';

  it('imports an array, converting values by field type and skipping elements that are not records', async () => {
    for (const chunkSize of [3, 1 << 20]) {
      const { result, sink } = await run(array, { fileName: 'people.json', chunkSize });
      expect(sink.rows).toEqual([
        { name: '张三', score: 95.5, day: '2024-03-05' },
        { name: '李四', score: null, day: null },
        { name: '王五', score: 80, day: null },
      ]);
      expect(result.format).toBe('json');
      expect(result.skippedRows).toBe(1);
      expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([[3, 'score', 'not-a-number'], [4, '', 'not-an-object']]);
    }
  });

  it("'skip' leaves out records with bad values, 'stop' stops at the first", async () => {
    expect((await run(array, { fileName: 'a.json', badRows: 'skip' })).sink.rows.map((r) => r.name)).toEqual(['张三', '王五']);
    await expect(run(array, { fileName: 'a.json', badRows: 'stop' })).rejects.toMatchObject({ code: 'stopped', problem: { line: 3 } });
  });

  it('imports JSON Lines, whatever the extension says, with invalid lines reported by line', async () => {
    const lines = '{"name":"a","score":1}\n{"name":"b","score":\n\n{"name":"c","score":true}\r\n{"name":"d","score":"2.5"}';
    const { result, sink } = await run(lines, { fileName: 'data.ndjson', chunkSize: 5 });
    expect(sink.rows).toEqual([{ name: 'a', score: 1, day: null }, { name: 'c', score: null, day: null }, { name: 'd', score: 2.5, day: null }]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[2, 'invalid-json'], [4, 'not-a-number']]);
  });

  it('reports an unclosed array, and stops there in stop mode', async () => {
    const { result, sink } = await run('[{"name":"a"},\n{"name":"b"}', { fileName: 'x.json' });
    expect(sink.rows.map((r) => r.name)).toEqual(['a', 'b']);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[2, 'invalid-json']]);
    await expect(run('[{"name":"a"},\n{"name":"b"}', { fileName: 'x.json', badRows: 'stop' })).rejects.toMatchObject({ code: 'stopped' });
  });

  it('commits an empty array as an empty dataset', async () => {
    const { result } = await run('[]', { fileName: 'x.json' });
    expect(result.rows).toBe(0);
    expect(result.document.content.rowCount).toBe(0);
  });
});

describe('runImport (xlsx)', () => {
  it('imports a sheet by the same rules as CSV, with spreadsheet rows as lines', async () => {
    const bytes = writeXlsx([
      { name: 'Notes', columns: ['x'], rows: [] },
      { name: '成绩', columns: ['name', 'score', 'day', 'other'], rows: [['张三', 95.5, '2024-03-05', 'dropped'], ['李四', 'n/a', null], [], ['王五', 70, '2024-02-30']] },
    ]);
    const { result, sink, progress } = await run(bytes, { fileName: 'scores.xlsx', sheet: '成绩', batchSize: 2 });
    expect(sink.rows).toEqual([
      { name: '张三', score: 95.5, day: '2024-03-05' },
      { name: '李四', score: null, day: null },
      { name: '王五', score: 70, day: null },
    ]);
    expect(result.format).toBe('xlsx');
    expect(result.encoding).toBeUndefined();
    expect(result.document.content.source).not.toHaveProperty('encoding');
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([[3, 'score', 'not-a-number'], [5, 'day', 'not-a-date']]);
    expect(progress.at(-1)).toEqual({ bytes: bytes.length, totalBytes: bytes.length, rows: 3 });
  });

  it('imports a hand-made Excel-like workbook, skipping bad rows on request', async () => {
    const fields: FieldDef[] = [{ key: 'name', type: 'string' }, { key: 'score', type: 'number' }, { key: 'day', type: 'date' }];
    const { result, sink } = await run(handMadeWorkbook(), { fields, fileName: 'book.xlsx', badRows: 'skip' });
    expect(sink.rows).toEqual([
      { name: '张三', score: 95.5, day: '2024-03-05' },
      { name: 'ab', score: 0.95, day: null },
    ]);
    expect(result.skippedRows).toBe(2); // #DIV/0! in row 4, an extra cell in row 6
  });

  it('turns an unreadable workbook into an ImportError with the reader\'s message', async () => {
    await expect(run(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), { fileName: 'old.xls', format: 'xlsx' }))
      .rejects.toMatchObject({ name: 'ImportError', code: 'unreadable', userMessage: { en: expect.stringContaining('.xls') } });
    await expect(run(writeXlsx([{ name: 'A', columns: ['a'], rows: [] }]), { fileName: 'a.xlsx', sheet: 'B' }))
      .rejects.toMatchObject({ code: 'unreadable', userMessage: { en: expect.stringContaining('"B"') } });
  });
});

describe('detectFormat', () => {
  it('goes by the extension, else by the first bytes', () => {
    const none = new Uint8Array();
    expect(['a.CSV', 'a.tsv', 'a.txt', 'a.json', 'a.jsonl', 'a.ndjson', 'a.xlsx', 'a.xlsm'].map((n) => detectFormat(n, none)))
      .toEqual(['csv', 'csv', 'csv', 'json', 'json', 'json', 'xlsx', 'xlsx']);
    expect(detectFormat('upload', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('xlsx');
    expect(detectFormat('upload', new TextEncoder().encode('\ufeff \n [{"a":1}]'))).toBe('json');
    expect(detectFormat('upload', new TextEncoder().encode('{"a":1}'))).toBe('json');
    expect(detectFormat('upload', new TextEncoder().encode('a,b'))).toBe('csv');
  });
});
