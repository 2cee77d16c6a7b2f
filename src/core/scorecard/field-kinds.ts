// How a declared record field reads to the rule analyser and the editors. A scalar field is its own
// kind; a list field is an array whose items (`key[]`) are of the list's item type, so
// `{"var": "signIns"}` is known as a list and `{"var": "current"}` inside a reduce over it as a time.
// Policies may also declare a list by its items, the analyser's `key[]` convention
// (`{"key": "signIns[]", "type": "time"}`); `asListField` turns that into the list field itself.
import type { FieldKind } from '../logic/analysis/types.ts';
import type { FieldDef } from './types.ts';

export function fieldKindEntries(field: Pick<FieldDef, 'key' | 'type' | 'items'>, prefix = ''): Array<[string, FieldKind]> {
  const key = prefix + field.key;
  if (field.type !== 'list') return [[key, field.type]];
  return [[key, 'array'], [`${key}[]`, field.items ?? 'unknown']];
}

/** `{key: "signIns[]", type: "time"}` as `{key: "signIns", type: "list", items: "time"}`; any other field as it is. */
export function asListField(field: FieldDef): FieldDef {
  const listKey = /^(.+)\[\]$/.exec(field.key)?.[1];
  if (listKey === undefined || field.type === 'list') return field;
  return { ...field, key: listKey, type: 'list', items: field.type };
}
