// The contract of the data import: what the dialog chooses (ImportOptions), what the preview step
// shows, what an import reports while it runs and when it ends.
import type { RowProblem, TextEncodingName } from '../../core/data/index.ts';
import type { FieldDef } from '../../core/scorecard/types.ts';
import type { DatasetContent, WorkspaceDocument } from '../workspace/workspace-api.ts';

/** CSV covers .csv, .tsv and .txt (any of , tab ; | as separator); JSON covers an array and JSON Lines. */
export type ImportFormat = 'csv' | 'json' | 'xlsx';

/**
 * What happens to a row with a cell that does not convert to its field's type (or a CSV row with
 * more or fewer cells than the header, or a JSON line that is not a record). Whatever the mode,
 * every such cell is reported with its line: bad cells are never silently coerced.
 *  - 'skip': the row is left out (counted in `skippedRows`);
 *  - 'keep-empty': the row is kept, the bad cell is null (missing), as parseCsv does;
 *  - 'stop': the import stops at the first such row and nothing is imported;
 *  - 'fix': kept as with 'keep-empty', and every bad cell is remembered with the dataset (its row
 *    id, line, column, original text and problem: DatasetSource.needsFixing) so the user can find
 *    and fix it in the dataset editor.
 * A JSON element that is not a record cannot be kept: 'keep-empty' and 'fix' skip it too.
 */
export type BadRowsMode = 'skip' | 'keep-empty' | 'stop' | 'fix';

export interface ImportOptions {
  /**
   * The fields to import, with their types: from the preview's `inferredFields`, edited by the
   * user. Records hold exactly these keys; columns without a field are not imported.
   */
  fields: FieldDef[];
  /** Default: from the file name (.csv .tsv .txt .json .jsonl .ndjson .xlsx .xlsm), else from the first bytes. */
  format?: ImportFormat;
  /** CSV/JSON text encoding; default detected from the first 64 KB (see detectEncoding). */
  encoding?: TextEncodingName;
  /** CSV separator; default the one of , tab ; | the header has most of (tab for .tsv). */
  delimiter?: string;
  /** xlsx: the sheet by name or zero-based position; default the first visible sheet. */
  sheet?: string | number;
  /** Default 'keep-empty'. */
  badRows?: BadRowsMode;
  /** Recorded in the dataset's source; default the File's name. */
  fileName?: string;
  /** How many problems to keep (default 1000); all are counted. */
  maxProblems?: number;
  /** Records per sink.write (default 2000). */
  batchSize?: number;
  /** Bytes read from the file at a time (default 1 MiB); tests use tiny ones to cut characters and cells. */
  chunkSize?: number;
}

export interface ImportProgress {
  /** Bytes of the file read so far. */
  bytes: number;
  totalBytes: number;
  /** Records written to the sink so far (the count grows batch by batch). */
  rows: number;
}

export interface ImportHooks {
  onProgress(progress: ImportProgress): void;
  signal: AbortSignal;
}

export interface ImportResult {
  /** The dataset document as committed. */
  document: WorkspaceDocument<DatasetContent>;
  format: ImportFormat;
  /** CSV/JSON: the encoding the text was read in. */
  encoding?: TextEncodingName;
  /** Records written. */
  rows: number;
  /** Rows left out: bad rows in 'skip' mode, and JSON elements that are not records. */
  skippedRows: number;
  problems: RowProblem[];
  problemCount: number;
  /** 'fix' mode: rows kept with cells to fix, and those cells (listed with the dataset up to its cap, all counted). */
  rowsToFix: number;
  cellsToFix: number;
}

export interface PreviewOptions {
  format?: ImportFormat;
  encoding?: TextEncodingName;
  delimiter?: string;
  sheet?: string | number;
  fileName?: string;
  /** How much of a CSV/JSON file to read (default 256 KiB); an .xlsx file is always read whole. */
  previewBytes?: number;
  /** Records returned in `sampleRecords` (default 200); inference looks at up to 1000. */
  sampleSize?: number;
  maxProblems?: number;
}

export interface PreviewResult {
  format: ImportFormat;
  /** CSV/JSON: the encoding detected (or given). */
  encoding?: TextEncodingName;
  /** CSV/JSON: bytes of the preview were not valid in `encoding` (suggest choosing another one). */
  malformed?: boolean;
  /** CSV: the separator found (or given). */
  delimiter?: string;
  /** xlsx: every sheet's name, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** The column names (CSV/xlsx header; JSON: keys in order of first appearance). */
  columns: string[];
  /** The first records: CSV/xlsx cells as text (as in the file), JSON values as parsed. */
  sampleRecords: Record<string, unknown>[];
  /** A first draft of the fields (inferFieldTypes), one per column, for the user to correct. */
  inferredFields: FieldDef[];
  /** Problems of the part read (header problems, malformed quotes, invalid JSON). */
  problems: RowProblem[];
  /** Only the beginning of the file was read. */
  partial: boolean;
}
