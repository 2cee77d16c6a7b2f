// The import writing into the real workspace store (on fake-indexeddb): committed rows are there
// with the dataset document, a cancelled import leaves nothing, a store in memory is refused.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { runImport } from '../../../src/platform/data-import/index.ts';
import { workspaceSinkFactory } from '../../../src/platform/data-import/workspace-sink.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';

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

  it('refuses a workspace that could only open in memory', async () => {
    await expect(workspaceSinkFactory({ factory: null, channel: null, locks: null, storage: null })({ name: 'x' }))
      .rejects.toMatchObject({ name: 'ImportError', code: 'store-unavailable' });
  });
});
