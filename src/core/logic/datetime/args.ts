// Reading one call's arguments. Every failure is "Invalid Arguments" naming the argument, the value
// and what is wrong with it, so a manager can find the bad cell in the data.
import { ErrorType } from '../errors.ts';
import type { OperatorContext } from '../types.ts';
import type { CivilDate } from './calendar.ts';
import { ACCEPTED_FORMS, parseTemporal, type DateTimeValue, type DateValue, type TemporalValue, type TimeOfDay } from './parse.ts';

/**
 * Null, a missing value and a blank string (an empty spreadsheet cell; `missing` treats "" the same
 * way) make the whole call null, so rules can fall back with `??` or test with `missing`.
 */
export function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export class DateTimeArgs {
  constructor(private readonly op: string, private readonly values: readonly unknown[], private readonly context: OperatorContext) {}

  fail(message: string): never {
    return this.context.fail(ErrorType.InvalidArguments, `"${this.op}": ${message}`);
  }

  private parse(index: number, expected: string): TemporalValue {
    const value = this.values[index];
    const where = `argument ${index + 1} must be ${expected}`;
    if (typeof value !== 'string') this.fail(`${where} (${ACCEPTED_FORMS}), got ${show(value)}`);
    const parsed = parseTemporal(value);
    if (parsed.kind === 'invalid') this.fail(`${where}, got ${show(value)}: ${parsed.reason}`);
    return parsed;
  }

  /** A date or a date-time (the time of a date-time is kept; callers that want days use `.date`). */
  dateLike(index: number): DateValue | DateTimeValue {
    const value = this.parse(index, 'a date or date-time');
    if (value.kind === 'time') this.fail(`argument ${index + 1} must be a date or date-time, got the time ${show(this.values[index])}`);
    return value;
  }

  /** The calendar date as written (the date part of a date-time). */
  date(index: number): CivilDate {
    return this.dateLike(index).date;
  }

  /** The time of day as written: a time, or the clock part of a date-time (its offset ignored). */
  timeOfDay(index: number): TimeOfDay {
    const value = this.parse(index, 'a time or date-time');
    if (value.kind === 'date') this.fail(`argument ${index + 1} must be a time or date-time, got the date ${show(this.values[index])}, which has no time of day`);
    return value.time;
  }

  integer(index: number): number {
    const value = this.values[index];
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) this.fail(`argument ${index + 1} must be a whole number, got ${show(value)}`);
    return value;
  }
}
