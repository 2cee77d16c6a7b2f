// The import writing into the real workspace store (on fake-indexeddb): committed rows are there
// with the dataset document, a cancelled import leaves nothing, a store in memory is refused.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { runImport } from '../../../src/platform/data-import/index.ts';
import { workspaceSinkFactory } from '../../../src/platform/data-import/workspace-sink.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import type { DatasetContent } from '../../../src/platform/workspace/workspace-api.ts';

const FIELDS: FieldDef[] = [{ key: 'name', type: 'string' }, { key: 'score', type: 'number' }];
const CSV = `name,score\n${Array.from({ length: 5000 }, (_, i) => `p${i},${i % 100}`).join('\n')}\n`;

let counter = 0;
function world() {
  const factory = new IDBFactory();
  const databaseName = `import-test-${++counter}`;
  const options = { factory, channel: null, locks: null, storage: null } as const;
  return { databaseName, options, open: () => openWorkspace({ ...options, name: databaseName }) };
}

describe('workspaceSinkFactory', () => {
  it('imports into a new dataset that the page can read', async () => {
    const w = world();
    const sink = await workspaceSinkFactory(w.options)({ name: 'Scores', databaseName: w.databaseName });
    const result = await runImport(new Blob([CSV]), { fields: FIELDS, fileName: 'scores.csv', batchSize: 1000 }, sink, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(result.document.content).toMatchObject({ rowCount: 5000, fields: FIELDS, source: { fileName: 'scores.csv', encoding: 'utf-8', skippedRows: 0 } });
    const page = await w.open();
    const [dataset] = await page.listDocuments('dataset');
    expect(dataset?.name).toBe('Scores');
    const rows = await page.loadAll(dataset!.id);
    expect(rows).toHaveLength(5000);
    expect(rows[0]?.record).toEqual({ name: 'p0', score: 0 });
    expect(rows[4999]?.record).toEqual({ name: 'p4999', score: 99 });
    await page.close();
  });

  it('leaves nothing behind when the import is cancelled', async () => {
    const w = world();
    const sink = await workspaceSinkFactory(w.options)({ name: 'Scores', databaseName: w.databaseName });
    const controller = new AbortController();
    const error = await runImport(new Blob([CSV]), { fields: FIELDS, batchSize: 500, chunkSize: 4096 }, sink, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rows >= 1000) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    const page = await w.open();
    expect(await page.listDocuments('dataset')).toEqual([]);
    await page.close();
  });

  it("'fix': stores the rows with the bad cells empty and the cells to fix with the rows' stored ids", async () => {
    const w = world();
    // 2,500 rows in batches of 1,000: bad cells in the first, a middle and the last batch, and across a chunk boundary (2,000).
    const bad = new Map([[1, '12,5'], [1999, 'n/a'], [2000, '95%'], [2001, '—'], [2500, 'x']]);
    const lines = Array.from({ length: 2500 }, (_, i) => `p${i + 1},${bad.has(i + 1) ? `"${bad.get(i + 1)!}"` : i % 100}`);
    const sink = await workspaceSinkFactory(w.options)({ name: 'Scores', databaseName: w.databaseName });
    const result = await runImport(new Blob([`name,score\n${lines.join('\n')}\n`]), { fields: FIELDS, badRows: 'fix', batchSize: 1000, chunkSize: 4096 }, sink, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(result).toMatchObject({ rows: 2500, rowsToFix: 5, cellsToFix: 5 });
    const page = await w.open();
    const [dataset] = await page.listDocuments('dataset');
    const stored = (dataset!.content as DatasetContent).source!.needsFixing!;
    expect(stored.map(({ rowId, line, column, text }) => ({ rowId, line, column, text }))).toEqual(
      [...bad].map(([n, text]) => ({ rowId: n, line: n + 1, column: 'score', text })),
    );
    const rows = await page.loadAll(dataset!.id);
    for (const cell of stored) {
      const row = rows.find((r) => r.rowId === cell.rowId)!;
      // The row the entry names is the row of that line, and its bad cell is empty, not coerced.
      expect(row.record).toEqual({ name: `p${cell.line - 1}`, score: null });
    }
    expect(rows.filter((r) => r.record.score === null)).toHaveLength(5);
    await page.close();
  });

  it("'fix': a cancelled import leaves neither rows nor cells to fix", async () => {
    const w = world();
    const sink = await workspaceSinkFactory(w.options)({ name: 'Scores', databaseName: w.databaseName });
    const controller = new AbortController();
    const text = `name,score\n${Array.from({ length: 3000 }, (_, i) => `p${i},${i % 7 ? i : 'bad'}`).join('\n')}\n`;
    const error = await runImport(new Blob([text]), { fields: FIELDS, badRows: 'fix', batchSize: 500, chunkSize: 4096 }, sink, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rows >= 1000) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    const page = await w.open();
    expect(await page.listDocuments('dataset')).toEqual([]);
    await page.close();
  });

  it('refuses a workspace that could only open in memory', async () => {
    await expect(workspaceSinkFactory({ factory: null, channel: null, locks: null, storage: null })({ name: 'x' }))
      .rejects.toMatchObject({ name: 'ImportError', code: 'store-unavailable' });
  });
});
