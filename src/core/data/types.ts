// Shared result types of the record codecs (CSV, JSON) in this folder.

/** A text in both shipped languages (the Problems panel shows one of them). */
export interface DataMessage {
  en: string;
  'zh-CN': string;
}

/** Why a cell, a row or the header was reported. Stable codes for tests and for filtering in the UI. */
export type RowProblemCode =
  | 'missing-column'
  | 'duplicate-column'
  | 'empty-column-name'
  | 'too-many-cells'
  | 'too-few-cells'
  | 'malformed-quotes'
  | 'not-a-number'
  | 'not-an-integer'
  | 'not-a-boolean'
  | 'not-a-date'
  | 'not-a-time'
  | 'unknown-category'
  /** A list cell with an empty item ("08:12,,08:41") or an item that is not a single value (JSON null, [..], {..}). */
  | 'not-a-list'
  | 'invalid-json'
  | 'not-an-object';

/**
 * Something wrong at one place of an imported file. The offending cell (if any) has become null and
 * its record is kept, so one bad cell never costs the whole row.
 */
export interface RowProblem {
  /** 1-based line in the file where the cell (or row) starts; a CSV header is line 1. */
  line: number;
  /** The column (field key) concerned; '' for problems of a whole row. */
  column: string;
  /** The text as found in the file ('' when there is none). */
  value: string;
  code: RowProblemCode;
  message: DataMessage;
}

/** Records read from a file, with what could not be read. */
export interface RecordsResult {
  records: Record<string, unknown>[];
  /** The line each record starts on, parallel to `records`, for messages about records found later. */
  lines: number[];
  problems: RowProblem[];
  /** How many problems there were in all; `problems` stops at the `maxProblems` option. */
  problemCount: number;
}

/**
 * A cell an import kept empty because its text did not fit the field's type, remembered with the
 * dataset so the user can find and fix it later (the import's "let me fix them" choice). `column`
 * is '' for a problem of the whole row (too few or too many cells, broken quotes).
 */
export interface CellToFix {
  /** The stored row's id (see DatasetRow). */
  rowId: number;
  /** 1-based line of the file (for xlsx the sheet row). */
  line: number;
  /** The field key, or '' for the whole row. */
  column: string;
  /** The original text of the cell, as found in the file ('' for a row problem). */
  text: string;
  code: RowProblemCode;
  message: DataMessage;
}
