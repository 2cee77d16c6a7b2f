// Record values as a manager reads them in "satisfaction is 72": plain numbers, quoted text,
// dates and times as written, and a missing value as "missing" rather than "null".
import type { Locale } from '../../localized-text.ts';
import { isPlainObject } from '../analysis/rule-shape.ts';
import { clip, compactJson, formatNumber } from '../render/format.ts';

const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const MAX_ITEMS = 10;

const WORDS = {
  en: { missing: 'missing', true: 'true', false: 'false', emptyList: 'an empty list', quote: (s: string) => `'${s}'` },
  'zh-CN': { missing: '缺失', true: '真', false: '假', emptyList: '空列表', quote: (s: string) => `“${s}”` },
} as const;

export function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}

export function formatValue(value: unknown, locale: Locale, nested = false): string {
  const w = WORDS[locale];
  if (isMissing(value)) return w.missing;
  if (typeof value === 'boolean') return value ? w.true : w.false;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return DATE.test(value) || TIME.test(value) ? value : w.quote(clip(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return nested ? '[]' : w.emptyList;
    // Nested lists and objects stay compact JSON: one level of plain formatting is what reads well.
    const shown = value.slice(0, MAX_ITEMS).map((v) => (Array.isArray(v) || isPlainObject(v) ? compactJson(v, 30) : formatValue(v, locale, true)));
    if (value.length > MAX_ITEMS) shown.push('…');
    return `[${shown.join(', ')}]`;
  }
  return compactJson(value);
}
