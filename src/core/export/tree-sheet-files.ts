// The indicator-tree sheet as files: CSV (UTF-8 with a byte order mark so Excel reads Chinese,
// formula-guarded by toCsv) and .xlsx (writeXlsx: text cells are never formulas), and both read
// back. The same tree gives the same bytes. Headers are in the chosen language; either language
// reads back, and columns the reader does not know (a consultant's remarks) are ignored.
import type { Locale } from '../localized-text.ts';
import { parseCsv } from '../data/parse-csv.ts';
import { toCsv } from '../data/to-csv.ts';
import { type XlsxTable, writeXlsx, xlsxToRecords } from '../data/xlsx/index.ts';
import type { ScorecardConfig } from '../scorecard/types.ts';
import { TREE_COLUMNS, type TreeColumn, type TreeSheetRow, treeColumnHeader, treeColumnOfHeader } from './tree-sheet-columns.ts';
import { type RowsToTreeOptions, type TreeSheetReadResult, rowsToTree } from './tree-sheet-read.ts';
import { treeToRows } from './tree-sheet.ts';

const SHEET_NAME: Record<Locale, string> = { en: 'Indicators', 'zh-CN': '指标体系' };

/** The tree as an xlsx sheet (also the second sheet of the results workbook). */
export function treeSheetTable(config: Pick<ScorecardConfig, 'root'>, locale: Locale): XlsxTable {
  const rows = treeToRows(config);
  return {
    name: SHEET_NAME[locale],
    columns: TREE_COLUMNS.map((c) => treeColumnHeader(c, locale)),
    rows: rows.map((row) => TREE_COLUMNS.map((c) => row[c] ?? null)),
  };
}

export function treeToCsv(config: Pick<ScorecardConfig, 'root'>, locale: Locale): string {
  const table = treeSheetTable(config, locale);
  const records = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
  return toCsv(records, table.columns, { bom: true });
}

export function treeToXlsx(config: Pick<ScorecardConfig, 'root'>, locale: Locale): Uint8Array<ArrayBuffer> {
  return writeXlsx([treeSheetTable(config, locale)]);
}

/** Records keyed by header text → rows keyed by column id; no path column means this is no tree sheet. */
function recordsToTree(records: readonly Record<string, unknown>[], headers: readonly string[], lines: readonly number[], options: RowsToTreeOptions): TreeSheetReadResult {
  const columnOf = new Map<string, TreeColumn>();
  for (const header of headers) {
    const column = treeColumnOfHeader(header);
    if (column && ![...columnOf.values()].includes(column)) columnOf.set(header, column);
  }
  if (![...columnOf.values()].includes('path')) {
    const expected = `${treeColumnHeader('path', 'en')} / ${treeColumnHeader('path', 'zh-CN')}`;
    return { problems: [{ row: 1, code: 'no-path-column', message: { en: `Row 1: no "${expected}" column; this does not look like an indicator sheet.`, 'zh-CN': `第 1 行：没有“${expected}”列，这不像是指标体系表。` } }] };
  }
  const rows = records.map((record) => {
    const row: TreeSheetRow = {};
    for (const [header, column] of columnOf) {
      const value = record[header];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') row[column] = value;
    }
    return row;
  });
  return rowsToTree(rows, { ...options, lines });
}

const unreadable = (error: unknown): TreeSheetReadResult => {
  const reason = error instanceof Error ? error.message : String(error);
  return { problems: [{ row: 1, code: 'unreadable-file', message: { en: `The file could not be read: ${reason}`, 'zh-CN': `无法读取文件：${reason}` } }] };
};

/** A tree sheet saved as CSV (text already decoded). */
export function treeFromCsv(text: string, options: Omit<RowsToTreeOptions, 'lines'> = {}): TreeSheetReadResult {
  try {
    const { records, columns, lines } = parseCsv(text);
    return recordsToTree(records, columns, lines, options);
  } catch (error) {
    return unreadable(error);
  }
}

/** A tree sheet saved as .xlsx: the sheet named like ours if there is one, else the first visible one. */
export function treeFromXlsx(bytes: Uint8Array, options: Omit<RowsToTreeOptions, 'lines'> = {}): TreeSheetReadResult {
  try {
    const probe = xlsxToRecords(bytes);
    const named = probe.sheets.find((s) => Object.values(SHEET_NAME).includes(s));
    const { records, columns, lines } = named === undefined || named === probe.sheet ? probe : xlsxToRecords(bytes, { sheet: named });
    return recordsToTree(records, columns, lines, options);
  } catch (error) {
    return unreadable(error);
  }
}
