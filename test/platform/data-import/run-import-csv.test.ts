// runImport on CSV: streaming through chunk boundaries in every encoding, the bad-row modes,
// cancelling, progress, and the same records and problems as parseCsv.
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../../src/core/data/index.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { ImportError, runImport } from '../../../src/platform/data-import/index.ts';
import type { ImportOptions, ImportProgress } from '../../../src/platform/data-import/index.ts';
import { WorkspaceError } from '../../../src/platform/workspace/workspace-api.ts';
import { gbk, utf16, utf8 } from './encodings.ts';
import { MemorySink } from './memory-sink.ts';

const FIELDS: FieldDef[] = [
  { key: '姓名', type: 'string' },
  { key: '分数', type: 'number' },
  { key: 'ok', type: 'boolean' },
  { key: 'note', type: 'string' },
];

/** A CSV with a quoted multi-line cell, CRLF line ends, a bad number and a blank line. */
const TEXT = '姓名,分数,ok,note\r\n张三,95.5,是,"第一行\r\n二,""三"""\r\n李四,abc,否,x\r\n\r\n王五,70,1,"a\nb\nc"\r\n张四,,0,\r\n';

async function run(bytes: Uint8Array<ArrayBuffer>, options: Partial<ImportOptions> = {}, sink = new MemorySink()) {
  const progress: ImportProgress[] = [];
  const result = await runImport(new Blob([bytes]), { fields: FIELDS, fileName: 'people.csv', ...options }, sink, {
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
  });
  return { result, sink, progress };
}

