// Dates in a spreadsheet are numbers (days since an epoch, the time of day as the fraction) that a
// number format shows as a date. So whether a numeric cell is a date depends on its style's format:
// built-in format ids, or a custom format code with date or time parts.
import { daysFromCivil, isValidDate, isoDateFromDays, pad2 } from '../calendar.ts';

/** What a number format shows: a plain number, a date, a time of day, both, or a duration ([h]:mm). */
export type NumberFormatKind = 'number' | 'date' | 'time' | 'date-time' | 'duration';

export interface DateFormat {
  kind: NumberFormatKind;
  /** The format shows seconds (times are then written HH:mm:ss even when the seconds are zero). */
  seconds: boolean;
}

const PLAIN: DateFormat = { kind: 'number', seconds: false };
const DATE: DateFormat = { kind: 'date', seconds: false };
const TIME: DateFormat = { kind: 'time', seconds: false };
const TIME_S: DateFormat = { kind: 'time', seconds: true };
const DATE_TIME: DateFormat = { kind: 'date-time', seconds: false };
const DURATION_S: DateFormat = { kind: 'duration', seconds: true };

/**
 * Built-in format ids that are dates or times (ECMA-376 §18.8.30). 14–22 and 45–47 are the same in
 * every locale; 27–36 and 50–58 are the East-Asian ones (in a Chinese Excel: yyyy"年"m"月"d"日",
 * h"时"mm"分", …); 71–81 are the Thai ones, which Excel maps onto 14–22 and 45–47.
 */
const BUILT_IN: ReadonlyMap<number, DateFormat> = new Map([
  [14, DATE], [15, DATE], [16, DATE], [17, DATE],
  [18, TIME], [19, TIME_S], [20, TIME], [21, TIME_S], [22, DATE_TIME],
  [27, DATE], [28, DATE], [29, DATE], [30, DATE], [31, DATE],
  [32, TIME], [33, TIME_S], [34, TIME], [35, TIME_S], [36, DATE],
  [45, TIME_S], [46, DURATION_S], [47, TIME_S],
  [50, DATE], [51, DATE], [52, DATE], [53, DATE], [54, DATE], [55, TIME], [56, TIME_S], [57, DATE], [58, DATE],
  [71, DATE], [72, DATE], [73, DATE], [74, DATE], [75, DATE],
  [76, TIME], [77, TIME_S], [78, DATE_TIME], [79, TIME_S], [80, DURATION_S], [81, TIME_S],
]);

export function builtInFormat(id: number): DateFormat {
  return BUILT_IN.get(id) ?? PLAIN;
}

/**
 * Classifies a custom format code by the date and time letters outside quoted text, escapes (\x,
 * _x, *x) and bracketed parts — except [h], [m], [s], which are elapsed-time parts. Only the first
 * section (for positive numbers) counts. "m" is minutes after h or before s, months otherwise.
 */
export function classifyFormatCode(code: string): DateFormat {
  let date = false;
  let time = false;
  let seconds = false;
  let elapsed = false;
  let previous = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === ';') break;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
      continue;
    }
    if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      const inner = code.slice(i + 1, end < 0 ? code.length : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) {
        elapsed = time = true;
        if (inner[0] === 's') seconds = true;
        previous = inner[0] as string;
      }
      i = end < 0 ? code.length : end;
      continue;
    }
    const upper = code.slice(i, i + 5).toUpperCase();
    if (upper === 'AM/PM' || upper.startsWith('A/P')) {
      // The 12-hour clock marker: its M is not a month.
      i += upper === 'AM/PM' ? 4 : 2;
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower === 'y' || lower === 'd') {
      date = true;
      previous = lower;
    } else if (lower === 'h') {
      time = true;
      previous = 'h';
    } else if (lower === 's') {
      time = seconds = true;
      previous = 's';
    } else if (lower === 'm') {
      if (previous === 'h') time = true;
      else if (/^[^a-z]*s/i.test(stripToNextLetter(code, i))) time = true;
      else date = true;
      while (code[i + 1]?.toLowerCase() === 'm') i++;
      previous = 'm';
    }
  }
  if (elapsed && !date) return { kind: 'duration', seconds };
  if (date && time) return { kind: 'date-time', seconds };
  if (date) return DATE;
  if (time) return { kind: 'time', seconds };
  return PLAIN;
}

/** The rest of the format after a run of m's, from its next character on (for "mm:ss"). */
function stripToNextLetter(code: string, i: number): string {
  let j = i;
  while (code[j]?.toLowerCase() === 'm') j++;
  return code.slice(j);
}

/** Excel's largest date, 9999-12-31, as a serial of the 1900 system. */
const MAX_SERIAL = 2958465;
const SECONDS_PER_DAY = 86400;
const EPOCH_1900 = daysFromCivil(1899, 12, 30);
const EPOCH_1904 = daysFromCivil(1904, 1, 1);

/**
 * The text of a date-formatted number: 'YYYY-MM-DD', 'HH:mm' or 'HH:mm:ss', or
 * 'YYYY-MM-DDTHH:mm[:ss]'; durations as hours:mm:ss beyond 24 ('27:30:00'). Seconds are written
 * when the format shows them or when they are not zero, so nothing the file holds is dropped.
 * Numbers outside Excel's date range stay numbers.
 */
export function formatDateSerial(serial: number, format: DateFormat, date1904: boolean): string | number {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL + 1) return serial;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * SECONDS_PER_DAY);
  if (seconds === SECONDS_PER_DAY) {
    days++;
    seconds = 0;
  }
  const clock = (total: number, forceSeconds: boolean): string => {
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return `${pad2(h)}:${pad2(m)}${forceSeconds || s !== 0 ? `:${pad2(s)}` : ''}`;
  };
  switch (format.kind) {
    case 'time':
      return clock(seconds, format.seconds);
    case 'duration':
      return clock(days * SECONDS_PER_DAY + seconds, format.seconds);
    case 'date':
      return dateOfSerialDay(days, date1904);
    case 'date-time':
      return `${dateOfSerialDay(days, date1904)}T${clock(seconds, format.seconds)}`;
    default:
      return serial;
  }
}

/**
 * The calendar date of a whole serial. In the 1900 system Excel counts a 29 February 1900 that
 * never was (serial 60, kept from Lotus 1-2-3), so serials before it are one day later than a
 * plain count from 1899-12-30; serial 60 itself is written as Excel shows it.
 */
function dateOfSerialDay(days: number, date1904: boolean): string {
  if (date1904) return isoDateFromDays(EPOCH_1904 + days);
  if (days === 60) return '1900-02-29';
  return isoDateFromDays(EPOCH_1900 + (days < 60 ? days + 1 : days));
}

/** The 1900-system serial of a date, or undefined before 1900-01-01 (Excel cannot show those). */
export function serialOfDate(year: number, month: number, day: number): number | undefined {
  if (!isValidDate(year, month, day) || year < 1900 || year > 9999) return undefined;
  const days = daysFromCivil(year, month, day) - EPOCH_1900;
  return days < 61 ? days - 1 : days;
}

