// The scorecard results worker: holds the chosen dataset's records and evaluates the configuration
// over them on every edit. evaluate() runs whole (100,000 × 25 indicators is about half a second
// cold; an edit that keeps the indicators reuses their cached columns), so superseding replaces cancelling: a run starts only after the worker has read every message
// already queued, and a run that is no longer the newest when it finishes posts nothing heavy.
import '../../../src/base/seal-object-prototype.ts'; // first: no module after it can extend Object.prototype
import { compareEvaluations } from '../../../src/core/scorecard/compare-evaluations.ts';
import { BufferPool } from '../../../src/core/scorecard/buffer-pool.ts';
import { LeafColumnCache, evaluate, evaluatePacked } from '../../../src/core/scorecard/evaluate.ts';
import { type PackedEvaluation, packedTransferables } from '../../../src/core/scorecard/packed-evaluation.ts';
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
/** Columns the page sent back: first writes to fresh memory cost more than the evaluation's arithmetic. */
const buffers = new BufferPool();
/** The ids and names of the last result posted since the load: the page keeps them. */
let sentLabels: Pick<PackedEvaluation, 'ids' | 'names'> | undefined;
/** The newest run id received; older runs are skipped or their results dropped. */
let latestRun = 0;

const post = (message: ResultsResponse, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function load(request: Extract<ResultsRequest, { type: 'load' }>): Promise<void> {
  const { dataset, reply } = await loadDatasetForWorker(request);
  if (dataset) {
    loaded = dataset;
    buffers.clear();
    sentLabels = undefined;
  }
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
    // In columns: no result object per record is made here, where nobody reads one.
    const packed = evaluatePacked(request.config, loaded.records, { cache, buffers });
    // Messages that arrived meanwhile have not been read yet; give them a turn before deciding.
    await yieldToMessages();
    if (latestRun !== runId) {
      buffers.give(packedTransferables(packed));
      post({ type: 'superseded', runId });
      return;
    }
    // The columns are transferred, not cloned. The population charts' data is made here too:
    // passes over every record that would otherwise block the page.
    const charts = populationCharts(request.config, packed);
    const sameLabels = sentLabels !== undefined && sameItems(sentLabels.ids, packed.ids) && sameItems(sentLabels.names, packed.names);
    if (sameLabels) {
      packed.ids = [];
      packed.names = [];
    } else sentLabels = { ids: packed.ids, names: packed.names };
    post({ type: 'result', runId, ms: performance.now() - start, evaluation: packed, charts, sameLabels }, packedTransferables(packed));
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
    case 'recycle': buffers.give(request.buffers); break;
    default: break;
  }
};
