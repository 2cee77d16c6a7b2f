// Getting a dataset's records into a plugin's Web Worker, shared by the workers that evaluate over
// datasets (the policy runner, the scorecard results). The page says where the records are; the
// worker reads them. A persistent workspace is read inside the worker, so the page never decodes
// 100,000 records; an in-memory one (storage refused, tests) can only be read on the page.
import { openWorkspace } from '../platform/workspace/open-workspace.ts';
import type { DatasetRow, WorkspaceService } from '../platform/workspace/workspace-api.ts';

/** Where a worker finds a dataset's records (spread into the worker's `load` message). */
export interface DatasetSource {
  datasetId: string;
  /** The IndexedDB database to open in the worker. */
  databaseName?: string;
  /** The rows themselves, when the workspace lives in the page's memory. */
  rows?: DatasetRow[];
}

/** On the page: the source of a dataset for a worker. */
export async function datasetSourceFor(workspace: WorkspaceService, datasetId: string): Promise<DatasetSource> {
  return workspace.persistent
    ? { datasetId, databaseName: workspace.databaseName }
    : { datasetId, rows: await workspace.loadAll(datasetId) };
}

/** In the worker: the records of a source and their row ids, in row-id order. */
export async function loadDatasetRecords(source: DatasetSource): Promise<{ records: Record<string, unknown>[]; rowIds: number[] }> {
  let rows = source.rows;
  if (!rows) {
    const workspace = await openWorkspace({ name: source.databaseName, channel: null });
    try {
      rows = await workspace.loadAll(source.datasetId);
    } finally {
      await workspace.close();
    }
  }
  return { records: rows.map((r) => r.record), rowIds: rows.map((r) => r.rowId) };
}

/** What a worker answers to a `load` request (the same in every plugin's protocol). */
export type DatasetLoadReply =
  | { type: 'loaded'; datasetId: string; revision: number; count: number; ms: number }
  | { type: 'load-failed'; datasetId: string; message: string };

/**
 * In a worker: loads the requested dataset and says how it went. `dataset` is undefined when the
 * load failed (the reply carries the reason).
 */
export async function loadDatasetForWorker(request: DatasetSource & { revision: number }): Promise<{
  dataset?: { datasetId: string; records: Record<string, unknown>[]; rowIds: number[] };
  reply: DatasetLoadReply;
}> {
  const start = performance.now();
  try {
    const dataset = { datasetId: request.datasetId, ...(await loadDatasetRecords(request)) };
    return { dataset, reply: { type: 'loaded', datasetId: request.datasetId, revision: request.revision, count: dataset.records.length, ms: performance.now() - start } };
  } catch (error) {
    return { reply: { type: 'load-failed', datasetId: request.datasetId, message: error instanceof Error ? error.message : String(error) } };
  }
}

const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
const waiting: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/**
 * In the worker: lets the messages already queued be read (a newer run, a cancel) before going on.
 * Through a MessageChannel, because setTimeout's delay is clamped and would slow every chunk.
 */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      setTimeout(resolve, 0);
      return;
    }
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}
