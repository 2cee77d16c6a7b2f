// The records of datasets (in chunks: row-chunks.ts) and the imports that replace them. Every change
// of records updates the dataset document's rowCount and revision in the same transaction.
//
// An import writes its chunks under its own generation (its import id): no reader looks there until
// commitImport points the dataset at it, in one small transaction that also deletes the previous
// generation. So a crash or cancel mid-import leaves the dataset as it was, whole; the rows it
// wrote are found through meta "import:<importId>" and collected (collectOrphanedImports).
import { dropCellsOfRows, resolveCellsToFix } from '../../core/data/cells-to-fix.ts';
import type { CellToFix } from '../../core/data/types.ts';
import { type DatasetContent, type DatasetRow, type RecordPage, type WorkspaceDocument, WorkspaceError } from './workspace-api.ts';
import { messages } from './workspace-errors.ts';
import { notFoundError, readDocument } from './document-store.ts';
import { guardCorrupt, quarantine, type StoreContext } from './quarantine.ts';
import { type StoreTx, stringPrefixRange } from './store-engine.ts';
import { appendRows, CHUNK_ROWS, type ChunkKey, findChunk, generationRange, indexOfRow, isChunkKey } from './row-chunks.ts';
import { chunkKeys, countRows, currentGeneration, readChunk, readRows, type RowsRead, setGeneration, writeChunks } from './dataset-rows.ts';

type Dataset = WorkspaceDocument<DatasetContent>;

/** meta "import:<importId>": who is importing into which dataset, so orphaned rows can be told from live ones. */
export interface ImportMeta {
  key: string;
  importId: string;
  session: string;
  /** The dataset the import writes to, under generation `importId`. */
  datasetId: string;
  startedAt: number;
  touchedAt: number;
}

/** One import: its rows are chunks [datasetId, importId, ...]. */
export interface ImportTicket {
  importId: string;
  session: string;
  datasetId: string;
}

const importKey = (importId: string): string => `import:${importId}`;
const importGone = (): WorkspaceError => new WorkspaceError('not-found', messages.importGone());

async function readDataset(tx: StoreTx, id: string): Promise<Dataset> {
  const doc = await readDocument(tx, id);
  if (!doc) throw notFoundError(id);
  if (doc.kind !== 'dataset') throw new WorkspaceError('not-found', messages.notADataset(doc.name));
  return doc as Dataset;
}

/** The content with its list of cells to fix narrowed by `fixes`; an emptied list is removed. */
function withCellsToFix(content: DatasetContent, fixes: ((cells: readonly CellToFix[]) => readonly CellToFix[]) | undefined): DatasetContent {
  const source = content.source;
  const cells = source?.needsFixing;
  if (!fixes || !source || !Array.isArray(cells)) return content;
  const kept = fixes(cells);
  if (kept === cells) return content;
  const { needsFixing: _resolved, ...rest } = source;
  // The count of entries beyond the cap stays: those cells were never listed, so no edit resolves them.
  return { ...content, source: kept.length > 0 ? { ...rest, needsFixing: [...kept] } : rest };
}

export class RecordStore {
  constructor(private readonly ctx: StoreContext) {}

  private async reading(datasetId: string, read: (tx: StoreTx, generation: string) => Promise<RowsRead>): Promise<DatasetRow[]> {
    const { rows, damaged } = await this.ctx.engine.run(['meta', 'rows'], 'readonly', async (tx) => read(tx, await currentGeneration(tx, datasetId)));
    await quarantine(this.ctx, damaged, datasetId);
    return rows;
  }

  /** A page: the keys' row counts say which chunks hold it, and only those are read. */
  async read(datasetId: string, page: RecordPage = {}): Promise<DatasetRow[]> {
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const limit = page.limit === undefined ? Infinity : Math.max(0, Math.floor(page.limit));
    if (limit === 0) return [];
    return this.reading(datasetId, async (tx, generation) => {
      const keys = await tx.getAllKeys('rows', generationRange(datasetId, generation));
      if (!keys.every(isChunkKey)) {
        const all = await readRows(tx, datasetId, generation);
        return { rows: all.rows.slice(offset, offset + limit), damaged: all.damaged };
      }
      let first = 0;
      let before = 0; // rows in the chunks before `first`
      while (first < keys.length && before + keys[first]![3] <= offset) before += keys[first++]![3];
      if (first === keys.length) return { rows: [], damaged: [] };
      let last = first;
      let through = before + keys[first]![3];
      while (last + 1 < keys.length && through < offset + limit) through += keys[++last]![3];
      const some = await readRows(tx, datasetId, generation, { lower: keys[first]!, upper: keys[last]! });
      return { rows: some.rows.slice(offset - before, offset - before + limit), damaged: some.damaged };
    });
  }

