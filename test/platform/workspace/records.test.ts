import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetContent } from '../../../src/platform/workspace/workspace-api.ts';
import { createWorld, DATASET_FIELDS, rawEntries, rawGetAll, rawPut, rowsOutOfSight, rowsStored, type TestWorld } from './workspace-test-helpers.ts';

let world: TestWorld;
beforeEach(() => {
  world = createWorld();
});
afterEach(() => world.closeAll());

const people = (n: number, from = 0): Array<Record<string, unknown>> =>
  Array.from({ length: n }, (_, i) => ({ name: `p${from + i}`, score: from + i }));

describe('dataset imports', () => {
  it('writes batches out of sight and makes them visible only on commit, as a new dataset', async () => {
    const ws = await world.open();
    const sink = ws.beginImport(undefined, 'Staff');
    await sink.write(people(3));
    await sink.write(people(2, 3));
    expect(await ws.listDocuments('dataset')).toEqual([]);
    expect(await rowsOutOfSight(world)).toBe(5);
    const doc = await sink.commit({ fields: DATASET_FIELDS, source: { fileName: 'staff.csv', importedAt: 1 } });
    expect(doc).toMatchObject({ kind: 'dataset', name: 'Staff', revision: 1 });
    expect(doc.content).toEqual({ fields: DATASET_FIELDS, rowCount: 5, source: { fileName: 'staff.csv', importedAt: 1 } });
    expect((await ws.loadAll(doc.id)).map((r) => r.rowId)).toEqual([1, 2, 3, 4, 5]);
    expect((await ws.loadAll(doc.id))[4]!.record).toEqual({ name: 'p4', score: 4 });
    // Nothing was copied: the import's one chunk (the second batch completed it) is now the dataset's.
    const entries = await rawEntries(world, 'rows');
    expect(entries.map((e) => e.key)).toEqual([[doc.id, expect.any(String), 1, 5]]);
    expect(entries[0]!.value).toEqual({ rowIds: [1, 2, 3, 4, 5], records: people(5) });
    expect(await rowsOutOfSight(world)).toBe(0);
    expect((await rawGetAll(world, 'meta')).filter((m) => String((m as { key: string }).key).startsWith('import:'))).toEqual([]);
    await expect(sink.write(people(1))).rejects.toThrow(/already committed/);
  });

  it('replaces the previous records of a dataset in one commit, with a new revision', async () => {
    const ws = await world.open();
    const first = ws.beginImport(undefined, 'Calls');
    await first.write(people(4));
    const doc = await first.commit({ fields: DATASET_FIELDS });
    const second = ws.beginImport(doc.id);
    await second.write(people(2, 100));
    // Until the commit, readers still see the old import whole.
    expect(await ws.countRecords(doc.id)).toBe(4);
    const replaced = await second.commit({ fields: DATASET_FIELDS });
    expect(replaced).toMatchObject({ id: doc.id, name: 'Calls', revision: 2 });
    expect(replaced.content.rowCount).toBe(2);
    expect((await ws.loadAll(doc.id)).map((r) => r.record.name)).toEqual(['p100', 'p101']);
    // The previous generation went with the commit.
    expect(await rowsStored(world)).toBe(2);
  });

  it('abort deletes the staged rows and leaves the dataset as it was', async () => {
    const ws = await world.open();
    const sink = ws.beginImport(undefined, 'X');
    await sink.write(people(10));
    await sink.abort();
    expect(await rawGetAll(world, 'rows')).toEqual([]);
    expect(await ws.listDocuments()).toEqual([]);
    await expect(sink.commit({ fields: [] })).rejects.toThrow(/already aborted/);
  });

  it('collects on open the rows of an import whose tab went away', async () => {
    const crashed = await world.open();
    const sink = crashed.beginImport(undefined, 'Half');
    await sink.write(people(5));
    await crashed.close(); // the tab is gone without commit or abort
    expect(await rowsOutOfSight(world)).toBe(5);
    // Without Web Locks an import counts as live while it wrote recently (see the browser test for locks).
    const soon = await world.open({ staleImportMs: 60_000 });
    expect(await rowsOutOfSight(world)).toBe(5);
    await soon.close();
    const later = await world.open({ staleImportMs: 0 });
    expect(await rawGetAll(world, 'rows')).toEqual([]);
    expect(await later.listDocuments()).toEqual([]);
  });

  it('does not collect an import another live tab is writing; its commit then completes', async () => {
    const writer = await world.open();
    const sink = writer.beginImport(undefined, 'Running');
    await sink.write(people(2));
    const other = await world.open(); // default: an import silent for 10 minutes is orphaned
    expect(await rowsOutOfSight(world)).toBe(2);
    await sink.write(people(1, 2));
    const doc = await sink.commit({ fields: [] });
    expect(await other.countRecords(doc.id)).toBe(3);
  });

  it('a commit of an import whose rows were collected fails clearly and changes nothing', async () => {
    const writer = await world.open();
    const sink = writer.beginImport(undefined, 'Lost');
    await sink.write(people(2));
    await world.open({ staleImportMs: 0, now: () => Date.now() + 1000 });
    const error = await sink.commit({ fields: [] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not-found' });
    expect((error as Error).message).toContain('start the import again');
    expect(await writer.listDocuments()).toEqual([]);
  });

  it('a sink that wrote nothing commits an empty dataset', async () => {
    const ws = await world.open();
    const doc = await ws.beginImport(undefined, 'Empty').commit({ fields: [] });
    expect(doc.content.rowCount).toBe(0);
    expect(await ws.loadAll(doc.id)).toEqual([]);
  });
});

describe('dataset records', () => {
  async function dataset(n: number) {
    const ws = await world.open();
    const sink = ws.beginImport(undefined, 'D');
    await sink.write(people(n));
    const doc = await sink.commit({ fields: DATASET_FIELDS });
    return { ws, doc };
  }

  it('reads pages in row-id order and counts', async () => {
    const { ws, doc } = await dataset(25);
    expect(await ws.countRecords(doc.id)).toBe(25);
    expect((await ws.readRecords(doc.id, { offset: 10, limit: 5 })).map((r) => r.rowId)).toEqual([11, 12, 13, 14, 15]);
    expect((await ws.readRecords(doc.id, { limit: 3 })).map((r) => r.rowId)).toEqual([1, 2, 3]);
    expect(await ws.readRecords(doc.id, { offset: 30 })).toEqual([]);
    expect(await ws.readRecords(doc.id, { offset: 5, limit: 0 })).toEqual([]);
    expect((await ws.readRecords(doc.id, { offset: 23 })).map((r) => r.rowId)).toEqual([24, 25]);
  });

  it('orders numerically and keeps datasets apart', async () => {
    const { ws, doc } = await dataset(12);
    const other = ws.beginImport(undefined, 'Other');
    await other.write(people(3));
    const otherDoc = await other.commit({ fields: [] });
    expect((await ws.loadAll(doc.id)).map((r) => r.rowId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(await ws.countRecords(otherDoc.id)).toBe(3);
  });

  it('updates, adds and deletes rows, keeping rowCount and revision right and never reusing row ids', async () => {
    const { ws, doc } = await dataset(3);
    const updated = await ws.updateRecord(doc.id, 2, { name: 'changed', score: 99 });
    expect(updated).toMatchObject({ revision: 2, content: { rowCount: 3 } });
    expect((await ws.readRecords(doc.id, { offset: 1, limit: 1 }))[0]).toEqual({ rowId: 2, record: { name: 'changed', score: 99 } });
    const added = await ws.addRecords(doc.id, people(2, 50));
    expect(added.rowIds).toEqual([4, 5]);
    expect(added.document).toMatchObject({ revision: 3, content: { rowCount: 5 } });
    const removed = await ws.deleteRecords(doc.id, [1, 5, 5, 42]);
    expect(removed.deleted).toBe(2);
    expect(removed.document).toMatchObject({ revision: 4, content: { rowCount: 3 } });
    expect((await ws.loadAll(doc.id)).map((r) => r.rowId)).toEqual([2, 3, 4]);
    expect((await ws.addRecords(doc.id, people(1))).rowIds).toEqual([5]);
    const stored = await ws.getDocument<DatasetContent>(doc.id);
    expect(stored!.content.rowCount).toBe(await ws.countRecords(doc.id));
    await expect(ws.updateRecord(doc.id, 999, {})).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses record operations on a document that is not a dataset', async () => {
    const ws = await world.open();
    const policy = await ws.createDocument('policy', 'Rules', {});
    await expect(ws.addRecords(policy.id, [{}])).rejects.toMatchObject({ code: 'not-found' });
    await expect(ws.addRecords('missing', [{}])).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deleting a dataset deletes its records', async () => {
    const { ws, doc } = await dataset(4);
    await ws.deleteDocument(doc.id);
    expect(await rawGetAll(world, 'rows')).toEqual([]);
    expect((await rawGetAll(world, 'meta')).filter((m) => String((m as { key: string }).key).startsWith('rows:'))).toEqual([]);
  });

  it('quarantines a damaged chunk whole, keeps its valid rows in its place, and returns the rest', async () => {
    const { ws, doc } = await dataset(3);
    const [{ key }] = await rawEntries(world, 'rows');
    const damaged = { rowIds: [1, 2, 3], records: [{ name: 'p0', score: 0 }, 'not an object', { name: 'p2', score: 2 }] };
    await rawPut(world, 'rows', damaged, key);
    expect((await ws.loadAll(doc.id)).map((r) => r.rowId)).toEqual([1, 3]);
    expect(world.problems.map((p) => p.error.code)).toEqual(['corrupt']);
    expect(world.problems[0]!.docId).toBe(doc.id);
    expect((await ws.listQuarantined())[0]).toMatchObject({ store: 'rows', key, value: damaged });
    const [, generation] = key as [string, string];
    expect((await rawEntries(world, 'rows')).map((e) => e.key)).toEqual([[doc.id, generation, 1, 2]]);
    expect((await ws.readRecords(doc.id)).map((r) => r.rowId)).toEqual([1, 3]);
    expect(await ws.countRecords(doc.id)).toBe(2);
    expect(world.problems).toHaveLength(1);
  });

  it('a chunk whose key disagrees with it is put right on the next read, so counts and rows agree', async () => {
    const { ws, doc } = await dataset(3);
    const [{ key }] = await rawEntries(world, 'rows');
    await rawPut(world, 'rows', { rowIds: [1, 2], records: [{ n: 1 }, { n: 2 }] }, key); // the key says three rows
    expect(await ws.loadAll(doc.id)).toEqual([{ rowId: 1, record: { n: 1 } }, { rowId: 2, record: { n: 2 } }]);
    expect(await ws.countRecords(doc.id)).toBe(2);
    expect(world.problems.map((p) => p.error.code)).toEqual(['corrupt']);
  });

  it('a change meeting a damaged chunk fails with "corrupt", sets it aside, and works when repeated', async () => {
    const { ws, doc } = await dataset(3);
    const [{ key }] = await rawEntries(world, 'rows');
    await rawPut(world, 'rows', { rowIds: [1, 2], records: [{}, {}] }, key); // two rows under a key that says three
    await expect(ws.updateRecord(doc.id, 2, { name: 'x' })).rejects.toMatchObject({ code: 'corrupt' });
    expect(await ws.listQuarantined()).toHaveLength(1);
    expect((await ws.updateRecord(doc.id, 2, { name: 'x' })).revision).toBe(2);
    expect(await ws.loadAll(doc.id)).toEqual([{ rowId: 1, record: {} }, { rowId: 2, record: { name: 'x' } }]);
  });

  it('writes a large import in batches and loads it in one getAll', async () => {
    const ws = await world.open();
    const sink = ws.beginImport(undefined, 'Big');
    for (let i = 0; i < 10; i++) await sink.write(people(500, i * 500));
    const doc = await sink.commit({ fields: DATASET_FIELDS });
    const rows = await ws.loadAll(doc.id);
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toEqual({ rowId: 5000, record: { name: 'p4999', score: 4999 } });
  });
});
