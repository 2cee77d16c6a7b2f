// The few object-store operations the workspace needs, behind one interface with two engines:
// IndexedDB (idb-engine.ts) and memory (memory-engine.ts, the fallback when IndexedDB is refused).
// All workspace logic is written once against this interface, so both behave the same.
//
// Rule for `work` callbacks: await only StoreTx calls. IndexedDB commits a transaction as soon as
// no request is pending, so awaiting anything else (a timer, fetch) would end it early.
import type { Event } from '../../base/event.ts';
import type { WorkspaceError } from './workspace-api.ts';

export type StoreName = 'documents' | 'rows' | 'versions' | 'undo' | 'meta' | 'quarantine';

export type StoreKey = string | number | readonly StoreKey[];

/** Both ends inclusive. */
export interface KeyRange {
  lower: StoreKey;
  upper: StoreKey;
}

export interface StoreLayout {
  /** null: out-of-line keys, given with each put. */
  keyPath: string | readonly string[] | null;
  indexes: Readonly<Record<string, string>>;
}

/** The current (version 4) layout; workspace-migrations.ts builds it step by step. */
export const STORE_LAYOUT: Readonly<Record<StoreName, StoreLayout>> = {
  documents: { keyPath: 'id', indexes: { kind: 'kind' } },
  // Dataset records in chunks, keyed [datasetId, generation, first rowId, row count]: see row-chunks.ts.
  rows: { keyPath: null, indexes: {} },
  versions: { keyPath: 'id', indexes: { docId: 'docId' } },
  undo: { keyPath: 'docId', indexes: {} },
  meta: { keyPath: 'key', indexes: {} },
  quarantine: { keyPath: 'id', indexes: {} },
};

export const ALL_STORES: readonly StoreName[] = Object.keys(STORE_LAYOUT) as StoreName[];

/** Every key starting with `[...prefix, ...]` (arrays sort after numbers and strings in IndexedDB). */
export function prefixRange(...prefix: StoreKey[]): KeyRange {
  return { lower: prefix, upper: [...prefix, []] };
}

/** Every string key starting with `prefix`. */
export function stringPrefixRange(prefix: string): KeyRange {
  return { lower: prefix, upper: `${prefix}\uffff` };
}

export interface StoreTx {
  get(store: StoreName, key: StoreKey): Promise<unknown>;
  getAll(store: StoreName, range?: KeyRange, limit?: number): Promise<unknown[]>;
  /** The keys of what getAll returns for the same range, in the same order. */
  getAllKeys(store: StoreName, range?: KeyRange, limit?: number): Promise<StoreKey[]>;
  getAllFromIndex(store: StoreName, index: string, key: StoreKey): Promise<unknown[]>;
  /** `key` for stores with out-of-line keys (keyPath null) only. */
  put(store: StoreName, value: unknown, key?: StoreKey): Promise<void>;
  /** Issues all puts at once and waits for them together (one round trip per batch, not per row). */
  putMany(store: StoreName, values: readonly unknown[]): Promise<void>;
  delete(store: StoreName, key: StoreKey): Promise<void>;
  deleteRange(store: StoreName, range: KeyRange): Promise<void>;
}

export interface StoreEngine {
  readonly kind: 'indexeddb' | 'memory';
  /**
   * Runs `work` in one transaction: all its writes commit together or, when it throws, none do.
   * Failures arrive as WorkspaceError where they are the store's (quota, closed).
   */
  run<T>(stores: readonly StoreName[], mode: 'readonly' | 'readwrite', work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** The connection ended by itself (another tab upgraded the database, or the browser closed it). */
  readonly onDidClose: Event<WorkspaceError>;
  /** Called before the engine closes for a version change, so pending edits can still be saved. */
  setBeforeVersionChange(hook: () => Promise<void>): void;
  close(): void;
}
