// Reading date and time strings by hand, so the result never depends on the machine's time zone
// or on the browser's lenient Date parser (which accepts 2025-02-30 and rolls it to March).
import { daysInMonth, type CivilDate } from './calendar.ts';

/** A time of day as written. Precision is one second: fractional seconds are read and dropped. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export interface DateValue {
  readonly kind: 'date';
  readonly date: CivilDate;
}

export interface DateTimeValue {
  readonly kind: 'dateTime';
  readonly date: CivilDate;
  readonly time: TimeOfDay;
  /** Minutes east of UTC when the text had `Z` or `±HH:mm`; null for a wall-clock time. */
  readonly offset: number | null;
}

export interface TimeValue {
  readonly kind: 'time';
  readonly time: TimeOfDay;
}

export type TemporalValue = DateValue | DateTimeValue | TimeValue;

/** Why a string is not a date or time, in words for the rule author. */
export interface InvalidValue {
  readonly kind: 'invalid';
  readonly reason: string;
}

export const ACCEPTED_FORMS = 'YYYY-MM-DD, YYYY/M/D, either followed by "T" or a space and H:mm[:ss[.sss]] with an optional Z or ±HH:mm, or a time H:mm[:ss[.sss]]';

// Groups: 1 year, 2-3 ISO month/day, 4-5 slash month/day, 6 time, 7 offset.
const DATE_TIME = /^(\d{4})(?:-(\d{2})-(\d{2})|\/(\d{1,2})\/(\d{1,2}))(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

function invalid(reason: string): InvalidValue {
  return { kind: 'invalid', reason };
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function readDate(year: number, month: number, day: number): CivilDate | InvalidValue {
  if (month < 1 || month > 12) return invalid(`month ${month} does not exist`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return invalid(`${String(year).padStart(4, '0')}-${two(month)} has no day ${day} (it has ${last} days)`);
  return { year, month, day };
}

function readTime(text: string): TimeOfDay | InvalidValue {
  const m = TIME.exec(text);
  if (m === null) return invalid(`expected one of ${ACCEPTED_FORMS}`);
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  // 24:00 and leap seconds are refused: an overnight time.between range covers "until midnight".
  if (hour > 23) return invalid(`hour ${hour} is out of range 0–23`);
  if (minute > 59) return invalid(`minute ${minute} is out of range 0–59`);
  if (second > 59) return invalid(`second ${second} is out of range 0–59`);
  return { hour, minute, second };
}

function readOffset(text: string): number | InvalidValue {
  if (text === 'Z') return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(4, 6));
  if (hours > 23 || minutes > 59) return invalid(`offset ${text} is out of range`);
  const total = hours * 60 + minutes;
  return text.startsWith('-') ? -total : total;
}

/** Parses a date, date-time or time. Surrounding whitespace (common in spreadsheet cells) is ignored. */
export function parseTemporal(input: string): TemporalValue | InvalidValue {
  const text = input.trim();
  if (TIME.test(text)) {
    const time = readTime(text);
    return 'kind' in time ? time : { kind: 'time', time };
  }
  const m = DATE_TIME.exec(text);
  if (m === null) return invalid(`expected one of ${ACCEPTED_FORMS}`);
  const date = readDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  if ('kind' in date) return date;
  if (m[6] === undefined) return { kind: 'date', date };
  const time = readTime(m[6]);
  if ('kind' in time) return time;
  const offset = m[7] === undefined ? null : readOffset(m[7]);
  if (offset !== null && typeof offset !== 'number') return offset;
  return { kind: 'dateTime', date, time, offset };
}

export function formatDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

export function formatTime({ hour, minute, second }: TimeOfDay): string {
  return `${two(hour)}:${two(minute)}:${two(second)}`;
}

function formatOffset(offset: number): string {
  if (offset === 0) return 'Z';
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The canonical form: YYYY-MM-DD, or YYYY-MM-DDTHH:mm:ss with the offset (Z for zero) if one was written. */
export function formatTemporal(value: DateValue | DateTimeValue): string {
  if (value.kind === 'date') return formatDate(value.date);
  return `${formatDate(value.date)}T${formatTime(value.time)}${value.offset === null ? '' : formatOffset(value.offset)}`;
}

export function secondsOfDay({ hour, minute, second }: TimeOfDay): number {
  return hour * 3600 + minute * 60 + second;
}