  /** One getAll of the current generation's chunks: the fastest way to load every row. */
  async loadAll(datasetId: string): Promise<DatasetRow[]> {
    return this.reading(datasetId, (tx, generation) => readRows(tx, datasetId, generation));
  }

  async count(datasetId: string): Promise<number> {
    return this.ctx.engine.run(['meta', 'rows'], 'readonly', async (tx) => countRows(tx, datasetId, await currentGeneration(tx, datasetId)));
  }

  /** Replaces one record; cells it gives a value no longer need fixing (in the same transaction). */
  async update(datasetId: string, rowId: number, record: Record<string, unknown>): Promise<Dataset> {
    let before: Record<string, unknown> = {};
    const resolve = (cells: readonly CellToFix[]) => resolveCellsToFix(cells, rowId, before, record);
    return this.write(datasetId, resolve, async (tx, doc, generation) => {
      const keys = await chunkKeys(tx, datasetId, generation);
      const i = findChunk(keys, rowId);
      const chunk = i < 0 ? undefined : await readChunk(tx, datasetId, generation, keys[i]!);
      const at = chunk ? indexOfRow(chunk, rowId) : -1;
      if (!chunk || at < 0) {
        throw new WorkspaceError('not-found', messages.notFound({ en: `Row ${rowId} of "${doc.name}"`, 'zh-CN': `“${doc.name}”的第 ${rowId} 行` }));
      }
      before = chunk.records[at]!;
      chunk.records[at] = record;
      await tx.put('rows', chunk, keys[i]!);
      return 0;
    });
  }

  async add(datasetId: string, records: readonly Record<string, unknown>[]): Promise<{ rowIds: number[]; document: Dataset }> {
    let rowIds: number[] = [];
    const document = await this.write(datasetId, undefined, async (tx, _doc, generation) => {
      const last = (await chunkKeys(tx, datasetId, generation)).at(-1);
      const tail = last ? await readChunk(tx, datasetId, generation, last) : undefined;
      // Row ids continue after the highest one: sorting and deleting never renumber rows.
      const first = tail ? tail.rowIds.at(-1)! + 1 : 1;
      rowIds = records.map((_, i) => first + i);
      if (records.length === 0) return 0;
      const rows: DatasetRow[] = [];
      // A last chunk with room takes the new rows first (rewritten under its new count).
      if (last && tail && tail.rowIds.length < CHUNK_ROWS) {
        appendRows(rows, tail);
        await tx.delete('rows', last);
      }
      records.forEach((record, i) => rows.push({ rowId: first + i, record }));
      await writeChunks(tx, datasetId, generation, rows);
      return records.length;
    });
    return { rowIds, document };
  }

  async delete(datasetId: string, rowIds: readonly number[]): Promise<{ deleted: number; document: Dataset }> {
    let deleted = 0;
    // The rows asked for that are gone, whether or not they were found: none of their cells needs fixing.
    const document = await this.write(datasetId, (cells) => dropCellsOfRows(cells, rowIds), async (tx, _doc, generation) => {
      const keys = await chunkKeys(tx, datasetId, generation);
      const byChunk = new Map<ChunkKey, Set<number>>();
      for (const rowId of rowIds) {
        const i = findChunk(keys, rowId);
        if (i >= 0) byChunk.set(keys[i]!, (byChunk.get(keys[i]!) ?? new Set()).add(rowId));
      }
      const entries = [...byChunk];
      const chunks = await Promise.all(entries.map(([key]) => readChunk(tx, datasetId, generation, key)));
      for (let c = 0; c < entries.length; c++) {
        const [key, gone] = entries[c]!;
        const chunk = chunks[c]!;
        const kept: DatasetRow[] = [];
        chunk.rowIds.forEach((rowId, i) => {
          if (!gone.has(rowId)) kept.push({ rowId, record: chunk.records[i]! });
        });
        if (kept.length === chunk.rowIds.length) continue;
        deleted += chunk.rowIds.length - kept.length;
        // Its key holds its first row id and count: a changed chunk moves to its new key.
        await tx.delete('rows', key);
        await writeChunks(tx, datasetId, generation, kept);
      }
      return -deleted;
    });
    return { deleted, document };
  }

