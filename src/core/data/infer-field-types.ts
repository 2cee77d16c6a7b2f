// Guesses field declarations from records read without them (CSV text, JSON values), for a first
// draft the user then corrects. The rule is deliberately plain, so the result is predictable:
// look at the non-missing values of the first `sampleSize` records; a field gets the narrowest
// type that every one of them fits, in this order:
//   boolean  - JSON true/false, or only yes/no words (true/false, yes/no, y/n, 是/否; not 1/0,
//              which read as integers)
//   integer  - whole numbers (JSON or strict decimal text; digit strings with a leading zero or
//              more than 15 digits are codes such as ids and phone numbers, so text)
//   number   - numbers
//   date     - dates convert-cell.ts accepts (2024-03-05, 2024/3/5, 2024年3月5日)
//   time     - times of day (09:30, 9:30:15)
//   category - text with at most MAX_CATEGORIES distinct values, each seen twice on average
//              (values listed in code-point order)
//   string   - anything else, and fields with no values at all.
// A single value that fits no narrower type (an "N/A" among numbers) makes the field text.
import type { FieldDef, FieldType } from '../scorecard/types.ts';
import { parseBooleanText, parseDateText, parseNumberText, parseTimeText } from './convert-cell.ts';

export const MAX_CATEGORIES = 20;
export const DEFAULT_INFERENCE_SAMPLE = 1000;

/** Which types each value still allows, narrowed value by value. */
interface Candidates {
  boolean: boolean;
  integer: boolean;
  number: boolean;
  date: boolean;
  time: boolean;
  text: boolean;
  distinct: Set<string>;
  seen: number;
}

function narrow(c: Candidates, value: unknown): void {
  c.seen++;
  if (typeof value === 'boolean') {
    c.integer = c.number = c.date = c.time = c.text = false;
    return;
  }
  if (typeof value === 'number') {
    c.boolean = c.date = c.time = c.text = false;
    if (!Number.isSafeInteger(value)) c.integer = false;
    return;
  }
  if (typeof value !== 'string') {
    c.boolean = c.integer = c.number = c.date = c.time = c.text = false;
    return;
  }
  const text = value.trim();
  if (c.boolean && (parseBooleanText(text) === undefined || /^[01]$/.test(text))) c.boolean = false;
  if (c.number) {
    const n = isCode(text) ? undefined : parseNumberText(text);
    if (n === undefined) c.number = c.integer = false;
    else if (!Number.isSafeInteger(n)) c.integer = false;
  }
  if (c.date && parseDateText(text) === undefined) c.date = false;
  if (c.time && parseTimeText(text) === undefined) c.time = false;
  if (c.text && c.distinct.size <= MAX_CATEGORIES) c.distinct.add(text);
}

/** Digit strings with a leading zero or more than 15 digits are codes (ids, phone numbers): numbers would lose digits. */
function isCode(text: string): boolean {
  return /^0\d/.test(text) || /^\d{16,}$/.test(text);
}

function typeOf(c: Candidates): FieldType {
  if (c.seen === 0) return 'string';
  if (c.boolean) return 'boolean';
  if (c.integer && c.number) return 'integer';
  if (c.number) return 'number';
  if (c.date) return 'date';
  if (c.time) return 'time';
  if (c.text && c.distinct.size <= MAX_CATEGORIES && c.distinct.size * 2 <= c.seen) return 'category';
  return 'string';
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (typeof value === 'number' && Number.isNaN(value));
}

/** Field declarations for the keys of `records`, in order of first appearance; see the rule above. */
export function inferFieldTypes(records: readonly Record<string, unknown>[], sampleSize: number = DEFAULT_INFERENCE_SAMPLE): FieldDef[] {
  const byKey = new Map<string, Candidates>();
  const sample = records.slice(0, Math.max(0, sampleSize));
  for (const record of sample) {
    for (const key of Object.keys(record)) {
      let c = byKey.get(key);
      if (c === undefined) {
        c = { boolean: true, integer: true, number: true, date: true, time: true, text: true, distinct: new Set(), seen: 0 };
        byKey.set(key, c);
      }
      const value = record[key];
      if (!isMissing(value)) narrow(c, value);
    }
  }
  return [...byKey].map(([key, c]) => {
    const type = typeOf(c);
    if (type !== 'category') return { key, type };
    return { key, type, values: [...c.distinct].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
  });
}
