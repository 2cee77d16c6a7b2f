// What the dataset plugin needs from the workspace store, in one place: the elements depend on
// this interface only, and workspace-dataset-repository.ts implements it over the workspace service.
import type { Event } from '../../src/base/event.ts';
import type { CellToFix } from '../../src/core/data/types.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';

export interface DatasetSummary {
  id: string;
  name: string;
  rowCount: number;
  fieldCount: number;
  updatedAt: number;
  source?: { fileName: string; encoding?: string; importedAt: number; skippedRows?: number };
}

/** The cells an import left empty for the user to fix, and how many more there were beyond the list's cap. */
export interface CellsToFix {
  cells: CellToFix[];
  omitted: number;
}

export interface DatasetChange {
  datasetId: string;
  origin: 'local' | 'remote';
}

export interface DatasetRepository {
  list(): Promise<DatasetSummary[]>;
  /** Fires when a dataset is added, changed or removed, in this tab ('local') or another ('remote'). */
  readonly onDidChange: Event<DatasetChange>;
  fields(id: string): Promise<FieldDef[]>;
  /**
   * The cells to fix. The store keeps the list true as records change: updating a record so that
   * such a cell has a value removes its entry, and deleting rows removes theirs.
   */
  cellsToFix(id: string): Promise<CellsToFix>;
  /** Forgets the cells to fix; the records stay as they are. */
  dismissCellsToFix(id: string): Promise<void>;
  /** Every record with its stable row id, in row-id order. */
  loadAll(id: string): Promise<{ rowId: number; record: Record<string, unknown> }[]>;
  updateRecord(id: string, rowId: number, record: Record<string, unknown>): Promise<void>;
  addRecords(id: string, records: Record<string, unknown>[]): Promise<number[]>;
  deleteRecords(id: string, rowIds: number[]): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Creates a dataset from records made in this tab (the sample generator). */
  createFromRecords(name: string, fields: FieldDef[], records: Record<string, unknown>[], onProgress?: (rows: number) => void): Promise<string>;
}
