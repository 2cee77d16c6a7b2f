// The bookkeeping of one running import, shared by the CSV, JSON and xlsx readers: rows are
// accepted synchronously as a parser finds them (applying the bad-rows mode), then written to the
// sink in batches between chunks, with progress after every chunk and every batch.
import { ProblemCollector } from '../../core/data/problem-collector.ts';
import type { RecordSink } from '../workspace/workspace-api.ts';
import { abortError, stoppedError } from './import-error.ts';
import type { BadRowsMode, ImportHooks, ImportOptions } from './import-types.ts';

export const DEFAULT_BATCH_SIZE = 2000;

export class ImportRun {
  readonly problems: ProblemCollector;
  readonly badRows: BadRowsMode;
  /** Records accepted (written, or waiting in `ready`). */
  rows = 0;
  skippedRows = 0;
  /** Records handed to the sink so far. */
  written = 0;
  /** Bytes of the file read so far. */
  bytes = 0;
  private ready: Record<string, unknown>[] = [];
  private readonly batchSize: number;
  private lastReported = { bytes: -1, rows: -1 };

  constructor(
    options: ImportOptions,
    private readonly sink: RecordSink,
    private readonly hooks: ImportHooks,
    readonly totalBytes: number,
  ) {
    this.problems = new ProblemCollector(options.maxProblems);
    this.badRows = options.badRows ?? 'keep-empty';
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  }

  /**
   * A record a reader made; `bad` when one of its cells (or its shape) was reported. `problemsBefore`
   * is the problem count before the row was read, to name the row's first problem when stopping.
   */
  accept(record: Record<string, unknown>, bad: boolean, line: number, problemsBefore: number): void {
    if (bad) {
      if (this.badRows === 'stop') throw stoppedError(line, this.problems.list[problemsBefore]);
      if (this.badRows === 'skip') {
        this.skippedRows++;
        return;
      }
    }
    this.ready.push(record);
    this.rows++;
  }

  /** A piece of the file that is no record (invalid JSON, not an object): skipped, or the end in 'stop' mode. */
  reject(line: number, problemsBefore: number): void {
    if (this.badRows === 'stop') throw stoppedError(line, this.problems.list[problemsBefore]);
    this.skippedRows++;
  }

  /** Something between records that is wrong (an unclosed JSON array): no row is lost, but 'stop' stops. */
  structural(line: number, problemsBefore: number): void {
    if (this.badRows === 'stop') throw stoppedError(line, this.problems.list[problemsBefore]);
  }

  /** Writes the full batches waiting (all of them with `final`), then reports progress. */
  async drain(final = false): Promise<void> {
    this.throwIfAborted();
    let start = 0;
    while (this.ready.length - start >= this.batchSize || (final && start < this.ready.length)) {
      const batch = this.ready.slice(start, start + this.batchSize);
      start += batch.length;
      await this.sink.write(batch);
      this.written += batch.length;
      this.throwIfAborted();
      this.report();
    }
    if (start > 0) this.ready = this.ready.slice(start);
    this.report();
  }

  throwIfAborted(): void {
    if (this.hooks.signal.aborted) throw abortError(this.hooks.signal);
  }

  private report(): void {
    // Progress only moves forward, and an unchanged state is not reported twice.
    if (this.bytes === this.lastReported.bytes && this.written === this.lastReported.rows) return;
    this.lastReported = { bytes: this.bytes, rows: this.written };
    this.hooks.onProgress({ bytes: this.bytes, totalBytes: this.totalBytes, rows: this.written });
  }
}
