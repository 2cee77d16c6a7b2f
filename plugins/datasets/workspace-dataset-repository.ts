// DatasetRepository over the workspace store (api.workspace): datasets are `dataset` documents,
// their records live in the store's records object store.
import { Emitter, type Event } from '../../src/base/event.ts';
import type { IDisposable } from '../../src/base/lifecycle.ts';
import type { CellToFix } from '../../src/core/data/types.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';
import type { DatasetContent, WorkspaceDocument, WorkspaceService } from '../../src/workbench/api.ts';
import type { CellsToFix, DatasetChange, DatasetRepository, DatasetSummary } from './dataset-repository.ts';

/** Records written per call when a generated dataset is stored, so progress can be shown. */
const CREATE_BATCH = 5000;
/** Saves of a dismissed list that may meet a concurrent edit of the dataset before giving up. */
const DISMISS_ATTEMPTS = 3;

function isCellToFix(value: unknown): value is CellToFix {
  const cell = value as Partial<CellToFix> | null;
  return typeof cell === 'object' && cell !== null && typeof cell.rowId === 'number' && typeof cell.line === 'number'
    && typeof cell.column === 'string' && typeof cell.text === 'string' && typeof cell.message?.en === 'string' && typeof cell.message['zh-CN'] === 'string';
}

export class WorkspaceDatasetRepository implements DatasetRepository, IDisposable {
  private readonly _onDidChange = new Emitter<DatasetChange>();
  readonly onDidChange: Event<DatasetChange> = this._onDidChange.event;
  private readonly subscription: IDisposable;

  constructor(private readonly workspace: WorkspaceService) {
    this.subscription = workspace.onDidChangeDocument((e) => this._onDidChange.fire({ datasetId: e.docId, origin: e.origin }));
  }

  async list(): Promise<DatasetSummary[]> {
    const docs = (await this.workspace.listDocuments('dataset')) as WorkspaceDocument<DatasetContent>[];
    return docs.map((d) => ({
      id: d.id,
      name: d.name,
      rowCount: d.content.rowCount,
      fieldCount: d.content.fields.length,
      updatedAt: d.updatedAt,
      ...(d.content.source ? { source: d.content.source } : {}),
    }));
  }

  async fields(id: string): Promise<FieldDef[]> {
    const doc = await this.workspace.getDocument<DatasetContent>(id);
    if (!doc) throw new Error(`no dataset "${id}"`);
    return doc.content.fields;
  }

  async cellsToFix(id: string): Promise<CellsToFix> {
    const source = (await this.workspace.getDocument<DatasetContent>(id))?.content.source;
    // The store checks documents only loosely: an entry of another shape is left out, not shown half.
    const cells = Array.isArray(source?.needsFixing) ? source.needsFixing.filter(isCellToFix) : [];
    const omitted = source?.needsFixingOmitted;
    return { cells, omitted: typeof omitted === 'number' && omitted > 0 ? omitted : 0 };
  }

  /** A content save without the list (the store keeps the rows and row count as they are). */
  async dismissCellsToFix(id: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const doc = await this.workspace.getDocument<DatasetContent>(id);
      const source = doc?.content.source;
      if (!doc || !source || (source.needsFixing === undefined && source.needsFixingOmitted === undefined)) return;
      const { needsFixing: _cells, needsFixingOmitted: _omitted, ...rest } = source;
      try {
        await this.workspace.putDocument<DatasetContent>(id, { ...doc.content, source: rest }, doc.revision);
        return;
      } catch (error) {
        // A cell edit saved in between bumped the revision: read again and retry.
        const conflict = (error as { code?: unknown }).code === 'conflict';
        if (!conflict || attempt >= DISMISS_ATTEMPTS) throw error;
      }
    }
  }

  loadAll(id: string): Promise<{ rowId: number; record: Record<string, unknown> }[]> {
    return this.workspace.loadAll(id);
  }

  async updateRecord(id: string, rowId: number, record: Record<string, unknown>): Promise<void> {
    await this.workspace.updateRecord(id, rowId, record);
  }

  async addRecords(id: string, records: Record<string, unknown>[]): Promise<number[]> {
    return (await this.workspace.addRecords(id, records)).rowIds;
  }

  async deleteRecords(id: string, rowIds: number[]): Promise<void> {
    await this.workspace.deleteRecords(id, rowIds);
  }

  async rename(id: string, name: string): Promise<void> {
    await this.workspace.renameDocument(id, name);
  }

  remove(id: string): Promise<void> {
    return this.workspace.deleteDocument(id);
  }

  /** Written through an import sink: all or nothing, like a file import. */
  async createFromRecords(name: string, fields: FieldDef[], records: Record<string, unknown>[], onProgress?: (rows: number) => void): Promise<string> {
    const sink = this.workspace.beginImport(undefined, name);
    try {
      for (let i = 0; i < records.length; i += CREATE_BATCH) {
        await sink.write(records.slice(i, i + CREATE_BATCH));
        onProgress?.(Math.min(records.length, i + CREATE_BATCH));
      }
      const doc = await sink.commit({ fields, source: { fileName: name, importedAt: Date.now() } });
      return doc.id;
    } catch (error) {
      await sink.abort().catch(() => undefined);
      throw error;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this._onDidChange.dispose();
  }
}
