// One sheet of an .xlsx workbook as records, read by the same rules as CSV (parseCsv): the first
// non-blank row is the header, cells become text and declared columns go through convertCell, so
// a column behaves the same whichever of the two formats the user saved. A problem's line is the
// spreadsheet row number.
import type { FieldDef } from '../../scorecard/types.ts';
import type { CsvRecords } from '../parse-csv.ts';
import { ProblemCollector } from '../problem-collector.ts';
import { readXlsx } from './read-xlsx.ts';
import type { CellValue } from './read-sheet.ts';
import { RowRecordReader } from './row-records.ts';

export interface XlsxToRecordsOptions {
  /** The sheet, by name or zero-based position; default the first visible one. */
  sheet?: string | number;
  /** Declared fields: their columns are converted to the field's type; other columns stay text. */
  fields?: FieldDef[];
  /** How many problems to keep in `problems` (default 1000); `problemCount` counts them all. */
  maxProblems?: number;
}

export interface XlsxRecords extends CsvRecords {
  /** Every sheet's name, in workbook order. */
  sheets: string[];
  /** The sheet read. */
  sheet: string;
}

/**
 * The text a cell stands for, as CSV would hold it: numbers in JavaScript's shortest round-trip
 * form (the exact stored value, not the rounded one a format shows: 0.1 + 0.2 stays
 * 0.30000000000000004), yes/no as true/false, dates already ISO text, empty as ''. A percent-formatted
 * 95% is the number 0.95 in the file, so it reads as 0.95 (no ambiguity, unlike the text "95%").
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'number' ? String(value) : value;
}

/** The cells of a sheet row as texts. */
export function rowTexts(row: readonly CellValue[]): string[] {
  const out = new Array<string>(row.length);
  for (let i = 0; i < row.length; i++) out[i] = cellText(row[i]);
  return out;
}

export function xlsxToRecords(bytes: Uint8Array, options: XlsxToRecordsOptions = {}): XlsxRecords {
  const { sheets, sheet, rows } = readXlsx(bytes, options.sheet === undefined ? {} : { sheet: options.sheet });
  const problems = new ProblemCollector(options.maxProblems);
  const reader = new RowRecordReader(
    { ...(options.fields ? { fields: options.fields } : {}), keepUndeclared: true, unguard: false, multiLineCells: false, shortRowsAreNormal: true },
    problems,
  );
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  rows.forEach((row, index) => {
    const result = reader.read(rowTexts(row), index + 1);
    if (result === undefined) return;
    records.push(result.record);
    lines.push(index + 1);
  });
  reader.finish();
  return { sheets, sheet, records, lines, columns: reader.columns ?? [], problems: problems.list, problemCount: problems.count };
}
