// The first look at a file for the import dialog: its format, encoding and separator, its columns,
// its first records as found in the file, and a first draft of the fields for the user to correct.
// Reads only the beginning of a CSV or JSON file (an .xlsx file must be read whole, but only the
// first rows of its sheet are turned into cells).
// Modules, not the data index: it would bring papaparse (CommonJS, unused here) into the worker.
import { DEFAULT_INFERENCE_SAMPLE, inferFieldTypes } from '../../core/data/infer-field-types.ts';
import { ProblemCollector } from '../../core/data/problem-collector.ts';
import { RowRecordReader, rowTexts } from '../../core/data/xlsx/index.ts';
import type { FieldDef } from '../../core/scorecard/types.ts';
import { guessDelimiter } from '../../core/data/guess-delimiter.ts';
import { CsvStreamParser } from './csv-stream-parser.ts';
import { addQuoteProblem, readSheetOrThrow } from './format-readers.ts';
import { delimiterOf, detectFormat, fileNameOf } from './import-format.ts';
import type { PreviewOptions, PreviewResult } from './import-types.ts';
import { parseJsonObject } from './json-records.ts';
import { JsonStreamSplitter } from './json-stream-splitter.ts';
import { chooseEncoding, isMalformed, readBytes } from './text-chunks.ts';

export const DEFAULT_PREVIEW_BYTES = 256 * 1024;
export const DEFAULT_SAMPLE_SIZE = 200;
/** Sheet rows read for an xlsx preview: enough for the inference sample after a few blank or title rows. */
const XLSX_PREVIEW_ROWS = DEFAULT_INFERENCE_SAMPLE + 100;

/** Thrown inside a parser's callback once enough records were read. */
const ENOUGH = Symbol('enough');

/** One field per column: inferred where the sample had values, text where it had none. */
function fieldsFor(columns: readonly string[], records: readonly Record<string, unknown>[]): FieldDef[] {
  const inferred = new Map(inferFieldTypes(records).map((f) => [f.key, f]));
  const keys = [...columns, ...[...inferred.keys()].filter((k) => !columns.includes(k))];
  return keys.map((key) => inferred.get(key) ?? { key, type: 'string' });
}

export async function preview(file: Blob, options: PreviewOptions = {}): Promise<PreviewResult> {
  const fileName = fileNameOf(file, options.fileName);
  const limit = Math.max(1, options.previewBytes ?? DEFAULT_PREVIEW_BYTES);
  const whole = file.size <= limit;
  const head = await readBytes(file, 0, Math.min(file.size, limit));
  const format = options.format ?? detectFormat(fileName, head);
  const problems = new ProblemCollector(options.maxProblems);
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const records: Record<string, unknown>[] = [];
  let partial = !whole;

  if (format === 'xlsx') {
    const bytes = whole ? head : await readBytes(file, 0, file.size);
    const { sheets, sheet, rows } = readSheetOrThrow(bytes, options.sheet, XLSX_PREVIEW_ROWS);
    const reader = new RowRecordReader({ keepUndeclared: true, unguard: false, multiLineCells: false, shortRowsAreNormal: true }, problems);
    rows.forEach((row, i) => {
      const result = reader.read(rowTexts(row), i + 1);
      if (result && records.length < DEFAULT_INFERENCE_SAMPLE) records.push(result.record);
    });
    partial = rows.length >= XLSX_PREVIEW_ROWS;
    const columns = reader.columns ?? [];
    return { format, sheets, sheet, columns, sampleRecords: records.slice(0, sampleSize), inferredFields: fieldsFor(columns, records), problems: problems.list, partial };
  }

  const encoding = chooseEncoding(head, whole, options.encoding);
  const malformed = isMalformed(head, encoding, whole);
  let text = new TextDecoder(encoding).decode(head, { stream: !whole });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  if (format === 'json') {
    const splitter = new JsonStreamSplitter({
      value(recordText, line) {
        if (records.length >= DEFAULT_INFERENCE_SAMPLE) throw ENOUGH;
        const object = parseJsonObject(recordText, line, problems);
        if (object) records.push(object);
      },
      problem(line, value, message) {
        problems.add({ line, column: '', value, code: 'invalid-json', message });
      },
    });
    partial = feed(() => {
      splitter.push(text);
      if (whole) splitter.end();
    }) || partial;
    const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
    return { format, encoding, malformed, columns, sampleRecords: records.slice(0, sampleSize), inferredFields: fieldsFor(columns, records), problems: problems.list, partial };
  }

  const delimiter = options.delimiter ?? delimiterOf(fileName) ?? guessDelimiter(text);
  const reader = new RowRecordReader({ keepUndeclared: true, unguard: true, multiLineCells: true, shortRowsAreNormal: false }, problems);
  const parser = new CsvStreamParser(delimiter, (cells, line, quoteProblem) => {
    if (records.length >= DEFAULT_INFERENCE_SAMPLE) throw ENOUGH;
    if (quoteProblem) addQuoteProblem(problems, line, quoteProblem);
    const result = reader.read(cells, line);
    if (result) records.push(result.record);
  });
  partial = feed(() => {
    parser.push(text);
    // The last row of a partial read may be cut off: it stays in the parser, unread.
    if (whole) parser.end();
  }) || partial;
  const columns = reader.columns ?? [];
  return { format, encoding, malformed, delimiter, columns, sampleRecords: records.slice(0, sampleSize), inferredFields: fieldsFor(columns, records), problems: problems.list, partial };
}

/** Runs a parse that may stop early; true when it did. */
function feed(parse: () => void): boolean {
  try {
    parse();
    return false;
  } catch (error) {
    if (error === ENOUGH) return true;
    throw error;
  }
}
