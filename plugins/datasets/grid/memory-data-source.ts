// An in-memory dataset for the grid: the tests' source, and the dataset editor's until it is wired
// to the IndexedDB store. Writes resolve on a microtask, like a fast store would.
import { Emitter, type Event } from '../../../src/base/event.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { toCellValue, type CellValue, type GridDataChange, type GridDataSource, type GridRecord, type RowId } from './grid-data-source.ts';

export class MemoryDataSource implements GridDataSource {
  private fieldList: readonly FieldDef[];
  /** Row ids in storage order. */
  private ids: RowId[] = [];
  private readonly rows = new Map<RowId, GridRecord>();
  private nextId = 1;
  private readonly _onDidChange = new Emitter<GridDataChange>();
  readonly onDidChange: Event<GridDataChange> = this._onDidChange.event;

  /** Rows get ids 1, 2, … in the order given (as an auto-incremented IndexedDB store would). */
  constructor(fields: readonly FieldDef[], records: Iterable<Readonly<Record<string, unknown>>> = []) {
    this.fieldList = fields;
    for (const record of records) this.insert(record);
  }

  get fields(): readonly FieldDef[] {
    return this.fieldList;
  }

  get rowCount(): number {
    return this.ids.length;
  }

  rowIdAt(position: number): RowId {
    const id = this.ids[position];
    if (id === undefined) throw new RangeError(`No row at position ${position} (${this.ids.length} rows)`);
    return id;
  }

  getValue(rowId: RowId, key: string): CellValue | undefined {
    return this.rows.get(rowId)?.[key];
  }

  getRow(rowId: RowId): GridRecord | undefined {
    return this.rows.get(rowId);
  }

  async updateCell(rowId: RowId, key: string, value: CellValue): Promise<void> {
    await Promise.resolve();
    const row = this.rows.get(rowId);
    if (!row) throw new Error(`No row with id ${rowId}`);
    if (!this.fieldList.some((f) => f.key === key)) throw new Error(`No field "${key}"`);
    this.rows.set(rowId, Object.freeze({ ...row, [key]: value }));
    this._onDidChange.fire({ kind: 'update', rowId, key, value });
  }

  async addRow(values: Readonly<Record<string, CellValue>> = {}): Promise<RowId> {
    await Promise.resolve();
    const id = this.insert(values);
    this._onDidChange.fire({ kind: 'add', rowIds: [id] });
    return id;
  }

  async deleteRows(rowIds: readonly RowId[]): Promise<void> {
    await Promise.resolve();
    const gone = rowIds.filter((id) => this.rows.delete(id));
    if (!gone.length) return;
    const set = new Set(gone);
    this.ids = this.ids.filter((id) => !set.has(id));
    this._onDidChange.fire({ kind: 'delete', rowIds: gone });
  }

  /** Replaces the columns (values of removed fields stay in the rows but are not shown). */
  setFields(fields: readonly FieldDef[]): void {
    this.fieldList = fields;
    this._onDidChange.fire({ kind: 'reset' });
  }

  /** Replaces every row at once (a re-import). */
  replaceAll(records: Iterable<Readonly<Record<string, unknown>>>): void {
    this.ids = [];
    this.rows.clear();
    for (const record of records) this.insert(record);
    this._onDidChange.fire({ kind: 'reset' });
  }

  dispose(): void {
    this._onDidChange.dispose();
  }

  private insert(record: Readonly<Record<string, unknown>>): RowId {
    const row: Record<string, CellValue> = {};
    for (const field of this.fieldList) row[field.key] = toCellValue(record[field.key]);
    const id = this.nextId++;
    this.ids.push(id);
    this.rows.set(id, Object.freeze(row));
    return id;
  }
}
