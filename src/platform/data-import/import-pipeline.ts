// Imports a file into a dataset: reads it (CSV and JSON streamed chunk by chunk, .xlsx whole),
// converts every cell to its field's type, writes records to the sink in batches and commits them
// at the end, so the dataset shows all of the import or none of it. Runs in a Web Worker (see
// import-worker.ts) and in Node alike: it needs only Blob, TextDecoder and AbortSignal.
import type { RecordSink } from '../workspace/workspace-api.ts';
import { abortError, isAbortError, unreadableError } from './import-error.ts';
import { detectFormat, fileNameOf } from './import-format.ts';
import { ImportRun } from './import-run.ts';
import type { ImportHooks, ImportOptions, ImportResult } from './import-types.ts';
import { importCsv, importJson, importXlsx } from './format-readers.ts';
import { readBytes } from './text-chunks.ts';

/** Enough of the start of a file to tell JSON from CSV after white space. */
const SNIFF_BYTES = 4096;

/** A failure to read the file itself (it was deleted or changed since it was chosen). */
function isReadError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'NotReadableError' || error.name === 'NotFoundError');
}

/**
 * Runs an import. Resolves with what was committed; on cancel (the signal) rejects with an
 * AbortError, on a bad row in 'stop' mode or an unreadable file with an ImportError, and on a
 * store failure with the sink's error — in every failing case after `sink.abort()`.
 */
export async function runImport(file: Blob, options: ImportOptions, sink: RecordSink, hooks: ImportHooks): Promise<ImportResult> {
  const fileName = fileNameOf(file, options.fileName);
  const run = new ImportRun(options, sink, hooks, file.size);
  try {
    run.throwIfAborted();
    const format = options.format ?? detectFormat(fileName, await readBytes(file, 0, SNIFF_BYTES));
    const context = { file, fileName, options, run, signal: hooks.signal };
    const encoding = format === 'xlsx' ? await importXlsx(context) : format === 'json' ? await importJson(context) : await importCsv(context);
    run.throwIfAborted();
    // The cells to fix go into the dataset document with the commit, so they appear with the rows or not at all.
    const omitted = run.cellsToFixCount - run.cellsToFix.length;
    const document = await sink.commit({
      fields: options.fields,
      source: {
        fileName,
        ...(encoding ? { encoding } : {}),
        importedAt: Date.now(),
        skippedRows: run.skippedRows,
        ...(run.cellsToFix.length > 0 ? { needsFixing: run.cellsToFix } : {}),
        ...(omitted > 0 ? { needsFixingOmitted: omitted } : {}),
      },
    });
    return {
      document,
      format,
      ...(encoding ? { encoding } : {}),
      rows: run.rows,
      skippedRows: run.skippedRows,
      problems: run.problems.list,
      problemCount: run.problems.count,
      rowsToFix: run.rowsToFix,
      cellsToFix: run.cellsToFixCount,
    };
  } catch (error) {
    try {
      await sink.abort();
    } catch {
      // The reason the import failed matters more than a failed clean-up (the store collects stale staging rows).
    }
    if (hooks.signal.aborted) throw abortError(hooks.signal);
    if (isAbortError(error)) throw error;
    if (isReadError(error)) throw unreadableError(error);
    throw error;
  }
}
