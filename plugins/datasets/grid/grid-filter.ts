// Column filters as typed in the grid's filter row, parsed per field type into data (so they can
// be tested and explained) and matched against cell values. Pure: runs in Node for the tests.
//
//   number, integer  90 · = 90 · != 90 · >= 90 · < 3 · 10..20 · ..20 · 10.. (ranges include both ends)
//   date, time       the same forms, with 2024-03-05 / 2024/3/5 / 2024年3月5日 and 09:30 / 9:30:15
//   boolean          yes / no (every word convertCell reads: true/false, y/n, 1/0, 是/否)
//   category         one value, or several separated by , ， 、 ; or | (the row's value is one of them)
//   string           text the value contains (case-insensitive)
//   list             an item filter in the item type's syntax, true when some item matches (> 08:30:
//                    late at least once); or, after # (also ＃, "count", 个数), a number filter on the
//                    item count (# > 3, #0, # 20..22)
//   every type       is empty · (empty) · 为空 · （空） and is not empty · (not empty) · 不为空 · （非空）;
//                    also plain "empty" / "空" (and "not empty" / "非空") except in string columns, where
//                    they are ordinary text to look for
import { parseBooleanText, parseDateText, parseNumberText, parseTimeText } from '../../../src/core/data/convert-cell.ts';
import { itemFieldOf, type ListItem } from '../../../src/core/data/list-text.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { isMissing, type CellValue } from './grid-data-source.ts';

export type CompareOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A parsed column filter. Bounds are numbers (number, integer) or ISO texts (date, time). */
export type ColumnFilter =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-empty' }
  | { readonly kind: 'contains'; readonly text: string }
  | { readonly kind: 'compare'; readonly op: CompareOperator; readonly value: number | string }
  | { readonly kind: 'range'; readonly min?: number | string; readonly max?: number | string }
  | { readonly kind: 'in'; readonly values: readonly string[] }
  | { readonly kind: 'is'; readonly value: boolean }
  /** A list with an item that `item` matches. */
  | { readonly kind: 'some-item'; readonly item: ColumnFilter }
  /** A list whose number of items `count` (a compare or range filter) matches. */
  | { readonly kind: 'count'; readonly count: ColumnFilter };

export type FilterErrorCode = 'not-a-number' | 'not-a-date' | 'not-a-time' | 'not-a-boolean' | 'unknown-category' | 'bad-range';

/** Why a filter text was not understood; `text` is the part at fault. */
export interface FilterError {
  readonly code: FilterErrorCode;
  readonly text: string;
}

/** `filter` is undefined for a blank text (no filter). */
export type FilterParse = { readonly ok: true; readonly filter: ColumnFilter | undefined } | { readonly ok: false; readonly error: FilterError };

const EMPTY_STRICT = ['is empty', '(empty)', '为空', '（空）', '(空)'];
const NOT_EMPTY_STRICT = ['is not empty', '(not empty)', '不为空', '（非空）', '(非空)'];
const EMPTY_LOOSE = ['empty', '空', '空值'];
const NOT_EMPTY_LOOSE = ['not empty', '非空'];

const OPERATOR = /^(>=|<=|!=|<>|==|=|>|<|≥|≤|≠|＞＝|＜＝|＞|＜|＝)\s*(.*)$/s;
const OPERATORS: Readonly<Record<string, CompareOperator>> = {
  '>=': '>=', '≥': '>=', '＞＝': '>=', '<=': '<=', '≤': '<=', '＜＝': '<=',
  '!=': '!=', '<>': '!=', '≠': '!=', '==': '=', '=': '=', '＝': '=',
  '>': '>', '＞': '>', '<': '<', '＜': '<',
};
const RANGE = /^(.*?)\s*(?:\.\.|~|～)\s*(.*)$/s;
const LIST_SEPARATOR = /[,，、;；|]/;
/** A list filter on the number of items: "# > 3", "count >= 20", "个数 = 0". */
const COUNT = /^(?:#|＃|count\b|个数)\s*(.*)$/is;
/** The field an item count is filtered as. */
const COUNT_FIELD: FieldDef = { key: '#', type: 'integer' };

/** Times compare as 'HH:mm:ss', so 09:30 equals 09:30:00. */
export function timeSortKey(text: string): string {
  const t = parseTimeText(text.trim()) ?? text.trim();
  return t.length === 5 ? `${t}:00` : t;
}

export function parseColumnFilter(text: string, field: FieldDef): FilterParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, filter: undefined };
  const word = trimmed.toLowerCase().replace(/\s+/g, ' ');
  const loose = field.type !== 'string';
  if (EMPTY_STRICT.includes(word) || (loose && EMPTY_LOOSE.includes(word))) return { ok: true, filter: { kind: 'empty' } };
  if (NOT_EMPTY_STRICT.includes(word) || (loose && NOT_EMPTY_LOOSE.includes(word))) return { ok: true, filter: { kind: 'not-empty' } };
  switch (field.type) {
    case 'string':
      return { ok: true, filter: { kind: 'contains', text: word } };
    case 'boolean': {
      const value = parseBooleanText(trimmed);
      return value === undefined ? fail('not-a-boolean', trimmed) : { ok: true, filter: { kind: 'is', value } };
    }
    case 'category': {
      const values = trimmed.split(LIST_SEPARATOR).map((v) => v.trim()).filter((v) => v !== '');
      const declared = field.values?.length ? field.values : undefined;
      const unknown = declared ? values.find((v) => !declared.includes(v)) : undefined;
      return unknown !== undefined ? fail('unknown-category', unknown) : { ok: true, filter: { kind: 'in', values } };
    }
    case 'number':
    case 'integer':
    case 'date':
    case 'time':
      return parseOrdered(trimmed, field.type);
    case 'list':
      return parseListFilter(trimmed, field);
  }
}

