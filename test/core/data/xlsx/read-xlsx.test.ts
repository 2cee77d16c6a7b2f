// Reading .xlsx: a workbook assembled by hand with what Excel files contain, two files saved by
// LibreOffice Calc (fixtures/), and the errors a user can meet.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { XlsxError, listXlsxSheets, readXlsx } from '../../../../src/core/data/xlsx/index.ts';
import { columnOfReference } from '../../../../src/core/data/xlsx/read-sheet.ts';
import { resolvePartPath } from '../../../../src/core/data/xlsx/zip-parts.ts';
import { HAND_MADE_ROWS, handMadeWorkbook, minimalWorkbook } from './hand-made-workbook.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

function xlsxError(fn: () => unknown): XlsxError {
  try {
    fn();
  } catch (error) {
    if (error instanceof XlsxError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('readXlsx', () => {
  it('reads a hand-made workbook with rich text, inline strings, escapes, date styles and gaps', () => {
    const book = readXlsx(handMadeWorkbook());
    expect(book.sheets).toEqual(['隐藏', 'Data & more', 'Other']);
    expect(book.sheet).toBe('Data & more'); // the first visible sheet
    expect(book.rows).toEqual(HAND_MADE_ROWS);
  });

  it('chooses sheets by name (any case) or position, hidden ones included', () => {
    const bytes = handMadeWorkbook();
    expect(readXlsx(bytes, { sheet: 0 }).rows).toEqual([['secret']]);
    expect(readXlsx(bytes, { sheet: 'other' }).rows).toEqual([[], [null, 'inline']]);
    expect(readXlsx(bytes, { sheet: 'Other' }).sheet).toBe('Other');
    expect(listXlsxSheets(bytes)).toEqual(['隐藏', 'Data & more', 'Other']);
  });

  it('reports a sheet that does not exist, naming the ones that do', () => {
    const error = xlsxError(() => readXlsx(handMadeWorkbook(), { sheet: 'Missing' }));
    expect(error.code).toBe('no-such-sheet');
    expect(error.userMessage.en).toContain('"Missing"');
    expect(error.userMessage['zh-CN']).toContain('“隐藏”');
    expect(xlsxError(() => readXlsx(handMadeWorkbook(), { sheet: 3 })).userMessage.en).toContain('number 4');
  });

  it('stops after maxRows rows', () => {
    expect(readXlsx(handMadeWorkbook(), { maxRows: 2 }).rows).toEqual(HAND_MADE_ROWS.slice(0, 2));
  });

  it('reads the 1904 date system', () => {
    const styles = '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    const bytes = minimalWorkbook([{ name: 'S', data: '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43894</v></c></row>' }], { styles, date1904: true });
    expect(readXlsx(bytes).rows).toEqual([['1904-01-01', '2024-03-05']]);
  });

  it('reads a workbook without shared strings or styles, and cells beyond column Z', () => {
    const bytes = minimalWorkbook([{ name: 'S', data: '<row><c r="AA1" t="inlineStr"><is><t>x</t></is></c></row><row><c><v>1</v></c><c t="b"><v>1</v></c></row>' }]);
    const rows = readXlsx(bytes).rows;
    expect(rows[0]?.length).toBe(27);
    expect(rows[0]?.[26]).toBe('x');
    expect(rows[1]).toEqual([1, true]);
  });

  it('reads what LibreOffice Calc writes (the hand-made workbook saved again by it)', () => {
    const book = readXlsx(fixture('hand-made-resaved-by-libreoffice.xlsx'));
    expect(book.sheets).toEqual(['隐藏', 'Data & more', 'Other']);
    // Calc turns a CR LF inside a cell into LF and writes a lone CR as &#13;; everything else is the same.
    const expected = HAND_MADE_ROWS.map((row) => row.map((cell) => (cell === 'line1\r\nline2' ? 'line1\nline2' : cell)));
    expect(book.rows).toEqual(expected);
    expect(readXlsx(fixture('hand-made-resaved-by-libreoffice.xlsx'), { sheet: 'Other' }).rows).toEqual([[], [null, 'inline']]);
  });

  it('reads a CSV file opened and saved as .xlsx by LibreOffice Calc (its own number formats)', () => {
    const book = readXlsx(fixture('csv-saved-by-libreoffice.xlsx'));
    expect(book.rows).toEqual([
      ['name', 'score', 'passed', 'day', 'time', 'when', 'note'],
      ['张三', 95.5, true, '2024-03-05', '09:30:00', '2024-03-05T09:30:15', 'multi\nline'],
      ['李四', -3, false, '1999-12-31', '23:59:59', null, '#NAME?'], // Calc read "=notformula" as a formula
      [],
      ['王五', 1e21, null, '2024-02-29', '00:00:00', '2024-02-29T00:00:00', '  pad'],
    ]);
  });

  it('tells an old .xls or a password-protected workbook from a file that is no workbook at all', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(xlsxError(() => readXlsx(ole)).code).toBe('legacy-or-encrypted');
    expect(xlsxError(() => readXlsx(strToU8('name,score\n'))).code).toBe('not-xlsx');
    expect(xlsxError(() => readXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))).code).toBe('not-xlsx');
    const zipWithoutWorkbook = zipSync({ 'hello.txt': strToU8('hi') });
    expect(xlsxError(() => readXlsx(zipWithoutWorkbook)).code).toBe('not-xlsx');
  });

  it('reports a damaged workbook (a shared string index out of range, a missing sheet part)', () => {
    const bad = minimalWorkbook([{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>' }], { sharedStrings: '<si><t>only</t></si>' });
    expect(xlsxError(() => readXlsx(bad)).code).toBe('corrupt');
    const noRow = minimalWorkbook([{ name: 'S', data: '<row r="0"><c><v>1</v></c></row>' }]);
    expect(xlsxError(() => readXlsx(noRow)).code).toBe('corrupt');
  });
});

describe('xlsx helpers', () => {
  it('resolves relationship targets', () => {
    expect(resolvePartPath('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartPath('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartPath('xl/workbook.xml', './worksheets/../sharedStrings.xml')).toBe('xl/sharedStrings.xml');
    expect(resolvePartPath('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });

  it('reads column letters', () => {
    expect(['A1', 'Z9', 'AA1', 'az3', 'XFD1048576', '12'].map(columnOfReference)).toEqual([0, 25, 26, 51, 16383, -1]);
  });
});
