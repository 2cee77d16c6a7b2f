// Runs in Chromium (driven by bench/scorecard-browser.bench.ts): the scorecard designer's live
// results. 100,000 records for the 25-indicator benchmark scorecard are stored in IndexedDB, the
// real results worker loads them, and a weight is edited again and again. Each edit is timed as the
// app does it after its typing debounce: validate on the page, evaluate in the worker, transfer the
// columns back with the population charts' data the worker prepares, and the page's own work
// (unpacking the results as the controller does, and the chart board's remaining data). Like the
// controller, it hands the columns of the result two runs back to the worker for reuse.
import { dimensionRadar, weightRings } from '../../src/core/scorecard/charts/index.ts';
import { validateConfig } from '../../src/core/scorecard/validate.ts';
import { type PackedEvaluation, packedTransferables, unpackEvaluation } from '../../src/core/scorecard/packed-evaluation.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { openWorkspace } from '../../src/platform/workspace/open-workspace.ts';
import type { ResultsRequest, ResultsResponse } from '../../plugins/scorecard/results/results-protocol.ts';
import { benchRecords, benchScorecard } from '../scorecard-workload.ts';

const ROWS = 100_000;
const EDITS = 12;

export interface ScorecardBenchRun {
  rows: number;
  indicators: number;
  loadMs: number;
  /** Per edit: validate, worker (evaluate, chart data, transfer), page work after it, and the whole. */
  edits: Array<{ validate: number; worker: number; evaluate: number; charts: number; total: number }>;
  gradeA: number;
}

declare global {
  interface Window { __scorecardBench?: ScorecardBenchRun | { error: string } }
}

/** The benchmark scorecard with the first dimension's weight changed, as an edit in the outline would. */
function edited(base: ScorecardConfig, edit: number): ScorecardConfig {
  const next = structuredClone(base);
  next.root.children[0]!.weight = 20 + (edit % 5);
  next.root.children[1]!.weight = 20 - (edit % 5);
  return next;
}

async function run(): Promise<void> {
  const databaseName = `scorecard-bench-${Date.now()}`;
  const base = benchScorecard();
  const workspace = await openWorkspace({ name: databaseName, channel: null });
  const sink = workspace.beginImport(undefined, 'bench');
  const records = benchRecords(ROWS);
  for (let i = 0; i < records.length; i += 5000) await sink.write(records.slice(i, i + 5000));
  const dataset = await sink.commit({ fields: base.fields });
  await workspace.close();

  const worker = new Worker(new URL('../../plugins/scorecard/results/results-worker.ts', import.meta.url), { type: 'module' });
  const next = <T extends ResultsResponse['type']>(type: T): Promise<Extract<ResultsResponse, { type: T }>> => new Promise((resolve, reject) => {
    const listener = (e: MessageEvent<ResultsResponse>) => {
      if (e.data.type === type) { worker.removeEventListener('message', listener); resolve(e.data as Extract<ResultsResponse, { type: T }>); }
      else if (e.data.type === 'run-failed' || e.data.type === 'load-failed') { worker.removeEventListener('message', listener); reject(new Error(e.data.message)); }
    };
    worker.addEventListener('message', listener);
  });
  const send = (m: ResultsRequest): void => worker.postMessage(m);

  const loadStart = performance.now();
  const loaded = next('loaded');
  send({ type: 'load', datasetId: dataset.id, revision: dataset.revision, databaseName });
  await loaded;
  const loadMs = performance.now() - loadStart;

  const edits: ScorecardBenchRun['edits'] = [];
  let gradeA = 0;
  // As the results controller does: the columns of the result two runs back go back to the worker.
  const shown: PackedEvaluation[] = [];
  let labels: Pick<PackedEvaluation, 'ids' | 'names'> | undefined;
  for (let i = 0; i < EDITS + 3; i++) {
    const config = edited(base, i);
    const t0 = performance.now();
    const checked = validateConfig(config);
    if (!checked.valid || !checked.config) throw new Error('the benchmark scorecard is invalid');
    const t1 = performance.now();
    const result = next('result');
    send({ type: 'run', runId: i + 1, config: checked.config });
    const m = await result;
    const t2 = performance.now();
    // What the page does per edit: rebuild the results, and the chart board's own data (the
    // population charts come prepared from the worker; the weights rings depend on the config only).
    if (m.sameLabels) Object.assign(m.evaluation, labels);
    else labels = { ids: m.evaluation.ids, names: m.evaluation.names };
    shown.push(m.evaluation);
    const retired = shown.length > 2 ? shown.shift() : undefined;
    if (retired) {
      const buffers = packedTransferables(retired);
      worker.postMessage({ type: 'recycle', buffers } satisfies ResultsRequest, buffers);
    }
    const evaluation = unpackEvaluation(m.evaluation);
    const shares = m.charts.shares;
    weightRings(checked.config);
    dimensionRadar(checked.config, evaluation, undefined, m.charts.averages);
    const t3 = performance.now();
    gradeA = shares.grades.find((g) => g.id === 'A')?.count ?? 0;
    if (i >= 3) edits.push({ validate: t1 - t0, worker: t2 - t1, evaluate: m.ms, charts: t3 - t2, total: t3 - t0 }); // the first runs warm up
  }
  worker.terminate();
  window.__scorecardBench = { rows: ROWS, indicators: 25, loadMs, edits, gradeA };
  indexedDB.deleteDatabase(databaseName);
}

run().catch((error: unknown) => { window.__scorecardBench = { error: error instanceof Error ? error.stack ?? error.message : String(error) }; });
