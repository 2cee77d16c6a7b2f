// Records are stored in chunks of CHUNK_ROWS rows (row-chunks.ts): imports, pages, edits and
// counts must come out the same across chunk boundaries, on IndexedDB and in memory alike. Each
// scenario runs on both engines against a plain array of rows as the model.
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK_ROWS } from '../../../src/platform/workspace/row-chunks.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import type { DatasetRow, WorkspaceService } from '../../../src/platform/workspace/workspace-api.ts';
import { createWorld, DATASET_FIELDS, rawEntries, type TestWorld } from './workspace-test-helpers.ts';

const worlds: TestWorld[] = [];
const services: WorkspaceService[] = [];
afterEach(async () => {
  await Promise.all(worlds.splice(0).map((w) => w.closeAll()));
  await Promise.all(services.splice(0).map((s) => s.close()));
});

const engines: Array<[string, () => Promise<WorkspaceService>]> = [
  ['IndexedDB', async () => {
    const world = createWorld();
    worlds.push(world);
    return world.open();
  }],
  ['memory', async () => {
    const ws = await openWorkspace({ factory: null, locks: null, channel: null });
    services.push(ws);
    return ws;
  }],
];

const person = (i: number): Record<string, unknown> => ({ name: `p${i}`, score: i });

/** Imports `n` rows in batches of `batch` (not a divisor of CHUNK_ROWS, so batches straddle chunks). */
async function importRows(ws: WorkspaceService, n: number, batch: number, datasetId?: string) {
  const sink = ws.beginImport(datasetId, 'D');
  for (let start = 0; start < n; start += batch) {
    await sink.write(Array.from({ length: Math.min(batch, n - start) }, (_, i) => person(start + i)));
  }
  return sink.commit({ fields: DATASET_FIELDS });
}

async function expectSame(ws: WorkspaceService, id: string, model: DatasetRow[]): Promise<void> {
  expect(await ws.loadAll(id)).toEqual(model);
  expect(await ws.countRecords(id)).toBe(model.length);
  expect((await ws.getDocument<{ rowCount: number }>(id))!.content.rowCount).toBe(model.length);
  for (const [offset, limit] of [[0, 5], [CHUNK_ROWS - 3, 7], [CHUNK_ROWS * 2 - 1, 2], [model.length - 2, 10], [model.length + 1, 3], [10, CHUNK_ROWS * 2]]) {
    expect(await ws.readRecords(id, { offset: offset!, limit: limit! })).toEqual(model.slice(offset, offset! + limit!));
  }
  expect(await ws.readRecords(id, { offset: CHUNK_ROWS + 1 })).toEqual(model.slice(CHUNK_ROWS + 1));
}

