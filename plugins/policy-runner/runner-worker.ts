// The live test runner's worker: holds the chosen dataset's records and evaluates the policy over
// them on every edit. Runs yield between chunks, so a newer run or a cancel message is read while
// an older run is still going and stops it at the next chunk boundary.
import '../../src/base/seal-object-prototype.ts'; // first: no module after it can extend Object.prototype
import { compilePolicyDocument, evaluatePolicyDocumentAsync } from '../../src/core/policy/evaluate-policy.ts';
import { policyEvaluationTransferables } from '../../src/core/policy/evaluation-types.ts';
import { loadDatasetForWorker, yieldToMessages } from '../../src/workbench/worker-api.ts';
import { engineFor } from './runner-engine.ts';
import type { RunnerRequest, RunnerResponse } from './runner-protocol.ts';

interface Loaded {
  datasetId: string;
  records: Record<string, unknown>[];
  rowIds: number[];
}

let loaded: Loaded | undefined;
/** The run that should be going on; older ones stop at their next chunk. */
let latestRun = 0;
let cancelledRun = 0;

const post = (message: RunnerResponse, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function load(request: Extract<RunnerRequest, { type: 'load' }>): Promise<void> {
  const { dataset, reply } = await loadDatasetForWorker(request);
  if (dataset) loaded = dataset;
  post(reply);
}

async function run(request: Extract<RunnerRequest, { type: 'run' }>): Promise<void> {
  const { runId } = request;
  latestRun = runId;
  if (!loaded) {
    post({ type: 'run-failed', runId, message: 'no dataset loaded' });
    return;
  }
  const start = performance.now();
  try {
    const compiled = compilePolicyDocument(request.document, engineFor(request.operators));
    const evaluation = await evaluatePolicyDocumentAsync(compiled, loaded.records, {
      pause: yieldToMessages,
      shouldCancel: () => latestRun !== runId || cancelledRun === runId,
      onProgress: (done, total) => { if (done < total) post({ type: 'progress', runId, done, total }); },
    });
    if (evaluation.cancelled) {
      post({ type: 'cancelled', runId });
      return;
    }
    const rowIds = Float64Array.from(loaded.rowIds);
    post({ type: 'result', runId, ms: performance.now() - start, evaluation, rowIds }, [...policyEvaluationTransferables(evaluation), rowIds.buffer]);
  } catch (error) {
    post({ type: 'run-failed', runId, message: errorMessage(error) });
  }
}

/** Comparison and cross-check, loaded on first use (json-logic-js is only needed then). */
async function analyse(request: Extract<RunnerRequest, { type: 'compare' | 'cross-check' }>): Promise<void> {
  const { requestId } = request;
  if (!loaded) {
    post({ type: 'request-failed', requestId, message: 'no dataset loaded' });
    return;
  }
  try {
    const { comparePolicies, crossCheckPolicy } = await import('./runner-analyses.ts');
    post(request.type === 'compare'
      ? { type: 'compared', requestId, ...comparePolicies(request.previous, request.document, loaded.records, engineFor(request.operators)) }
      : { type: 'cross-checked', requestId, ...crossCheckPolicy(request.document, loaded.records, loaded.rowIds, engineFor(request.operators)) });
  } catch (error) {
    post({ type: 'request-failed', requestId, message: errorMessage(error) });
  }
}

self.onmessage = (e: MessageEvent<RunnerRequest>) => {
  const request = e.data;
  switch (request.type) {
    case 'load': void load(request); break;
    case 'run': void run(request); break;
    case 'cancel': cancelledRun = request.runId; break;
    case 'record': {
      const record = loaded?.records[request.index];
      post({ type: 'record', requestId: request.requestId, rowId: loaded?.rowIds[request.index] ?? -1, record });
      break;
    }
    case 'compare':
    case 'cross-check':
      void analyse(request);
      break;
    default:
      break;
  }
};
