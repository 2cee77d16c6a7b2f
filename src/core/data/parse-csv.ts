// Reads a CSV file (text already decoded, see decode-text.ts) into records. The first non-blank
// row is the header; blank rows are skipped. Every problem carries the line where the offending
// cell starts, counted in the file itself, so quoted cells spanning several lines do not shift
// the numbers of the rows after them.
import Papa from 'papaparse';
import type { FieldDef } from '../scorecard/types.ts';
import { convertCell } from './convert-cell.ts';
import { unguardFormula } from './formula-guard.ts';
import {
  duplicateColumnMessage, emptyColumnNameMessage, malformedQuotesMessage, missingColumnMessage, tooFewCellsMessage,
  tooManyCellsMessage,
} from './problem-messages.ts';
import { countLineBreaks } from './line-breaks.ts';
import { ProblemCollector } from './problem-collector.ts';
import type { RecordsResult } from './types.ts';
import { guessDelimiter } from './guess-delimiter.ts';

export interface ParseCsvOptions {
  /** Declared fields: their columns are converted to the field's type; other columns stay text. */
  fields?: FieldDef[];
  /** The cell separator; when not given, the one of , tab ; | that the header line has most of (ties: that order). */
  delimiter?: string;
  /** How many problems to keep in `problems` (default 1000); `problemCount` counts them all. */
  maxProblems?: number;
}

export interface CsvRecords extends RecordsResult {
  /** The header's column names (trimmed; blank and repeated names renamed), in file order. */
  columns: string[];
}


/** No cell has a value; a guarded blank ("'" before a tab or CR) is blank too. */
function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '' || unguardFormula(cell).trim() === '');
}

/** Trimmed, unguarded header names; blank and repeated ones get a unique name and a problem. */
function readHeader(cells: readonly string[], line: number, problems: ProblemCollector): string[] {
  const columns: string[] = [];
  const taken = new Set<string>();
  const unique = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    return name;
  };
  cells.forEach((cell, index) => {
    const name = unguardFormula(cell.trim());
    let column: string;
    if (name === '') {
      column = unique(`column${index + 1}`);
      problems.add({ line, column, value: '', code: 'empty-column-name', message: emptyColumnNameMessage(index + 1, column) });
    } else if (taken.has(name)) {
      column = unique(name);
      problems.add({ line, column, value: name, code: 'duplicate-column', message: duplicateColumnMessage(name, column) });
    } else {
      column = name;
    }
    taken.add(column);
    columns.push(column);
  });
  return columns;
}

/** Turns the rows papaparse finds into records; the first non-blank row is the header. */
class RecordBuilder {
  readonly records: Record<string, unknown>[] = [];
  readonly lines: number[] = [];
  columns: string[] | undefined;
  /**
   * Every column and missing field, null. Records start as copies of it: one object shape for all,
   * much faster in V8 than adding keys one by one; and a "__proto__" column is an own property.
   */
  private template: Record<string, unknown> = {};

  constructor(
    private readonly fieldByKey: ReadonlyMap<string, FieldDef>,
    private readonly problems: ProblemCollector,
  ) {}

  addRow(cells: readonly string[], rowLine: number): void {
    if (this.columns === undefined) this.readHeader(cells, rowLine);
    else this.readRecord(this.columns, cells, rowLine);
  }

  /** Reports the declared fields the file has no column for (all of them when it has no header). */
  private reportMissing(present: readonly string[], line: number): string[] {
    const have = new Set(present);
    const missing = [...this.fieldByKey.keys()].filter((key) => !have.has(key));
    for (const key of missing) this.problems.add({ line, column: key, value: '', code: 'missing-column', message: missingColumnMessage(key) });
    return missing;
  }

  private readHeader(cells: readonly string[], line: number): void {
    const columns = readHeader(cells, line, this.problems);
    const missing = this.reportMissing(columns, line);
    this.columns = columns;
    this.template = Object.fromEntries([...columns, ...missing].map((key) => [key, null]));
  }

  finish(): void {
    if (this.columns === undefined) this.reportMissing([], 1);
  }

  private readRecord(columns: readonly string[], cells: readonly string[], rowLine: number): void {
    const record: Record<string, unknown> = { ...this.template };
    let cellLine = rowLine;
    const width = Math.min(cells.length, columns.length);
    for (let c = 0; c < width; c++) {
      const key = columns[c] as string;
      const raw = cells[c] as string;
      const cell = unguardFormula(raw);
      const field = this.fieldByKey.get(key);
      if (field === undefined) {
        if (cell.trim() !== '') record[key] = cell;
      } else {
        const converted = convertCell(cell, field);
        if (converted.ok) record[key] = converted.value;
        else this.problems.add({ line: cellLine, column: key, value: raw, code: converted.code, message: converted.message });
      }
      cellLine += countLineBreaks(raw, 0, raw.length);
    }
    if (cells.length < columns.length) {
      this.problems.add({ line: rowLine, column: '', value: '', code: 'too-few-cells', message: tooFewCellsMessage(cells.length, columns.length) });
    } else if (cells.length > columns.length && !isBlankRow(cells.slice(columns.length))) {
      this.problems.add({ line: rowLine, column: '', value: '', code: 'too-many-cells', message: tooManyCellsMessage(cells.length, columns.length) });
    }
    this.records.push(record);
    this.lines.push(rowLine);
  }
}

/**
 * Parses CSV text into records. Cells of declared fields are converted by type (convert-cell.ts);
 * a cell that does not convert becomes null and a problem, and its record is kept. Declared fields
 * missing from the header are null in every record.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvRecords {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems = new ProblemCollector(options.maxProblems);
  const builder = new RecordBuilder(new Map((options.fields ?? []).map((f) => [f.key, f])), problems);
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    header: false,
    delimiter: options.delimiter ?? guessDelimiter(source),
    skipEmptyLines: false,
    step(result) {
      const rowLine = line;
      line += countLineBreaks(source, cursor, result.meta.cursor);
      cursor = result.meta.cursor;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) problems.add({ line: rowLine, column: '', value: '', code: 'malformed-quotes', message: malformedQuotesMessage(quoteError.code === 'MissingQuotes' ? 'unclosed' : 'stray') });
      if (!isBlankRow(result.data)) builder.addRow(result.data, rowLine);
    },
  });
  builder.finish();
  return { records: builder.records, lines: builder.lines, columns: builder.columns ?? [], problems: problems.list, problemCount: problems.count };
}
