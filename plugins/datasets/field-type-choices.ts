// The field types the import and generator editors offer, as one flat list for one select: the
// single-value types, then a list of each ("List of times"). One native select picks the type and
// the item type together, so it stays one labelled control that works from the keyboard.
import type { FieldDef, ScalarFieldType } from '../../src/core/scorecard/types.ts';

/** The single-value types, most common first. */
export const SCALAR_TYPES: readonly ScalarFieldType[] = ['number', 'integer', 'boolean', 'date', 'time', 'category', 'string'];

/** A scalar type, or 'list:<item type>' for a list field. */
export type TypeChoice = ScalarFieldType | `list:${ScalarFieldType}`;

export const LIST_CHOICES: readonly TypeChoice[] = SCALAR_TYPES.map((type) => `list:${type}` as const);

export function typeChoiceOf(field: FieldDef): TypeChoice {
  return field.type === 'list' ? `list:${field.items ?? 'string'}` : field.type;
}

/** The field with the chosen type: `items` set for a list, left out otherwise; other properties kept. */
export function withTypeChoice(field: FieldDef, choice: TypeChoice): FieldDef {
  const { items: _items, ...rest } = field;
  return choice.startsWith('list:') ? { ...rest, type: 'list', items: choice.slice('list:'.length) as ScalarFieldType } : { ...rest, type: choice as ScalarFieldType };
}

/** The catalog key of a choice's name ("Number", "List of times"). */
export function typeChoiceKey(choice: TypeChoice): string {
  return choice.startsWith('list:') ? `datasets.type.list.${choice.slice('list:'.length)}` : `datasets.type.${choice}`;
}
