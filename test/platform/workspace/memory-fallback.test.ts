import { afterEach, describe, expect, it } from 'vitest';
import { compareKeys, MemoryEngine } from '../../../src/platform/workspace/memory-engine.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import { prefixRange } from '../../../src/platform/workspace/store-engine.ts';
import type { WorkspaceService } from '../../../src/platform/workspace/workspace-api.ts';
import { createWorld, DATASET_FIELDS } from './workspace-test-helpers.ts';

const open: WorkspaceService[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function memoryWorkspace(): Promise<WorkspaceService> {
  const ws = await openWorkspace({ factory: null, locks: null, saveDelayMs: 10 });
  open.push(ws);
  return ws;
}

describe('memory engine', () => {
  it('orders keys as IndexedDB does', () => {
    const keys = [['d', []], 'b', ['d', 10], 3, ['d'], ['d', 2], 'a', ['c', 99], -1];
    expect([...keys].sort(compareKeys)).toEqual([-1, 3, 'a', 'b', ['c', 99], ['d'], ['d', 2], ['d', 10], ['d', []]]);
  });

  it('rolls a failed transaction back completely', async () => {
    const engine = new MemoryEngine();
    await engine.run(['meta'], 'readwrite', (tx) => tx.put('meta', { key: 'a', v: 1 }));
    await expect(engine.run(['meta'], 'readwrite', async (tx) => {
      await tx.put('meta', { key: 'a', v: 2 });
      await tx.put('meta', { key: 'b', v: 1 });
      await tx.delete('meta', 'a');
      throw new Error('fail');
    })).rejects.toThrow('fail');
    expect(await engine.run(['meta'], 'readonly', (tx) => tx.getAll('meta'))).toEqual([{ key: 'a', v: 1 }]);
  });

  it('clones values in and out, refuses writes in read-only transactions and stores outside the scope', async () => {
    const engine = new MemoryEngine();
    const value = { key: 'k', list: [1] };
    await engine.run(['meta'], 'readwrite', (tx) => tx.put('meta', value));
    value.list.push(2);
    const read = (await engine.run(['meta'], 'readonly', (tx) => tx.get('meta', 'k'))) as typeof value;
    expect(read.list).toEqual([1]);
    await expect(engine.run(['meta'], 'readonly', (tx) => tx.put('meta', value))).rejects.toMatchObject({ name: 'ReadOnlyError' });
    await expect(engine.run(['meta'], 'readonly', (tx) => tx.get('documents', 'x'))).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('reads values and keys in key order, with limits, and takes out-of-line keys only where the store has no key path', async () => {
    const engine = new MemoryEngine();
    await engine.run(['rows'], 'readwrite', async (tx) => {
      for (const n of [3, 1, 2, 10]) await tx.put('rows', { n }, ['d', '', n, 1]);
      await tx.put('rows', { n: 1 }, ['e', '', 1, 1]);
    });
    const range = prefixRange('d', '');
    expect(await engine.run(['rows'], 'readonly', (tx) => tx.getAll('rows', range, 2))).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await engine.run(['rows'], 'readonly', (tx) => tx.getAllKeys('rows', range))).toEqual([['d', '', 1, 1], ['d', '', 2, 1], ['d', '', 3, 1], ['d', '', 10, 1]]);
    await engine.run(['rows'], 'readwrite', (tx) => tx.deleteRange('rows', range));
    expect(await engine.run(['rows'], 'readonly', (tx) => tx.getAllKeys('rows'))).toEqual([['e', '', 1, 1]]);
    await expect(engine.run(['rows'], 'readwrite', (tx) => tx.put('rows', { n: 1 }))).rejects.toMatchObject({ name: 'DataError' });
    await expect(engine.run(['meta'], 'readwrite', (tx) => tx.put('meta', { key: 'k' }, 'k'))).rejects.toMatchObject({ name: 'DataError' });
  });
});

describe('workspace in memory (IndexedDB unavailable)', () => {
  it('works like the IndexedDB one: documents, conflicts, imports, records, undo, versions', async () => {
    const ws = await memoryWorkspace();
    expect(ws.persistent).toBe(false);
    expect(ws.problem?.code).toBe('unavailable');
    const doc = await ws.createDocument('scorecard', 'Sales', { name: 'a' });
    await expect(ws.putDocument(doc.id, { name: 'x' }, 7)).rejects.toMatchObject({ code: 'conflict' });
    const model = await ws.open<{ name: string }>(doc.id);
    model.update({ name: 'b' });
    await model.flush();
    expect(model.undo()).toBe(true);
    await model.flush();
    expect((await ws.getDocument(doc.id))!.revision).toBe(3);
    expect((await ws.listVersions(doc.id)).length).toBe(1);

    const sink = ws.beginImport(undefined, 'Staff');
    await sink.write([{ name: 'a', score: 1 }, { name: 'b', score: 2 }]);
    expect(await ws.listDocuments('dataset')).toEqual([]);
    const dataset = await sink.commit({ fields: DATASET_FIELDS });
    expect((await ws.readRecords(dataset.id, { offset: 1 })).map((r) => r.rowId)).toEqual([2]);
    expect((await ws.addRecords(dataset.id, [{ name: 'c' }])).rowIds).toEqual([3]);
    expect((await ws.deleteRecords(dataset.id, [1])).document.content.rowCount).toBe(2);
  });

  it('restores a backup made from IndexedDB, so a user can carry work across', async () => {
    const world = createWorld();
    const idb = await world.open();
    const sink = idb.beginImport(undefined, 'Staff');
    await sink.write([{ name: 'a', score: 1 }]);
    await sink.commit({ fields: DATASET_FIELDS });
    await idb.createDocument('policy', 'Rules', { rules: [] });
    const backup = await idb.exportBackup();
    const memory = await memoryWorkspace();
    await memory.restoreBackup(backup, { mode: 'replace-all' });
    const again = await memory.exportBackup();
    expect({ ...again, exportedAt: '' }).toEqual({ ...backup, exportedAt: '' });
    await world.closeAll();
  });
});
