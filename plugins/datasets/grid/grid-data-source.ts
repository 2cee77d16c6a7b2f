// What the data grid needs from a dataset. The grid reads rows synchronously from a loaded
// snapshot (sorting and filtering 100,000 rows needs every value at hand anyway) and writes
// through promises, so the real source can keep the snapshot in memory and persist to IndexedDB.
import type { Event } from '../../../src/base/event.ts';
import { isListValue, type ListItem } from '../../../src/core/data/list-text.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';

/** A row's stable id (the IndexedDB key): it survives sorting, filtering and other rows' deletion. */
export type RowId = number;

/** A cell's value, already of its field's type (an array of items for a list field); null is a missing value. */
export type CellValue = string | number | boolean | readonly ListItem[] | null;

/** One row: field key → value. Rows are immutable; an edit replaces the row object. */
export type GridRecord = Readonly<Record<string, CellValue>>;

/** The read side: enough for computing a view (grid-view.ts) and for rendering cells. */
export interface GridRows {
  /** The columns, in display order. */
  readonly fields: readonly FieldDef[];
  /** How many rows the dataset has (before any filter). */
  readonly rowCount: number;
  /** The id of the row at a storage position, 0 ≤ position < rowCount (the unsorted order). */
  rowIdAt(position: number): RowId;
  /** A cell's value; undefined or null when missing (also for an unknown row). */
  getValue(rowId: RowId, key: string): CellValue | undefined;
}

/**
 * What changed in a source. `update`, `add` and `delete` are patched into the grid's current view
 * (an edited row stays where it is until the user sorts or filters again, as in a spreadsheet);
 * `reset` (new fields, a re-import, many rows at once) makes the grid compute its view anew.
 */
export type GridDataChange =
  | { readonly kind: 'update'; readonly rowId: RowId; readonly key: string; readonly value: CellValue }
  | { readonly kind: 'add'; readonly rowIds: readonly RowId[] }
  | { readonly kind: 'delete'; readonly rowIds: readonly RowId[] }
  | { readonly kind: 'reset' };

/** A dataset the grid shows and edits. Implementations: memory-data-source.ts; the IndexedDB store. */
export interface GridDataSource extends GridRows {
  /** Fires after every change, whoever made it (the grid, an undo, another tab). */
  readonly onDidChange: Event<GridDataChange>;
  /** A whole row, or undefined for an unknown id. */
  getRow(rowId: RowId): GridRecord | undefined;
  /** Stores a value (already converted to the field's type; null clears the cell). */
  updateCell(rowId: RowId, key: string, value: CellValue): Promise<void>;
  /** Appends a row (missing values unless given) and resolves with its id. */
  addRow(values?: Readonly<Record<string, CellValue>>): Promise<RowId>;
  /** Deletes rows; unknown ids are ignored. */
  deleteRows(rowIds: readonly RowId[]): Promise<void>;
}

/**
 * A stored value as a cell value: the types of CellValue pass (arrays of single values as lists),
 * undefined becomes null, anything else its text.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isListValue(value)) return value;
  return String(value);
}

/** True for a missing value (null, undefined, or a blank text). */
export function isMissing(value: CellValue | undefined): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
