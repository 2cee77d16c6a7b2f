// Writes records as CSV (RFC 4180: CRLF line ends, quotes doubled inside quoted cells) that
// spreadsheets open safely: text that a spreadsheet would run as a formula is guarded
// (formula-guard.ts). Numbers are written as numbers, so -5 stays -5. Lists are written as their
// items joined with "; " (JSON when that would not read back equal, see list-text.ts). The output
// depends only on the input: same rows and columns, same text.
import { guardFormula } from './formula-guard.ts';
import { listText } from './list-text.ts';

export interface ToCsvOptions {
  /** Start with a UTF-8 byte order mark: Excel then reads Chinese text correctly instead of as GBK. */
  bom?: boolean;
}

/** Cells that must be quoted: separators, quotes, line breaks, and edge spaces some readers trim. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The text of one cell. null, undefined, NaN and ±Infinity (missing values) are empty. */
function cellText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(guardFormula(value));
    case 'number':
      // String(-0) is already "0"; exponent forms such as 1e+21 read back exactly.
      return Number.isFinite(value) ? String(value) : '';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return String(value);
    case 'object':
      if (value === null) return '';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      // A list as its items ("08:12; 08:41"), guarded as a whole: "-5; 3" would be a formula too.
      return quote(guardFormula(Array.isArray(value) ? listText(value) : JSON.stringify(value)));
    default:
      return '';
  }
}

/** CSV text of the rows, one column per entry of `columns`, with a header row. */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[], options: ToCsvOptions = {}): string {
  const lines: string[] = [columns.map((column) => quote(guardFormula(column))).join(',')];
  for (const row of rows) {
    let line = '';
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) line += ',';
      line += cellText(Object.hasOwn(row, columns[c] as string) ? row[columns[c] as string] : undefined);
    }
    lines.push(line);
  }
  return `${options.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
