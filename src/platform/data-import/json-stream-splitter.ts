// Cuts JSON text arriving in pieces into the texts of its records, each with the line it starts on,
// by the rules of parseJsonRecords (src/core/data): text starting with "[" is an array whose
// elements are cut apart before parsing (a syntax error costs one record, not the file); otherwise
// JSON Lines, one record per line, except that a first record continuing past its line (a
// pretty-printed object) makes the file a sequence of pretty-printed values.
import { emptyJsonElementMessage, textAfterJsonArrayMessage, unclosedJsonArrayMessage } from '../../core/data/problem-messages.ts';
import type { DataMessage } from '../../core/data/index.ts';

export interface JsonSplitHandler {
  value(text: string, line: number): void;
  /** Something between the records that is not one (an empty element, an unclosed array). */
  problem(line: number, value: string, message: DataMessage): void;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === LF || c === CR;
}

type Mode = 'start' | 'array' | 'after-array' | 'done' | 'lines' | 'values';

export class JsonStreamSplitter {
  private mode: Mode = 'start';
  private line = 1;
  private previousCr = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The current record's text from earlier pieces; undefined when no record is open. */
  private buffer: string | undefined;
  private recordLine = 1;
  private separators = 0;
  private records = 0;

  constructor(private readonly handler: JsonSplitHandler) {}

  /** 'array' or 'lines' (JSON Lines or pretty-printed values) once the first character was seen. */
  get format(): 'array' | 'lines' | undefined {
    return this.mode === 'start' ? undefined : this.mode === 'array' || this.mode === 'after-array' || this.mode === 'done' ? 'array' : 'lines';
  }

  push(text: string): void {
    let start = 0; // where the open record's text begins in this piece
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const lineBefore = this.line;
      if (c === LF) {
        if (!this.previousCr) this.line++;
        this.previousCr = false;
      } else {
        this.previousCr = c === CR;
        if (c === CR) this.line++;
      }
      switch (this.mode) {
        case 'start':
          if (isSpace(c)) break;
          if (c === 91) { // [
            this.mode = 'array';
            break;
          }
          this.mode = 'lines';
          this.open(lineBefore);
          start = i;
          this.track(c);
          break;
        case 'array':
          if (this.buffer === undefined) {
            if (isSpace(c)) break;
            if (c === 44 || c === 93) { // , or ] with no element before it
              if (c === 44 || this.separators > 0) this.handler.problem(lineBefore, '', emptyJsonElementMessage());
              this.afterSeparator(c);
              break;
            }
            this.open(lineBefore);
            start = i;
          } else if (this.depth === 0 && !this.inString && (c === 44 || c === 93)) {
            this.close(text, start, i);
            this.afterSeparator(c);
            break;
          }
          this.track(c);
          break;
        case 'after-array':
          if (!isSpace(c)) {
            this.handler.problem(lineBefore, '', textAfterJsonArrayMessage());
            this.mode = 'done';
          }
          break;
        case 'done':
          break;
        case 'lines':
          if (c === LF || c === CR) {
            if (this.buffer === undefined) break;
            if (this.records === 0 && (this.depth > 0 || this.inString)) {
              this.mode = 'values'; // the first record goes on: pretty-printed JSON
              break;
            }
            this.close(text, start, i);
            this.depth = 0;
            this.inString = this.escaped = false;
            break;
          }
          if (this.buffer === undefined) {
            if (isSpace(c)) break;
            this.open(lineBefore);
            start = i;
          }
          this.track(c);
          break;
        case 'values':
          if (this.buffer === undefined) {
            if (isSpace(c)) break;
            this.open(lineBefore);
            start = i;
          } else if (this.depth === 0 && !this.inString && isSpace(c)) {
            this.close(text, start, i); // the end of a bare number, true, … between values
            break;
          }
          this.track(c);
          if (this.depth === 0 && !this.inString && (c === 125 || c === 93)) this.close(text, start, i + 1);
          break;
      }
    }
    if (this.buffer !== undefined) this.buffer += text.slice(start);
  }

  end(): void {
    if (this.buffer !== undefined) {
      this.handler.value(this.buffer, this.recordLine);
      this.buffer = undefined;
    }
    if (this.mode === 'array') this.handler.problem(this.line, '', unclosedJsonArrayMessage());
  }

  private open(line: number): void {
    this.buffer = '';
    this.recordLine = line;
    this.depth = 0;
    this.inString = this.escaped = false;
  }

  private close(text: string, start: number, end: number): void {
    const record = (this.buffer ?? '') + text.slice(start, end);
    this.buffer = undefined;
    this.records++;
    this.handler.value(record, this.recordLine);
  }

  private afterSeparator(c: number): void {
    if (c === 44) this.separators++;
    else this.mode = 'after-array';
  }

  private track(c: number): void {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) this.inString = false;
    } else if (c === QUOTE) {
      this.inString = true;
    } else if (c === 123 || c === 91) {
      this.depth++;
    } else if (c === 125 || c === 93) {
      this.depth--;
    }
  }
}
