// How a cell is edited and how an edit is checked: which editor a field gets, the text it starts
// with, and the conversion of what was typed to the field's type with the data layer's converter
// (so the grid accepts exactly what an import accepts, with the same bilingual messages).
import { convertCell, parseDateText, parseTimeText } from '../../../src/core/data/convert-cell.ts';
import { listText } from '../../../src/core/data/list-text.ts';
import type { ListItem } from '../../../src/core/data/list-text.ts';
import type { DataMessage } from '../../../src/core/data/types.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { isMissing, type CellValue } from './grid-data-source.ts';

/**
 * `number` is a text box with a numeric keyboard rather than <input type=number>: a native number
 * input empties itself on text it cannot read ("95%", "1,234"), and the typed text must survive a
 * rejected edit together with the converter's advice about it.
 */
export type EditorKind = 'text' | 'number' | 'checkbox' | 'select' | 'date' | 'time';

export type EditResult = { readonly ok: true; readonly value: CellValue } | { readonly ok: false; readonly message: DataMessage };

/**
 * The editor for a field. Typing into a cell always opens a text box (seeded with the key typed),
 * whose text the converter reads: "y", "是", "2024/3/5" and "9:30" all work there. A value the
 * native date or time input cannot show (not ISO) is edited as text too, so it is never lost. A
 * list is edited as text: its items separated by commas ("08:12, 08:41").
 */
export function editorKindFor(field: FieldDef, value: CellValue | undefined, typing: boolean): EditorKind {
  const numeric = field.type === 'number' || field.type === 'integer';
  if (typing) return numeric ? 'number' : 'text';
  if (numeric) return 'number';
  const present = !isMissing(value);
  switch (field.type) {
    case 'boolean':
      return present && typeof value !== 'boolean' ? 'text' : 'checkbox';
    case 'category':
      return field.values?.length ? 'select' : 'text';
    case 'date':
      return present && (typeof value !== 'string' || parseDateText(value) !== value) ? 'text' : 'date';
    case 'time':
      return present && (typeof value !== 'string' || parseTimeText(value) !== value) ? 'text' : 'time';
    default:
      return 'text';
  }
}

/**
 * The text an editor starts with for a stored value. A list's items are joined with ", " (JSON when
 * an item holds a separator), which the converter reads back as the same list.
 */
export function editorText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return isListCell(value) ? listText(value, ', ') : String(value);
}

/** True for a list value (an array of items). */
export function isListCell(value: CellValue | undefined): value is readonly ListItem[] {
  return Array.isArray(value);
}

/** The value of an edited text for a field, or the converter's message saying why it is not one. */
export function convertEdit(text: string, field: FieldDef): EditResult {
  const result = convertCell(text, field);
  return result.ok ? { ok: true, value: result.value } : { ok: false, message: result.message };
}

/** True when storing `next` would change nothing (undefined and null are both missing; lists item by item). */
export function sameValue(previous: CellValue | undefined, next: CellValue): boolean {
  if (isListCell(previous) && isListCell(next)) return previous.length === next.length && previous.every((item, i) => item === next[i]);
  return (previous ?? null) === next;
}
