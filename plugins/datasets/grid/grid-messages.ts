// The grid's texts that depend on a field or a filter problem, and its English fallback for when
// it runs without workbench services (a standalone page or test).
import { itemFieldOf } from '../../../src/core/data/list-text.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import en from '../l10n/en.json';
import type { FilterError } from './grid-filter.ts';

export type MessageArgs = ReadonlyArray<string | number> | Readonly<Record<string, string | number>>;
export type Translate = (key: string, args?: MessageArgs) => string;

const CATALOG: Readonly<Record<string, string>> = en;

/** The plugin's English catalog, with the same {name} placeholders as the i18n service. */
export function fallbackMessage(key: string, args?: MessageArgs): string {
  const message = CATALOG[key] ?? key;
  if (!args) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Array.isArray(args) ? args[Number(name)] : (args as Readonly<Record<string, string | number>>)[name];
    return value === undefined ? whole : String(value);
  });
}

/** The hint in a column's filter box: the syntax its type understands. */
export function filterPlaceholder(field: FieldDef, t: Translate): string {
  switch (field.type) {
    case 'number':
    case 'integer':
      return t('datasets.grid.filter.placeholder.number');
    case 'date':
      return t('datasets.grid.filter.placeholder.date');
    case 'time':
      return t('datasets.grid.filter.placeholder.time');
    case 'category':
      return t('datasets.grid.filter.placeholder.category', { example: (field.values ?? []).slice(0, 2).join(', ') || 'A, B' });
    case 'list':
      return t('datasets.grid.filter.placeholder.list', { example: filterPlaceholder(itemFieldOf(field), t) });
    default:
      return t('datasets.grid.filter.placeholder.string');
  }
}

/** A list field's type as its column header shows it: "list of time" (时间列表). */
export function listTypeName(field: FieldDef, t: Translate): string {
  return t('datasets.grid.header.list', { item: t(`datasets.grid.header.item.${field.items ?? 'string'}`) });
}

/** Why a filter text was not understood, with what to write instead. */
export function filterErrorText(error: FilterError, t: Translate): string {
  const args = { text: error.text };
  switch (error.code) {
    case 'not-a-number':
      return t('datasets.grid.filter.error.number', args);
    case 'not-a-date':
      return t('datasets.grid.filter.error.date', args);
    case 'not-a-time':
      return t('datasets.grid.filter.error.time', args);
    case 'not-a-boolean':
      return t('datasets.grid.filter.error.boolean', args);
    case 'unknown-category':
      return t('datasets.grid.filter.error.category', args);
    case 'bad-range':
      return t('datasets.grid.filter.error.range', args);
  }
}