describe.each(engines)('records in chunks (%s)', (_engine, open) => {
  it('imports across chunk boundaries and reads every page as the model says', async () => {
    const ws = await open();
    const n = CHUNK_ROWS * 2 + 500;
    const doc = await importRows(ws, n, 700);
    const model = Array.from({ length: n }, (_, i) => ({ rowId: i + 1, record: person(i) }));
    await expectSame(ws, doc.id, model);
  });

  it('updates, deletes and adds rows in several chunks, keeping ids, order, counts and revisions right', async () => {
    const ws = await open();
    const n = CHUNK_ROWS * 2 + 500;
    const doc = await importRows(ws, n, CHUNK_ROWS);
    let model: DatasetRow[] = Array.from({ length: n }, (_, i) => ({ rowId: i + 1, record: person(i) }));

    for (const rowId of [1, CHUNK_ROWS, CHUNK_ROWS + 1, n]) {
      await ws.updateRecord(doc.id, rowId, { name: `changed ${rowId}` });
      model[rowId - 1] = { rowId, record: { name: `changed ${rowId}` } };
    }
    // A whole chunk's first rows, rows from two others, ids that are not there, and a repeat.
    const gone = [1, 2, 3, CHUNK_ROWS + 1, CHUNK_ROWS + 2, n, n, 0, n + 5];
    const removed = await ws.deleteRecords(doc.id, gone);
    expect(removed.deleted).toBe(6);
    model = model.filter((r) => !gone.includes(r.rowId));
    await expectSame(ws, doc.id, model);
    await expect(ws.updateRecord(doc.id, 2, {})).rejects.toMatchObject({ code: 'not-found' });

    // Ids continue after the highest stored one; the last chunk (with room) takes new rows first.
    const added = await ws.addRecords(doc.id, Array.from({ length: CHUNK_ROWS }, (_, i) => person(-i)));
    expect(added.rowIds[0]).toBe(n);
    expect(added.rowIds.at(-1)).toBe(n + CHUNK_ROWS - 1);
    model.push(...added.rowIds.map((rowId, i) => ({ rowId, record: person(-i) })));
    await expectSame(ws, doc.id, model);
    expect(added.document.revision).toBe(1 + 4 + 1 + 1);

    const empty = await ws.addRecords(doc.id, []);
    expect(empty.rowIds).toEqual([]);
    expect(empty.document.revision).toBe(added.document.revision + 1);
    await expectSame(ws, doc.id, model);
  });

  it('deleting every row of a chunk removes it; an emptied dataset starts again at row 1', async () => {
    const ws = await open();
    const doc = await importRows(ws, CHUNK_ROWS + 2, 1000);
    const all = Array.from({ length: CHUNK_ROWS + 2 }, (_, i) => i + 1);
    expect((await ws.deleteRecords(doc.id, all.slice(0, CHUNK_ROWS))).deleted).toBe(CHUNK_ROWS);
    await expectSame(ws, doc.id, [{ rowId: CHUNK_ROWS + 1, record: person(CHUNK_ROWS) }, { rowId: CHUNK_ROWS + 2, record: person(CHUNK_ROWS + 1) }]);
    expect((await ws.deleteRecords(doc.id, all)).document.content.rowCount).toBe(0);
    expect((await ws.addRecords(doc.id, [person(7)])).rowIds).toEqual([1]);
  });

  it('a second import replaces the rows whole; a backup restores them in chunks', async () => {
    const ws = await open();
    const doc = await importRows(ws, CHUNK_ROWS + 10, 999);
    await importRows(ws, 3, 2, doc.id);
    await expectSame(ws, doc.id, [1, 2, 3].map((rowId) => ({ rowId, record: person(rowId - 1) })));
    const rows = Array.from({ length: CHUNK_ROWS + 5 }, (_, i) => ({ rowId: 3 * i + 2, record: person(i) }));
    const backup = await ws.exportBackup();
    backup.records[doc.id] = rows;
    backup.documents = backup.documents.map((d) => (d.id === doc.id ? { ...d, content: { ...(d.content as object), rowCount: rows.length } } : d));
    await ws.restoreBackup(backup, { mode: 'replace-all' });
    await expectSame(ws, doc.id, rows);
    expect((await ws.addRecords(doc.id, [person(1)])).rowIds).toEqual([rows.at(-1)!.rowId + 1]);
  });
});

describe('the chunks as stored (IndexedDB)', () => {
  it('cuts an import into chunks on CHUNK_ROWS boundaries, whatever the batch size', async () => {
    const world = createWorld();
    worlds.push(world);
    const ws = await world.open();
    const doc = await importRows(ws, CHUNK_ROWS * 2 + 500, 700);
    const keys = (await rawEntries(world, 'rows')).map((e) => e.key as [string, string, number, number]);
    const generation = keys[0]![1];
    expect(keys).toEqual([
      [doc.id, generation, 1, CHUNK_ROWS],
      [doc.id, generation, CHUNK_ROWS + 1, CHUNK_ROWS],
      [doc.id, generation, CHUNK_ROWS * 2 + 1, 500],
    ]);
    expect(generation).not.toBe('');
  });
});
