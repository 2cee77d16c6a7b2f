// Boundaries of the date.* operators beyond the documented examples, and properties over all dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, callFailure, run } from './helpers.ts';

const two = (n: number): string => String(n).padStart(2, '0');
/** Valid dates 1900–2100 as YYYY-MM-DD; days past a month's end are clamped to it, so month ends are common. */
const dateArb = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => {
    const last = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
    return `${y}-${two(m)}-${two(Math.min(d, last))}`;
  });
const clockArb = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }), s: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m, s }) => `${two(h)}:${two(m)}:${two(s)}`);
const offsetArb = fc.integer({ min: -12 * 60, max: 14 * 60 }).map((o) => (o === 0 ? 'Z' : `${o < 0 ? '-' : '+'}${two(Math.floor(Math.abs(o) / 60))}:${two(Math.abs(o) % 60)}`));

describe('date.parse', () => {
  it('is idempotent on dates and date-times, with or without offsets', () => {
    fc.assert(fc.property(dateArb, clockArb, fc.option(offsetArb), (date, clock, offset) => {
      const text = `${date}T${clock}${offset ?? ''}`;
      expect(call('date.parse', text)).toBe(text);
      expect(call('date.parse', date)).toBe(date);
    }));
  });

  it('refuses a time alone', () => {
    expect(callFailure('date.parse', '08:30').type).toBe('Invalid Arguments');
  });
});

describe('date.diffDays', () => {
  it('counts calendar days across month ends, year ends and leap days', () => {
    expect(run({ 'date.diffDays': ['2024-02-29', '2025-02-28'] })).toBe(365);
    expect(run({ 'date.diffDays': ['2024-02-29', '2024-02-29T23:59:59'] })).toBe(0);
    expect(run({ 'date.diffDays': ['2024-12-31T23:59', '2025-01-01T00:00'] })).toBe(1);
    expect(run({ 'date.diffDays': ['1999-12-31', '2000-03-01'] })).toBe(61);
  });

  it('ignores offsets: the dates as written count', () => {
    expect(run({ 'date.diffDays': ['2025-03-01T23:00-05:00', '2025-03-02T01:00+08:00'] })).toBe(1);
  });

  it('inverts date.addDays', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: -40000, max: 40000 }), (date, n) => {
      const later = call('date.addDays', date, n);
      expect(call('date.diffDays', date, later)).toBe(n);
    }));
  });
});

