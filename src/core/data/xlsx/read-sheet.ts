// Reads the cells of one worksheet part (xl/worksheets/sheetN.xml) into rows of values. Cells are
// placed by their references (r="C7"), so rows and cells the file leaves out (empty ones) become
// gaps: index i of the result is spreadsheet row i + 1, index j of a row is column j + 1.
import type { DateFormat } from './number-formats.ts';
import { formatDateSerial } from './number-formats.ts';
import { corruptError } from './xlsx-error.ts';
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlTokenizer, decodeOoxmlEscapes } from './xml-tokenizer.ts';

/** A cell's value: text, a number, a yes/no, or null for an empty cell. Dates are ISO text. */
export type CellValue = string | number | boolean | null;

export interface SheetContext {
  sharedStrings: readonly string[];
  /** The date format of each cell style index. */
  formats: readonly DateFormat[];
  date1904: boolean;
  /** Stop after this many rows (spreadsheet rows 1…maxRows), for previews. */
  maxRows?: number;
  /** The part's name, for error messages. */
  part: string;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** Zero-based column of a reference such as "AB12" ("AB" → 27); -1 when it has no letters. */
export function columnOfReference(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/** Zero-based row of a reference such as "AB12" (→ 11); -1 when it has no digits. */
function rowOfReference(ref: string): number {
  const digits = ref.slice(ref.search(/\d/));
  return /^\d+$/.test(digits) ? Number(digits) - 1 : -1;
}

/**
 * The cells of one sheet. Written as one loop over the tokens with the open cell's state in
 * local variables (no object per cell): a sheet of 100,000 × 20 cells is two million cells.
 */
export function readSheetRows(xml: string, context: SheetContext): CellValue[][] {
  const rows: CellValue[][] = [];
  const tok = new XmlTokenizer(xml);
  const limit = Math.min(context.maxRows ?? MAX_ROWS, MAX_ROWS);
  let row: CellValue[] | undefined;
  let rowIndex = -1;
  let lastColumn = -1;
  // The open cell (column < 0: none), its type, style, <v> text and inline-string text.
  let column = -1;
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let inline: string | undefined;
  let inValue = false;
  let inInlineText = false;

  const placeRow = (index: number): CellValue[] => {
    while (rows.length <= index) rows.push([]);
    return rows[index] as CellValue[];
  };
  const finishCell = (): void => {
    if (row !== undefined && column >= 0) {
      const cell = cellValue(type, style, value, inline, context);
      if (cell !== null) {
        while (row.length < column) row.push(null);
        row[column] = cell;
      }
    }
    column = -1;
  };

  for (let t = tok.next(); t !== XML_END; t = tok.next()) {
    if (t === XML_TEXT) {
      if (inValue) value += tok.text;
      else if (inInlineText) inline += tok.text;
    } else if (t === XML_OPEN) {
      switch (tok.name) {
        case 'c': {
          const hasRef = tok.has('r');
          if (hasRef && row === undefined) {
            // A cell outside a <row> element (no known program writes one, but it can be placed).
            rowIndex = rowOfReference(tok.attribute('r') ?? '');
            if (rowIndex < 0 || rowIndex >= limit) throw corruptError(context.part);
            row = placeRow(rowIndex);
          }
          column = hasRef ? tok.columnAttribute('r') : lastColumn + 1;
          if (column < 0 || column >= MAX_COLUMNS) throw corruptError(context.part);
          lastColumn = column;
          type = tok.attribute('t') ?? 'n';
          style = tok.integerAttribute('s', 0);
          value = inline = undefined;
          if (tok.selfClosing) finishCell(); // an empty cell that only carries a style
          break;
        }
        case 'v':
          if (column >= 0) {
            value = '';
            inValue = !tok.selfClosing;
          }
          break;
        case 'row': {
          const r = tok.integerAttribute('r', rowIndex + 2);
          if (r < 1) throw corruptError(context.part);
          rowIndex = r - 1;
          if (rowIndex >= limit) return rows;
          row = tok.selfClosing ? undefined : placeRow(rowIndex);
          lastColumn = -1;
          break;
        }
        case 'is':
          if (column >= 0) inline = '';
          break;
        case 't':
          inInlineText = inline !== undefined && column >= 0 && !tok.selfClosing;
          break;
        case 'rPh':
        case 'f':
          tok.skipElement();
          break;
      }
    } else if (t === XML_CLOSE) {
      switch (tok.name) {
        case 'v':
          inValue = false;
          break;
        case 'c':
          finishCell();
          break;
        case 't':
          inInlineText = false;
          break;
        case 'row':
          finishCell();
          row = undefined;
          break;
        case 'sheetData':
          return rows;
      }
    }
  }
  return rows;
}

function cellValue(type: string, style: number, value: string | undefined, inline: string | undefined, context: SheetContext): CellValue {
  switch (type) {
    case 'n': {
      if (value === undefined || value === '') return null;
      const n = Number(value);
      if (!Number.isFinite(n)) return value.trim() === '' ? null : value;
      const format = context.formats[style];
      return format === undefined || format.kind === 'number' ? n : formatDateSerial(n, format, context.date1904);
    }
    case 's': {
      if (value === undefined || value.trim() === '') return null;
      const text = context.sharedStrings[Number(value)];
      if (text === undefined) throw corruptError(context.part);
      return text === '' ? null : text;
    }
    case 'inlineStr': {
      const text = decodeOoxmlEscapes(inline ?? value ?? '');
      return text === '' ? null : text;
    }
    case 'str':
    case 'e': // an error such as #N/A or #DIV/0!: kept as its text, so a number column reports it
      return value === undefined || value === '' ? null : decodeOoxmlEscapes(value);
    case 'b':
      return value === undefined || value === '' ? null : value.trim() === '1' || value.trim() === 'true';
    case 'd':
      return value === undefined || value === '' ? null : isoCellText(value, context.formats[style]);
    default:
      return value === undefined || value === '' ? null : value;
  }
}

/** A `t="d"` cell (ISO 8601 text, written by some non-Excel programs), shown as its format shows it. */
function isoCellText(value: string, format: DateFormat | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2})?(?:T?(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return value;
  const [, date, hm, sec] = m;
  const seconds = sec !== undefined && (sec !== ':00' || format?.seconds === true) ? sec : '';
  const time = hm === undefined ? undefined : `${hm}${seconds}`;
  if (format?.kind === 'date' && date !== undefined) return date;
  if (format?.kind === 'time' && time !== undefined) return time;
  if (date !== undefined && time !== undefined) return time === '00:00' && format?.kind !== 'date-time' ? date : `${date}T${time}`;
  return date ?? time ?? value;
}
