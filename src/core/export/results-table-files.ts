// The results as files: CSV (UTF-8 with a byte order mark for Excel, formula-guarded: a name like
// "=HYPERLINK(…)" is written as text) and an .xlsx workbook with the results on the first sheet and
// the indicator tree on the second, so a team's Excel file says how its scores were computed.
// The same evaluation gives the same bytes (writeXlsx fixes the zip timestamps).
import type { Locale } from '../localized-text.ts';
import { toCsv } from '../data/to-csv.ts';
import { writeXlsx } from '../data/xlsx/index.ts';
import type { ScorecardEvaluation } from '../scorecard/result-types.ts';
import type { ScorecardConfig } from '../scorecard/types.ts';
import { RESULTS_SHEET_NAME, resultsTable } from './results-table.ts';
import { treeSheetTable } from './tree-sheet-files.ts';

export function resultsToCsv(config: ScorecardConfig, evaluation: ScorecardEvaluation, locale: Locale): string {
  const { columns, rows } = resultsTable(config, evaluation, locale);
  const records = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
  return toCsv(records, columns, { bom: true });
}

export function resultsToXlsx(config: ScorecardConfig, evaluation: ScorecardEvaluation, locale: Locale): Uint8Array<ArrayBuffer> {
  const { columns, rows } = resultsTable(config, evaluation, locale);
  return writeXlsx([{ name: RESULTS_SHEET_NAME[locale], columns, rows }, treeSheetTable(config, locale)]);
}
