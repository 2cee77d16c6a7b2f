// Converts one CSV cell to its field's type. Strict on purpose: a value that is not clearly of the
// type is reported, never guessed (a guessed "1,234" or "95%" would silently change a score).
import type { FieldDef } from '../scorecard/types.ts';
import { formatIsoDate, isValidDate, pad2 } from './calendar.ts';
import { itemFieldOf, type ListItem, splitListText } from './list-text.ts';
import { cellMessage, listItemMessage } from './problem-messages.ts';
import type { DataMessage, RowProblemCode } from './types.ts';

export type CellConversion =
  | { ok: true; value: string | number | boolean | ListItem[] | null }
  | { ok: false; code: RowProblemCode; message: DataMessage };

/** Decimal notation with optional sign and exponent; no percent, no separators, no hex, no Infinity. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The words read as yes/no, compared case-insensitively. 1/0 are included because spreadsheets write flags that way. */
export const TRUE_WORDS: readonly string[] = ['true', 'yes', 'y', '1', '是'];
export const FALSE_WORDS: readonly string[] = ['false', 'no', 'n', '0', '否'];

const DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** The number in a strict decimal text, or undefined. */
export function parseNumberText(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  // + 0 turns -0 ("-0", "-0.0") into 0, so that equal cells give equal values.
  return Number.isFinite(n) ? n + 0 : undefined;
}

export function parseBooleanText(text: string): boolean | undefined {
  const word = text.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

/** 'YYYY-MM-DD' of 2024-03-05, 2024/3/5, 2024-3-5 or 2024年3月5日, or undefined (also for 2024-02-30). */
export function parseDateText(text: string): string | undefined {
  const m = DATE.exec(text);
  const parts = m ? [m[1], m[3], m[4]] : CHINESE_DATE.exec(text)?.slice(1, 4);
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isValidDate(year, month, day) ? formatIsoDate(year, month, day) : undefined;
}

/** 'HH:mm' or 'HH:mm:ss' (seconds kept when given) of a 24-hour time such as 9:05, or undefined. */
export function parseTimeText(text: string): string | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  const seconds = m[3] === undefined ? undefined : Number(m[3]);
  if (hours > 23 || minutes > 59 || (seconds !== undefined && seconds > 59)) return undefined;
  return `${pad2(hours)}:${pad2(minutes)}${seconds === undefined ? '' : `:${pad2(seconds)}`}`;
}

function failure(code: RowProblemCode, field: FieldDef, raw: string): CellConversion {
  return { ok: false, code, message: cellMessage(code, field.key, raw, field.values) };
}

/**
 * The value of a cell for a field. Blank cells (empty or only spaces) are missing: null. Other
 * types are trimmed before reading; string cells keep their text exactly.
 */
export function convertCell(raw: string, field: FieldDef): CellConversion {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  switch (field.type) {
    case 'string':
      return { ok: true, value: raw };
    case 'number': {
      const n = parseNumberText(text);
      return n === undefined ? failure('not-a-number', field, raw) : { ok: true, value: n };
    }
    case 'integer': {
      const n = parseNumberText(text);
      if (n === undefined) return failure('not-a-number', field, raw);
      return Number.isSafeInteger(n) ? { ok: true, value: n } : failure('not-an-integer', field, raw);
    }
    case 'boolean': {
      const b = parseBooleanText(text);
      return b === undefined ? failure('not-a-boolean', field, raw) : { ok: true, value: b };
    }
    case 'date': {
      const d = parseDateText(text);
      return d === undefined ? failure('not-a-date', field, raw) : { ok: true, value: d };
    }
    case 'time': {
      const t = parseTimeText(text);
      return t === undefined ? failure('not-a-time', field, raw) : { ok: true, value: t };
    }
    case 'category':
      if (field.values && field.values.length > 0 && !field.values.includes(text)) return failure('unknown-category', field, raw);
      return { ok: true, value: text };
    case 'list':
      return convertList(text, field);
  }
}

/**
 * A list cell: items separated by ; , 、 ； or ， (or a JSON array), each converted by the rules of
 * the field's item type. One bad item makes the whole cell a problem that names the item: keeping
 * the other items would silently change a count such as "late more than 3 times".
 */
function convertList(text: string, field: FieldDef): CellConversion {
  const itemField = itemFieldOf(field);
  const pieces = splitListText(text).items;
  const values: ListItem[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    // JSON numbers and booleans are read as their text, as JSON imports read single values.
    const itemText = typeof piece === 'string' ? piece : typeof piece === 'number' || typeof piece === 'boolean' ? String(piece) : undefined;
    if (itemText === undefined || itemText.trim() === '') {
      return { ok: false, code: 'not-a-list', message: listItemMessage(field.key, text, itemText ?? JSON.stringify(piece) ?? String(piece), i + 1) };
    }
    const converted = convertCell(itemText, itemField);
    if (!converted.ok) return { ok: false, code: converted.code, message: cellMessage(converted.code, field.key, itemText, field.values, i + 1) };
    values.push(converted.value as ListItem);
  }
  return { ok: true, value: values };
}
