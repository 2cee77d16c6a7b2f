// The grid's data source for a stored dataset: the rows are loaded once into memory (sorting and
// filtering need them all), edits update the memory copy at once and are written through the
// repository; a failed write puts the old value back and reports the error. It also keeps the
// dataset's cells to fix, narrowed by edits with the store's own rules (src/core/data/cells-to-fix.ts),
// so the list stays right without reading it back after every edit.
import { Emitter, type Event } from '../../src/base/event.ts';
import { dropCellsOfRows, resolveCellsToFix } from '../../src/core/data/cells-to-fix.ts';
import type { CellToFix } from '../../src/core/data/types.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';
import type { DatasetRepository } from './dataset-repository.ts';
import { type CellValue, type GridDataChange, type GridDataSource, type GridRecord, type RowId, toCellValue } from './grid/grid-data-source.ts';

/** An edit as the undo history keeps it (row ids of re-added rows are updated when undone/redone). */
export type EditStep =
  | { kind: 'update'; rowId: RowId; key: string; before: CellValue; after: CellValue }
  | { kind: 'add'; rowIds: RowId[]; records: GridRecord[] }
  | { kind: 'delete'; rowIds: RowId[]; records: GridRecord[] };

const MAX_UNDO = 200;
/** Steps holding more rows than this are not kept across reloads (the stored history stays small). */
const MAX_PERSISTED_ROWS = 5000;

/** Where the undo history of a dataset is kept between sessions (the workbench's state storage). */
export interface EditHistoryStore {
  load(): Promise<{ undo: EditStep[]; redo: EditStep[] } | undefined>;
  save(state: { undo: EditStep[]; redo: EditStep[] }): Promise<void>;
}

export class RepositoryDataSource implements GridDataSource {
  private readonly undoStack: EditStep[] = [];
  private readonly redoStack: EditStep[] = [];
  private replaying = false;
  private readonly _onDidChange = new Emitter<GridDataChange>();
  readonly onDidChange: Event<GridDataChange> = this._onDidChange.event;
  private readonly _onDidFailWrite = new Emitter<unknown>();
  /** A write to the store failed (the memory copy has been put back). */
  readonly onDidFailWrite: Event<unknown> = this._onDidFailWrite.event;
  private rows = new Map<RowId, GridRecord>();
  private order: RowId[] = [];
  private fixes: readonly CellToFix[] = [];
  private fixesOmitted = 0;
  private readonly _onDidChangeCellsToFix = new Emitter<void>();
  /** The cells to fix changed (an edit fixed one, rows were deleted, the list was reloaded or dismissed). */
  readonly onDidChangeCellsToFix: Event<void> = this._onDidChangeCellsToFix.event;

  private constructor(
    private readonly repository: DatasetRepository,
    private readonly datasetId: string,
    public fields: readonly FieldDef[],
    private readonly history: EditHistoryStore | undefined,
  ) {}

  /** Loads the rows, and the undo history of earlier sessions when a history store is given. */
  static async load(repository: DatasetRepository, datasetId: string, history?: EditHistoryStore): Promise<RepositoryDataSource> {
    const source = new RepositoryDataSource(repository, datasetId, await repository.fields(datasetId), history);
    await source.reload(false);
    const saved = await history?.load().catch(() => undefined);
    if (saved && Array.isArray(saved.undo) && Array.isArray(saved.redo)) {
      source.undoStack.push(...saved.undo.slice(-MAX_UNDO));
      source.redoStack.push(...saved.redo.slice(-MAX_UNDO));
    }
    return source;
  }

  private readonly _onDidChangeHistory = new Emitter<void>();
  /** The undo or redo stack changed (for Undo/Redo buttons). */
  readonly onDidChangeHistory: Event<void> = this._onDidChangeHistory.event;

  private persistHistory(): void {
    this._onDidChangeHistory.fire();
    if (!this.history) return;
    const small = (steps: EditStep[]) => steps.filter((s) => s.kind === 'update' || s.records.length <= MAX_PERSISTED_ROWS);
    void this.history.save({ undo: small(this.undoStack), redo: small(this.redoStack) }).catch(() => undefined);
  }

  /** Reads the dataset again (after an import or another tab's change). */
  async reload(notify = true): Promise<void> {
    const [fields, rows, fixes] = await Promise.all([
      this.repository.fields(this.datasetId), this.repository.loadAll(this.datasetId), this.repository.cellsToFix(this.datasetId),
    ]);
    this.fields = fields;
    this.rows = new Map(rows.map((r) => [r.rowId, this.toRecord(r.record)]));
    this.order = rows.map((r) => r.rowId);
    this.fixes = fixes.cells;
    this.fixesOmitted = fixes.omitted;
    if (notify) {
      this._onDidChange.fire({ kind: 'reset' });
      this._onDidChangeCellsToFix.fire();
    }
  }

  /** Cells the import left empty for the user to fix, in row order (see DatasetRepository.cellsToFix). */
  get cellsToFix(): readonly CellToFix[] {
    return this.fixes;
  }

