// The scorecard results worker: holds the chosen dataset's records and evaluates the configuration
// over them on every edit. evaluate() runs whole (100,000 × 25 indicators is about half a second
// cold; an edit that keeps the indicators reuses their cached columns), so superseding replaces cancelling: a run starts only after the worker has read every message
// already queued, and a run that is no longer the newest when it finishes posts nothing heavy.
import { compareEvaluations } from '../../../src/core/scorecard/compare-evaluations.ts';
import { LeafColumnCache, evaluate } from '../../../src/core/scorecard/evaluate.ts';
import { packEvaluation, packedTransferables } from '../../../src/core/scorecard/packed-evaluation.ts';
import { populationCharts } from '../../../src/core/scorecard/charts/population.ts';
import { loadDatasetForWorker, yieldToMessages } from '../../../src/workbench/worker-api.ts';
import type { ResultsRequest, ResultsResponse } from './results-protocol.ts';

interface Loaded {
  datasetId: string;
  records: Record<string, unknown>[];
  rowIds: number[];
}

let loaded: Loaded | undefined;
/**
 * Indicator columns of earlier runs on the loaded records: an edit of a weight, a grade or one
 * indicator recomputes only what it changed (the cache empties itself for other records).
 */
const cache = new LeafColumnCache();
/** The newest run id received; older runs are skipped or their results dropped. */
let latestRun = 0;

const post = (message: ResultsResponse, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function load(request: Extract<ResultsRequest, { type: 'load' }>): Promise<void> {
  const { dataset, reply } = await loadDatasetForWorker(request);
  if (dataset) loaded = dataset;
  post(reply);
}

async function run(request: Extract<ResultsRequest, { type: 'run' }>): Promise<void> {
  const { runId } = request;
  latestRun = Math.max(latestRun, runId);
  await yieldToMessages();
  if (latestRun !== runId) {
    post({ type: 'superseded', runId });
    return;
  }
  if (!loaded) {
    post({ type: 'run-failed', runId, message: 'no dataset loaded' });
    return;
  }
  const start = performance.now();
  try {
    const evaluation = evaluate(request.config, loaded.records, { cache });
    // Messages that arrived meanwhile have not been read yet; give them a turn before deciding.
    await yieldToMessages();
    if (latestRun !== runId) {
      post({ type: 'superseded', runId });
      return;
    }
    // Packed: its columns are transferred, not cloned (cloning 100,000 result objects costs more than evaluating them).
    // The population charts' data too: passes over every record that would otherwise block the page.
    const charts = populationCharts(request.config, evaluation);
    const packed = packEvaluation(evaluation);
    post({ type: 'result', runId, ms: performance.now() - start, evaluation: packed, charts }, packedTransferables(packed));
  } catch (error) {
    post({ type: 'run-failed', runId, message: errorMessage(error) });
  }
}

function compare(request: Extract<ResultsRequest, { type: 'compare' }>): void {
  const { requestId } = request;
  if (!loaded) {
    post({ type: 'request-failed', requestId, message: 'no dataset loaded' });
    return;
  }
  try {
    const before = evaluate(request.config, loaded.records, { cache });
    const after = evaluate(request.variant, loaded.records, { cache });
    // Band order from the configuration: grade ids that look like integers would be reordered by the stats object.
    const grades = request.config.grades.bands.map((b) => b.id);
    post({ type: 'compared', requestId, comparison: compareEvaluations(before, after, { grades }) });
  } catch (error) {
    post({ type: 'request-failed', requestId, message: errorMessage(error) });
  }
}

self.onmessage = (e: MessageEvent<ResultsRequest>) => {
  const request = e.data;
  switch (request.type) {
    case 'load': void load(request); break;
    case 'run': void run(request); break;
    case 'record':
      post({ type: 'record', requestId: request.requestId, rowId: loaded?.rowIds[request.index] ?? -1, record: loaded?.records[request.index] });
      break;
    case 'compare': compare(request); break;
    default: break;
  }
};
