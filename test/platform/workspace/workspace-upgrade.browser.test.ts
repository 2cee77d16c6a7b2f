import { expect } from 'chai';
import { openWorkspace, type WorkspaceProblem, type WorkspaceService, WORKSPACE_DB_VERSION } from '../../../src/platform/workspace/index.ts';

const names: string[] = [];
const services: WorkspaceService[] = [];
let counter = 0;

function dbName(): string {
  const name = `wt-upgrade-${Date.now()}-${++counter}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await Promise.all(names.splice(0).map((name) => request(indexedDB.deleteDatabase(name))));
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function open(name: string, extra: Parameters<typeof openWorkspace>[0] = {}): Promise<WorkspaceService> {
  const ws = await openWorkspace({ name, channel: null, ...extra });
  services.push(ws);
  return ws;
}

/** The old layouts, written with raw IndexedDB as the old app versions did. */
async function createOld(name: string, version: 1 | 2, fill: (tx: IDBTransaction) => void): Promise<void> {
  const req = indexedDB.open(name, version);
  req.onupgradeneeded = () => {
    const db = req.result;
    db.createObjectStore('documents', { keyPath: 'id' }).createIndex('kind', 'kind');
    db.createObjectStore('meta', { keyPath: 'key' });
    if (version === 2) {
      db.createObjectStore('records', { keyPath: ['datasetId', 'rowId'] }).createIndex('datasetId', 'datasetId');
      db.createObjectStore('staging', { keyPath: ['importId', 'rowId'] }).createIndex('importId', 'importId');
    }
    fill(req.transaction!);
  };
  (await request(req)).close();
}

describe('workspace database upgrades (Chromium IndexedDB)', () => {
  it('upgrades a version 1 database and keeps every document and inline row', async () => {
    const name = dbName();
    await createOld(name, 1, (tx) => {
      tx.objectStore('documents').put({ id: 'p', kind: 'policy', name: 'Overtime', content: { rules: ['r'] }, updatedAt: 10 });
      tx.objectStore('documents').put({
        id: 'd', kind: 'dataset', name: 'Staff', updatedAt: 20,
        content: { fields: [{ key: 'n', type: 'number' }], rows: Array.from({ length: 250 }, (_, i) => ({ n: i })) },
      });
    });
    const ws = await open(name);
    expect(await ws.getDocument('p')).to.deep.equal({ id: 'p', kind: 'policy', name: 'Overtime', content: { rules: ['r'] }, updatedAt: 10, createdAt: 10, revision: 1 });
    expect((await ws.getDocument('d'))!.content).to.deep.equal({ fields: [{ key: 'n', type: 'number' }], rowCount: 250 });
    const rows = await ws.loadAll('d');
    expect(rows).to.have.length(250);
    expect(rows[249]).to.deep.equal({ rowId: 250, record: { n: 249 } });
    const db = await request(indexedDB.open(name));
    expect(db.version).to.equal(WORKSPACE_DB_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['documents', 'meta', 'quarantine', 'rows', 'undo', 'versions']);
    db.close();
  });

  it('upgrades a version 2 database and keeps its records', async () => {
    const name = dbName();
    await createOld(name, 2, (tx) => {
      tx.objectStore('documents').put({ id: 'd', kind: 'dataset', name: 'Calls', content: { fields: [], rowCount: 2 }, updatedAt: 30 });
      tx.objectStore('records').put({ datasetId: 'd', rowId: 1, record: { c: 1 } });
      tx.objectStore('records').put({ datasetId: 'd', rowId: 2, record: { c: 2 } });
    });
    const ws = await open(name);
    expect(await ws.getDocument('d')).to.deep.include({ revision: 1, createdAt: 30 });
    expect(await ws.readRecords('d')).to.deep.equal([{ rowId: 1, record: { c: 1 } }, { rowId: 2, record: { c: 2 } }]);
    const model = await ws.open('d');
    expect(model.revision).to.equal(1);
    model.dispose();
  });

  it('reports "blocked" while an old tab keeps the old version open, and continues once it closes', async () => {
    const name = dbName();
    await createOld(name, 1, () => undefined);
    const oldTab = await request(indexedDB.open(name, 1)); // an old app version: ignores versionchange
    const problems: WorkspaceProblem[] = [];
    const opening = open(name, { onBlocked: (p) => problems.push(p) });
    await until(() => problems.length > 0);
    expect(problems[0]!.error.code).to.equal('blocked');
    expect(problems[0]!.error.userMessage.en).to.contain('Close the other tabs');
    oldTab.close();
    const ws = await opening;
    expect(ws.persistent).to.equal(true);
  });

  it('closes for a newer version opened by another tab and reports "version-change"', async () => {
    const name = dbName();
    const ws = await open(name);
    const problems: WorkspaceProblem[] = [];
    ws.onDidReportProblem((p) => problems.push(p));
    (await request(indexedDB.open(name, WORKSPACE_DB_VERSION + 1))).close();
    await until(() => problems.length > 0);
    expect(problems[0]!.error.code).to.equal('version-change');
    let code: string | undefined;
    await ws.listDocuments().catch((e: { code?: string }) => (code = e.code));
    expect(code).to.equal('version-change');
  });

  it('refuses a database of a newer version with "newer-version"', async () => {
    const name = dbName();
    (await request(indexedDB.open(name, WORKSPACE_DB_VERSION + 5))).close();
    let code: string | undefined;
    await open(name).catch((e: { code?: string }) => (code = e.code));
    expect(code).to.equal('newer-version');
  });
});

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
