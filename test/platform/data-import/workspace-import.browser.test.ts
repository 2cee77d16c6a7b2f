// The import worker writing into IndexedDB through the workspace store, as wired in the product:
// the page then reads the dataset with its own workspace service; a cancelled import leaves none.
import { expect } from 'chai';
import { startImport } from '../../../src/platform/data-import/index.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import type { DatasetContent } from '../../../src/platform/workspace/workspace-api.ts';

const FIELDS: FieldDef[] = [{ key: 'name', type: 'string' }, { key: 'score', type: 'number' }, { key: 'passed', type: 'boolean' }];
// 20,000 rows keep the suite quick (the store writes rows in chunks; workspace-load.browser.test.ts measures 100,000).
const ROWS = 20_000;
const CSV = `name,score,passed\n${Array.from({ length: ROWS }, (_, i) => `张${i},${i % 101},${i % 2 ? '是' : '否'}`).join('\n')}\n`;

function workspaceWorker(): Worker {
  return new Worker(new URL('./workspace-import-worker.ts', import.meta.url), { type: 'module' });
}

describe('import worker with the workspace store', function () {
  this.timeout(120_000);

  it('imports 20,000 rows into IndexedDB and the page reads them', async () => {
    const databaseName = `import-browser-${Math.random()}`;
    const started = performance.now();
    const task = startImport(new File([CSV], 'scores.csv'), { fields: FIELDS, target: { name: 'Scores', databaseName }, createWorker: workspaceWorker });
    let written = started;
    task.onProgress((p) => {
      if (p.rows === ROWS) written = performance.now();
    });
    const result = await task.done;
    const done = performance.now();
    console.log(`import worker → IndexedDB: ${ROWS} rows × 3 fields in ${((done - started) / 1000).toFixed(2)} s in Chromium (writes ${((written - started) / 1000).toFixed(2)} s, commit ${((done - written) / 1000).toFixed(2)} s)`);
    expect(result.rows).to.equal(ROWS);
    const page = await openWorkspace({ name: databaseName, locks: null });
    try {
      const datasets = await page.listDocuments('dataset');
      expect(datasets.map((d) => d.name)).to.deep.equal(['Scores']);
      expect(await page.countRecords(datasets[0]!.id)).to.equal(ROWS);
      const [first] = await page.readRecords(datasets[0]!.id);
      expect(first?.record).to.deep.equal({ name: '张0', score: 0, passed: false });
    } finally {
      await page.close();
      indexedDB.deleteDatabase(databaseName);
    }
  });

  it("'fix' through the worker: the rows with empty bad cells and the cells to fix reach the store together", async () => {
    const databaseName = `import-browser-${Math.random()}`;
    const text = CSV.replace('\n张3,3,', '\n张3,"3,5",').replace(/\n张12345,\d+,/, '\n张12345,n/a,');
    const task = startImport(new File([text], 'scores.csv'), { fields: FIELDS, badRows: 'fix', target: { name: 'Scores', databaseName }, createWorker: workspaceWorker });
    const result = await task.done;
    expect([result.rows, result.rowsToFix, result.cellsToFix]).to.deep.equal([ROWS, 2, 2]);
    const page = await openWorkspace({ name: databaseName, locks: null });
    try {
      const [dataset] = await page.listDocuments('dataset');
      const cells = (dataset!.content as DatasetContent).source!.needsFixing!;
      expect(cells.map(({ rowId, line, column, text: original }) => [rowId, line, column, original])).to.deep.equal([[4, 5, 'score', '3,5'], [12346, 12347, 'score', 'n/a']]);
      const rows = await page.readRecords(dataset!.id, { offset: 3, limit: 1 });
      expect(rows).to.deep.equal([{ rowId: 4, record: { name: '张3', score: null, passed: true } }]);
    } finally {
      await page.close();
      indexedDB.deleteDatabase(databaseName);
    }
  });

  it('leaves no dataset when cancelled', async () => {
    const databaseName = `import-browser-${Math.random()}`;
    const task = startImport(new Blob([CSV]), { fields: FIELDS, target: { name: 'Scores', databaseName }, createWorker: workspaceWorker, batchSize: 1000, chunkSize: 32 * 1024 });
    task.onProgress((p) => {
      if (p.rows > 0) task.cancel();
    });
    const error = await task.done.then(() => undefined, (e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    const page = await openWorkspace({ name: databaseName, locks: null });
    try {
      expect(await page.listDocuments('dataset')).to.deep.equal([]);
    } finally {
      await page.close();
      indexedDB.deleteDatabase(databaseName);
    }
  });
});
