// Shared set-up for the workspace unit tests: a fresh fake IndexedDB per test (the globals from
// fake-indexeddb/auto are only there for idb's instanceof checks), in-process channels, no locks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { WorkspaceProblem, WorkspaceService } from '../../../src/platform/workspace/workspace-api.ts';
import { openWorkspace, type OpenWorkspaceOptions } from '../../../src/platform/workspace/open-workspace.ts';
import { MemoryChannelHub } from '../../../src/platform/workspace/workspace-channel.ts';

export interface TestWorld {
  factory: IDBFactory;
  hub: MemoryChannelHub;
  name: string;
  open(options?: OpenWorkspaceOptions): Promise<WorkspaceService>;
  /** Every problem reported by the services opened here. */
  problems: WorkspaceProblem[];
  closeAll(): Promise<void>;
}

let counter = 0;

export function createWorld(): TestWorld {
  const factory = new IDBFactory();
  const hub = new MemoryChannelHub();
  const name = `test-workspace-${++counter}`;
  const services: WorkspaceService[] = [];
  const problems: WorkspaceProblem[] = [];
  return {
    factory,
    hub,
    name,
    problems,
    async open(options = {}) {
      const service = await openWorkspace({ name, factory, channel: hub.connect(), locks: null, saveDelayMs: 20, maxSaveDelayMs: 100, ...options });
      service.onDidReportProblem((p) => problems.push(p));
      services.push(service);
      return service;
    },
    async closeAll() {
      await Promise.allSettled(services.map((s) => s.close()));
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds (channels and autosave are asynchronous). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(5);
  }
}

export const DATASET_FIELDS = [
  { key: 'name', type: 'string' as const },
  { key: 'score', type: 'number' as const },
];

async function rawOpen(w: Pick<TestWorld, 'factory' | 'name'>): Promise<IDBDatabase> {
  const request = w.factory.open(w.name);
  return new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Writes a value straight into the test database, as a damaged or foreign writer would. */
export async function rawPut(w: Pick<TestWorld, 'factory' | 'name'>, store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await rawOpen(w);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    if (key === undefined) tx.objectStore(store).put(value);
    else tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Reads a whole store straight from the test database, keys with values. */
export async function rawEntries(w: Pick<TestWorld, 'factory' | 'name'>, store: string): Promise<Array<{ key: IDBValidKey; value: unknown }>> {
  const db = await rawOpen(w);
  const read = <T>(get: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  const os = db.transaction(store, 'readonly').objectStore(store);
  const [keys, values] = await Promise.all([read(os.getAllKeys()), read(os.getAll())]);
  db.close();
  return keys.map((key, i) => ({ key, value: values[i] }));
}

/** Reads a whole store straight from the test database. */
export async function rawGetAll(w: Pick<TestWorld, 'factory' | 'name'>, store: string): Promise<unknown[]> {
  return (await rawEntries(w, store)).map((e) => e.value);
}

/**
 * Rows stored but not visible: those of a generation no dataset points to (imports in progress or
 * abandoned). The chunk keys are [datasetId, generation, first rowId, count]; meta "rows:<id>"
 * names a dataset's generation, '' without it.
 */
export async function rowsOutOfSight(w: Pick<TestWorld, 'factory' | 'name'>): Promise<number> {
  const current = new Map<string, string>();
  for (const m of (await rawGetAll(w, 'meta')) as Array<{ key: string; generation?: string }>) {
    if (m.key.startsWith('rows:') && m.generation !== undefined) current.set(m.key.slice(5), m.generation);
  }
  let n = 0;
  for (const { key } of await rawEntries(w, 'rows')) {
    const [datasetId, generation, , count] = key as [string, string, number, number];
    if ((current.get(datasetId) ?? '') !== generation) n += count;
  }
  return n;
}

/** Every row stored, visible or not. */
export async function rowsStored(w: Pick<TestWorld, 'factory' | 'name'>): Promise<number> {
  return (await rawEntries(w, 'rows')).reduce((n, { key }) => n + (key as number[])[3]!, 0);
}
