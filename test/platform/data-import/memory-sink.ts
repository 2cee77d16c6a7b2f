// A RecordSink for tests: keeps written batches in memory and records what happened to them.
import type { DatasetContent, RecordSink, WorkspaceDocument, WrittenRows } from '../../../src/platform/workspace/workspace-api.ts';

export class MemorySink implements RecordSink {
  readonly batches: Record<string, unknown>[][] = [];
  committed: WorkspaceDocument<DatasetContent> | undefined;
  aborted = false;
  /** Called before each write resolves (a test can cancel mid-import from here). */
  onWrite: ((rowsSoFar: number) => void) | undefined;

  get rows(): Record<string, unknown>[] {
    return this.batches.flat();
  }

  /** Row ids as the workspace store gives them: 1, 2, 3 … in the order written. */
  async write(rows: readonly Record<string, unknown>[]): Promise<WrittenRows> {
    if (this.committed || this.aborted) throw new Error('write after the end of the import');
    const firstRowId = this.rows.length + 1;
    this.batches.push([...rows]);
    this.onWrite?.(this.batches.reduce((n, b) => n + b.length, 0));
    await Promise.resolve();
    return { firstRowId };
  }

  async commit(content: Omit<DatasetContent, 'rowCount'>): Promise<WorkspaceDocument<DatasetContent>> {
    if (this.committed || this.aborted) throw new Error('commit after the end of the import');
    const now = Date.now();
    this.committed = {
      id: 'dataset-1', kind: 'dataset', name: 'test', revision: 1, createdAt: now, updatedAt: now,
      content: { ...content, rowCount: this.rows.length },
    };
    return this.committed;
  }

  async abort(): Promise<void> {
    this.aborted = true;
  }
}