  /** Cells to fix beyond the stored list's cap: counted by the import, not listed. */
  get cellsToFixOmitted(): number {
    return this.fixesOmitted;
  }

  /** Forgets the cells to fix, here and in the store; the records stay as they are. */
  async dismissCellsToFix(): Promise<void> {
    await this.repository.dismissCellsToFix(this.datasetId);
    this.setFixes([], 0);
  }

  private setFixes(cells: readonly CellToFix[], omitted = this.fixesOmitted): void {
    if (cells === this.fixes && omitted === this.fixesOmitted) return;
    this.fixes = cells;
    this.fixesOmitted = omitted;
    this._onDidChangeCellsToFix.fire();
  }

  private toRecord(record: Record<string, unknown>): GridRecord {
    const out: Record<string, CellValue> = {};
    for (const f of this.fields) out[f.key] = toCellValue(record[f.key]);
    return out;
  }

  get rowCount(): number {
    return this.order.length;
  }

  rowIdAt(position: number): RowId {
    return this.order[position]!;
  }

  getValue(rowId: RowId, key: string): CellValue | undefined {
    return this.rows.get(rowId)?.[key];
  }

  getRow(rowId: RowId): GridRecord | undefined {
    return this.rows.get(rowId);
  }

  /** Every record in row order, as stored (for evaluation and export). */
  records(): GridRecord[] {
    return this.order.map((id) => this.rows.get(id)!);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  private record(step: EditStep): void {
    if (this.replaying) return;
    this.undoStack.push(step);
    if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
    this.redoStack.length = 0;
    this.persistHistory();
  }

  /** Reverts the last edit (cell, added rows or deleted rows); false when there is none. */
  async undo(): Promise<boolean> {
    const step = this.undoStack.pop();
    if (!step) return false;
    await this.replay(step, 'undo');
    this.redoStack.push(step);
    this.persistHistory();
    return true;
  }

  async redo(): Promise<boolean> {
    const step = this.redoStack.pop();
    if (!step) return false;
    await this.replay(step, 'redo');
    this.undoStack.push(step);
    this.persistHistory();
    return true;
  }

  private async replay(step: EditStep, direction: 'undo' | 'redo'): Promise<void> {
    this.replaying = true;
    try {
      if (step.kind === 'update') await this.updateCell(step.rowId, step.key, direction === 'undo' ? step.before : step.after);
      else if ((step.kind === 'add') === (direction === 'undo')) await this.deleteRows(step.rowIds);
      else step.rowIds = await this.addRecords(step.records);
    } finally {
      this.replaying = false;
    }
  }

  private async addRecords(records: readonly GridRecord[]): Promise<RowId[]> {
    const rowIds = await this.repository.addRecords(this.datasetId, records.map((r) => ({ ...r })));
    rowIds.forEach((id, i) => {
      this.rows.set(id, records[i]!);
      this.order.push(id);
    });
    this._onDidChange.fire({ kind: 'add', rowIds });
    return rowIds;
  }

  async updateCell(rowId: RowId, key: string, value: CellValue): Promise<void> {
    const before = this.rows.get(rowId);
    if (!before) return;
    this.record({ kind: 'update', rowId, key, before: before[key] ?? null, after: value });
    const after = { ...before, [key]: value };
    const fixesBefore = this.fixes;
    this.rows.set(rowId, after);
    this._onDidChange.fire({ kind: 'update', rowId, key, value });
    // What the store does to its list in the same transaction as the write.
    this.setFixes(resolveCellsToFix(fixesBefore, rowId, before, after));
    try {
      await this.repository.updateRecord(this.datasetId, rowId, { ...after });
    } catch (error) {
      if (!this.replaying) {
        this.undoStack.pop();
        this.persistHistory();
      }
      this.rows.set(rowId, before);
      this._onDidChange.fire({ kind: 'update', rowId, key, value: before[key] ?? null });
      this.setFixes(fixesBefore);
      this._onDidFailWrite.fire(error);
      throw error;
    }
  }

  async addRow(values: Readonly<Record<string, CellValue>> = {}): Promise<RowId> {
    const record = this.toRecord(values);
    const rowIds = await this.addRecords([record]);
    this.record({ kind: 'add', rowIds, records: [record] });
    return rowIds[0]!;
  }

  async deleteRows(rowIds: readonly RowId[]): Promise<void> {
    const known = rowIds.filter((id) => this.rows.has(id));
    if (known.length === 0) return;
    await this.repository.deleteRecords(this.datasetId, known);
    this.record({ kind: 'delete', rowIds: known, records: known.map((id) => this.rows.get(id)!) });
    const gone = new Set(known);
    for (const id of known) this.rows.delete(id);
    this.order = this.order.filter((id) => !gone.has(id));
    this._onDidChange.fire({ kind: 'delete', rowIds: known });
    this.setFixes(dropCellsOfRows(this.fixes, known));
  }

  dispose(): void {
    this._onDidChange.dispose();
    this._onDidFailWrite.dispose();
    this._onDidChangeHistory.dispose();
    this._onDidChangeCellsToFix.dispose();
  }
}