describe('date.diffMinutes', () => {
  it('is zero for the same instant written with different offsets', () => {
    fc.assert(fc.property(fc.integer({ min: -12 * 60, max: 14 * 60 }), (offset) => {
      const abs = Math.abs(offset);
      // 2025-03-01T12:00Z written in another zone: 00:00 on the 1st to 02:00 on the 2nd.
      const local = 12 * 60 + offset;
      const day = local >= 24 * 60 ? '02' : '01';
      const wall = local % 1440;
      const text = `2025-03-${day}T${two(Math.floor(wall / 60))}:${two(wall % 60)}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
      expect(call('date.diffMinutes', '2025-03-01T12:00Z', text)).toBe(0);
    }));
  });

  it('is antisymmetric', () => {
    fc.assert(fc.property(dateArb, clockArb, dateArb, clockArb, (d1, c1, d2, c2) => {
      const a = `${d1}T${c1}`;
      const b = `${d2} ${c2}`;
      expect(call('date.diffMinutes', a, b)).toBe(-(call('date.diffMinutes', b, a) as number) || 0);
    }));
  });

  it('counts seconds as fractions and crosses leap days', () => {
    expect(run({ 'date.diffMinutes': ['2024-02-28T23:59:30', '2024-03-01T00:00'] })).toBe(1440.5);
    expect(run({ 'date.diffMinutes': ['2025-03-01T00:00', '2025-03-01T00:00:00.999'] })).toBe(0);
  });
});

describe('date.before / date.after / date.between', () => {
  it('compare date-times to the second and dates by day', () => {
    expect(run({ 'date.after': ['2025-03-01T00:00:01', '2025-03-01T00:00'] })).toBe(true);
    expect(run({ 'date.after': ['2025-03-01T23:59:59', '2025-03-01'] })).toBe(false);
    expect(run({ 'date.before': ['2025-02-28T23:59:59', '2025-03-01'] })).toBe(true);
  });

  it('use UTC only when both date-times have offsets', () => {
    // 09:00+08:00 is 01:00Z: before 01:30Z although its clock reads later. Against a value without
    // an offset the clocks are compared as written.
    expect(run({ 'date.after': ['2025-03-01T09:00+08:00', '2025-03-01T00:30Z'] })).toBe(true);
    expect(run({ 'date.after': ['2025-03-01T09:00+08:00', '2025-03-01T01:30Z'] })).toBe(false);
    expect(run({ 'date.after': ['2025-03-01T09:00+08:00', '2025-03-01T01:30'] })).toBe(true);
  });

  it('are consistent with each other', () => {
    fc.assert(fc.property(dateArb, dateArb, (a, b) => {
      const before = call('date.before', a, b);
      const after = call('date.after', a, b);
      expect(before && after).toBe(false);
      expect(before).toBe(call('date.after', b, a));
      expect(before).toBe((call('date.diffDays', a, b) as number) > 0);
      expect(call('date.between', a, a, a)).toBe(true);
    }));
  });

  it('include both ends of a range and refuse reversed ranges', () => {
    expect(run({ 'date.between': ['2025-03-01', '2025-03-01', '2025-03-01'] })).toBe(true);
    expect(run({ 'date.between': ['2025-03-01T08:00', '2025-03-01T08:00', '2025-03-01T17:30'] })).toBe(true);
    expect(run({ 'date.between': ['2025-03-01T17:30:01', '2025-03-01T08:00', '2025-03-01T17:30'] })).toBe(false);
    expect(run({ 'date.between': ['2024-02-29', '2024-02-01', '2024-02-28'] })).toBe(false);
    expect(callFailure('date.between', '2025-03-01', '2025-03-01T17:30', '2025-03-01T08:00').message).toContain('start of the range is after its end');
  });
});

describe('date.weekday / date.isWeekend', () => {
  it('cross year ends', () => {
    expect(run({ 'date.weekday': ['2024-12-31'] })).toBe(2);
    expect(run({ 'date.weekday': ['2025-01-01'] })).toBe(3);
    expect(run({ 'date.weekday': ['2000-01-01'] })).toBe(6);
    expect(run({ 'date.isWeekend': ['2000-01-01T00:00'] })).toBe(true);
  });

  it('advance by one each day and agree with each other', () => {
    fc.assert(fc.property(dateArb, (date) => {
      const weekday = call('date.weekday', date) as number;
      expect(call('date.weekday', call('date.addDays', date, 1))).toBe((weekday % 7) + 1);
      expect(call('date.weekday', call('date.addDays', date, 7))).toBe(weekday);
      expect(call('date.isWeekend', date)).toBe(weekday >= 6);
    }));
  });
});

describe('date.addDays', () => {
  it('steps over every month end', () => {
    const ends = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31'];
    const starts = ['2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01'];
    expect(ends.map((d) => call('date.addDays', d, 1))).toEqual(starts);
    expect(starts.map((d) => call('date.addDays', d, -1))).toEqual(ends);
  });

  it('adds zero and whole years of days', () => {
    expect(run({ 'date.addDays': ['2024-02-29', 0] })).toBe('2024-02-29');
    expect(run({ 'date.addDays': ['2024-02-29', 366] })).toBe('2025-03-01');
    expect(run({ 'date.addDays': ['2024-02-29', -365] })).toBe('2023-03-01');
  });

  it('stays within the years 0000–9999', () => {
    expect(run({ 'date.addDays': ['9999-12-30', 1] })).toBe('9999-12-31');
    expect(run({ 'date.addDays': ['0000-01-02', -1] })).toBe('0000-01-01');
    expect(callFailure('date.addDays', '9999-12-31', 1).message).toContain('outside the years 0000–9999');
    expect(callFailure('date.addDays', '0000-01-01', -1).type).toBe('Invalid Arguments');
  });
});

describe('date.year / date.month / date.day / date.startOfMonth / date.daysInMonth', () => {
  it('read the date as written, offset ignored', () => {
    const t = '2025-12-31T23:30-05:00';
    expect([call('date.year', t), call('date.month', t), call('date.day', t)]).toEqual([2025, 12, 31]);
    expect(call('date.startOfMonth', t)).toBe('2025-12-01');
    expect(call('date.daysInMonth', t)).toBe(31);
  });

  it('handle leap days and month ends', () => {
    expect(run({ 'date.startOfMonth': ['2024-02-29'] })).toBe('2024-02-01');
    expect(run({ 'date.day': ['2025-01-31'] })).toBe(31);
    expect(run({ 'date.month': ['2025/1/1'] })).toBe(1);
    expect(run({ 'date.year': ['0099-01-01'] })).toBe(99);
  });

  it('startOfMonth + daysInMonth - 1 is the last day of the month', () => {
    fc.assert(fc.property(dateArb, (date) => {
      const last = call('date.addDays', call('date.startOfMonth', date), (call('date.daysInMonth', date) as number) - 1);
      expect(call('date.month', last)).toBe(call('date.month', date));
      expect(call('date.month', call('date.addDays', last, 1))).toBe(((call('date.month', date) as number) % 12) + 1);
    }));
  });
});
