// Export a dataset back to a file: CSV (UTF-8 with BOM so Excel reads Chinese; cells that a
// spreadsheet would run as formulas are escaped by toCsv; lists are written as "08:12; 08:41", which
// an import with the list type reads back) or a JSON array (lists as arrays). The same dataset gives
// the same bytes every time.
import { toCsv } from '../../src/core/data/to-csv.ts';
import type { DatasetRepository } from './dataset-repository.ts';

export type DatasetExportFormat = 'csv' | 'json';

export async function datasetFileContent(repository: DatasetRepository, id: string, format: DatasetExportFormat): Promise<{ text: string; mime: string; extension: string }> {
  const [fields, rows] = await Promise.all([repository.fields(id), repository.loadAll(id)]);
  const columns = fields.map((f) => f.key);
  const records = rows.map((r) => r.record);
  if (format === 'csv') return { text: toCsv(records, columns, { bom: true }), mime: 'text/csv;charset=utf-8', extension: 'csv' };
  // Keys in the declared field order, so the file reads like the grid.
  const ordered = records.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  return { text: `${JSON.stringify(ordered, null, 2)}\n`, mime: 'application/json', extension: 'json' };
}
