// Reads records from JSON: either one array of objects (pretty-printed or not) or JSON Lines (one
// object per line). The array is split into its elements before parsing, so that a syntax error
// costs one record rather than the file, and every record and problem has its line number.
import { emptyJsonElementMessage, invalidJsonMessage, notAnObjectMessage, textAfterJsonArrayMessage, unclosedJsonArrayMessage } from './problem-messages.ts';
import type { JsonKind } from './problem-messages.ts';
import { countLineBreaks } from './line-breaks.ts';
import { ProblemCollector } from './problem-collector.ts';
import type { RecordsResult } from './types.ts';

export interface ParseJsonRecordsOptions {
  /** How many problems to keep in `problems` (default 1000); `problemCount` counts them all. */
  maxProblems?: number;
}

export interface JsonRecords extends RecordsResult {
  /** 'array' when the text starts with "[", otherwise 'lines' (JSON Lines, or one single object). */
  format: 'array' | 'lines';
}

/** A piece of the text holding one JSON value, and the line it starts on. */
interface Slice {
  start: number;
  end: number;
  line: number;
}

function kindOf(value: unknown): JsonKind | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The engine's message without its position, which would be relative to the slice. */
function syntaxDetail(error: unknown): { detail: string; position?: number; line?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const line = /at line (\d+) column \d+/.exec(message);
  const detail = message.replace(/,? *(?:in JSON )?at (?:position \d+|line \d+ column \d+).*$/, '').trim() || message;
  return { detail, ...(position ? { position: Number(position[1]) } : {}), ...(line ? { line: Number(line[1]) } : {}) };
}

class RecordReader {
  readonly records: Record<string, unknown>[] = [];
  readonly lines: number[] = [];

  constructor(
    private readonly text: string,
    readonly problems: ProblemCollector,
  ) {}

  read(slice: Slice): void {
    const source = this.text.slice(slice.start, slice.end);
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const { detail, position, line } = syntaxDetail(error);
      const at = position !== undefined ? slice.line + countLineBreaks(source, 0, Math.min(position, source.length))
        : line !== undefined ? slice.line + line - 1 : slice.line;
      this.problems.add({ line: at, column: '', value: clip(source), code: 'invalid-json', message: invalidJsonMessage(detail) });
      return;
    }
    const kind = kindOf(value);
    if (kind !== 'object') {
      this.problems.add({ line: slice.line, column: '', value: clip(source), code: 'not-an-object', message: notAnObjectMessage(kind) });
      return;
    }
    this.records.push(value as Record<string, unknown>);
    this.lines.push(slice.line);
  }
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
}

/** Splits a top-level JSON array into element slices, reporting what is not an element. */
function readArray(text: string, open: number, reader: RecordReader): void {
  let line = 1 + countLineBreaks(text, 0, open);
  let depth = 0;
  let inString = false;
  let start = -1;
  let startLine = line;
  let separators = 0;
  const finishElement = (end: number, closing: boolean): void => {
    if (start >= 0) reader.read({ start, end, line: startLine });
    else if (!closing || separators > 0) {
      // An empty element: "[,", ",,", or ",]" (but "[]" is just an empty list).
      reader.problems.add({ line, column: '', value: '', code: 'invalid-json', message: emptyJsonElementMessage() });
    }
    start = -1;
  };
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character (never a line break in valid JSON)
      else if (c === 34) inString = false;
      continue;
    }
    if (depth === 0 && (c === 44 || c === 93)) {
      finishElement(i, c === 93);
      if (c === 44) separators++;
      if (c === 93) {
        for (let j = i + 1; j < text.length; j++) {
          if (!isWhitespace(text.charCodeAt(j))) {
            reader.problems.add({ line: line + countLineBreaks(text, i + 1, j), column: '', value: clip(text.slice(j)), code: 'invalid-json', message: textAfterJsonArrayMessage() });
            break;
          }
        }
        return;
      }
      continue;
    }
    if (isWhitespace(c)) continue;
    if (start < 0) {
      start = i;
      startLine = line;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  if (start >= 0) reader.read({ start, end: text.length, line: startLine });
  reader.problems.add({ line, column: '', value: '', code: 'invalid-json', message: unclosedJsonArrayMessage() });
}

function readLines(text: string, reader: RecordReader): void {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (text.slice(start, end).trim() !== '') reader.read({ start, end, line });
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    line++;
  }
}

/** Parses a JSON array of records or JSON Lines (detected by the first character). */
export function parseJsonRecords(text: string, options: ParseJsonRecordsOptions = {}): JsonRecords {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const reader = new RecordReader(source, new ProblemCollector(options.maxProblems));
  let first = 0;
  while (first < source.length && isWhitespace(source.charCodeAt(first))) first++;
  const format = source.charCodeAt(first) === 91 ? 'array' : 'lines';
  if (format === 'array') {
    readArray(source, first, reader);
  } else if (source.charCodeAt(first) === 123 && isSingleObject(source)) {
    // One pretty-printed object spanning several lines is a single record, not broken JSON Lines.
    reader.read({ start: first, end: source.length, line: 1 + countLineBreaks(source, 0, first) });
  } else {
    readLines(source, reader);
  }
  const { problems } = reader;
  return { format, records: reader.records, lines: reader.lines, problems: problems.list, problemCount: problems.count };
}

function isSingleObject(text: string): boolean {
  try {
    return kindOf(JSON.parse(text)) === 'object';
  } catch {
    return false;
  }
}
