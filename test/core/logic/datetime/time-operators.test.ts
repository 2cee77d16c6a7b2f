// Boundaries of the time.* operators beyond the documented examples, and properties over all times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, run } from './helpers.ts';

const two = (n: number): string => String(n).padStart(2, '0');
const timeArb = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }), s: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m, s }) => `${two(h)}:${two(m)}:${two(s)}`);

describe('time.parse', () => {
  it('normalises every form, midnight and 23:59:59 included', () => {
    expect(run({ 'time.parse': ['0:00'] })).toBe('00:00:00');
    expect(run({ 'time.parse': ['23:59:59.999'] })).toBe('23:59:59');
    expect(run({ 'time.parse': ['2025/3/1 8:05'] })).toBe('08:05:00');
    expect(run({ 'time.parse': ['2025-03-01T08:05:00-05:00'] })).toBe('08:05:00');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(timeArb, (t) => {
      expect(call('time.parse', call('time.parse', t))).toBe(t);
    }));
  });
});

describe('time.minutes', () => {
  it('counts from midnight to just under 1440', () => {
    expect(run({ 'time.minutes': ['23:59:59'] })).toBeCloseTo(1439 + 59 / 60, 12);
    expect(run({ 'time.minutes': ['2025-03-01T00:00Z'] })).toBe(0);
    expect(run({ 'time.minutes': ['12:00'] })).toBe(720);
  });
});

describe('time.diffMinutes', () => {
  it('is zero for equal times and antisymmetric', () => {
    expect(run({ 'time.diffMinutes': ['08:30', '08:30:00'] })).toBe(0);
    fc.assert(fc.property(timeArb, timeArb, (a, b) => {
      expect(call('time.diffMinutes', a, b)).toBe(-(call('time.diffMinutes', b, a) as number) || 0);
    }));
  });

  it('spans at most a day less a second', () => {
    expect(run({ 'time.diffMinutes': ['00:00', '23:59:59'] })).toBeCloseTo(1439 + 59 / 60, 12);
    expect(run({ 'time.diffMinutes': ['00:00:30', '00:01'] })).toBe(0.5);
  });
});

describe('time.after / time.before', () => {
  it('treat equal times as neither', () => {
    for (const t of ['00:00', '08:30', '23:59:59']) {
      expect(call('time.after', t, t)).toBe(false);
      expect(call('time.before', t, t)).toBe(false);
    }
  });

  it('compare clock times only: the date and offset of a date-time are ignored', () => {
    expect(run({ 'time.after': ['2025-03-01T08:31+08:00', '08:30'] })).toBe(true);
    expect(run({ 'time.before': ['2099-12-31T00:00', '00:01'] })).toBe(true);
    expect(run({ 'time.after': ['23:59', '00:00'] })).toBe(true);
    expect(run({ 'time.before': ['00:00', '23:59'] })).toBe(true);
  });

  it('accept a date-time as the limit too', () => {
    expect(run({ 'time.after': ['08:31', '2025-03-01 08:30'] })).toBe(true);
  });

  it('agree with each other and with time.lateMinutes / time.earlyMinutes', () => {
    fc.assert(fc.property(timeArb, timeArb, (t, limit) => {
      const after = call('time.after', t, limit);
      const before = call('time.before', t, limit);
      expect(after && before).toBe(false);
      expect(after).toBe((call('time.lateMinutes', t, limit) as number) > 0);
      expect(before).toBe((call('time.earlyMinutes', t, limit) as number) > 0);
      expect(call('time.before', limit, t)).toBe(after);
    }));
  });
});

describe('time.between', () => {
  it('includes the start and excludes the end, to the second', () => {
    expect(run({ 'time.between': ['08:29:59', '08:30', '17:30'] })).toBe(false);
    expect(run({ 'time.between': ['17:29:59', '08:30', '17:30'] })).toBe(true);
  });

  it('handles ranges touching midnight', () => {
    expect(run({ 'time.between': ['00:00', '00:00', '06:00'] })).toBe(true);
    expect(run({ 'time.between': ['23:59', '00:00', '06:00'] })).toBe(false);
    expect(run({ 'time.between': ['00:00', '22:00', '06:00'] })).toBe(true);
    expect(run({ 'time.between': ['22:00', '22:00', '06:00'] })).toBe(true);
    expect(run({ 'time.between': ['21:59:59', '22:00', '06:00'] })).toBe(false);
    expect(run({ 'time.between': ['00:00', '22:00', '00:00'] })).toBe(false);
  });

  it('splits the day in two: a range and its reverse cover every time exactly once', () => {
    fc.assert(fc.property(timeArb, timeArb, timeArb, (t, start, end) => {
      fc.pre(start !== end);
      expect(call('time.between', t, start, end)).not.toBe(call('time.between', t, end, start));
    }));
  });

  it('is empty when start equals end', () => {
    fc.assert(fc.property(timeArb, timeArb, (t, edge) => {
      expect(call('time.between', t, edge, edge)).toBe(false);
    }));
  });
});

describe('time.lateMinutes / time.earlyMinutes', () => {
  it('do not wrap past midnight', () => {
    expect(run({ 'time.lateMinutes': ['00:10', '22:00'] })).toBe(0);
    expect(run({ 'time.lateMinutes': ['23:59', '00:00'] })).toBe(1439);
    expect(run({ 'time.earlyMinutes': ['00:00', '23:59'] })).toBe(1439);
    expect(run({ 'time.earlyMinutes': ['17:30:00', '17:30'] })).toBe(0);
  });

  it('are the positive and negative parts of time.diffMinutes', () => {
    fc.assert(fc.property(timeArb, timeArb, (t, limit) => {
      const diff = call('time.diffMinutes', limit, t) as number;
      expect((call('time.lateMinutes', t, limit) as number) - (call('time.earlyMinutes', t, limit) as number)).toBeCloseTo(diff, 9);
    }));
  });
});
