import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../src/base/event.ts';
import type { CellToFix } from '../../../src/core/data/types.ts';
import type { CellsToFix, DatasetChange, DatasetRepository } from '../../../plugins/datasets/dataset-repository.ts';
import { type EditHistoryStore, type EditStep, RepositoryDataSource } from '../../../plugins/datasets/repository-data-source.ts';

/** A dataset in memory behind the repository interface. */
type MemoryRepository = DatasetRepository & { stored: Map<number, Record<string, unknown>>; fixes: CellsToFix; failNextUpdate: boolean };

function memoryRepository(rows: Record<string, unknown>[], fixes: CellsToFix = { cells: [], omitted: 0 }): MemoryRepository {
  const stored = new Map(rows.map((r, i) => [i + 1, { ...r }]));
  const changes = new Emitter<DatasetChange>();
  let next = rows.length + 1;
  const repo: MemoryRepository = {
    stored,
    fixes,
    failNextUpdate: false,
    onDidChange: changes.event,
    list: async () => [],
    fields: async () => [{ key: 'name', type: 'string' }, { key: 'score', type: 'number' }],
    loadAll: async () => [...stored].map(([rowId, record]) => ({ rowId, record: { ...record } })),
    cellsToFix: async () => structuredClone(repo.fixes),
    dismissCellsToFix: async () => { repo.fixes = { cells: [], omitted: 0 }; },
    updateRecord: async (_id, rowId, record) => {
      if (repo.failNextUpdate) {
        repo.failNextUpdate = false;
        throw new Error('quota');
      }
      stored.set(rowId, { ...record });
    },
    addRecords: async (_id, records) => records.map((r) => { stored.set(next, { ...r }); return next++; }),
    deleteRecords: async (_id, rowIds) => { for (const id of rowIds) stored.delete(id); },
    rename: async () => undefined,
    remove: async () => undefined,
    createFromRecords: async () => 'x',
  };
  return repo;
}

const cell = (rowId: number, column: string, text: string): CellToFix => ({
  rowId, line: rowId + 1, column, text, code: column ? 'not-a-number' : 'too-few-cells', message: { en: text, 'zh-CN': text },
});

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

describe('RepositoryDataSource cells to fix', () => {
  const rows = () => [{ name: 'a', score: 1 }, { name: 'b', score: null }, { name: 'c', score: null }];
  const fixes = (): CellsToFix => ({ cells: [cell(2, 'score', '12,5'), cell(3, '', '')], omitted: 4 });

  it('loads the list, and an edit giving the cell a value removes its entry (a row entry goes with any change)', async () => {
    const source = await RepositoryDataSource.load(memoryRepository(rows(), fixes()), 'd');
    let changes = 0;
    source.onDidChangeCellsToFix(() => changes++);
    expect(source.cellsToFix.map((c) => c.rowId)).toEqual([2, 3]);
    expect(source.cellsToFixOmitted).toBe(4);
    await source.updateCell(2, 'name', 'B'); // the bad cell is still empty
    expect(changes).toBe(0);
    await source.updateCell(2, 'score', 12.5);
    expect(source.cellsToFix.map((c) => c.rowId)).toEqual([3]);
    await source.updateCell(3, 'name', 'C');
    expect(source.cellsToFix).toEqual([]);
    expect(changes).toBe(2);
    // Undo puts the value back, not the entry: the store forgot it with the edit.
    await source.undo();
    expect(source.cellsToFix).toEqual([]);
  });

  it('puts the entry back when the write fails', async () => {
    const repo = memoryRepository(rows(), fixes());
    const source = await RepositoryDataSource.load(repo, 'd');
    repo.failNextUpdate = true;
    await source.updateCell(2, 'score', 12.5).catch(() => undefined);
    expect(source.getValue(2, 'score')).toBe(null);
    expect(source.cellsToFix.map((c) => c.rowId)).toEqual([2, 3]);
  });

  it('drops the entries of deleted rows, dismisses the list, and reloads it', async () => {
    const repo = memoryRepository(rows(), fixes());
    const source = await RepositoryDataSource.load(repo, 'd');
    await source.deleteRows([3]);
    expect(source.cellsToFix.map((c) => c.rowId)).toEqual([2]);
    await source.dismissCellsToFix();
    expect([source.cellsToFix, source.cellsToFixOmitted, repo.fixes]).toEqual([[], 0, { cells: [], omitted: 0 }]);
    repo.fixes = { cells: [cell(1, 'score', 'x')], omitted: 0 };
    await source.reload();
    expect(source.cellsToFix.map((c) => c.text)).toEqual(['x']);
  });
});
