// The fallback engine when IndexedDB is refused: the same transactions over Maps, so the app keeps
// working (nothing survives the tab). Transactions run one at a time and roll back on failure;
// values are structured-cloned in and out, as IndexedDB does, so callers never share objects.
import { Emitter } from '../../base/event.ts';
import type { WorkspaceError } from './workspace-api.ts';
import { ALL_STORES, type KeyRange, STORE_LAYOUT, type StoreEngine, type StoreKey, type StoreName, type StoreTx } from './store-engine.ts';

/** IndexedDB key order: numbers < strings < arrays; arrays element by element, shorter first. */
export function compareKeys(a: StoreKey, b: StoreKey): number {
  const rank = (k: StoreKey): number => (typeof k === 'number' ? 0 : typeof k === 'string' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i] as StoreKey, b[i] as StoreKey);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

const isKey = (k: unknown): k is StoreKey =>
  (typeof k === 'number' && !Number.isNaN(k)) || typeof k === 'string' || (Array.isArray(k) && k.every(isKey));

/** The key of a put, as IndexedDB derives it: from the key path, or given when there is none. */
function keyOf(store: StoreName, value: unknown, given: StoreKey | undefined): StoreKey {
  const path = STORE_LAYOUT[store].keyPath;
  if (path === null) {
    if (!isKey(given)) throw new DOMException(`"${store}" needs a valid key with each value`, 'DataError');
    return given;
  }
  if (given !== undefined) throw new DOMException(`"${store}" takes its keys from the values`, 'DataError');
  const read = (p: string): StoreKey => {
    const k = (value as Record<string, unknown>)[p];
    if (!isKey(k)) throw new DOMException(`The value has no valid key at "${p}"`, 'DataError');
    return k;
  };
  return typeof path === 'string' ? read(path) : path.map(read);
}

const inRange = (key: StoreKey, range: KeyRange | undefined): boolean =>
  !range || (compareKeys(key, range.lower) >= 0 && compareKeys(key, range.upper) <= 0);

type Table = Map<string, { key: StoreKey; value: unknown }>;

export class MemoryEngine implements StoreEngine {
  readonly kind = 'memory';
  private readonly tables = new Map<StoreName, Table>(ALL_STORES.map((s) => [s, new Map()]));
  private queue: Promise<unknown> = Promise.resolve();
  private readonly _onDidClose = new Emitter<WorkspaceError>();
  readonly onDidClose = this._onDidClose.event;

  setBeforeVersionChange(): void {
    // A memory workspace belongs to this tab alone: no other tab can upgrade it.
  }

  close(): void {
    this._onDidClose.dispose();
  }

  run<T>(stores: readonly StoreName[], mode: 'readonly' | 'readwrite', work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const tx = new MemoryTx(this.tables, new Set(stores), mode);
      try {
        return await work(tx);
      } catch (error) {
        tx.rollback();
        throw error;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

class MemoryTx implements StoreTx {
  /** Previous entries of written keys, replayed backwards on rollback. */
  private readonly undoLog: Array<{ table: Table; id: string; entry: { key: StoreKey; value: unknown } | undefined }> = [];

  constructor(
    private readonly tables: Map<StoreName, Table>,
    private readonly scope: ReadonlySet<StoreName>,
    private readonly mode: 'readonly' | 'readwrite',
  ) {}

  private table(store: StoreName, write = false): Table {
    if (!this.scope.has(store)) throw new DOMException(`"${store}" is not in this transaction`, 'NotFoundError');
    if (write && this.mode !== 'readwrite') throw new DOMException('The transaction is read-only', 'ReadOnlyError');
    return this.tables.get(store)!;
  }

  private sorted(store: StoreName, range?: KeyRange): Array<{ key: StoreKey; value: unknown }> {
    return [...this.table(store).values()].filter((e) => inRange(e.key, range)).sort((x, y) => compareKeys(x.key, y.key));
  }

  private write(table: Table, id: string, entry: { key: StoreKey; value: unknown } | undefined): void {
    this.undoLog.push({ table, id, entry: table.get(id) });
    if (entry) table.set(id, entry);
    else table.delete(id);
  }

  rollback(): void {
    for (const { table, id, entry } of this.undoLog.reverse()) {
      if (entry) table.set(id, entry);
      else table.delete(id);
    }
    this.undoLog.length = 0;
  }

  async get(store: StoreName, key: StoreKey): Promise<unknown> {
    const entry = this.table(store).get(JSON.stringify(key));
    return entry ? structuredClone(entry.value) : undefined;
  }

  async getAll(store: StoreName, range?: KeyRange, limit?: number): Promise<unknown[]> {
    return this.sorted(store, range).slice(0, limit || undefined).map((e) => structuredClone(e.value));
  }

  async getAllKeys(store: StoreName, range?: KeyRange, limit?: number): Promise<StoreKey[]> {
    return this.sorted(store, range).slice(0, limit || undefined).map((e) => structuredClone(e.key));
  }

  async getAllFromIndex(store: StoreName, index: string, key: StoreKey): Promise<unknown[]> {
    const path = STORE_LAYOUT[store].indexes[index];
    if (!path) throw new DOMException(`No index "${index}" on "${store}"`, 'NotFoundError');
    const wanted = JSON.stringify(key);
    return this.sorted(store)
      .filter((e) => JSON.stringify((e.value as Record<string, unknown>)[path]) === wanted)
      .map((e) => structuredClone(e.value));
  }

  async put(store: StoreName, value: unknown, key?: StoreKey): Promise<void> {
    const table = this.table(store, true);
    const stored = keyOf(store, value, key);
    this.write(table, JSON.stringify(stored), { key: structuredClone(stored), value: structuredClone(value) });
  }

  async putMany(store: StoreName, values: readonly unknown[]): Promise<void> {
    for (const value of values) await this.put(store, value);
  }

  async delete(store: StoreName, key: StoreKey): Promise<void> {
    const table = this.table(store, true);
    const id = JSON.stringify(key);
    if (table.has(id)) this.write(table, id, undefined);
  }

  async deleteRange(store: StoreName, range: KeyRange): Promise<void> {
    const table = this.table(store, true);
    for (const [id, entry] of [...table]) if (inRange(entry.key, range)) this.write(table, id, undefined);
  }
}
