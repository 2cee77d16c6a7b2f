// The grid's view: which rows are shown, in which order, after the column filters, the quick
// filter and the sort. A pure function of the rows and the options (runs in Node for the tests).
//
// Sorting is type-aware: numbers numerically, booleans no before yes, dates and times as ISO
// texts (times with seconds, so 09:30 = 09:30:00), categories in their declared order (undeclared
// values after, alphabetically), strings with Intl.Collator for the display language (pinyin order
// for Chinese in zh-CN, numeric runs compared as numbers: R9 < R10), lists by their number of items.
// Missing values come last in either direction. Ties keep the storage order, so the sort is stable.
//
// For speed every sort key is first turned into one number per row (the value, or its rank among
// the column's distinct values, NaN when missing); the comparator then only compares numbers.
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { isMissing, type CellValue, type GridRows, type RowId } from './grid-data-source.ts';
import { compileFilter, parseColumnFilter, timeSortKey, type FilterError } from './grid-filter.ts';

export type SortDirection = 'asc' | 'desc';

export interface SortKey {
  readonly key: string;
  readonly direction: SortDirection;
}

export interface ViewOptions {
  /** Sort keys, most significant first; unknown keys are ignored. */
  readonly sort?: readonly SortKey[];
  /** Filter text per field key (see grid-filter.ts); blank texts and unknown keys are ignored. */
  readonly filters?: Readonly<Record<string, string>>;
  /** Words that must all appear (case-insensitive) somewhere in a row. */
  readonly quickFilter?: string;
  /** The language strings are collated for ('en', 'zh-CN'); default 'en'. */
  readonly locale?: string;
  /** Only these rows may be shown (then the filters apply); all rows when undefined. */
  readonly onlyRows?: ReadonlySet<RowId>;
}

export interface GridView {
  /** The shown rows, in display order. */
  readonly rowIds: RowId[];
  /** Filters that could not be read, by field key; they are not applied. */
  readonly filterErrors: Readonly<Record<string, FilterError>>;
}

export function computeView(rows: GridRows, options: ViewOptions = {}): GridView {
  const fields = new Map(rows.fields.map((f) => [f.key, f]));
  const filterErrors: Record<string, FilterError> = {};
  const tests: Array<{ key: string; test: (v: CellValue | undefined) => boolean }> = [];
  for (const [key, text] of Object.entries(options.filters ?? {})) {
    const field = fields.get(key);
    if (!field) continue;
    const parsed = parseColumnFilter(text, field);
    if (!parsed.ok) filterErrors[key] = parsed.error;
    else if (parsed.filter) tests.push({ key, test: compileFilter(parsed.filter, field) });
  }
  const words = (options.quickFilter ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
  const keys = rows.fields.map((f) => f.key);

  const rowIds: RowId[] = [];
  const n = rows.rowCount;
  const only = options.onlyRows;
  for (let p = 0; p < n; p++) {
    const id = rows.rowIdAt(p);
    if (only && !only.has(id)) continue;
    if (tests.length && !tests.every(({ key, test }) => test(rows.getValue(id, key)))) continue;
    if (words.length && !matchesWords(rows, id, keys, words)) continue;
    rowIds.push(id);
  }
  const sort = (options.sort ?? []).filter((s) => fields.has(s.key));
  return { rowIds: sort.length ? sortRowIds(rows, rowIds, sort, options.locale ?? 'en') : rowIds, filterErrors };
}

function matchesWords(rows: GridRows, id: RowId, keys: readonly string[], words: readonly string[]): boolean {
  let text = '';
  for (const key of keys) {
    const v = rows.getValue(id, key);
    if (v !== null && v !== undefined) text += `${String(v)}\u0001`;
  }
  text = text.toLowerCase();
  return words.every((w) => text.includes(w));
}

/** The rows sorted by the keys (ties keep their order in `rowIds`); returns a new array. */
export function sortRowIds(rows: GridRows, rowIds: readonly RowId[], sort: readonly SortKey[], locale = 'en'): RowId[] {
  const fields = new Map(rows.fields.map((f) => [f.key, f]));
  const columns: Float64Array[] = [];
  const signs: number[] = [];
  for (const s of sort) {
    const field = fields.get(s.key);
    if (!field) continue;
    columns.push(sortColumn(rows, rowIds, field, locale));
    signs.push(s.direction === 'desc' ? -1 : 1);
  }
  const order = new Uint32Array(rowIds.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const k = columns.length;
  order.sort((a, b) => {
    for (let c = 0; c < k; c++) {
      const col = columns[c]!;
      const x = col[a]!;
      const y = col[b]!;
      if (x === y) continue;
      const xMissing = x !== x;
      const yMissing = y !== y;
      if (xMissing || yMissing) {
        if (xMissing && yMissing) continue;
        return xMissing ? 1 : -1; // missing last, whatever the direction
      }
      return x < y ? -signs[c]! : signs[c]!;
    }
    return a - b;
  });
  const out = new Array<RowId>(order.length);
  for (let i = 0; i < order.length; i++) out[i] = rowIds[order[i]!]!;
  return out;
}

const collators = new Map<string, Intl.Collator>();

/** The collator for a display language (cached: creating one costs more than comparing). */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** One number per row: the value itself (numbers, booleans) or its rank; NaN when missing. */
function sortColumn(rows: GridRows, rowIds: readonly RowId[], field: FieldDef, locale: string): Float64Array {
  const out = new Float64Array(rowIds.length);
  const key = field.key;
  if (field.type === 'list') {
    for (let i = 0; i < rowIds.length; i++) {
      const v = rows.getValue(rowIds[i]!, key);
      out[i] = Array.isArray(v) ? v.length : NaN;
    }
    return out;
  }
  if (field.type === 'number' || field.type === 'integer' || field.type === 'boolean') {
    for (let i = 0; i < rowIds.length; i++) {
      const v = rows.getValue(rowIds[i]!, key);
      out[i] = typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : NaN;
    }
    return out;
  }
  // Text-like: collect the texts, rank the distinct ones, then look each row's rank up.
  const texts = new Array<string | undefined>(rowIds.length);
  const distinct = new Set<string>();
  for (let i = 0; i < rowIds.length; i++) {
    const v = rows.getValue(rowIds[i]!, key);
    if (isMissing(v)) continue;
    const text = field.type === 'time' ? timeSortKey(String(v)) : field.type === 'string' ? String(v) : String(v).trim();
    texts[i] = text;
    distinct.add(text);
  }
  const ranks = rankTexts([...distinct], field, locale);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    out[i] = t === undefined ? NaN : ranks.get(t)!;
  }
  return out;
}

function rankTexts(values: string[], field: FieldDef, locale: string): Map<string, number> {
  const ranks = new Map<string, number>();
  if (field.type === 'date' || field.type === 'time') {
    values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    values.forEach((v, i) => ranks.set(v, i));
    return ranks;
  }
  const collator = collatorFor(locale);
  const declared = field.type === 'category' ? field.values ?? [] : [];
  declared.forEach((v, i) => ranks.set(v, i));
  const others = values.filter((v) => !ranks.has(v)).sort(collator.compare);
  // Texts the collator finds equal share a rank, so that they keep their storage order.
  let rank = declared.length - 1;
  others.forEach((v, i) => {
    if (i === 0 || collator.compare(others[i - 1]!, v) !== 0) rank++;
    ranks.set(v, rank);
  });
  return ranks;
}