  /**
   * Runs `change` (returning the change in row count) and bumps the dataset's revision with it;
   * `fixes`, run after `change`, says which of the cells to fix remain.
   */
  private async write(
    datasetId: string,
    fixes: ((cells: readonly CellToFix[]) => readonly CellToFix[]) | undefined,
    change: (tx: StoreTx, doc: Dataset, generation: string) => Promise<number>,
  ): Promise<Dataset> {
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents', 'meta', 'rows'], 'readwrite', async (tx) => {
      const doc = await readDataset(tx, datasetId);
      const delta = await change(tx, doc, await currentGeneration(tx, datasetId));
      const next: Dataset = {
        ...doc,
        content: withCellsToFix({ ...doc.content, rowCount: Math.max(0, doc.content.rowCount + delta) }, fixes),
        revision: doc.revision + 1,
        updatedAt: this.ctx.now(),
      };
      await tx.put('documents', next);
      return next;
    }), datasetId);
  }

  // --- imports --------------------------------------------------------------------------------

  /**
   * Writes one batch of an import as chunks of its generation, in one transaction (registering the
   * import with its first batch). Chunks start every CHUNK_ROWS rows, so a batch that starts inside
   * one rewrites it with the rows the previous batch left there.
   */
  async stage(ticket: ImportTicket, firstRowId: number, rows: readonly Record<string, unknown>[]): Promise<void> {
    const { importId, session, datasetId } = ticket;
    await this.ctx.engine.run(['meta', 'rows'], 'readwrite', async (tx) => {
      const now = this.ctx.now();
      const meta = (await tx.get('meta', importKey(importId))) as ImportMeta | undefined;
      if (!meta && firstRowId > 1) throw importGone();
      await tx.put('meta', { key: importKey(importId), importId, session, datasetId, startedAt: meta?.startedAt ?? now, touchedAt: now } satisfies ImportMeta);
      const batch: DatasetRow[] = [];
      const before = (firstRowId - 1) % CHUNK_ROWS;
      if (before > 0) {
        const key: ChunkKey = [datasetId, importId, firstRowId - before, before];
        if (!appendRows(batch, await tx.get('rows', key), key)) throw importGone();
        await tx.delete('rows', key);
      }
      rows.forEach((record, i) => batch.push({ rowId: firstRowId + i, record }));
      await writeChunks(tx, datasetId, importId, batch);
    });
  }

  /**
   * Makes the import's rows the dataset's records: points the dataset at the import's generation
   * and deletes the previous one, creating or updating the dataset document, in one transaction.
   * Nothing is copied, so this takes about as long whatever the size.
   */
  async commitImport(ticket: ImportTicket, rowsWritten: number, name: string | undefined, content: Omit<DatasetContent, 'rowCount'>): Promise<Dataset> {
    const { importId, datasetId } = ticket;
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents', 'meta', 'rows'], 'readwrite', async (tx) => {
      const meta = await tx.get('meta', importKey(importId));
      if (!meta && rowsWritten > 0) throw importGone();
      const now = this.ctx.now();
      const existing = await readDocument(tx, datasetId);
      if (existing && existing.kind !== 'dataset') throw new WorkspaceError('not-found', messages.notADataset(existing.name));
      const doc: Dataset = existing
        ? { ...(existing as Dataset), content: { ...content, rowCount: rowsWritten }, revision: existing.revision + 1, updatedAt: now }
        : { id: datasetId, kind: 'dataset', name: name ?? content.source?.fileName ?? 'Dataset', content: { ...content, rowCount: rowsWritten }, revision: 1, createdAt: now, updatedAt: now };
      await tx.deleteRange('rows', generationRange(datasetId, await currentGeneration(tx, datasetId)));
      await setGeneration(tx, datasetId, importId);
      await tx.delete('meta', importKey(importId));
      await tx.put('documents', doc);
      return doc;
    }), datasetId);
  }

  async abortImport(ticket: Pick<ImportTicket, 'importId' | 'datasetId'>): Promise<void> {
    await this.ctx.engine.run(['meta', 'rows'], 'readwrite', async (tx) => {
      await tx.deleteRange('rows', generationRange(ticket.datasetId, ticket.importId));
      await tx.delete('meta', importKey(ticket.importId));
    });
  }

  async listImports(): Promise<ImportMeta[]> {
    const values = await this.ctx.engine.run(['meta'], 'readonly', (tx) => tx.getAll('meta', stringPrefixRange('import:')));
    return values.filter((v): v is ImportMeta => typeof (v as ImportMeta).importId === 'string' && typeof (v as ImportMeta).datasetId === 'string');
  }

  /** Drops the rows of imports no live tab is writing (crashed or closed mid-import). */
  async collectOrphanedImports(isLive: (meta: ImportMeta) => boolean): Promise<number> {
    const orphans = (await this.listImports()).filter((meta) => !isLive(meta));
    for (const meta of orphans) await this.abortImport(meta);
    return orphans.length;
  }
}
