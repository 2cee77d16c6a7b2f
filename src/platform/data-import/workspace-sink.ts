// The sink factory over the workspace store, for the import worker: opens the page's workspace
// database inside the worker and starts an import with beginImport. An import must never land in
// a store that vanishes with the worker, so a workspace that could only open in memory (IndexedDB
// refused) fails the import with a clear message instead.
//
// The store writes each batch in one transaction, as chunks of 2,000 rows (CHUNK_ROWS in
// workspace/row-chunks.ts): the pipeline's batches of 2,000 (DEFAULT_BATCH_SIZE) fill one chunk
// each. Other batch sizes work too; a batch that ends inside a chunk has it completed by the next.
import { openWorkspace } from '../workspace/open-workspace.ts';
import type { OpenWorkspaceOptions } from '../workspace/open-workspace.ts';
import type { DatasetContent, RecordSink, WorkspaceDocument, WorkspaceService, WrittenRows } from '../workspace/workspace-api.ts';
import { storeUnavailableError } from './import-error.ts';
import type { ImportSinkFactory } from './import-protocol.ts';

/** Closes the worker's connection to the database once the import is committed or aborted. */
class ClosingSink implements RecordSink {
  constructor(
    private readonly sink: RecordSink,
    private readonly workspace: WorkspaceService,
  ) {}

  write(rows: readonly Record<string, unknown>[]): Promise<WrittenRows> {
    return this.sink.write(rows);
  }

  async commit(content: Omit<DatasetContent, 'rowCount'>): Promise<WorkspaceDocument<DatasetContent>> {
    try {
      return await this.sink.commit(content);
    } finally {
      await this.workspace.close();
    }
  }

  async abort(): Promise<void> {
    try {
      await this.sink.abort();
    } finally {
      await this.workspace.close();
    }
  }
}

/** `options` are for tests (a fake IndexedDB); the worker passes none and the target names the database. */
export function workspaceSinkFactory(options: OpenWorkspaceOptions = {}): ImportSinkFactory {
  return async (target) => {
    const workspace = await openWorkspace({ ...options, ...(target.databaseName === undefined ? {} : { name: target.databaseName }) });
    if (!workspace.persistent) {
      await workspace.close();
      throw storeUnavailableError();
    }
    return new ClosingSink(workspace.beginImport(target.datasetId, target.name), workspace);
  };
}

/** What the import worker uses: the default options, the database named by each import's target. */
export const openWorkspaceImportSink: ImportSinkFactory = workspaceSinkFactory();
