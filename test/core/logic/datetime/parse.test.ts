import { describe, expect, it } from 'vitest';
import { formatTemporal, parseTemporal } from '../../../../src/core/logic/datetime/parse.ts';

describe('parseTemporal', () => {
  it.each([
    ['2025-03-01', { kind: 'date', date: { year: 2025, month: 3, day: 1 } }],
    ['2025/3/1', { kind: 'date', date: { year: 2025, month: 3, day: 1 } }],
    ['2025/03/01', { kind: 'date', date: { year: 2025, month: 3, day: 1 } }],
    ['  2025-03-01 ', { kind: 'date', date: { year: 2025, month: 3, day: 1 } }],
    ['0000-02-29', { kind: 'date', date: { year: 0, month: 2, day: 29 } }],
    ['08:30', { kind: 'time', time: { hour: 8, minute: 30, second: 0 } }],
    ['8:30', { kind: 'time', time: { hour: 8, minute: 30, second: 0 } }],
    ['23:59:59.999', { kind: 'time', time: { hour: 23, minute: 59, second: 59 } }],
    ['00:00', { kind: 'time', time: { hour: 0, minute: 0, second: 0 } }],
    ['2025-03-01T08:30', { kind: 'dateTime', date: { year: 2025, month: 3, day: 1 }, time: { hour: 8, minute: 30, second: 0 }, offset: null }],
    ['2025-03-01 08:30:15', { kind: 'dateTime', date: { year: 2025, month: 3, day: 1 }, time: { hour: 8, minute: 30, second: 15 }, offset: null }],
    ['2025/3/1 8:05', { kind: 'dateTime', date: { year: 2025, month: 3, day: 1 }, time: { hour: 8, minute: 5, second: 0 }, offset: null }],
    ['2025-03-01T08:30Z', { kind: 'dateTime', date: { year: 2025, month: 3, day: 1 }, time: { hour: 8, minute: 30, second: 0 }, offset: 0 }],
    ['2025-03-01T08:30:00.5+08:00', { kind: 'dateTime', date: { year: 2025, month: 3, day: 1 }, time: { hour: 8, minute: 30, second: 0 }, offset: 480 }],
    ['2025-03-01T08:30-05:30', { kind: 'dateTime', date: { year: 2025, month: 3, day: 1 }, time: { hour: 8, minute: 30, second: 0 }, offset: -330 }],
  ])('reads %j', (text, expected) => {
    expect(parseTemporal(text)).toEqual(expected);
  });

  it.each([
    ['', 'expected one of'],
    ['2025-3-1', 'expected one of'],
    ['25-03-01', 'expected one of'],
    ['2025-03-01T', 'expected one of'],
    ['2025-03-01t08:30', 'expected one of'],
    ['2025-03-01T08:30z', 'expected one of'],
    ['2025-03-01T08:30+0800', 'expected one of'],
    ['2025-03-01+08:00', 'expected one of'],
    ['08:30Z', 'expected one of'],
    ['8:3', 'expected one of'],
    ['083000', 'expected one of'],
    ['2025-03-01  08:30', 'expected one of'],
    ['2025-03-01T08:30:00.1234', 'expected one of'],
    ['2025-02-29', '2025-02 has no day 29 (it has 28 days)'],
    ['2025-02-30', 'has no day 30'],
    ['2025-04-31', '2025-04 has no day 31 (it has 30 days)'],
    ['1900-02-29', 'has no day 29'],
    ['2025-00-10', 'month 0 does not exist'],
    ['2025/13/1', 'month 13 does not exist'],
    ['2025-03-00', 'has no day 0'],
    ['24:00', 'hour 24 is out of range'],
    ['23:60', 'minute 60 is out of range'],
    ['23:59:60', 'second 60 is out of range'],
    ['2025-03-01T25:00', 'hour 25 is out of range'],
    ['2025-03-01T08:00+24:00', 'offset +24:00 is out of range'],
    ['2025-03-01T08:00+08:60', 'offset +08:60 is out of range'],
  ])('refuses %j', (text, reason) => {
    const parsed = parseTemporal(text);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' ? parsed.reason : '').toContain(reason);
  });

  it('formats the canonical forms, zero offsets as Z', () => {
    const format = (text: string): string => {
      const parsed = parseTemporal(text);
      if (parsed.kind !== 'date' && parsed.kind !== 'dateTime') throw new Error(`not a date: ${text}`);
      return formatTemporal(parsed);
    };
    expect(format('0001/1/1')).toBe('0001-01-01');
    expect(format('2025/3/1 8:05')).toBe('2025-03-01T08:05:00');
    expect(format('2025-03-01T08:05+00:00')).toBe('2025-03-01T08:05:00Z');
    expect(format('2025-03-01T08:05-00:00')).toBe('2025-03-01T08:05:00Z');
    expect(format('2025-03-01T08:05:59.999-09:30')).toBe('2025-03-01T08:05:59-09:30');
  });
});
