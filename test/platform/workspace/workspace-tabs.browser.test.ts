import { expect } from 'chai';
import {
  type DocumentModel,
  openWorkspace,
  type OpenWorkspaceOptions,
  type WorkspaceConflict,
  type WorkspaceService,
} from '../../../src/platform/workspace/index.ts';

const names: string[] = [];
const services: WorkspaceService[] = [];
const cleanups: Array<() => void> = [];
let counter = 0;

function dbName(): string {
  const name = `wt-tabs-${Date.now()}-${++counter}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  while (cleanups.length) cleanups.pop()!();
  await Promise.all(services.splice(0).map((s) => s.close()));
  await Promise.all(names.splice(0).map((name) => request(indexedDB.deleteDatabase(name))));
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function open(name: string, extra: OpenWorkspaceOptions = {}): Promise<WorkspaceService> {
  const ws = await openWorkspace({ name, ...extra });
  services.push(ws);
  return ws;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Rows stored but not visible: chunks (keyed [datasetId, generation, first rowId, count]) of a
 * generation no dataset points to (meta "rows:<id>", '' without it): imports not committed.
 */
async function rowsOutOfSight(name: string): Promise<number> {
  const db = await request(indexedDB.open(name));
  const tx = db.transaction(['meta', 'rows']);
  const [meta, keys] = await Promise.all([request(tx.objectStore('meta').getAll()), request(tx.objectStore('rows').getAllKeys())]);
  db.close();
  const current = new Map((meta as Array<{ key: string; generation?: string }>).filter((m) => m.key.startsWith('rows:')).map((m) => [m.key.slice(5), m.generation]));
  return (keys as Array<[string, string, number, number]>).reduce((n, [datasetId, generation, , count]) => n + ((current.get(datasetId) ?? '') === generation ? 0 : count), 0);
}

interface Card {
  name: string;
  weights: Record<string, number>;
}
const card: Card = { name: 'Sales', weights: { a: 50, b: 50 } };
const slow = { saveDelayMs: 60_000, maxSaveDelayMs: 60_000 };

describe('workspace across tabs (real BroadcastChannel, Web Locks and IndexedDB)', () => {
  it('keeps both sides when two tabs edit the same part, and merges disjoint edits', async () => {
    const name = dbName();
    const tabA = await open(name, slow);
    const tabB = await open(name, slow);
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const mine: DocumentModel<Card> = await tabA.open<Card>(doc.id);
    const theirs: DocumentModel<Card> = await tabB.open<Card>(doc.id);
    const conflicts: WorkspaceConflict[] = [];
    tabA.onDidConflict((c) => conflicts.push(c));

    mine.update({ ...card, weights: { a: 80, b: 20 } });
    theirs.update({ ...card, weights: { a: 10, b: 90 } });
    await theirs.flush();
    await until(() => conflicts.length === 1);
    expect(conflicts[0]).to.deep.include({ resolution: 'kept-both', docId: doc.id });
    const docs = await tabB.listDocuments();
    const byName = Object.fromEntries(docs.map((d) => [d.name, (d.content as Card).weights]));
    expect(byName).to.deep.equal({ Sales: { a: 10, b: 90 }, 'Sales (conflicted copy)': { a: 80, b: 20 } });
    expect(mine.content.weights).to.deep.equal({ a: 10, b: 90 });

    mine.update({ ...mine.content, name: 'Sales (A)' });
    theirs.update({ ...theirs.content, weights: { a: 30, b: 70 } });
    await theirs.flush();
    await until(() => conflicts.length === 2);
    expect(conflicts[1]!.resolution).to.equal('merged');
    await until(() => theirs.content.name === 'Sales (A)');
    expect((await tabB.getDocument<Card>(doc.id))!.content).to.deep.equal({ name: 'Sales (A)', weights: { a: 30, b: 70 } });
  });

  it('does not collect an import another live tab is writing (Web Locks)', async () => {
    const name = dbName();
    const writer = await open(name);
    const sink = writer.beginImport(undefined, 'Live');
    await sink.write([{ n: 1 }, { n: 2 }]);
    await open(name); // a second tab opening now must leave the live import alone
    expect(await rowsOutOfSight(name)).to.equal(2);
    const doc = await sink.commit({ fields: [{ key: 'n', type: 'number' }] });
    expect(await writer.countRecords(doc.id)).to.equal(2);
  });

  it('after a tab crashes mid-import (iframe removed), the next open sees none of it and collects its rows', async () => {
    const name = dbName();
    const indexUrl = new URL('../../../src/platform/workspace/index.ts', import.meta.url).href;
    const frame = document.createElement('iframe');
    const written = new Promise<void>((resolve, reject) => {
      const onMessage = (event: MessageEvent<{ type: string; error?: string }>) => {
        if (event.data?.type === 'written') resolve();
        if (event.data?.type === 'failed') reject(new Error(event.data.error));
      };
      window.addEventListener('message', onMessage);
      cleanups.push(() => window.removeEventListener('message', onMessage));
    });
    frame.srcdoc = `<script type="module">
      try {
        const { openWorkspace } = await import(${JSON.stringify(indexUrl)});
        const ws = await openWorkspace({ name: ${JSON.stringify(name)} });
        const sink = ws.beginImport(undefined, 'Crashed');
        for (let b = 0; b < 3; b++) await sink.write(Array.from({ length: 100 }, (_, i) => ({ n: b * 100 + i })));
        parent.postMessage({ type: 'written' }, '*');
      } catch (error) {
        parent.postMessage({ type: 'failed', error: String(error) }, '*');
      }
    </script>`;
    document.body.append(frame);
    await written;
    expect(await rowsOutOfSight(name)).to.equal(300);
    // While the frame lives, its import is live.
    const during = await open(name);
    expect(await rowsOutOfSight(name)).to.equal(300);
    await during.close();
    frame.remove(); // the crash: no commit, no abort, no close
    await until(async () => ((await navigator.locks.query()).held ?? []).every((l) => !l.name?.startsWith(`scorecard-workspace:${name}:`)));
    const after = await open(name);
    expect(await after.listDocuments()).to.deep.equal([]);
    expect(await rowsOutOfSight(name)).to.equal(0);
  });

  it('after the connection is dropped mid-import (close and reopen), no partial dataset is visible and the written rows are collected', async () => {
    const name = dbName();
    const first = await open(name);
    const existing = first.beginImport(undefined, 'Existing');
    await existing.write([{ n: 1 }]);
    const doc = await existing.commit({ fields: [{ key: 'n', type: 'number' }] });
    const replacing = first.beginImport(doc.id);
    await replacing.write(Array.from({ length: 500 }, (_, i) => ({ n: i })));
    await replacing.write(Array.from({ length: 500 }, (_, i) => ({ n: 500 + i })));
    await first.close(); // dropped before commit
    expect(await rowsOutOfSight(name)).to.equal(1000);
    const second = await open(name);
    expect(await second.loadAll(doc.id)).to.deep.equal([{ rowId: 1, record: { n: 1 } }]);
    expect((await second.getDocument(doc.id))!.content).to.deep.include({ rowCount: 1 });
    expect(await rowsOutOfSight(name)).to.equal(0);
  });

  it('keeps edits in memory when the browser refuses to store more, and saves them once it accepts again', async () => {
    const name = dbName();
    const ws = await open(name, { saveDelayMs: 10, maxSaveDelayMs: 50 });
    const problems: string[] = [];
    ws.onDidReportProblem((p) => problems.push(p.error.code));
    const doc = await ws.createDocument('policy', 'Rules', { n: 0 });
    const model = await ws.open<{ n: number }>(doc.id);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    cleanups.push(() => (IDBObjectStore.prototype.put = put));
    model.update({ n: 1 });
    let code: string | undefined;
    await model.flush().catch((e: { code?: string }) => (code = e.code));
    expect(code).to.equal('quota');
    expect(problems).to.include('quota');
    expect(model.dirty).to.equal(true);
    expect(model.content).to.deep.equal({ n: 1 });
    expect((await ws.getDocument(doc.id))!.content).to.deep.equal({ n: 0 });
    IDBObjectStore.prototype.put = put;
    model.update({ n: 2 });
    await until(() => !model.dirty);
    expect((await ws.getDocument(doc.id))!.content).to.deep.equal({ n: 2 });
    const persistence = await ws.requestPersistence();
    expect(persistence.supported).to.equal(true);
    expect((await ws.estimate()).supported).to.equal(true);
  });
});
