import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetContent } from '../../../src/platform/workspace/workspace-api.ts';
import { IdbEngine } from '../../../src/platform/workspace/idb-engine.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import { UPGRADE_STEPS, WORKSPACE_DB_VERSION } from '../../../src/platform/workspace/workspace-migrations.ts';
import { createWorld, rawEntries, rawGetAll, sleep, until, type TestWorld } from './workspace-test-helpers.ts';

let world: TestWorld;
beforeEach(() => {
  world = createWorld();
});
afterEach(() => world.closeAll());

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates a database with the raw layout of an old version, written here by hand (not by our code). */
async function createOldDatabase(factory: IDBFactory, name: string, version: 1 | 2, fill: (tx: IDBTransaction) => void): Promise<void> {
  const open = factory.open(name, version);
  open.onupgradeneeded = () => {
    const db = open.result;
    const documents = db.createObjectStore('documents', { keyPath: 'id' });
    documents.createIndex('kind', 'kind');
    db.createObjectStore('meta', { keyPath: 'key' });
    if (version === 2) {
      db.createObjectStore('records', { keyPath: ['datasetId', 'rowId'] }).createIndex('datasetId', 'datasetId');
      db.createObjectStore('staging', { keyPath: ['importId', 'rowId'] }).createIndex('importId', 'importId');
    }
    fill(open.transaction!);
  };
  const db = await request(open);
  db.close();
}

