// Which number formats make a number a date or a time, and the dates and times they stand for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInFormat, classifyFormatCode, formatDateSerial, serialOfDate } from '../../../../src/core/data/xlsx/number-formats.ts';

describe('number formats', () => {
  it('knows the built-in date and time formats, the Chinese ones included', () => {
    const kinds = (ids: number[]) => ids.map((id) => builtInFormat(id).kind);
    expect(kinds([14, 15, 16, 17, 22])).toEqual(['date', 'date', 'date', 'date', 'date-time']);
    expect(kinds([18, 19, 20, 21, 45, 46, 47])).toEqual(['time', 'time', 'time', 'time', 'time', 'duration', 'time']);
    expect(kinds([27, 31, 36, 50, 57, 58])).toEqual(Array(6).fill('date'));
    expect(kinds([32, 33, 34, 35, 55, 56])).toEqual(Array(6).fill('time'));
    expect(kinds([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 49])).toEqual(Array(12).fill('number'));
    expect(builtInFormat(21).seconds).toBe(true);
    expect(builtInFormat(20).seconds).toBe(false);
  });

  it.each([
    ['yyyy-mm-dd', 'date', false],
    ['yyyy"年"m"月"d"日"', 'date', false],
    ['yyyy\\年m\\月d\\日', 'date', false],
    ['[$-804]yyyy年m月d日;@', 'date', false],
    ['d-mmm-yy', 'date', false],
    ['mmm yyyy', 'date', false],
    ['h:mm', 'time', false],
    ['hh:mm:ss', 'time', true],
    ['h:mm AM/PM', 'time', false],
    ['hh:mm:ss\\ AM/PM', 'time', true],
    ['mm:ss', 'time', true],
    ['[h]:mm:ss', 'duration', true],
    ['[mm]:ss', 'duration', true],
    ['yyyy-mm-dd hh:mm', 'date-time', false],
    ['m/d/yyyy h:mm:ss', 'date-time', true],
    ['General', 'number', false],
    ['0.00%', 'number', false],
    ['#,##0.00 "days"', 'number', false],
    ['[Red]#,##0.00_ ;\\-#,##0.00\\ ', 'number', false],
    ['"TRUE";"TRUE";"FALSE"', 'number', false],
    ['0.00E+00', 'number', false],
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', 'number', false],
    ['@', 'number', false],
  ])('classifies %s as %s', (code, kind, seconds) => {
    expect(classifyFormatCode(code)).toEqual({ kind, seconds });
  });

  it('turns serials into ISO dates, Excel\'s phantom 29 February 1900 included', () => {
    const date = { kind: 'date' as const, seconds: false };
    expect(formatDateSerial(45356, date, false)).toBe('2024-03-05');
    expect(formatDateSerial(1, date, false)).toBe('1900-01-01');
    expect(formatDateSerial(59, date, false)).toBe('1900-02-28');
    expect(formatDateSerial(60, date, false)).toBe('1900-02-29');
    expect(formatDateSerial(61, date, false)).toBe('1900-03-01');
    expect(formatDateSerial(2958465, date, false)).toBe('9999-12-31');
    expect(formatDateSerial(0, date, true)).toBe('1904-01-01');
    expect(formatDateSerial(43894, date, true)).toBe('2024-03-05'); // 1,462 days less than in the 1900 system
    expect(formatDateSerial(-1, date, false)).toBe(-1);
    expect(formatDateSerial(3e6, date, false)).toBe(3e6);
  });

  it('writes times to the second, rounding to the nearest second and carrying into the next day', () => {
    const time = { kind: 'time' as const, seconds: false };
    expect(formatDateSerial(0.5, time, false)).toBe('12:00');
    expect(formatDateSerial(0.5, { kind: 'time', seconds: true }, false)).toBe('12:00:00');
    expect(formatDateSerial(34230 / 86400, time, false)).toBe('09:30:30'); // seconds the format hides are kept
    expect(formatDateSerial(45356.75, time, false)).toBe('18:00'); // a date-time shown as a time
    expect(formatDateSerial(45356 + 0.9999999, { kind: 'date-time', seconds: false }, false)).toBe('2024-03-06T00:00');
    expect(formatDateSerial(1.5, { kind: 'duration', seconds: true }, false)).toBe('36:00:00');
  });

  it('serialOfDate is the inverse of formatDateSerial for every date Excel can show', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const serial = serialOfDate(y, m, d);
      if (serial === undefined) return;
      const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(formatDateSerial(serial, { kind: 'date', seconds: false }, false)).toBe(iso);
    }));
    expect(serialOfDate(1899, 12, 31)).toBeUndefined();
    expect(serialOfDate(2023, 2, 29)).toBeUndefined();
    expect(serialOfDate(1900, 3, 1)).toBe(61);
  });
});
