import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, fromDayNumber, isLeapYear, isoWeekday, toDayNumber } from '../../../../src/core/logic/datetime/calendar.ts';

// Date.UTC is time-zone independent, so it can serve as the reference here (the operators avoid it
// because of its 0–99 year mapping and lenient parsing, not because it is wrong for these years).
function reference(days: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay() };
}

describe('calendar', () => {
  it('numbers days from 1970-01-01', () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toDayNumber({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(toDayNumber({ year: 2000, month: 3, day: 1 })).toBe(11017);
    expect(fromDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });

  it('agrees with Date.UTC over years 1000–9999', () => {
    const min = toDayNumber({ year: 1000, month: 1, day: 1 });
    const max = toDayNumber({ year: 9999, month: 12, day: 31 });
    fc.assert(fc.property(fc.integer({ min, max }), (days) => {
      const ref = reference(days);
      const date = fromDayNumber(days);
      expect(date).toEqual({ year: ref.year, month: ref.month, day: ref.day });
      expect(toDayNumber(date)).toBe(days);
      expect(isoWeekday(date)).toBe(ref.weekday);
    }), { numRuns: 2000 });
  });

  it('round-trips the years 0000–0099 that Date would map to 1900–1999', () => {
    for (const date of [{ year: 0, month: 1, day: 1 }, { year: 0, month: 2, day: 29 }, { year: 99, month: 12, day: 31 }]) {
      expect(fromDayNumber(toDayNumber(date))).toEqual(date);
    }
    expect(toDayNumber({ year: 1, month: 1, day: 1 }) - toDayNumber({ year: 0, month: 1, day: 1 })).toBe(366);
  });

  it('applies the Gregorian leap-year rule', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});