describe('workspace schema migrations', () => {
  it('numbers the upgrade steps 1..n with unique ids, the last being the current version', () => {
    expect(UPGRADE_STEPS.map((s) => s.version)).toEqual([1, 2, 3, 4]);
    expect(new Set(UPGRADE_STEPS.map((s) => s.id)).size).toBe(UPGRADE_STEPS.length);
    expect(WORKSPACE_DB_VERSION).toBe(4);
  });

  it('creates the current layout in a new database and records the applied steps', async () => {
    const ws = await world.open();
    await ws.createDocument('policy', 'P', {});
    const meta = (await rawGetAll(world, 'meta')) as Array<{ key: string; ids?: string[] }>;
    expect(meta.find((m) => m.key === 'migrations')!.ids).toEqual(UPGRADE_STEPS.map((s) => s.id));
  });

  it('upgrades a version 1 database: inline dataset rows move to records, documents gain revision and createdAt', async () => {
    await createOldDatabase(world.factory, world.name, 1, (tx) => {
      tx.objectStore('documents').put({ id: 'p1', kind: 'policy', name: 'Overtime', content: { rules: [1, 2] }, updatedAt: 1000 });
      tx.objectStore('documents').put({
        id: 'd1', kind: 'dataset', name: 'Staff',
        content: { fields: [{ key: 'name', type: 'string' }], rows: [{ name: 'Ann' }, { name: 'Bo' }, { name: 'Cy' }] },
        updatedAt: 2000,
      });
      tx.objectStore('meta').put({ key: 'migrations', ids: ['workspace/1-documents'] });
    });
    const ws = await world.open();
    expect(await ws.getDocument('p1')).toEqual({ id: 'p1', kind: 'policy', name: 'Overtime', content: { rules: [1, 2] }, updatedAt: 1000, createdAt: 1000, revision: 1 });
    const dataset = await ws.getDocument<DatasetContent>('d1');
    expect(dataset!.content).toEqual({ fields: [{ key: 'name', type: 'string' }], rowCount: 3 });
    expect(dataset!.revision).toBe(1);
    expect(await ws.loadAll('d1')).toEqual([
      { rowId: 1, record: { name: 'Ann' } },
      { rowId: 2, record: { name: 'Bo' } },
      { rowId: 3, record: { name: 'Cy' } },
    ]);
    // The new stores work.
    await ws.saveVersion('p1', 'after upgrade');
    expect(await ws.listVersions('p1')).toHaveLength(1);
    const meta = (await rawGetAll(world, 'meta')) as Array<{ key: string; ids?: string[] }>;
    expect(meta.find((m) => m.key === 'migrations')!.ids).toEqual(UPGRADE_STEPS.map((s) => s.id));
  });

  it('upgrades a version 1 database with a malformed dataset by leaving it for quarantine', async () => {
    await createOldDatabase(world.factory, world.name, 1, (tx) => {
      tx.objectStore('documents').put({ id: 'd-bad', kind: 'dataset', name: 'Broken', content: { rows: 'not rows' }, updatedAt: 5 });
      tx.objectStore('documents').put({ id: 'ok', kind: 'policy', name: 'Fine', content: {}, updatedAt: 5 });
    });
    const ws = await world.open();
    expect((await ws.listDocuments()).map((d) => d.id)).toEqual(['ok']);
    expect((await ws.listQuarantined()).map((q) => q.key)).toEqual(['d-bad']);
  });

  it('upgrades a version 2 database: records survive in chunks, unfinished imports go, documents gain revision and createdAt', async () => {
    await createOldDatabase(world.factory, world.name, 2, (tx) => {
      tx.objectStore('documents').put({ id: 'd2', kind: 'dataset', name: 'Calls', content: { fields: [], rowCount: 2 }, updatedAt: 3000 });
      tx.objectStore('documents').put({ id: 's2', kind: 'scorecard', name: 'Card', content: { root: {} }, updatedAt: 4000 });
      tx.objectStore('records').put({ datasetId: 'd2', rowId: 1, record: { calls: 5 } });
      tx.objectStore('records').put({ datasetId: 'd2', rowId: 7, record: { calls: 9 } });
      tx.objectStore('records').put({ datasetId: 'd2', rowId: 8, record: 'damaged' });
      tx.objectStore('staging').put({ importId: 'i1', rowId: 1, record: { calls: 1 } });
      tx.objectStore('meta').put({ key: 'import:i1', importId: 'i1', session: 's', startedAt: 1, touchedAt: 1 });
    });
    const ws = await world.open();
    const db = await request(world.factory.open(world.name));
    expect([...db.objectStoreNames].sort()).toEqual(['documents', 'meta', 'quarantine', 'rows', 'undo', 'versions']);
    db.close();
    expect(await rawEntries(world, 'rows')).toEqual([{ key: ['d2', '', 1, 2], value: { rowIds: [1, 7], records: [{ calls: 5 }, { calls: 9 }] } }]);
    expect((await rawGetAll(world, 'meta')).map((m) => (m as { key: string }).key)).toEqual(['migrations']);
    expect(await ws.listQuarantined()).toMatchObject([{ store: 'records', key: ['d2', 8], value: { datasetId: 'd2', rowId: 8, record: 'damaged' }, reason: 'not a record' }]);
    expect(await ws.getDocument('s2')).toMatchObject({ revision: 1, createdAt: 4000, updatedAt: 4000 });
    expect(await ws.readRecords('d2')).toEqual([{ rowId: 1, record: { calls: 5 } }, { rowId: 7, record: { calls: 9 } }]);
    expect(await ws.countRecords('d2')).toBe(2);
    const model = await ws.open<{ root: object }>('s2');
    model.update({ root: { id: 'x' } });
    await model.flush();
    expect(model.revision).toBe(2);
  });

  it('upgrades a version 3 database (records one per row): many datasets, thousands of rows, into chunks of 2,000', async () => {
    const v3 = await IdbEngine.open({ name: world.name, factory: world.factory, version: 3, steps: UPGRADE_STEPS.slice(0, 3) });
    v3.close();
    const open = world.factory.open(world.name);
    const db = await request(open);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['documents', 'records'], 'readwrite');
      for (const [id, n] of [['a', 4100], ['b', 3]] as const) {
        tx.objectStore('documents').put({ id, kind: 'dataset', name: id, content: { fields: [], rowCount: n }, revision: 4, createdAt: 1, updatedAt: 2 });
        for (let rowId = 1; rowId <= n; rowId++) tx.objectStore('records').put({ datasetId: id, rowId: rowId * 2, record: { id, rowId } });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const ws = await world.open();
    expect((await rawEntries(world, 'rows')).map((e) => e.key)).toEqual([
      ['a', '', 2, 2000], ['a', '', 4002, 2000], ['a', '', 8002, 100], ['b', '', 2, 3],
    ]);
    const rows = await ws.loadAll('a');
    expect(rows).toHaveLength(4100);
    expect(rows[4099]).toEqual({ rowId: 8200, record: { id: 'a', rowId: 4100 } });
    expect(await ws.readRecords('b')).toEqual([1, 2, 3].map((rowId) => ({ rowId: rowId * 2, record: { id: 'b', rowId } })));
    expect(await ws.getDocument('a')).toMatchObject({ revision: 4, content: { rowCount: 4100 } });
    expect((await ws.addRecords('b', [{ id: 'b' }])).rowIds).toEqual([7]);
    const meta = (await rawGetAll(world, 'meta')) as Array<{ key: string; ids?: string[] }>;
    expect(meta.find((m) => m.key === 'migrations')!.ids).toEqual(UPGRADE_STEPS.map((s) => s.id));
  });

  it('leaves the database untouched when an upgrade step fails, and works in memory with the reason', async () => {
    await createOldDatabase(world.factory, world.name, 1, (tx) => {
      tx.objectStore('documents').put({ id: 'p', kind: 'policy', name: 'Kept', content: {}, updatedAt: 1 });
    });
    const failing = [...UPGRADE_STEPS.slice(0, 2), { version: 3, id: 'broken', run: async () => { throw new Error('disk on fire'); } }];
    const error = await IdbEngine.open({ name: world.name, factory: world.factory, steps: failing }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect((error as Error).message).toContain('disk on fire');
    expect((error as Error).message).toContain('Nothing stored was changed or lost');
    // Still version 1 with its data.
    const dbs = await world.factory.databases();
    expect(dbs.find((d) => d.name === world.name)!.version).toBe(1);
    expect(await rawGetAll(world, 'documents')).toHaveLength(1);
  });

  it('refuses a database made by a newer version with "newer-version"', async () => {
    const open = world.factory.open(world.name, WORKSPACE_DB_VERSION + 1);
    (await request(open)).close();
    await expect(openWorkspace({ name: world.name, factory: world.factory, channel: null, locks: null })).rejects.toMatchObject({ code: 'newer-version' });
  });

  it('surfaces "blocked" while an older connection stays open, and continues once it closes', async () => {
    await createOldDatabase(world.factory, world.name, 1, () => undefined);
    const old = await request(world.factory.open(world.name, 1)); // an old tab that ignores versionchange
    const blocked: string[] = [];
    const opening = openWorkspace({ name: world.name, factory: world.factory, channel: null, locks: null, onBlocked: (p) => blocked.push(p.error.code) });
    await until(() => blocked.length > 0);
    expect(blocked).toEqual(['blocked']);
    old.close();
    const ws = await opening;
    expect(ws.persistent).toBe(true);
    await ws.close();
  });

  it('closes on a version change from another tab, saving pending edits first, and reports "version-change"', async () => {
    const ws = await world.open({ saveDelayMs: 10_000, maxSaveDelayMs: 10_000 });
    const doc = await ws.createDocument('policy', 'P', { n: 0 });
    const model = await ws.open<{ n: number }>(doc.id);
    model.update({ n: 1 });
    const upgrade = request(world.factory.open(world.name, WORKSPACE_DB_VERSION + 1));
    (await upgrade).close();
    await until(() => world.problems.some((p) => p.error.code === 'version-change'));
    const problem = world.problems.find((p) => p.error.code === 'version-change')!;
    expect(problem.error.userMessage.en).toContain('Reload this tab');
    expect(model.dirty).toBe(false); // saved before closing
    await expect(ws.getDocument(doc.id)).rejects.toMatchObject({ code: 'version-change' });
    const stored = (await rawGetAll(world, 'documents')) as Array<{ content: unknown }>;
    expect(stored[0]!.content).toEqual({ n: 1 });
    await sleep(0);
  });

  it('falls back to memory with "unavailable" when IndexedDB cannot be opened', async () => {
    const refusing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    const ws = await openWorkspace({ factory: refusing, locks: null });
    expect(ws.persistent).toBe(false);
    expect(ws.problem?.code).toBe('unavailable');
    expect(ws.problem?.userMessage['zh-CN']).toContain('IndexedDB');
    const doc = await ws.createDocument('policy', 'In memory', { a: 1 });
    expect((await ws.getDocument(doc.id))!.name).toBe('In memory');
    expect(await ws.requestPersistence()).toEqual({ persisted: false, supported: false });
    await ws.close();
  });

  it('falls back to memory when the open request fails asynchronously (InvalidStateError, as Firefox private mode did)', async () => {
    const failing = {
      open() {
        // A genuine-looking request (idb checks instanceof) that fails like Firefox's private mode did.
        const target = new EventTarget();
        const req = Object.create(IDBOpenDBRequest.prototype, {
          addEventListener: { value: target.addEventListener.bind(target) },
          removeEventListener: { value: target.removeEventListener.bind(target) },
          error: { value: new DOMException('A mutation operation was attempted', 'InvalidStateError') },
        }) as IDBOpenDBRequest;
        setTimeout(() => target.dispatchEvent(new Event('error')), 0);
        return req;
      },
    } as unknown as IDBFactory;
    const ws = await openWorkspace({ factory: failing, locks: null });
    expect(ws.problem?.code).toBe('unavailable');
    await ws.close();
  });
});
