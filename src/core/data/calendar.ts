// Date and clock text for the record codecs and the generator. The day arithmetic is the engine's
// (src/core/logic/datetime/calendar.ts): one proleptic Gregorian calendar, no Date objects, the
// same answer in every time zone.
import { daysInMonth, fromDayNumber, toDayNumber } from '../logic/datetime/calendar.ts';

export { daysInMonth, isLeapYear } from '../logic/datetime/calendar.ts';

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function daysFromCivil(year: number, month: number, day: number): number {
  return toDayNumber({ year, month, day });
}

/** 'YYYY-MM-DD' of a day counted from 1970-01-01. */
export function isoDateFromDays(days: number): string {
  const { year, month, day } = fromDayNumber(days);
  return formatIsoDate(year, month, day);
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Days since 1970-01-01 of a strict 'YYYY-MM-DD' date; undefined when it is not one. */
export function daysFromIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? daysFromCivil(year, month, day) : undefined;
}

/** Minutes after midnight of a strict 'HH:mm' time; undefined when it is not one. */
export function minutesFromClock(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** 'HH:mm' of minutes after midnight. */
export function clockFromMinutes(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
