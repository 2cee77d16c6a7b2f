// An incremental CSV parser: text goes in piece by piece (as a file is read and decoded), rows come
// out with the file line each starts on. Any cut is fine: inside a quoted cell with line breaks,
// between a CR and its LF, between the two quotes of an escaped quote. Follows RFC 4180 and what
// parseCsv (papaparse) does with real files: CRLF, LF and lone CR end rows and count one line
// each, also inside quoted cells; a quote opens a quoted cell only as the cell's first character.
// papaparse has no incremental API for text that arrives in pieces, hence this parser.

export type QuoteProblem = 'unclosed' | 'stray';

/** Receives each row; may throw to stop parsing (the pipeline's "stop at the first bad row"). */
export type CsvRowHandler = (cells: string[], line: number, quoteProblem: QuoteProblem | undefined) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** At the start of a cell. */
const CELL_START = 0;
/** In a cell without quotes. */
const PLAIN = 1;
/** In a quoted cell. */
const QUOTED = 2;
/** Just after a quote inside a quoted cell: "" (an escaped quote), or the end of the cell. */
const QUOTE_IN_QUOTED = 3;
type State = typeof CELL_START | typeof PLAIN | typeof QUOTED | typeof QUOTE_IN_QUOTED;

export class CsvStreamParser {
  private state: State = CELL_START;
  private cell = '';
  private cells: string[] = [];
  /** The line the current row starts on, and the current line. */
  private rowLine = 1;
  private line = 1;
  /** The previous character was a CR ending a row: an LF right after it belongs to it. */
  private skipLf = false;
  /** The previous character in a quoted cell was a CR (for counting CRLF once across pieces). */
  private quotedCr = false;
  private quoteProblem: QuoteProblem | undefined;
  private readonly delimiter: number;

  constructor(delimiter: string, private readonly onRow: CsvRowHandler) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(`A CSV separator is one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(text: string): void {
    const n = text.length;
    const delimiter = this.delimiter;
    let i = 0;
    if (this.skipLf && n > 0) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      switch (this.state) {
        case QUOTED: {
          const q = text.indexOf('"', i);
          const end = q < 0 ? n : q;
          this.countQuotedBreaks(text, i, end);
          this.cell += text.slice(i, end);
          if (q < 0) return;
          this.state = QUOTE_IN_QUOTED;
          i = q + 1;
          break;
        }
        case QUOTE_IN_QUOTED: {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            this.cell += '"';
            this.quotedCr = false;
            this.state = QUOTED;
            i++;
          } else if (c === delimiter || c === LF || c === CR) {
            this.state = PLAIN; // the cell ended; Plain handles the separator or line end
          } else {
            // "ab"c: text after the closing quote joins the cell (as spreadsheets read it), reported.
            this.quoteProblem ??= 'stray';
            this.state = PLAIN;
          }
          break;
        }
        default: {
          const c = text.charCodeAt(i);
          if (this.state === CELL_START && c === QUOTE) {
            this.state = QUOTED;
            this.quotedCr = false;
            i++;
            break;
          }
          // The rest of a plain cell: up to a separator or a line end (quotes inside are text).
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === delimiter || d === LF || d === CR) break;
            j++;
          }
          if (j > i) {
            this.cell += text.slice(i, j);
            this.state = PLAIN;
          }
          if (j >= n) return;
          const d = text.charCodeAt(j);
          this.endCell();
          i = j + 1;
          if (d !== delimiter) {
            this.endRow();
            this.line++;
            this.rowLine = this.line;
            if (d === CR) {
              if (i >= n) {
                this.skipLf = true;
                return;
              }
              if (text.charCodeAt(i) === LF) i++;
            }
          }
        }
      }
    }
  }

  /** The end of the text: the last row (when the text does not end with a line break). */
  end(): void {
    if (this.state === QUOTED) this.quoteProblem = 'unclosed';
    if (this.cells.length > 0 || this.cell !== '' || this.state !== CELL_START) {
      this.endCell();
      this.endRow();
    }
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.state = CELL_START;
  }

  private endRow(): void {
    const cells = this.cells;
    const problem = this.quoteProblem;
    this.cells = [];
    this.quoteProblem = undefined;
    this.onRow(cells, this.rowLine, problem);
  }

  /** Line breaks inside a quoted cell: CRLF, LF and a lone CR each count once. */
  private countQuotedBreaks(text: string, from: number, to: number): void {
    let cr = this.quotedCr;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF) {
        if (!cr) this.line++;
        cr = false;
      } else if (c === CR) {
        this.line++;
        cr = true;
      } else {
        cr = false;
      }
    }
    if (to > from) this.quotedCr = cr;
  }
}

