// The IndexedDB engine: opens (and upgrades) the database from any IDBFactory — the page's, a
// worker's, or a fresh fake-indexeddb one per test — and runs transactions for the store logic.
import { type IDBPDatabase, type IDBPTransaction, wrap } from 'idb';
import { Emitter } from '../../base/event.ts';
import { WorkspaceError } from './workspace-api.ts';
import { messages, toOpenError, toWorkspaceError } from './workspace-errors.ts';
import { runUpgradeSteps, UPGRADE_STEPS, type UpgradeStep, WORKSPACE_DB_VERSION } from './workspace-migrations.ts';
import type { KeyRange, StoreEngine, StoreKey, StoreName, StoreTx } from './store-engine.ts';

export interface IdbEngineOptions {
  name: string;
  factory: IDBFactory;
  /** For tests of old layouts; defaults to the current version and steps. */
  version?: number;
  steps?: readonly UpgradeStep[];
  /** Another tab keeps an older version open; the open waits until it closes. */
  onBlocked?: (error: WorkspaceError) => void;
}

type AnyTx = IDBPTransaction<unknown, string[], IDBTransactionMode>;

function toIdbRange(range: KeyRange): IDBKeyRange {
  return globalThis.IDBKeyRange.bound(range.lower, range.upper);
}

export class IdbEngine implements StoreEngine {
  readonly kind = 'indexeddb';
  private closed: WorkspaceError | undefined;
  private beforeVersionChange: () => Promise<void> = async () => undefined;
  private readonly _onDidClose = new Emitter<WorkspaceError>();
  readonly onDidClose = this._onDidClose.event;

  private constructor(private readonly db: IDBPDatabase<unknown>) {
    const raw = (db as unknown as { addEventListener: IDBDatabase['addEventListener'] });
    raw.addEventListener('versionchange', () => {
      // Give pending edits a moment to reach the store, then let the other tab's upgrade proceed.
      const hook = this.beforeVersionChange().catch(() => undefined);
      const timeout = new Promise((resolve) => globalThis.setTimeout(resolve, 2000));
      void Promise.race([hook, timeout]).then(() => this.end(new WorkspaceError('version-change', messages.versionChange())));
    });
    raw.addEventListener('close', () => this.end(new WorkspaceError('unavailable', messages.connectionLost())));
  }

  static async open(options: IdbEngineOptions): Promise<IdbEngine> {
    const version = options.version ?? WORKSPACE_DB_VERSION;
    const steps = options.steps ?? UPGRADE_STEPS;
    let request: IDBOpenDBRequest;
    try {
      request = options.factory.open(options.name, version);
    } catch (error) {
      throw toOpenError(error);
    }
    let upgradeError: unknown;
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction!;
      const context = { db: wrap(request.result), tx: wrap(tx) as unknown as IDBPTransaction<unknown, string[], 'versionchange'> };
      // A failed upgrade is reported by the open request; this promise must not go unhandled.
      context.tx.done.catch(() => undefined);
      runUpgradeSteps(context, event.oldVersion, version, steps).catch((error: unknown) => {
        upgradeError = error;
        try {
          tx.abort();
        } catch {
          // Already finished: the open request reports the failure.
        }
      });
    });
    request.addEventListener('blocked', () => options.onBlocked?.(new WorkspaceError('blocked', messages.blocked())));
    try {
      return new IdbEngine((await wrap(request)) as IDBPDatabase<unknown>);
    } catch (error) {
      if (upgradeError !== undefined) {
        const detail = upgradeError instanceof Error ? upgradeError.message : String(upgradeError);
        throw new WorkspaceError('unavailable', messages.upgradeFailed(detail), { cause: upgradeError });
      }
      throw toOpenError(error);
    }
  }

  setBeforeVersionChange(hook: () => Promise<void>): void {
    this.beforeVersionChange = hook;
  }

  private end(reason: WorkspaceError): void {
    if (this.closed) return;
    this.closed = reason;
    this.db.close();
    this._onDidClose.fire(reason);
  }

  close(): void {
    if (!this.closed) this.closed = new WorkspaceError('version-change', messages.closed());
    this.db.close();
    this._onDidClose.dispose();
  }

  async run<T>(stores: readonly StoreName[], mode: 'readonly' | 'readwrite', work: (tx: StoreTx) => Promise<T>): Promise<T> {
    if (this.closed) throw this.closed;
    let tx: AnyTx;
    try {
      // strict: a saved edit must survive a power cut, not just a tab crash.
      tx = this.db.transaction([...stores], mode, mode === 'readwrite' ? { durability: 'strict' } : undefined) as AnyTx;
    } catch (error) {
      throw toWorkspaceError(error);
    }
    try {
      const result = await work(new IdbTx(tx));
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // The transaction already ended (committed or aborted by the browser).
      }
      await tx.done.catch(() => undefined);
      throw toWorkspaceError(error, tx.error);
    }
  }
}

class IdbTx implements StoreTx {
  constructor(private readonly tx: AnyTx) {}

  private store(name: StoreName) {
    return this.tx.objectStore(name);
  }

  async get(store: StoreName, key: StoreKey): Promise<unknown> {
    return this.store(store).get(key as IDBValidKey);
  }

  async getAll(store: StoreName, range?: KeyRange, limit?: number): Promise<unknown[]> {
    return this.store(store).getAll(range ? toIdbRange(range) : undefined, limit);
  }

  async getAllKeys(store: StoreName, range?: KeyRange, limit?: number): Promise<StoreKey[]> {
    return (await this.store(store).getAllKeys(range ? toIdbRange(range) : undefined, limit)) as StoreKey[];
  }

  async getAllFromIndex(store: StoreName, index: string, key: StoreKey): Promise<unknown[]> {
    return this.store(store).index(index).getAll(key as IDBValidKey);
  }

  async put(store: StoreName, value: unknown, key?: StoreKey): Promise<void> {
    const os = this.store(store);
    await (key === undefined ? os.put!(value) : os.put!(value, key as IDBValidKey));
  }

  async putMany(store: StoreName, values: readonly unknown[]): Promise<void> {
    const os = this.store(store);
    await Promise.all(values.map((value) => os.put!(value)));
  }

  async delete(store: StoreName, key: StoreKey): Promise<void> {
    await this.store(store).delete!(key as IDBValidKey);
  }

  async deleteRange(store: StoreName, range: KeyRange): Promise<void> {
    await this.store(store).delete!(toIdbRange(range));
  }
}
