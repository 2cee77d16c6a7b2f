// xlsx → records by the same rules as CSV: the same conversions, problems with spreadsheet row
// numbers, and the same records as parseCsv for the same table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRecords, parseCsv, toCsv } from '../../../../src/core/data/index.ts';
import { writeXlsx, xlsxToRecords } from '../../../../src/core/data/xlsx/index.ts';
import type { FieldDef } from '../../../../src/core/scorecard/types.ts';
import { handMadeWorkbook } from './hand-made-workbook.ts';

describe('xlsxToRecords', () => {
  it('converts declared columns and reports cells that do not convert, by spreadsheet row', () => {
    const fields: FieldDef[] = [
      { key: 'score', type: 'number' },
      { key: 'passed', type: 'boolean' },
      { key: 'day', type: 'date' },
      { key: 'time', type: 'time' },
      { key: 'missing', type: 'string' },
    ];
    const result = xlsxToRecords(handMadeWorkbook(), { fields });
    expect(result.sheet).toBe('Data & more');
    expect(result.columns).toEqual(['name', 'score', 'passed', 'day', 'time', 'note', 'when']);
    expect(result.lines).toEqual([2, 4, 5, 6]);
    expect(result.records[0]).toEqual({ name: '张三', score: 95.5, passed: true, day: '2024-03-05', time: '09:30:30', note: 'line1\r\nline2', when: '2024-03-05T12:00', missing: null });
    expect(result.records[1]).toMatchObject({ name: '李四', score: null, passed: false, day: '2024-01-01', time: '12:00' });
    expect(result.records[2]).toMatchObject({ score: 0.95, time: null });
    expect(result.problems.map((p) => [p.line, p.column, p.code, p.value])).toEqual([
      [1, 'missing', 'missing-column', ''],
      [4, 'score', 'not-a-number', '#DIV/0!'],
      [5, 'time', 'not-a-time', '36:00:00'],
      [6, '', 'too-many-cells', ''],
    ]);
    expect(result.problemCount).toBe(4);
  });

  it('keeps text exactly: no formula guard is removed, no spaces trimmed', () => {
    const bytes = writeXlsx([{ name: 'S', columns: ['a'], rows: [["'=x"], [' x ']] }]);
    expect(xlsxToRecords(bytes).records).toEqual([{ a: "'=x" }, { a: ' x ' }]);
  });

  it('gives the same records as parseCsv for generated records of every field type', () => {
    const fields: FieldDef[] = [
      { key: 'id', type: 'string' },
      { key: 'score', type: 'number' },
      { key: 'complaints', type: 'integer' },
      { key: 'certified', type: 'boolean' },
      { key: 'hired', type: 'date' },
      { key: 'start', type: 'time' },
      { key: 'grade', type: 'category', values: ['A', 'B', 'C'] },
    ];
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
      const records = generateRecords(fields, 60, { seed });
      const columns = fields.map((f) => f.key);
      const fromCsv = parseCsv(toCsv(records, columns), { fields });
      const fromXlsx = xlsxToRecords(writeXlsx([{ name: 'S', columns, rows: records.map((r) => columns.map((c) => r[c])) }]), { fields });
      expect(fromXlsx.records).toEqual(fromCsv.records);
      expect(fromXlsx.problems).toEqual([]);
      expect(fromXlsx.lines).toEqual(fromCsv.lines);
    }), { numRuns: 20 });
  });
});
