// The report editor's worker: keeps the last dataset loaded and evaluates the scorecard over it.
import '../../src/base/seal-object-prototype.ts'; // first: no module after it can extend Object.prototype
import { evaluatePacked } from '../../src/core/scorecard/evaluate.ts';
import { packedTransferables } from '../../src/core/scorecard/packed-evaluation.ts';
import { loadDatasetForWorker } from '../../src/workbench/worker-api.ts';
import type { ReportsRequest, ReportsResponse } from './reports-protocol.ts';

let loaded: { datasetId: string; revision: number; records: Record<string, unknown>[] } | undefined;

const post = (message: ReportsResponse, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

async function evaluateRequest(request: ReportsRequest): Promise<void> {
  const { runId } = request;
  try {
    if (loaded?.datasetId !== request.datasetId || loaded.revision !== request.revision) {
      const { dataset, reply } = await loadDatasetForWorker(request);
      if (!dataset || reply.type === 'load-failed') {
        post({ type: 'failed', runId, message: reply.type === 'load-failed' ? reply.message : 'no dataset' });
        return;
      }
      loaded = { datasetId: request.datasetId, revision: request.revision, records: dataset.records };
    }
    const evaluation = evaluatePacked(request.config, loaded.records);
    post({ type: 'evaluated', runId, evaluation }, packedTransferables(evaluation));
  } catch (error) {
    post({ type: 'failed', runId, message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (e: MessageEvent<ReportsRequest>) => {
  if (e.data.type === 'evaluate') void evaluateRequest(e.data);
};
