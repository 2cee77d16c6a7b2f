// Page side of the results export: starts a worker for one export, relays its progress, and hands
// back the file's bytes. The worker is ended however the export ends.
import type { ResultsExportRequest, ResultsExportResponse } from './results-export-protocol.ts';

/** What the page needs of a worker (a fake in tests). */
export interface ResultsExportPort {
  postMessage(message: ResultsExportRequest): void;
  onmessage: ((event: MessageEvent<ResultsExportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function createResultsExportWorker(): ResultsExportPort {
  return new Worker(new URL('./results-export-worker.ts', import.meta.url), { type: 'module', name: 'spreadsheets-results-export' }) as unknown as ResultsExportPort;
}

export type ResultsExportProgress = Extract<ResultsExportResponse, { type: 'progress' }>;

export function runResultsExport(
  request: ResultsExportRequest,
  onProgress: (progress: ResultsExportProgress) => void,
  createPort: () => ResultsExportPort = createResultsExportWorker,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; count: number }> {
  const port = createPort();
  return new Promise<{ bytes: Uint8Array<ArrayBuffer>; count: number }>((resolve, reject) => {
    port.onmessage = ({ data }) => {
      if (data.type === 'progress') onProgress(data);
      else if (data.type === 'done') resolve({ bytes: data.bytes, count: data.count });
      else reject(new Error(data.message));
    };
    port.onerror = (event) => reject(new Error(event.message || 'worker error'));
    port.postMessage(request);
  }).finally(() => port.terminate());
}