describe('runImport (CSV)', () => {
  it('imports typed records in batches and commits them with the source', async () => {
    const { result, sink } = await run(utf8(TEXT), { batchSize: 2 });
    expect(sink.rows).toEqual([
      { 姓名: '张三', 分数: 95.5, ok: true, note: '第一行\r\n二,"三"' },
      { 姓名: '李四', 分数: null, ok: false, note: 'x' },
      { 姓名: '王五', 分数: 70, ok: true, note: 'a\nb\nc' },
      { 姓名: '张四', 分数: null, ok: false, note: null },
    ]);
    expect(sink.batches.map((b) => b.length)).toEqual([2, 2]);
    expect(result.rows).toBe(4);
    expect(result.skippedRows).toBe(0);
    expect(result.format).toBe('csv');
    expect(result.encoding).toBe('utf-8');
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, '分数', 'not-a-number']]);
    expect(result.document.content).toMatchObject({ fields: FIELDS, rowCount: 4, source: { fileName: 'people.csv', encoding: 'utf-8', skippedRows: 0 } });
    expect(sink.aborted).toBe(false);
  });

  it('gives what parseCsv gives for the whole text, for every chunk size and encoding', async () => {
    const expected = parseCsv(TEXT, { fields: FIELDS });
    const encodings: [string, Uint8Array<ArrayBuffer>][] = [
      ['utf-8', utf8(TEXT)], ['utf-8 with BOM', utf8(TEXT, true)], ['gbk', gbk(TEXT.replace('第一行', '王五').replace('二', '四'))],
      ['utf-16le', utf16(TEXT, false)], ['utf-16be', utf16(TEXT, true)],
    ];
    for (const [name, bytes] of encodings) {
      const reference = parseCsv(decodeText(bytes).text, { fields: FIELDS });
      if (name !== 'gbk') expect(reference.records).toEqual(expected.records);
      for (const chunkSize of [1, 2, 3, 5, 7, 64, 1 << 20]) {
        const { result, sink } = await run(bytes, { chunkSize, batchSize: 3 });
        expect({ name, chunkSize, rows: sink.rows }).toEqual({ name, chunkSize, rows: reference.records });
        expect(result.problems).toEqual(reference.problems);
        expect(result.encoding).toBe(name.startsWith('utf-8') ? 'utf-8' : name === 'gbk' ? 'gb18030' : name);
      }
    }
  });

  it('detects GBK when the first 64 KB end inside a UTF-8 character, and in a GBK pair', async () => {
    // 65,535 ASCII bytes then 张 (3 bytes in UTF-8): the detection sample cuts the character.
    const header = 'name\n';
    const filler = 'x'.repeat(65536 - header.length - 2) + '\n';
    const utf8Result = await run(utf8(`${header}${filler}张三\n`), { fields: [{ key: 'name', type: 'string' }] });
    expect(utf8Result.result.encoding).toBe('utf-8');
    expect(utf8Result.sink.rows.at(-1)).toEqual({ name: '张三' });
    const gbkResult = await run(gbk(`${header}${filler}张三\n`), { fields: [{ key: 'name', type: 'string' }], chunkSize: 4096 });
    expect(gbkResult.result.encoding).toBe('gb18030');
    expect(gbkResult.sink.rows.at(-1)).toEqual({ name: '张三' });
  });

  it("'skip' leaves bad rows out, reports them and counts them in the source", async () => {
    const { result, sink } = await run(utf8(TEXT), { badRows: 'skip' });
    expect(sink.rows.map((r) => r['姓名'])).toEqual(['张三', '王五', '张四']);
    expect(result.skippedRows).toBe(1);
    expect(result.problems.map((p) => p.line)).toEqual([4]);
    expect(result.document.content.source?.skippedRows).toBe(1);
  });

  it("'keep-empty' keeps bad rows with the bad cell missing", async () => {
    const { sink } = await run(utf8(TEXT), { badRows: 'keep-empty' });
    expect(sink.rows[1]).toEqual({ 姓名: '李四', 分数: null, ok: false, note: 'x' });
  });

  it("'stop' stops at the first bad row, aborts the sink and names the line", async () => {
    const sink = new MemorySink();
    const error = await run(utf8(TEXT), { badRows: 'stop', batchSize: 1 }, sink).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('stopped');
    expect((error as ImportError).problem?.line).toBe(4);
    expect((error as ImportError).userMessage.en).toContain('line 4');
    expect((error as ImportError).userMessage['zh-CN']).toContain('第 4 行');
    expect(sink.aborted).toBe(true);
    expect(sink.committed).toBeUndefined();
  });

  it('treats rows with too few or too many cells, or broken quotes, as bad rows', async () => {
    const text = 'a,b\n1,2\n3\n4,5,6\n"7"x,8\n9,10\n';
    const fields: FieldDef[] = [{ key: 'a', type: 'integer' }, { key: 'b', type: 'integer' }];
    const { result, sink } = await run(utf8(text), { fields, badRows: 'skip' });
    expect(sink.rows).toEqual([{ a: 1, b: 2 }, { a: 9, b: 10 }]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[3, 'too-few-cells'], [4, 'too-many-cells'], [5, 'malformed-quotes'], [5, 'not-a-number']]);
  });

  it('imports only the declared fields, null for declared fields the file lacks', async () => {
    const { result, sink } = await run(utf8('x,a,y\n1,2,3\n'), { fields: [{ key: 'a', type: 'integer' }, { key: 'z', type: 'string' }] });
    expect(sink.rows).toEqual([{ a: 2, z: null }]);
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([[1, 'z', 'missing-column']]);
  });

  it('caps the problem list but counts every problem', async () => {
    const text = `n\n${'x\n'.repeat(50)}`;
    const { result } = await run(utf8(text), { fields: [{ key: 'n', type: 'number' }], maxProblems: 5 });
    expect(result.problems).toHaveLength(5);
    expect(result.problemCount).toBe(50);
  });

  it('reports progress that only grows and ends at the whole file', async () => {
    const text = `id,v\n${Array.from({ length: 1000 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`;
    const { result, progress } = await run(utf8(text), { fields: [{ key: 'id', type: 'integer' }, { key: 'v', type: 'integer' }], chunkSize: 512, batchSize: 100 });
    expect(progress.length).toBeGreaterThan(10);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.bytes).toBeGreaterThanOrEqual(progress[i - 1]!.bytes);
      expect(progress[i]!.rows).toBeGreaterThanOrEqual(progress[i - 1]!.rows);
    }
    expect(progress.at(-1)).toEqual({ bytes: text.length, totalBytes: text.length, rows: 1000 });
    expect(result.rows).toBe(1000);
  });

  it('stops when cancelled mid-way: rejects with AbortError, aborts the sink, commits nothing', async () => {
    const text = `id\n${Array.from({ length: 5000 }, (_, i) => i).join('\n')}\n`;
    const sink = new MemorySink();
    const controller = new AbortController();
    sink.onWrite = (rows) => {
      if (rows >= 1000) controller.abort();
    };
    const error = await runImport(new Blob([text]), { fields: [{ key: 'id', type: 'integer' }], chunkSize: 1000, batchSize: 500 }, sink, {
      signal: controller.signal,
      onProgress: () => undefined,
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(sink.aborted).toBe(true);
    expect(sink.committed).toBeUndefined();
    expect(sink.rows.length).toBe(1000);
  });

  it('does not start when the signal is already aborted', async () => {
    const sink = new MemorySink();
    const controller = new AbortController();
    controller.abort();
    await expect(runImport(new Blob(['a\n1\n']), { fields: [] }, sink, { signal: controller.signal, onProgress: () => undefined })).rejects.toMatchObject({ name: 'AbortError' });
    expect(sink.aborted).toBe(true);
  });

  it('passes on a store error (quota) after aborting the sink', async () => {
    const sink = new MemorySink();
    const quota = new WorkspaceError('quota', { en: 'full', 'zh-CN': '满' });
    sink.write = () => Promise.reject(quota);
    await expect(run(utf8(TEXT), {}, sink)).rejects.toBe(quota);
    expect(sink.aborted).toBe(true);
  });

  it('rejects a file without any rows', async () => {
    await expect(run(utf8('\r\n  \r\n'))).rejects.toMatchObject({ name: 'ImportError', code: 'no-header' });
  });

  it('uses a tab for .tsv files and a given separator', async () => {
    const fields: FieldDef[] = [{ key: 'a', type: 'string' }, { key: 'b', type: 'string' }];
    expect((await run(utf8('a\tb\n1,5\t2\n'), { fields, fileName: 'x.tsv' })).sink.rows).toEqual([{ a: '1,5', b: '2' }]);
    expect((await run(utf8('a|b\n1;5|2\n'), { fields, delimiter: '|' })).sink.rows).toEqual([{ a: '1;5', b: '2' }]);
  });
});
