// Dataset benchmark in Chromium (issue: workspace and datasets): import 100,000 records × 20 fields
// from CSV through the import worker into IndexedDB, and load them back into a worker.
import { median, type BenchBrowser } from './browser-harness.ts';

interface DatasetRun { importMs: number; loadMs: number; bytes: number }

export async function runDatasetBrowserBench(bench: BenchBrowser): Promise<void> {
  const runs: DatasetRun[] = [];
  for (let i = 0; i < 3; i++) runs.push(await bench.runPage<DatasetRun>('index.html', '__datasetBench'));
  const importMs = median(runs.map((r) => r.importMs));
  const loadMs = median(runs.map((r) => r.loadMs));
  console.log(`\nDatasets in Chromium ${bench.browser.version()}: 100,000 records × 20 fields (${(runs[0]!.bytes / 1048576).toFixed(1)} MB CSV), 3 runs`);
  console.log(`import through the worker into IndexedDB: median ${(importMs / 1000).toFixed(2)} s (runs ${runs.map((r) => (r.importMs / 1000).toFixed(2)).join(', ')}; target < 5 s)`);
  console.log(`load from IndexedDB into a worker: median ${loadMs.toFixed(0)} ms (runs ${runs.map((r) => r.loadMs.toFixed(0)).join(', ')}; target < 1 s)`);
}
