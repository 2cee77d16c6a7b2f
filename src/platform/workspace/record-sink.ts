// An import in progress: every write() is one transaction writing its rows as chunks under the
// import's own generation; commit() points the dataset at that generation. A tab that closes or
// crashes mid-import leaves only rows no reader looks at, which the next open collects (see
// import-liveness.ts), so a dataset shows all of an import or none.
import { randomId } from '../../base/ids.ts';
import type { DatasetContent, RecordSink, WorkspaceDocument, WrittenRows } from './workspace-api.ts';
import type { ImportTicket, RecordStore } from './record-store.ts';

export class GenerationRecordSink implements RecordSink {
  private readonly ticket: ImportTicket;
  private nextRowId = 1;
  private state: 'open' | 'committed' | 'aborted' = 'open';
  /** Writes run one after another so row ids stay in the order rows were given. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly records: RecordStore,
    session: string,
    private readonly target: { datasetId?: string; name?: string },
    private readonly onCommitted: (doc: WorkspaceDocument<DatasetContent>) => void,
  ) {
    // A new dataset gets its id now: the rows are written under it before the document exists.
    this.ticket = { importId: randomId(), session, datasetId: target.datasetId ?? randomId() };
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const next = this.chain.then(op);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private assertOpen(): void {
    if (this.state !== 'open') throw new Error(`This import was already ${this.state}.`);
  }

  /** Row ids run 1, 2, 3 … in the order rows arrive over all batches (an import replaces every row). */
  async write(rows: readonly Record<string, unknown>[]): Promise<WrittenRows> {
    this.assertOpen();
    return this.enqueue(async () => {
      this.assertOpen();
      const first = this.nextRowId;
      if (rows.length === 0) return { firstRowId: first };
      await this.records.stage(this.ticket, first, rows);
      this.nextRowId = first + rows.length;
      return { firstRowId: first };
    });
  }

  async commit(content: Omit<DatasetContent, 'rowCount'>): Promise<WorkspaceDocument<DatasetContent>> {
    this.assertOpen();
    return this.enqueue(async () => {
      this.assertOpen();
      const doc = await this.records.commitImport(this.ticket, this.nextRowId - 1, this.target.name, content);
      this.state = 'committed';
      this.onCommitted(doc);
      return doc;
    });
  }

  abort(): Promise<void> {
    if (this.state !== 'open') return Promise.resolve();
    this.state = 'aborted';
    return this.enqueue(() => this.records.abortImport(this.ticket));
  }
}
