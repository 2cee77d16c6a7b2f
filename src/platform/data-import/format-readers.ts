// The three ways into an import: CSV and JSON stream through the file chunk by chunk; an .xlsx file
// is a zip whose directory sits at its end, so it is read whole. Each hands its rows to the
// ImportRun and returns the text encoding it read (none for xlsx).
import type { TextEncodingName } from '../../core/data/index.ts';
import { malformedQuotesMessage } from '../../core/data/problem-messages.ts';
import { RowRecordReader, XlsxError, readXlsx, rowTexts } from '../../core/data/xlsx/index.ts';
import type { CellValue } from '../../core/data/xlsx/index.ts';
import { guessDelimiter } from '../../core/data/guess-delimiter.ts';
import { CsvStreamParser } from './csv-stream-parser.ts';
import type { QuoteProblem } from './csv-stream-parser.ts';
import { noHeaderError, unreadableError } from './import-error.ts';
import { delimiterOf } from './import-format.ts';
import type { ImportRun } from './import-run.ts';
import type { ImportOptions } from './import-types.ts';
import { JsonRecordReader } from './json-records.ts';
import { JsonStreamSplitter } from './json-stream-splitter.ts';
import { DEFAULT_CHUNK_SIZE, DETECTION_READ, chooseEncoding, readBytes, readTextChunks } from './text-chunks.ts';
import type { ProblemCollector } from '../../core/data/problem-collector.ts';

export interface ReaderContext {
  file: Blob;
  fileName: string;
  options: ImportOptions;
  run: ImportRun;
  signal: AbortSignal;
}

async function encodingOf(context: ReaderContext): Promise<{ encoding: TextEncodingName; head: Uint8Array }> {
  const head = await readBytes(context.file, 0, DETECTION_READ);
  return { encoding: chooseEncoding(head, context.file.size <= head.length, context.options.encoding), head };
}

export function addQuoteProblem(problems: ProblemCollector, line: number, kind: QuoteProblem): void {
  problems.add({ line, column: '', value: '', code: 'malformed-quotes', message: malformedQuotesMessage(kind) });
}

export async function importCsv(context: ReaderContext): Promise<TextEncodingName> {
  const { options, run } = context;
  const { encoding, head } = await encodingOf(context);
  const delimiter = options.delimiter ?? delimiterOf(context.fileName) ?? guessDelimiter(new TextDecoder(encoding).decode(head, { stream: true }));
  const reader = new RowRecordReader(
    { fields: options.fields, keepUndeclared: false, unguard: true, multiLineCells: true, shortRowsAreNormal: false },
    run.problems,
  );
  const parser = new CsvStreamParser(delimiter, (cells, line, quoteProblem) => {
    const before = run.problems.count;
    if (quoteProblem) addQuoteProblem(run.problems, line, quoteProblem);
    const result = reader.read(cells, line);
    // A row with broken quotes may be cut in the wrong places: it is a bad row even if its cells convert.
    if (result) run.accept(result.record, result.bad || quoteProblem !== undefined, line, before);
  });
  for await (const chunk of readTextChunks(context.file, encoding, options.chunkSize ?? DEFAULT_CHUNK_SIZE, context.signal)) {
    parser.push(chunk.text);
    if (chunk.last) parser.end();
    run.bytes = chunk.bytes;
    await run.drain();
  }
  if (reader.columns === undefined) throw noHeaderError();
  await run.drain(true);
  return encoding;
}

export async function importJson(context: ReaderContext): Promise<TextEncodingName> {
  const { options, run } = context;
  const { encoding } = await encodingOf(context);
  const reader = new JsonRecordReader(options.fields, run.problems);
  const splitter = new JsonStreamSplitter({
    value(text, line) {
      const before = run.problems.count;
      const outcome = reader.read(text, line);
      if (outcome.ok) run.accept(outcome.record, outcome.bad, line, before);
      else run.reject(line, before);
    },
    problem(line, value, message) {
      const before = run.problems.count;
      run.problems.add({ line, column: '', value, code: 'invalid-json', message });
      run.structural(line, before);
    },
  });
  for await (const chunk of readTextChunks(context.file, encoding, options.chunkSize ?? DEFAULT_CHUNK_SIZE, context.signal)) {
    splitter.push(chunk.text);
    if (chunk.last) splitter.end();
    run.bytes = chunk.bytes;
    await run.drain();
  }
  await run.drain(true);
  return encoding;
}

export function readSheetOrThrow(bytes: Uint8Array, sheet: string | number | undefined, maxRows?: number): { sheets: string[]; sheet: string; rows: CellValue[][] } {
  try {
    return readXlsx(bytes, { ...(sheet === undefined ? {} : { sheet }), ...(maxRows === undefined ? {} : { maxRows }) });
  } catch (error) {
    if (error instanceof XlsxError) throw unreadableError(error, error.userMessage);
    throw error;
  }
}

export async function importXlsx(context: ReaderContext): Promise<undefined> {
  const { options, run } = context;
  const bytes = await readBytes(context.file, 0, context.file.size);
  run.throwIfAborted();
  const { rows } = readSheetOrThrow(bytes, options.sheet);
  run.bytes = context.file.size;
  const reader = new RowRecordReader(
    { fields: options.fields, keepUndeclared: false, unguard: false, multiLineCells: false, shortRowsAreNormal: true },
    run.problems,
  );
  for (let i = 0; i < rows.length; i++) {
    const before = run.problems.count;
    const result = reader.read(rowTexts(rows[i] as CellValue[]), i + 1);
    if (result) run.accept(result.record, result.bad, i + 1, before);
    if ((i + 1) % 1000 === 0) await run.drain();
  }
  if (reader.columns === undefined) throw noHeaderError();
  await run.drain(true);
  return undefined;
}
