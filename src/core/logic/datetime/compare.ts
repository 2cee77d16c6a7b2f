// The time-zone rule in one place. Values are compared as written (wall clock) unless both carry an
// offset: then, and only then, both are moved to UTC. Mixing a value with an offset and one without
// cannot be resolved without guessing the machine's zone, so the offset is ignored instead.
import { toDayNumber } from './calendar.ts';
import { secondsOfDay, type DateTimeValue, type DateValue } from './parse.ts';

const SECONDS_PER_DAY = 86400;

function bothHaveOffsets(a: DateValue | DateTimeValue, b: DateValue | DateTimeValue): boolean {
  return a.kind === 'dateTime' && b.kind === 'dateTime' && a.offset !== null && b.offset !== null;
}

function seconds(value: DateValue | DateTimeValue, toUtc: boolean): number {
  const midnight = toDayNumber(value.date) * SECONDS_PER_DAY;
  if (value.kind === 'date') return midnight;
  const wall = midnight + secondsOfDay(value.time);
  return toUtc && value.offset !== null ? wall - value.offset * 60 : wall;
}

/** Seconds from a to b; a date alone counts as its 00:00. */
export function secondsBetween(a: DateValue | DateTimeValue, b: DateValue | DateTimeValue): number {
  const toUtc = bothHaveOffsets(a, b);
  return seconds(b, toUtc) - seconds(a, toUtc);
}

/**
 * Negative, zero or positive as a is earlier than, the same as, or later than b. Two date-times
 * compare to the second; when either is a date alone only the calendar dates count, so
 * 2025-03-01T10:00 is neither before nor after 2025-03-01.
 */
export function compareDateLike(a: DateValue | DateTimeValue, b: DateValue | DateTimeValue): number {
  if (a.kind === 'dateTime' && b.kind === 'dateTime') return -secondsBetween(a, b);
  return toDayNumber(a.date) - toDayNumber(b.date);
}
