// How dataset records are stored: in chunks of up to CHUNK_ROWS consecutive rows, one IndexedDB
// value each, because Chromium pays per stored value, not per byte. Measured in a worker for
// 100,000 rows × 20 fields: one value per row took ~20 s to write and ~2.5 s to getAll (keys
// alone: 1.1 s); chunks of 2,000 rows took under 1 s to write and ~0.3 s to getAll.
//
// A chunk's key is [datasetId, generation, first rowId, row count]:
//  - the generation lets an import write straight into the store, invisible until its commit points
//    the dataset at it (generation.ts), so a commit copies nothing;
//  - first rowId and count in the key make counting and paging a getAllKeys of a few dozen keys,
//    with no value read and no index to keep in step.
// Within a generation, chunks hold ascending, disjoint row-id ranges, so key order is row-id order.
import type { DatasetRow } from './workspace-api.ts';
import { type KeyRange, prefixRange, type StoreKey } from './store-engine.ts';

export const CHUNK_ROWS = 2000;

/** Parallel arrays: `records[i]` is row `rowIds[i]`; row ids ascend. */
export interface RowChunk {
  rowIds: number[];
  records: Record<string, unknown>[];
}

export type ChunkKey = readonly [datasetId: string, generation: string, firstRowId: number, count: number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRowId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Every chunk of one generation of a dataset. */
export function generationRange(datasetId: string, generation: string): KeyRange {
  return prefixRange(datasetId, generation);
}

export function chunkKey(datasetId: string, generation: string, chunk: RowChunk): ChunkKey {
  return [datasetId, generation, chunk.rowIds[0]!, chunk.rowIds.length];
}

export function isChunkKey(key: StoreKey): key is ChunkKey {
  return Array.isArray(key) && key.length === 4 && typeof key[0] === 'string' && typeof key[1] === 'string' && isRowId(key[2]) && isRowId(key[3]);
}

/** Rows in ascending row-id order, cut into chunks of `size` rows (the last may have fewer). */
export function toChunks(rows: readonly DatasetRow[], size = CHUNK_ROWS): RowChunk[] {
  const chunks: RowChunk[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const slice = rows.slice(start, start + size);
    chunks.push({ rowIds: slice.map((r) => r.rowId), records: slice.map((r) => r.record) });
  }
  return chunks;
}

/**
 * Appends the chunk's rows to `out` when the value is a well-formed chunk stored under `key` (when
 * given); false, with `out` untouched, otherwise. The fast path of every read.
 */
export function appendRows(out: DatasetRow[], value: unknown, key?: StoreKey): boolean {
  if (!isObject(value) || !Array.isArray(value.rowIds) || !Array.isArray(value.records)) return false;
  const { rowIds, records } = value as { rowIds: unknown[]; records: unknown[] };
  const n = rowIds.length;
  if (n === 0 || records.length !== n) return false;
  if (key !== undefined && (!isChunkKey(key) || key[2] !== rowIds[0] || key[3] !== n)) return false;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const rowId = rowIds[i];
    if (!isRowId(rowId) || rowId <= previous || !isObject(records[i])) return false;
    previous = rowId;
  }
  for (let i = 0; i < n; i++) out.push({ rowId: rowIds[i] as number, record: records[i] as Record<string, unknown> });
  return true;
}

/** The rows that can be saved from a damaged chunk: valid row id and record, ascending, unique. */
export function salvageRows(value: unknown): DatasetRow[] {
  if (!isObject(value) || !Array.isArray(value.rowIds) || !Array.isArray(value.records)) return [];
  const { rowIds, records } = value as { rowIds: unknown[]; records: unknown[] };
  const byId = new Map<number, Record<string, unknown>>();
  for (let i = 0; i < Math.min(rowIds.length, records.length); i++) {
    const rowId = rowIds[i];
    const record = records[i];
    if (isRowId(rowId) && isObject(record)) byId.set(rowId, record);
  }
  return [...byId].sort((a, b) => a[0] - b[0]).map(([rowId, record]) => ({ rowId, record }));
}

/** The chunk of `keys` (ascending) whose row-id range may hold `rowId`: the last starting at or before it. */
export function findChunk(keys: readonly ChunkKey[], rowId: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]![2] <= rowId) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Position of `rowId` in a chunk's ascending row ids, or -1. */
export function indexOfRow(chunk: RowChunk, rowId: number): number {
  let lo = 0;
  let hi = chunk.rowIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = chunk.rowIds[mid]!;
    if (at === rowId) return mid;
    if (at < rowId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
