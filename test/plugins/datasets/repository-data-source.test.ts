import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../src/base/event.ts';
import type { DatasetChange, DatasetRepository } from '../../../plugins/datasets/dataset-repository.ts';
import { type EditHistoryStore, type EditStep, RepositoryDataSource } from '../../../plugins/datasets/repository-data-source.ts';

/** A dataset in memory behind the repository interface. */
function memoryRepository(rows: Record<string, unknown>[]): DatasetRepository & { stored: Map<number, Record<string, unknown>> } {
  const stored = new Map(rows.map((r, i) => [i + 1, { ...r }]));
  const changes = new Emitter<DatasetChange>();
  let next = rows.length + 1;
  return {
    stored,
    onDidChange: changes.event,
    list: async () => [],
    fields: async () => [{ key: 'name', type: 'string' }, { key: 'score', type: 'number' }],
    loadAll: async () => [...stored].map(([rowId, record]) => ({ rowId, record: { ...record } })),
    updateRecord: async (_id, rowId, record) => { stored.set(rowId, { ...record }); },
    addRecords: async (_id, records) => records.map((r) => { stored.set(next, { ...r }); return next++; }),
    deleteRecords: async (_id, rowIds) => { for (const id of rowIds) stored.delete(id); },
    rename: async () => undefined,
    remove: async () => undefined,
    createFromRecords: async () => 'x',
  };
}

describe('RepositoryDataSource undo and redo', () => {
  it('undoes and redoes cell edits, added rows and deleted rows, in the store too', async () => {
    const repo = memoryRepository([{ name: '张三', score: 90 }, { name: '李四', score: 80 }]);
    const source = await RepositoryDataSource.load(repo, 'd');
    await source.updateCell(1, 'name', '王五');
    expect(repo.stored.get(1)!.name).toBe('王五');
    await source.undo();
    expect([source.getValue(1, 'name'), repo.stored.get(1)!.name]).toEqual(['张三', '张三']);
    await source.redo();
    expect([source.getValue(1, 'name'), repo.stored.get(1)!.name]).toEqual(['王五', '王五']);

    await source.deleteRows([2]);
    expect(source.rowCount).toBe(1);
    await source.undo();
    expect(source.rowCount).toBe(2);
    expect(source.records().map((r) => r.name)).toEqual(['王五', '李四']);
    await source.redo();
    expect(source.rowCount).toBe(1);

    const added = await source.addRow({ name: '赵六' });
    expect(source.getValue(added, 'name')).toBe('赵六');
    await source.undo();
    expect(source.getRow(added)).toBeUndefined();
    expect(repo.stored.has(added)).toBe(false);
  });

  it('keeps the history in the store it is given, so undo works in the next session', async () => {
    const repo = memoryRepository([{ name: '张三', score: 90 }]);
    let saved: { undo: EditStep[]; redo: EditStep[] } | undefined;
    const history: EditHistoryStore = { load: async () => structuredClone(saved), save: async (s) => { saved = structuredClone(s); } };
    const first = await RepositoryDataSource.load(repo, 'd', history);
    await first.updateCell(1, 'score', 95);
    const second = await RepositoryDataSource.load(repo, 'd', history);
    expect(second.canUndo).toBe(true);
    await second.undo();
    expect(repo.stored.get(1)!.score).toBe(90);
    await second.redo();
    expect(repo.stored.get(1)!.score).toBe(95);
  });
});
