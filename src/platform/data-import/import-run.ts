// The bookkeeping of one running import, shared by the CSV, JSON and xlsx readers: rows are
// accepted synchronously as a parser finds them (applying the bad-rows mode), then written to the
// sink in batches between chunks, with progress after every chunk and every batch.
import { MAX_CELLS_TO_FIX } from '../../core/data/cells-to-fix.ts';
import { ProblemCollector } from '../../core/data/problem-collector.ts';
import type { CellToFix, RowProblem } from '../../core/data/types.ts';
import type { RecordSink } from '../workspace/workspace-api.ts';
import { abortError, stoppedError } from './import-error.ts';
import type { BadRowsMode, ImportHooks, ImportOptions } from './import-types.ts';

export const DEFAULT_BATCH_SIZE = 2000;

/**
 * The problems of an import, plus those of the row being read: the list stops at maxProblems, but
 * 'fix' mode needs every bad cell of every row it keeps.
 */
class ImportProblems extends ProblemCollector {
  /** Problems since the last row was accepted or rejected (header problems included until then). */
  recent: RowProblem[] = [];

  override add(problem: RowProblem): void {
    super.add(problem);
    this.recent.push(problem);
  }

  /** The problems added since the count was `before`, and a fresh start for the next row. */
  takeSince(before: number): readonly RowProblem[] {
    // Most rows have no problem: no array is made for them.
    if (this.recent.length === 0) return this.recent;
    const since = this.count - before;
    const out = since > 0 ? this.recent.slice(Math.max(0, this.recent.length - since)) : [];
    this.recent = [];
    return out;
  }
}

/** A bad cell of an accepted row whose row id is not known yet: `ordinal` is the row's 0-based position among accepted rows. */
interface PendingFix {
  ordinal: number;
  problem: RowProblem;
}

export class ImportRun {
  readonly problems: ImportProblems;
  readonly badRows: BadRowsMode;
  /** Records accepted (written, or waiting in `ready`). */
  rows = 0;
  skippedRows = 0;
  /** Records handed to the sink so far. */
  written = 0;
  /** Bytes of the file read so far. */
  bytes = 0;
  /** 'fix' mode: the cells to fix with their row ids, up to MAX_CELLS_TO_FIX, in row order. */
  readonly cellsToFix: CellToFix[] = [];
  /** 'fix' mode: every cell to fix, listed or not. */
  cellsToFixCount = 0;
  /** 'fix' mode: rows kept with cells to fix. */
  rowsToFix = 0;
  private ready: Record<string, unknown>[] = [];
  /** Bad cells of accepted rows not written yet (their row ids come from the sink). */
  private pendingFixes: PendingFix[] = [];
  private readonly batchSize: number;
  private lastReported = { bytes: -1, rows: -1 };

  constructor(
    options: ImportOptions,
    private readonly sink: RecordSink,
    private readonly hooks: ImportHooks,
    readonly totalBytes: number,
  ) {
    this.problems = new ImportProblems(options.maxProblems);
    this.badRows = options.badRows ?? 'keep-empty';
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  }

  /**
   * A record a reader made; `bad` when one of its cells (or its shape) was reported. `problemsBefore`
   * is the problem count before the row was read, to name the row's first problem when stopping and
   * to find the row's bad cells in 'fix' mode.
   */
  accept(record: Record<string, unknown>, bad: boolean, line: number, problemsBefore: number): void {
    const rowProblems = this.problems.takeSince(problemsBefore);
    if (bad) {
      if (this.badRows === 'stop') throw stoppedError(line, this.problems.list[problemsBefore]);
      if (this.badRows === 'skip') {
        this.skippedRows++;
        return;
      }
      if (this.badRows === 'fix') this.rememberFixes(rowProblems);
    }
    this.ready.push(record);
    this.rows++;
  }

  /** A piece of the file that is no record (invalid JSON, not an object): skipped, or the end in 'stop' mode. */
  reject(line: number, problemsBefore: number): void {
    this.problems.takeSince(problemsBefore);
    if (this.badRows === 'stop') throw stoppedError(line, this.problems.list[problemsBefore]);
    this.skippedRows++;
  }

  /** Something between records that is wrong (an unclosed JSON array): no row is lost, but 'stop' stops. */
  structural(line: number, problemsBefore: number): void {
    this.problems.takeSince(problemsBefore);
    if (this.badRows === 'stop') throw stoppedError(line, this.problems.list[problemsBefore]);
  }

  /** The row about to be accepted (ordinal `this.rows`) keeps its bad cells empty: they are listed to be fixed. */
  private rememberFixes(rowProblems: readonly RowProblem[]): void {
    if (rowProblems.length === 0) return;
    this.rowsToFix++;
    for (const problem of rowProblems) {
      this.cellsToFixCount++;
      if (this.cellsToFix.length + this.pendingFixes.length < MAX_CELLS_TO_FIX) this.pendingFixes.push({ ordinal: this.rows, problem });
    }
  }

  /** Writes the full batches waiting (all of them with `final`), then reports progress. */
  async drain(final = false): Promise<void> {
    this.throwIfAborted();
    let start = 0;
    while (this.ready.length - start >= this.batchSize || (final && start < this.ready.length)) {
      const batch = this.ready.slice(start, start + this.batchSize);
      start += batch.length;
      const { firstRowId } = await this.sink.write(batch);
      this.assignRowIds(firstRowId, batch.length);
      this.written += batch.length;
      this.throwIfAborted();
      this.report();
    }
    if (start > 0) this.ready = this.ready.slice(start);
    this.report();
  }

  /** The batch of rows with ordinals [written, written + count) got ids from `firstRowId`. */
  private assignRowIds(firstRowId: number, count: number): void {
    const end = this.written + count;
    let n = 0;
    for (; n < this.pendingFixes.length && this.pendingFixes[n]!.ordinal < end; n++) {
      const { ordinal, problem } = this.pendingFixes[n]!;
      this.cellsToFix.push({
        rowId: firstRowId + (ordinal - this.written),
        line: problem.line,
        column: problem.column,
        text: problem.value,
        code: problem.code,
        message: problem.message,
      });
    }
    if (n > 0) this.pendingFixes = this.pendingFixes.slice(n);
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
