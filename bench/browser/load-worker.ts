// Loads a dataset from IndexedDB inside a worker (where evaluation runs) and reports the time.
import { openWorkspace } from '../../src/platform/workspace/open-workspace.ts';

self.onmessage = async (e: MessageEvent<{ databaseName: string; datasetId: string }>) => {
  try {
    const start = performance.now();
    const workspace = await openWorkspace({ name: e.data.databaseName, channel: null });
    const rows = await workspace.loadAll(e.data.datasetId);
    const ms = performance.now() - start;
    await workspace.close();
    self.postMessage({ ms, rows: rows.length });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
};
