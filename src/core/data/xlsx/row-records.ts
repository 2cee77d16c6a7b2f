// Rows of cell texts → records, with the same rules as parseCsv (README.md of src/core/data): the
// first non-blank row is the header (blank and repeated names renamed, with a problem), blank rows
// are skipped, declared columns go through convertCell, a cell that does not convert is null plus a
// problem. Unlike parseCsv it reads one row at a time and says whether a row was bad, so that a
// streaming import can skip such rows or stop at the first one. Used for xlsx sheets here and for
// CSV by the import pipeline (src/platform/data-import).
import type { FieldDef } from '../../scorecard/types.ts';
import { convertCell } from '../convert-cell.ts';
import { unguardFormula } from '../formula-guard.ts';
import { countLineBreaks } from '../line-breaks.ts';
import type { ProblemCollector } from '../problem-collector.ts';
import { duplicateColumnMessage, emptyColumnNameMessage, missingColumnMessage, tooFewCellsMessage, tooManyCellsMessage } from '../problem-messages.ts';

export interface RowRecordsOptions {
  /** Declared fields: their columns are converted to the field's type. */
  fields?: readonly FieldDef[];
  /** Keep the columns no field declares, as text (parseCsv does); otherwise records hold exactly the fields. */
  keepUndeclared: boolean;
  /** Remove toCsv's formula guard (a leading ' before = + - @ tab CR): CSV only, xlsx text is exact. */
  unguard: boolean;
  /** Cells may span lines (CSV), so a cell's problem is reported on the line where the cell starts. */
  multiLineCells: boolean;
  /** Rows shorter than the header are normal (xlsx leaves trailing empty cells out), not a problem. */
  shortRowsAreNormal: boolean;
}

export interface RowRecord {
  record: Record<string, unknown>;
  /** A cell did not convert, or the row's cell count does not match the header. */
  bad: boolean;
}

function isBlank(cell: string): boolean {
  return cell.trim() === '' || unguardFormula(cell).trim() === '';
}

export class RowRecordReader {
  /** The header's column names once the header row was read. */
  columns: string[] | undefined;
  private readonly fieldByKey: ReadonlyMap<string, FieldDef>;
  /**
   * Every record starts as a copy of this (all keys null): one object shape for all records is
   * much faster in V8 than adding keys one by one, and a "__proto__" column is an own property.
   */
  private template: Record<string, unknown> = {};

  constructor(
    private readonly options: RowRecordsOptions,
    private readonly problems: ProblemCollector,
  ) {
    this.fieldByKey = new Map((options.fields ?? []).map((f) => [f.key, f]));
  }

  /** The record of a data row; undefined for the header row and for blank rows. */
  read(cells: readonly string[], line: number): RowRecord | undefined {
    if (cells.every(isBlank)) return undefined;
    if (this.columns === undefined) {
      this.readHeader(cells, line);
      return undefined;
    }
    return this.readRecord(this.columns, cells, line);
  }

  /** Call at the end: when no header was found, every declared field is missing. */
  finish(): void {
    if (this.columns === undefined) this.reportMissing([], 1);
  }

  private readHeader(cells: readonly string[], line: number): void {
    const columns: string[] = [];
    const taken = new Set<string>();
    const unique = (base: string): string => {
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
      return name;
    };
    cells.forEach((cell, index) => {
      const name = this.options.unguard ? unguardFormula(cell.trim()) : cell.trim();
      let column: string;
      if (name === '') {
        column = unique(`column${index + 1}`);
        this.problems.add({ line, column, value: '', code: 'empty-column-name', message: emptyColumnNameMessage(index + 1, column) });
      } else if (taken.has(name)) {
        column = unique(name);
        this.problems.add({ line, column, value: name, code: 'duplicate-column', message: duplicateColumnMessage(name, column) });
      } else {
        column = name;
      }
      taken.add(column);
      columns.push(column);
    });
    const missing = this.reportMissing(columns, line);
    this.columns = columns;
    const keys = this.options.keepUndeclared ? [...columns, ...missing] : [...this.fieldByKey.keys()];
    this.template = Object.fromEntries(keys.map((key) => [key, null]));
  }

  private reportMissing(present: readonly string[], line: number): string[] {
    const have = new Set(present);
    const missing = [...this.fieldByKey.keys()].filter((key) => !have.has(key));
    for (const key of missing) this.problems.add({ line, column: key, value: '', code: 'missing-column', message: missingColumnMessage(key) });
    return missing;
  }

  private readRecord(columns: readonly string[], cells: readonly string[], rowLine: number): RowRecord {
    const { keepUndeclared, unguard, multiLineCells } = this.options;
    const record: Record<string, unknown> = { ...this.template };
    let bad = false;
    let cellLine = rowLine;
    const width = Math.min(cells.length, columns.length);
    for (let c = 0; c < width; c++) {
      const key = columns[c] as string;
      const raw = cells[c] as string;
      const field = this.fieldByKey.get(key);
      if (field !== undefined) {
        const converted = convertCell(unguard ? unguardFormula(raw) : raw, field);
        if (converted.ok) record[key] = converted.value;
        else {
          bad = true;
          this.problems.add({ line: cellLine, column: key, value: raw, code: converted.code, message: converted.message });
        }
      } else if (keepUndeclared) {
        const cell = unguard ? unguardFormula(raw) : raw;
        if (cell.trim() !== '') record[key] = cell;
      }
      if (multiLineCells) cellLine += countLineBreaks(raw, 0, raw.length);
    }
    if (cells.length < columns.length && !this.options.shortRowsAreNormal) {
      bad = true;
      this.problems.add({ line: rowLine, column: '', value: '', code: 'too-few-cells', message: tooFewCellsMessage(cells.length, columns.length) });
    } else if (cells.length > columns.length && !cells.slice(columns.length).every(isBlank)) {
      bad = true;
      this.problems.add({ line: rowLine, column: '', value: '', code: 'too-many-cells', message: tooManyCellsMessage(cells.length, columns.length) });
    }
    return { record, bad };
  }
}
