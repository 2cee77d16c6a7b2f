// The incremental CSV parser: the same rows and line numbers however the text is cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessDelimiter } from '../../../src/core/data/guess-delimiter.ts';
import { CsvStreamParser } from '../../../src/platform/data-import/csv-stream-parser.ts';

type Row = { cells: string[]; line: number; problem: string | undefined };

function parse(pieces: readonly string[], delimiter = ','): Row[] {
  const rows: Row[] = [];
  const parser = new CsvStreamParser(delimiter, (cells, line, problem) => rows.push({ cells, line, problem }));
  for (const piece of pieces) parser.push(piece);
  parser.end();
  return rows;
}

/** The text cut at the given positions. */
function cut(text: string, positions: readonly number[]): string[] {
  const points = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

describe('CsvStreamParser', () => {
  it('reads quoted cells with separators, quotes and line breaks, and counts lines like an editor', () => {
    const text = 'a,b,c\r\n"x,1","say ""hi""","two\r\nlines"\n"three\nline\rbreaks",,\r\nlast,row,here';
    expect(parse([text])).toEqual([
      { cells: ['a', 'b', 'c'], line: 1, problem: undefined },
      { cells: ['x,1', 'say "hi"', 'two\r\nlines'], line: 2, problem: undefined },
      { cells: ['three\nline\rbreaks', '', ''], line: 4, problem: undefined },
      { cells: ['last', 'row', 'here'], line: 7, problem: undefined },
    ]);
  });

  it('gives the same rows for every way of cutting the text', () => {
    const cellText = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r', '\n', ' ', '张') }), fc.constant(''));
    fc.assert(fc.property(
      fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
      fc.constantFrom('\r\n', '\n', '\r'),
      fc.array(fc.nat(), { maxLength: 12 }),
      (table, eol, positions) => {
        const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
        const text = table.map((r) => r.map(quote).join(',')).join(eol) + eol;
        expect(parse(cut(text, positions))).toEqual(parse([text]));
        // Every character on its own, the hardest cut of all.
        expect(parse([...text])).toEqual(parse([text]));
        expect(parse([text]).map((r) => r.cells)).toEqual(table);
      },
    ), { numRuns: 300 });
  });

  it('keeps a CR at the end of one piece and its LF at the start of the next as one line end', () => {
    expect(parse(['a\r', '\nb\r', '\r\nc'])).toEqual([
      { cells: ['a'], line: 1, problem: undefined },
      { cells: ['b'], line: 2, problem: undefined },
      { cells: [''], line: 3, problem: undefined },
      { cells: ['c'], line: 4, problem: undefined },
    ]);
    expect(parse(['"x\r', '\ny"\r', '\nz'])).toEqual([
      { cells: ['x\r\ny'], line: 1, problem: undefined },
      { cells: ['z'], line: 3, problem: undefined },
    ]);
  });

  it('reports an unclosed quote and text after a closing quote', () => {
    expect(parse(['a,"b\nc'])).toEqual([{ cells: ['a', 'b\nc'], line: 1, problem: 'unclosed' }]);
    expect(parse(['"ab"c,d\ne'])).toEqual([
      { cells: ['abc', 'd'], line: 1, problem: 'stray' },
      { cells: ['e'], line: 2, problem: undefined },
    ]);
    // A quote inside a plain cell is text (as in parseCsv).
    expect(parse(['a"b,c'])).toEqual([{ cells: ['a"b', 'c'], line: 1, problem: undefined }]);
  });

  it('reads other separators and refuses impossible ones', () => {
    expect(parse(['a\tb\n1\t2'], '\t').map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => new CsvStreamParser('"', () => undefined)).toThrow(RangeError);
    expect(() => new CsvStreamParser(';;', () => undefined)).toThrow(RangeError);
  });

  it('guesses the separator from the header line as parseCsv does', () => {
    expect(guessDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(guessDelimiter('\n\n姓名\t分数\n')).toBe('\t');
    expect(guessDelimiter('"a,b";c|d|e')).toBe('|');
    expect(guessDelimiter('single')).toBe(',');
  });
});