/** A count filter after "#", otherwise a filter on the items in the item type's syntax. */
function parseListFilter(text: string, field: FieldDef): FilterParse {
  const count = COUNT.exec(text);
  if (count) {
    const rest = count[1]!.trim();
    if (rest === '') return fail('not-a-number', text);
    const parsed = parseOrdered(rest, 'integer');
    return parsed.ok && parsed.filter ? { ok: true, filter: { kind: 'count', count: parsed.filter } } : parsed;
  }
  const item = parseColumnFilter(text, itemFieldOf(field));
  return item.ok && item.filter ? { ok: true, filter: { kind: 'some-item', item: item.filter } } : item;
}

function parseOrdered(text: string, type: 'number' | 'integer' | 'date' | 'time'): FilterParse {
  const bound = (part: string): number | string | undefined => {
    const p = part.trim();
    if (type === 'number' || type === 'integer') return parseNumberText(p);
    if (type === 'date') return parseDateText(p);
    return parseTimeText(p) === undefined ? undefined : timeSortKey(p);
  };
  const code: FilterErrorCode = type === 'date' ? 'not-a-date' : type === 'time' ? 'not-a-time' : 'not-a-number';
  const op = OPERATOR.exec(text);
  if (op) {
    const value = bound(op[2]!);
    return value === undefined ? fail(code, op[2]!.trim()) : { ok: true, filter: { kind: 'compare', op: OPERATORS[op[1]!]!, value } };
  }
  const range = RANGE.exec(text);
  if (range) {
    const [lowText, highText] = [range[1]!.trim(), range[2]!.trim()];
    if (lowText === '' && highText === '') return fail('bad-range', text);
    const min = lowText === '' ? undefined : bound(lowText);
    const max = highText === '' ? undefined : bound(highText);
    if (lowText !== '' && min === undefined) return fail(code, lowText);
    if (highText !== '' && max === undefined) return fail(code, highText);
    if (min !== undefined && max !== undefined && min > max) return fail('bad-range', text);
    return { ok: true, filter: { kind: 'range', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) } };
  }
  const value = bound(text);
  return value === undefined ? fail(code, text) : { ok: true, filter: { kind: 'compare', op: '=', value } };
}

function fail(code: FilterErrorCode, text: string): FilterParse {
  return { ok: false, error: { code, text } };
}

/** The value a compare or range filter reads from a cell, or undefined when it has none of the type. */
function orderedValue(value: CellValue | undefined, type: FieldDef['type']): number | string | undefined {
  if (isMissing(value)) return undefined;
  if (type === 'number' || type === 'integer') return typeof value === 'number' ? value : undefined;
  if (typeof value !== 'string') return undefined;
  return type === 'time' ? timeSortKey(value) : value.trim();
}

/** A cell test for a parsed filter. Missing values match only the empty filter (and `!=`). */
export function compileFilter(filter: ColumnFilter, field: FieldDef): (value: CellValue | undefined) => boolean {
  switch (filter.kind) {
    case 'empty':
      return (v) => isMissing(v);
    case 'not-empty':
      return (v) => !isMissing(v);
    case 'contains': {
      const needle = filter.text;
      return (v) => !isMissing(v) && String(v).toLowerCase().includes(needle);
    }
    case 'is':
      return (v) => v === filter.value;
    case 'in': {
      const set = new Set(filter.values);
      return (v) => typeof v === 'string' && set.has(v.trim());
    }
    case 'range': {
      const { min, max } = filter;
      return (v) => {
        const x = orderedValue(v, field.type);
        return x !== undefined && (min === undefined || x >= min) && (max === undefined || x <= max);
      };
    }
    case 'compare': {
      const target = filter.value;
      const test = COMPARE[filter.op];
      return (v) => {
        const x = orderedValue(v, field.type);
        return x === undefined ? filter.op === '!=' : test(x, target);
      };
    }
    case 'some-item': {
      const test = compileFilter(filter.item, itemFieldOf(field));
      return (v) => isList(v) && v.some(test);
    }
    case 'count': {
      const test = compileFilter(filter.count, COUNT_FIELD);
      return (v) => isList(v) && test(v.length);
    }
  }
}

function isList(value: CellValue | undefined): value is readonly ListItem[] {
  return Array.isArray(value);
}

const COMPARE: Readonly<Record<CompareOperator, (a: number | string, b: number | string) => boolean>> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};
