// An import worker for the browser test: the real worker host with a sink that only counts, and
// tells the page what happens to it on a BroadcastChannel named after the import's target.
import { serveImports } from '../../../src/platform/data-import/import-worker-host.ts';
import type { ImportWorkerScope } from '../../../src/platform/data-import/import-worker-host.ts';
import type { DatasetContent, RecordSink, WorkspaceDocument, WrittenRows } from '../../../src/platform/workspace/workspace-api.ts';

export type SinkEvent = { event: 'write'; rows: number; sample: Record<string, unknown> | undefined } | { event: 'commit'; rows: number } | { event: 'abort'; rows: number };

class CountingSink implements RecordSink {
  private rows = 0;
  constructor(private readonly channel: BroadcastChannel) {}

  private tell(message: SinkEvent): void {
    this.channel.postMessage(message);
  }

  async write(rows: readonly Record<string, unknown>[]): Promise<WrittenRows> {
    const firstRowId = this.rows + 1;
    this.rows += rows.length;
    this.tell({ event: 'write', rows: this.rows, sample: rows[0] });
    return { firstRowId };
  }

  async commit(content: Omit<DatasetContent, 'rowCount'>): Promise<WorkspaceDocument<DatasetContent>> {
    this.tell({ event: 'commit', rows: this.rows });
    return { id: 'counted', kind: 'dataset', name: 'counted', revision: 1, createdAt: 0, updatedAt: 0, content: { ...content, rowCount: this.rows } };
  }

  async abort(): Promise<void> {
    this.tell({ event: 'abort', rows: this.rows });
  }
}

serveImports(self as unknown as ImportWorkerScope, (target) => new CountingSink(new BroadcastChannel(target.name ?? 'counting-import-sink')));
