// The rows of a dataset inside a transaction: which generation of chunks is current, and reading,
// counting, writing and deleting them. Readers always go through the current generation, so rows
// written under another one (an import in progress, or a crashed one) are never seen.
//
// The current generation is meta "rows:<datasetId>" → { generation }. Without that entry it is ''
// (rows moved from the version 3 layout, and datasets that never had an import), so only imports
// and restores write pointers.
import type { DatasetRow } from './workspace-api.ts';
import { CorruptValue } from './quarantine.ts';
import type { KeyRange, StoreKey, StoreTx } from './store-engine.ts';
import { appendRows, type ChunkKey, chunkKey, generationRange, isChunkKey, type RowChunk, salvageRows, toChunks } from './row-chunks.ts';

interface GenerationPointer {
  key: string;
  datasetId: string;
  generation: string;
}

const pointerKey = (datasetId: string): string => `rows:${datasetId}`;

export async function currentGeneration(tx: StoreTx, datasetId: string): Promise<string> {
  const pointer = (await tx.get('meta', pointerKey(datasetId))) as Partial<GenerationPointer> | undefined;
  return typeof pointer?.generation === 'string' ? pointer.generation : '';
}

export async function setGeneration(tx: StoreTx, datasetId: string, generation: string): Promise<void> {
  if (generation === '') await tx.delete('meta', pointerKey(datasetId));
  else await tx.put('meta', { key: pointerKey(datasetId), datasetId, generation } satisfies GenerationPointer);
}

export interface RowsRead {
  rows: DatasetRow[];
  /** Damaged chunks, each with its salvageable rows as replacement: for quarantine() after the read. */
  damaged: CorruptValue[];
}

/** A damaged chunk as CorruptValue, with its valid rows (already in `out`) saved in its place. */
function damagedChunk(datasetId: string, generation: string, key: StoreKey, value: unknown, out: DatasetRow[]): CorruptValue {
  const salvaged = salvageRows(value);
  out.push(...salvaged);
  const [chunk] = toChunks(salvaged, Math.max(1, salvaged.length));
  const replacement = chunk ? { key: chunkKey(datasetId, generation, chunk), value: chunk } : undefined;
  return new CorruptValue('rows', key, value, 'not a chunk of records', replacement);
}

/**
 * The rows of the chunks in `range` (default: the whole generation): one getAll, and a getAllKeys
 * of the same range alongside (a few dozen keys: about free) to check each chunk against its key.
 */
export async function readRows(tx: StoreTx, datasetId: string, generation: string, range: KeyRange = generationRange(datasetId, generation)): Promise<RowsRead> {
  const [keys, values] = await Promise.all([tx.getAllKeys('rows', range), tx.getAll('rows', range)]);
  const rows: DatasetRow[] = [];
  const damaged: CorruptValue[] = [];
  values.forEach((value, i) => {
    if (!appendRows(rows, value, keys[i])) damaged.push(damagedChunk(datasetId, generation, keys[i]!, value, rows));
  });
  // Salvaged rows of a chunk under a damaged key may sit out of order.
  if (damaged.length > 0) rows.sort((a, b) => a.rowId - b.rowId);
  return { rows, damaged };
}

/** One chunk read for a change; a damaged one throws CorruptValue (guardCorrupt quarantines it). */
export async function readChunk(tx: StoreTx, datasetId: string, generation: string, key: ChunkKey): Promise<RowChunk> {
  const value = await tx.get('rows', key);
  if (!appendRows([], value, key)) throw damagedChunk(datasetId, generation, key, value, []);
  return value as RowChunk;
}

/** The well-formed chunk keys of a generation, in row-id order. */
export async function chunkKeys(tx: StoreTx, datasetId: string, generation: string): Promise<ChunkKey[]> {
  return (await tx.getAllKeys('rows', generationRange(datasetId, generation))).filter(isChunkKey);
}

/** The number of rows: the counts in the chunk keys, without reading a value (unless one is damaged). */
export async function countRows(tx: StoreTx, datasetId: string, generation: string): Promise<number> {
  const keys = await tx.getAllKeys('rows', generationRange(datasetId, generation));
  if (keys.every(isChunkKey)) return keys.reduce((n, key) => n + key[3], 0);
  return (await readRows(tx, datasetId, generation)).rows.length;
}

/** Stores rows (ascending row ids, none stored yet in this generation) as chunks, all puts at once. */
export async function writeChunks(tx: StoreTx, datasetId: string, generation: string, rows: readonly DatasetRow[]): Promise<void> {
  await Promise.all(toChunks(rows).map((chunk) => tx.put('rows', chunk, chunkKey(datasetId, generation, chunk))));
}

/** Deletes the current rows of a dataset and its pointer (in-progress imports keep theirs). */
export async function deleteRows(tx: StoreTx, datasetId: string): Promise<void> {
  await tx.deleteRange('rows', generationRange(datasetId, await currentGeneration(tx, datasetId)));
  await setGeneration(tx, datasetId, '');
}

/** Replaces the rows of a dataset with these (a backup's): they become generation ''. */
export async function replaceRows(tx: StoreTx, datasetId: string, rows: readonly DatasetRow[]): Promise<void> {
  await deleteRows(tx, datasetId);
  await writeChunks(tx, datasetId, '', [...rows].sort((a, b) => a.rowId - b.rowId));
}
