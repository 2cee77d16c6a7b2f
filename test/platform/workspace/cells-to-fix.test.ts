// The cells an import left to fix (DatasetSource.needsFixing) in the workspace store: an edit that
// gives such a cell a value removes its entry in the same transaction, deleting rows removes theirs,
// and backups carry the list (validated by schemas/workspace.schema.json).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CellToFix } from '../../../src/core/data/types.ts';
import { validateBackup } from '../../../src/platform/workspace/backup-validation.ts';
import type { DatasetContent, WorkspaceBackup, WorkspaceService } from '../../../src/platform/workspace/workspace-api.ts';
import { createWorld, DATASET_FIELDS, type TestWorld } from './workspace-test-helpers.ts';

let world: TestWorld;
beforeEach(() => {
  world = createWorld();
});
afterEach(() => world.closeAll());

const message = (text: string) => ({ en: `"${text}" is not a number`, 'zh-CN': `“${text}”不是数字` });
const cell = (rowId: number, column: string, text: string): CellToFix => ({
  rowId, line: rowId + 1, column, text, code: column ? 'not-a-number' : 'too-few-cells', message: message(text),
});

/** Four rows; rows 2 and 4 have an empty score to fix, row 3 a whole-row problem. */
async function datasetWithFixes(ws: WorkspaceService) {
  const sink = ws.beginImport(undefined, 'Staff');
  const written = await sink.write([{ name: 'a', score: 1 }, { name: 'b', score: null }, { name: 'c', score: null }, { name: 'd', score: null }]);
  expect(written).toEqual({ firstRowId: 1 });
  const needsFixing = [cell(2, 'score', '12,5'), cell(3, '', ''), cell(4, 'score', 'x')];
  return sink.commit({ fields: DATASET_FIELDS, source: { fileName: 's.csv', importedAt: 1, needsFixing, needsFixingOmitted: 3 } });
}

const fixes = async (ws: WorkspaceService, id: string) => (await ws.getDocument<DatasetContent>(id))!.content.source;

describe('cells to fix in the store', () => {
  it('the sink reports the row ids it assigned, batch after batch', async () => {
    const ws = await world.open();
    const sink = ws.beginImport(undefined, 'X');
    expect(await sink.write([{ name: 'a' }, { name: 'b' }])).toEqual({ firstRowId: 1 });
    expect(await sink.write([])).toEqual({ firstRowId: 3 });
    expect(await sink.write([{ name: 'c' }])).toEqual({ firstRowId: 3 });
    const doc = await sink.commit({ fields: DATASET_FIELDS });
    expect((await ws.loadAll(doc.id)).map((r) => [r.rowId, r.record.name])).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
  });

  it('an update that gives the cell a value removes its entry, with the same revision as the record', async () => {
    const ws = await world.open();
    const doc = await datasetWithFixes(ws);
    // Still empty (another cell changed): the entry stays.
    await ws.updateRecord(doc.id, 2, { name: 'B', score: null });
    expect((await fixes(ws, doc.id))!.needsFixing!.map((c) => c.rowId)).toEqual([2, 3, 4]);
    const updated = await ws.updateRecord(doc.id, 2, { name: 'B', score: 12.5 });
    expect(updated.content.source!.needsFixing!.map((c) => c.rowId)).toEqual([3, 4]);
    expect(await fixes(ws, doc.id)).toEqual(updated.content.source);
    expect(updated.revision).toBe(doc.revision + 2);
    // The count of entries never listed stays: no edit can resolve those.
    expect(updated.content.source!.needsFixingOmitted).toBe(3);
  });

  it('a whole-row entry goes with any change of its row; the last entry takes the list with it', async () => {
    const ws = await world.open();
    const doc = await datasetWithFixes(ws);
    await ws.updateRecord(doc.id, 3, { name: 'c', score: null }); // no change
    expect((await fixes(ws, doc.id))!.needsFixing!.map((c) => c.rowId)).toEqual([2, 3, 4]);
    await ws.updateRecord(doc.id, 3, { name: 'C', score: null });
    await ws.updateRecord(doc.id, 4, { name: 'd', score: 4 });
    await ws.updateRecord(doc.id, 2, { name: 'b', score: 2 });
    const source = await fixes(ws, doc.id);
    expect(source).toEqual({ fileName: 's.csv', importedAt: 1, needsFixingOmitted: 3 });
  });

  it('deleting rows removes their entries; adding rows leaves the list alone', async () => {
    const ws = await world.open();
    const doc = await datasetWithFixes(ws);
    await ws.addRecords(doc.id, [{ name: 'e', score: null }]);
    expect((await fixes(ws, doc.id))!.needsFixing).toHaveLength(3);
    await ws.deleteRecords(doc.id, [1, 4]);
    expect((await fixes(ws, doc.id))!.needsFixing!.map((c) => c.rowId)).toEqual([2, 3]);
  });

  it('dismissing is a plain content save that keeps the rows (putDocument)', async () => {
    const ws = await world.open();
    const doc = await datasetWithFixes(ws);
    const current = (await ws.getDocument<DatasetContent>(doc.id))!;
    const { needsFixing: _list, needsFixingOmitted: _more, ...source } = current.content.source!;
    await ws.putDocument<DatasetContent>(doc.id, { ...current.content, source }, current.revision);
    expect(await fixes(ws, doc.id)).toEqual({ fileName: 's.csv', importedAt: 1 });
    expect(await ws.countRecords(doc.id)).toBe(4);
  });

  it('backups carry the list, restore it, and reject a malformed entry', async () => {
    const ws = await world.open();
    const doc = await datasetWithFixes(ws);
    const backup = JSON.parse(JSON.stringify(await ws.exportBackup())) as WorkspaceBackup;
    expect(validateBackup(backup)).toEqual([]);
    const other = await world.open({ name: `${world.name}-copy` });
    await other.restoreBackup(backup, { mode: 'replace-all' });
    expect(await fixes(other, doc.id)).toEqual(await fixes(ws, doc.id));

    const index = backup.documents.findIndex((d) => d.id === doc.id);
    const content = backup.documents[index]!.content as DatasetContent;
    (content.source!.needsFixing![0] as unknown as Record<string, unknown>).rowId = 'two';
    delete (content.source!.needsFixing![1] as unknown as Record<string, unknown>).text;
    expect(validateBackup(backup).map((p) => p.pointer)).toEqual([
      `/documents/${index}/content/source/needsFixing/0/rowId`,
      `/documents/${index}/content/source/needsFixing/1`,
    ]);
  });
});
