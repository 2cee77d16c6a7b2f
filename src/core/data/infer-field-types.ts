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
// JSON arrays of single values (["08:12", "08:41"]) make a list field when every non-missing value
// is one; its item type follows the same rule over all the items (so 'HH:mm' texts are times).
// Anything else that is not a single value (objects, arrays of objects, a mix of arrays and single
// values) makes the field text. Texts such as "08:12; 08:41" are not taken for lists: a comma in
// ordinary text would make too many false lists.
import type { FieldDef, ScalarFieldType } from '../scorecard/types.ts';
import { parseBooleanText, parseDateText, parseNumberText, parseTimeText } from './convert-cell.ts';
import { isListValue } from './list-text.ts';

export const MAX_CATEGORIES = 20;
export const DEFAULT_INFERENCE_SAMPLE = 1000;

/** Which single-value types each value still allows, narrowed value by value. */
interface Scalars {
  boolean: boolean;
  integer: boolean;
  number: boolean;
  date: boolean;
  time: boolean;
  text: boolean;
  distinct: Set<string>;
  seen: number;
}

interface Candidates extends Scalars {
  /** Every value so far is an array of single values; `items` narrows over their items. */
  list: boolean;
  items: Scalars;
}

function scalars(): Scalars {
  return { boolean: true, integer: true, number: true, date: true, time: true, text: true, distinct: new Set(), seen: 0 };
}

function narrow(c: Candidates, value: unknown): void {
  if (isListValue(value)) {
    c.seen++;
    c.boolean = c.integer = c.number = c.date = c.time = c.text = false;
    for (const item of value) if (!isMissing(item)) narrowScalar(c.items, item);
    return;
  }
  c.list = false;
  narrowScalar(c, value);
}

function narrowScalar(c: Scalars, value: unknown): void {
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

function typeOf(c: Scalars): ScalarFieldType {
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
        c = { ...scalars(), list: true, items: scalars() };
        byKey.set(key, c);
      }
      const value = record[key];
      if (!isMissing(value)) narrow(c, value);
    }
  }
  return [...byKey].map(([key, c]): FieldDef => {
    if (c.list && c.seen > 0) {
      const items = typeOf(c.items);
      return items === 'category' ? { key, type: 'list', items, values: sortedValues(c.items) } : { key, type: 'list', items };
    }
    const type = typeOf(c);
    return type === 'category' ? { key, type, values: sortedValues(c) } : { key, type };
  });
}

/** The distinct texts in code-point order (not the locale's, so the result is the same everywhere). */
function sortedValues(c: Scalars): string[] {
  return [...c.distinct].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
