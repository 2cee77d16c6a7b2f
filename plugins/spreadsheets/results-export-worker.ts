// The results export worker: loads the chosen dataset's records (from IndexedDB, off the page's
// thread), evaluates the scorecard over them and writes the CSV or xlsx file. One request per
// worker: the page starts a worker for an export and ends it when the file is back.
import '../../src/base/seal-object-prototype.ts'; // first: no module after it can extend Object.prototype
import { resultsToCsv, resultsToXlsx } from '../../src/core/export/results-table-files.ts';
import { evaluate } from '../../src/core/scorecard/evaluate.ts';
import { loadDatasetForWorker } from '../../src/workbench/worker-api.ts';
import type { ResultsExportRequest, ResultsExportResponse } from './results-export-protocol.ts';

const post = (message: ResultsExportResponse, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

async function exportResults(request: ResultsExportRequest): Promise<void> {
  const { dataset, reply } = await loadDatasetForWorker({ ...request, revision: 0 });
  if (!dataset) {
    post({ type: 'failed', message: reply.type === 'load-failed' ? reply.message : 'no records' });
    return;
  }
  const count = dataset.records.length;
  post({ type: 'progress', stage: 'evaluating', count });
  const evaluation = evaluate(request.config, dataset.records);
  post({ type: 'progress', stage: 'writing', count });
  const bytes = request.format === 'csv'
    ? new TextEncoder().encode(resultsToCsv(request.config, evaluation, request.locale))
    : resultsToXlsx(request.config, evaluation, request.locale);
  post({ type: 'done', bytes, count }, [bytes.buffer]);
}

self.onmessage = (e: MessageEvent<ResultsExportRequest>) => {
  if (e.data.type !== 'export') return;
  exportResults(e.data).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
