// A list field's cell as text (CSV, xlsx, the grid's editor): how its text splits into items, and
// how a list is written so that it reads back equal. Managers type lists the way they would in a
// spreadsheet ("08:12; 08:41", "08:12，08:41"), and JSON arrays come from JSON files and exports.
import type { FieldDef, ScalarFieldType } from '../scorecard/types.ts';

/** One item of a list value (a list field's items are all of its `items` type). */
export type ListItem = string | number | boolean;

/**
 * The field each item of a list field is read, drawn and filtered as: the item type (text when the
 * field has none), the same key (so messages name the field) and the allowed category values.
 */
export function itemFieldOf(field: FieldDef): FieldDef & { type: ScalarFieldType } {
  return { key: field.key, type: field.items ?? 'string', ...(field.values ? { values: field.values } : {}) };
}

/** Item separators: semicolon and comma, ASCII and full-width, and the Chinese enumeration comma. */
export const LIST_SEPARATORS = /[;,、；，]/;

/** What toCsv and the xlsx writer put between items (readers take any of LIST_SEPARATORS). */
export const LIST_JOINER = '; ';

/**
 * A list cell's items before conversion: the values of a JSON array (`json`), or the trimmed texts
 * between separators. Brackets around plain items ("[08:12, 08:41]") are decoration, not JSON.
 */
export type ListPieces = { json: true; items: unknown[] } | { json: false; items: string[] };

function split(text: string): string[] {
  return text.split(LIST_SEPARATORS).map((piece) => piece.trim());
}

/** Splits a non-blank list cell's text into its items (see ListPieces). */
export function splitListText(text: string): ListPieces {
  const trimmed = text.trim();
  if (!(trimmed.startsWith('[') && trimmed.endsWith(']'))) return { json: false, items: split(trimmed) };
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value)) return { json: true, items: value };
  } catch {
    // Not JSON: read what is between the brackets as plain items.
  }
  const inner = trimmed.slice(1, -1).trim();
  return { json: false, items: inner === '' ? [] : split(inner) };
}

export function isListItem(value: unknown): value is ListItem {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** True for an array whose items are all single values (a list value, not a nested structure). */
export function isListValue(value: unknown): value is ListItem[] {
  return Array.isArray(value) && value.every(isListItem);
}

/**
 * A list as cell text: its items joined with `separator` when every item reads back as itself that
 * way, otherwise JSON (an empty list, items holding a separator or edge spaces, a first item starting
 * with "[", items that are not single values). Either form reads back equal through splitListText.
 */
export function listText(items: readonly unknown[], separator: string = LIST_JOINER): string {
  if (items.length === 0) return '[]';
  const texts: string[] = [];
  for (const item of items) {
    if (!isListItem(item)) return JSON.stringify(items);
    const text = String(item);
    if (text === '' || text.trim() !== text || LIST_SEPARATORS.test(text)) return JSON.stringify(items);
    texts.push(text);
  }
  if ((texts[0] as string).startsWith('[')) return JSON.stringify(items);
  return texts.join(separator);
}
