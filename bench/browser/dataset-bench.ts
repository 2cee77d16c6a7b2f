// Runs in Chromium (driven by bench/dataset-browser.bench.ts): imports 100,000 records × 20 fields
// from a CSV file through the real import worker into IndexedDB, then loads them back in a second
// worker, as evaluation will. Results go to window.__datasetBench.
import { generateRecords } from '../../src/core/data/generate-records.ts';
import { toCsv } from '../../src/core/data/to-csv.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';
import { startImport } from '../../src/platform/data-import/import-client.ts';

const ROWS = 100_000;

declare global {
  interface Window { __datasetBench?: { importMs: number; loadMs: number; rows: number; bytes: number } | { error: string } }
}

async function run(): Promise<void> {
  const fields: FieldDef[] = [{ key: 'id', type: 'string' }, { key: 'team', type: 'category', values: ['A', 'B', 'C'] }];
  for (let i = 0; i < 12; i++) fields.push({ key: `n${i}`, type: 'number' });
  for (let i = 0; i < 4; i++) fields.push({ key: `c${i}`, type: 'integer' });
  fields.push({ key: 'checkIn', type: 'time' }, { key: 'trained', type: 'boolean' });
  const csv = toCsv(generateRecords(fields, ROWS, { seed: 5, idField: 'id' }), fields.map((f) => f.key));
  const file = new Blob([csv], { type: 'text/csv' });
  const databaseName = `bench-${Date.now()}`;

  const importStart = performance.now();
  const result = await startImport(file, { fields, fileName: 'bench.csv', target: { name: 'bench', databaseName } }).done;
  const importMs = performance.now() - importStart;

  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  const loaded = await new Promise<{ ms: number; rows: number }>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ms: number; rows: number } | { error: string }>) => ('error' in e.data ? reject(new Error(e.data.error)) : resolve(e.data));
    worker.postMessage({ databaseName, datasetId: result.document.id });
  });
  worker.terminate();
  if (result.rows !== ROWS || loaded.rows !== ROWS) throw new Error(`expected ${ROWS} rows, imported ${result.rows}, loaded ${loaded.rows}`);
  window.__datasetBench = { importMs, loadMs: loaded.ms, rows: ROWS, bytes: file.size };
  indexedDB.deleteDatabase(databaseName);
}

run().catch((error: unknown) => { window.__datasetBench = { error: error instanceof Error ? error.stack ?? error.message : String(error) }; });
