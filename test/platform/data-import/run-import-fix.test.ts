// runImport in 'fix' mode: rows with bad cells are kept with those cells empty, and every bad cell is
// remembered with the dataset (row id, line, column, original text, problem) for the dataset editor.
import { describe, expect, it } from 'vitest';
import { MAX_CELLS_TO_FIX } from '../../../src/core/data/index.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { runImport } from '../../../src/platform/data-import/index.ts';
import type { ImportOptions } from '../../../src/platform/data-import/index.ts';
import { gbk, utf8 } from './encodings.ts';
import { MemorySink } from './memory-sink.ts';

const FIELDS: FieldDef[] = [
  { key: 'name', type: 'string' },
  { key: 'score', type: 'number' },
  { key: 'day', type: 'date' },
];

async function run(content: BlobPart, options: Partial<ImportOptions> = {}, sink = new MemorySink()) {
  const result = await runImport(new Blob([content]), { fields: FIELDS, badRows: 'fix', fileName: 'f.csv', ...options }, sink, {
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  return { result, sink };
}

/** Cells to fix without their messages, for short expectations. */
const brief = (cells: readonly { rowId: number; line: number; column: string; text: string; code: string }[] | undefined) =>
  (cells ?? []).map(({ rowId, line, column, text, code }) => ({ rowId, line, column, text, code }));

describe("runImport 'fix'", () => {
  const CSV = 'name,score,day\n张三,12.5,2024-03-05\n李四,"12,5",2024-03-06\n"王五\n五",95%,2024-02-30\nDi,7,2024-03-08\n\nEd,x,\n';

  it('keeps the rows with the bad cells empty and lists each bad cell with its row id, line and text', async () => {
    // batchSize 2: rows reach the sink in several batches, so row ids come from more than one write.
    const { result, sink } = await run(utf8(CSV), { batchSize: 2 });
    expect(sink.rows).toEqual([
      { name: '张三', score: 12.5, day: '2024-03-05' },
      { name: '李四', score: null, day: '2024-03-06' },
      { name: '王五\n五', score: null, day: null },
      { name: 'Di', score: 7, day: '2024-03-08' },
      { name: 'Ed', score: null, day: null },
    ]);
    const source = result.document.content.source!;
    expect(brief(source.needsFixing)).toEqual([
      { rowId: 2, line: 3, column: 'score', text: '12,5', code: 'not-a-number' },
      // The quoted name spans lines 4–5, so the cells after it start on line 5.
      { rowId: 3, line: 5, column: 'score', text: '95%', code: 'not-a-number' },
      { rowId: 3, line: 5, column: 'day', text: '2024-02-30', code: 'not-a-date' },
      { rowId: 5, line: 8, column: 'score', text: 'x', code: 'not-a-number' },
    ]);
    expect(source.needsFixing![0]!.message.en).toContain('"12,5"');
    expect(source.needsFixing![0]!.message['zh-CN']).toContain('“12,5”');
    expect(source.needsFixingOmitted).toBeUndefined();
    expect(source.skippedRows).toBe(0);
    expect(result).toMatchObject({ rows: 5, skippedRows: 0, rowsToFix: 3, cellsToFix: 4, problemCount: 4 });
  });

  it('gives the same list whatever the chunk and batch sizes and the encoding', async () => {
    const reference = brief((await run(utf8(CSV))).result.document.content.source?.needsFixing);
    for (const [chunkSize, batchSize] of [[1, 1], [3, 2], [7, 3], [64, 1000]] as const) {
      const { result } = await run(utf8(CSV), { chunkSize, batchSize });
      expect(brief(result.document.content.source?.needsFixing), `${chunkSize}/${batchSize}`).toEqual(reference);
    }
    const { result } = await run(gbk(CSV), { chunkSize: 5 });
    expect(result.encoding).toBe('gb18030');
    expect(brief(result.document.content.source?.needsFixing)).toEqual(reference);
  });

  it('lists whole-row problems with an empty column, and not the header problems', async () => {
    const fields: FieldDef[] = [{ key: 'a', type: 'integer' }, { key: 'b', type: 'integer' }, { key: 'z', type: 'string' }];
    const { result, sink } = await run(utf8('a,b\n1,2\n3\n4,5,6\n9,10\n'), { fields });
    expect(sink.rows).toEqual([{ a: 1, b: 2, z: null }, { a: 3, b: null, z: null }, { a: 4, b: 5, z: null }, { a: 9, b: 10, z: null }]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[1, 'missing-column'], [3, 'too-few-cells'], [4, 'too-many-cells']]);
    expect(brief(result.document.content.source?.needsFixing)).toEqual([
      { rowId: 2, line: 3, column: '', text: '', code: 'too-few-cells' },
      { rowId: 3, line: 4, column: '', text: '', code: 'too-many-cells' },
    ]);
  });

  it('works the same for JSON: values as text, elements that are not records skipped', async () => {
    const json = '[\n  {"name": "A", "score": "12,5"},\n  7,\n  {"name": "B", "score": true, "day": "soon"}\n]\n';
    const { result, sink } = await run(json, { fileName: 'f.json', batchSize: 1 });
    expect(sink.rows).toEqual([{ name: 'A', score: null, day: null }, { name: 'B', score: null, day: null }]);
    expect(result.skippedRows).toBe(1);
    expect(brief(result.document.content.source?.needsFixing)).toEqual([
      { rowId: 1, line: 2, column: 'score', text: '12,5', code: 'not-a-number' },
      { rowId: 2, line: 4, column: 'score', text: 'true', code: 'not-a-number' },
      { rowId: 2, line: 4, column: 'day', text: 'soon', code: 'not-a-date' },
    ]);
  });

  it('keeps at most MAX_CELLS_TO_FIX entries and counts the rest, beyond the problem list cap', async () => {
    const bad = MAX_CELLS_TO_FIX + 25;
    const csv = `name,score\n${Array.from({ length: bad + 10 }, (_, i) => (i % (bad + 10) < 10 ? `ok${i},1` : `p${i},n/a`)).join('\n')}\n`;
    const { result } = await run(utf8(csv), { fields: FIELDS.slice(0, 2), maxProblems: 100 });
    const source = result.document.content.source!;
    expect(result.problems).toHaveLength(100);
    expect(result).toMatchObject({ rows: bad + 10, rowsToFix: bad, cellsToFix: bad, problemCount: bad });
    expect(source.needsFixing).toHaveLength(MAX_CELLS_TO_FIX);
    expect(source.needsFixingOmitted).toBe(25);
    expect(source.needsFixing![0]).toMatchObject({ rowId: 11, line: 12, text: 'n/a' });
    expect(source.needsFixing!.at(-1)).toMatchObject({ rowId: 10 + MAX_CELLS_TO_FIX, line: 11 + MAX_CELLS_TO_FIX });
  });

  it('lists nothing in the other modes', async () => {
    for (const badRows of ['keep-empty', 'skip'] as const) {
      const { result } = await run(utf8(CSV), { badRows });
      expect(result.document.content.source?.needsFixing, badRows).toBeUndefined();
      expect(result.rowsToFix).toBe(0);
    }
  });

  it('commits nothing when cancelled after the first bad rows were written', async () => {
    const sink = new MemorySink();
    const controller = new AbortController();
    sink.onWrite = (rows) => {
      if (rows >= 2) controller.abort();
    };
    const error = await runImport(new Blob([utf8(CSV)]), { fields: FIELDS, badRows: 'fix', batchSize: 2, chunkSize: 8 }, sink, {
      signal: controller.signal,
      onProgress: () => undefined,
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(sink.aborted).toBe(true);
    expect(sink.committed).toBeUndefined();
  });
});
