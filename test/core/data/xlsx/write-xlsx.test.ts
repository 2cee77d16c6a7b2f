// Writing .xlsx: round trips through our reader for random tables, the parts a spreadsheet needs
// (bold frozen header, widths, shared strings), sheet names, determinism, formula safety.
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, readXlsx, sheetNames, writeXlsx } from '../../../../src/core/data/xlsx/index.ts';

function part(bytes: Uint8Array, name: string): string {
  const file = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (file === undefined) throw new Error(`no ${name}`);
  return strFromU8(file);
}

/** What a written value reads back as (the reader's view of a cell). */
function readBack(value: unknown): unknown {
  if (value === undefined || value === '' || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'number') return value + 0; // -0 is written as 0
  return value;
}

const isoDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }))
  .map(([h, m, s]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s === undefined ? '' : `:${String(s).padStart(2, '0')}`}`);
const chinese = fc.array(fc.constantFrom(...'张三李四王五赵六成绩合格优秀，。“”、'), { maxLength: 8 }).map((a) => a.join(''));
const cell = fc.oneof(
  fc.string({ unit: 'binary' }),
  chinese,
  fc.constantFrom('=SUM(A1:A9)', '+1', '-cmd', '@x', ' padded ', 'a\r\nb', '_x000D_', 'true', '0012'),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  isoDate,
  clock,
  fc.tuple(isoDate, clock).map(([d, t]) => `${d}T${t}`),
);

describe('writeXlsx', () => {
  it('round-trips random tables through readXlsx: text, Chinese, numbers, booleans, empty cells, dates and times', () => {
    fc.assert(fc.property(
      fc.array(fc.string({ minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
      (columns, rows) => {
        const book = readXlsx(writeXlsx([{ name: 'T', columns, rows }]));
        expect(book.rows[0]).toEqual(columns.map((c) => readBack(c)));
        rows.forEach((row, r) => {
          const expected = row.map(readBack);
          while (expected.length > 0 && expected[expected.length - 1] === null) expected.pop();
          expect(book.rows[r + 1] ?? []).toEqual(expected);
        });
      },
    ), { numRuns: 150 });
  });

  it('writes the same bytes for the same tables', () => {
    const tables = [{ name: 'Results', columns: ['name', 'score'], rows: [['张三', 91], ['李四', 78.5]] }, { name: 'Indicators', columns: ['id'], rows: [['kpi.1']] }];
    expect(Buffer.from(writeXlsx(tables)).equals(Buffer.from(writeXlsx(tables)))).toBe(true);
  });

  it('writes text that looks like a formula as a text cell, never as a formula', () => {
    const bytes = writeXlsx([{ name: 'S', columns: ['=cmd'], rows: [['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(1)']] }]);
    const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<f>');
    expect(sheet.match(/t="s"/g)?.length).toBe(5);
    expect(readXlsx(bytes).rows).toEqual([['=cmd'], ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(1)']]);
  });

  it('has a bold, frozen header row, fitted column widths, date styles and a shared-string table', () => {
    const bytes = writeXlsx([{ name: 'S', columns: ['name', 'a very long column heading'], rows: [['张三张三张三张三张三张三', '2024-03-05'], ['x', '09:30']] }]);
    const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="s">');
    expect(sheet).toMatch(/<col min="1" max="1" width="25" customWidth="1"\/><col min="2" max="2" width="29"/);
    expect(sheet).toContain('<c r="B2" s="2"><v>45356</v></c>');
    expect(sheet).toContain('<dimension ref="A1:B3"/>');
    expect(part(bytes, 'xl/styles.xml')).toContain('<font><b/>');
    expect(part(bytes, 'xl/sharedStrings.xml')).toContain('count="4" uniqueCount="4"');
  });

  it('writes several sheets in order, with names Excel accepts', () => {
    const bytes = writeXlsx([
      { name: 'Results', columns: ['a'], rows: [[1]] },
      { name: 'results', columns: ['b'], rows: [[2]] },
      { name: 'a/b:c*d?[e]', columns: [], rows: [] },
      { name: 'x'.repeat(40), columns: ['c'], rows: [] },
    ]);
    expect(readXlsx(bytes).sheets).toEqual(['Results', 'results (2)', 'a_b_c_d__e_', 'x'.repeat(31)]);
    expect(readXlsx(bytes, { sheet: 1 }).rows).toEqual([['b'], [2]]);
    expect(sheetNames(['', "'quoted'", 'Sheet2'])).toEqual(['Sheet1', 'quoted', 'Sheet2']);
  });

  it('writes Dates as date-times (UTC), out-of-range dates and bigints as text', () => {
    const rows = [[new Date(Date.UTC(2024, 2, 5, 9, 30, 15)), new Date(Date.UTC(1850, 0, 1)), 12345678901234567890n, '1899-12-31', '2023-02-29']];
    expect(readXlsx(writeXlsx([{ name: 'S', columns: ['a', 'b', 'c', 'd', 'e'], rows }])).rows[1])
      .toEqual(['2024-03-05T09:30:15', '1850-01-01T00:00:00', '12345678901234567890', '1899-12-31', '2023-02-29']);
  });

  it('writes an empty workbook as one empty sheet', () => {
    expect(readXlsx(writeXlsx([])).sheets).toEqual(['Sheet1']);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
  });
});
