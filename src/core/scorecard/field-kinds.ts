// How a declared record field reads to the rule analyser: a scalar field is its own kind; a list
// field is an array whose items (`key[]`) are of the list's item type, so `{"var": "signIns"}` is
// known as a list and `{"var": "current"}` inside a reduce over it as a time.
import type { FieldKind } from '../logic/analysis/types.ts';
import type { FieldDef } from './types.ts';

export function fieldKindEntries(field: Pick<FieldDef, 'key' | 'type' | 'items'>, prefix = ''): Array<[string, FieldKind]> {
  const key = prefix + field.key;
  if (field.type !== 'list') return [[key, field.type]];
  return [[key, 'array'], [`${key}[]`, field.items ?? 'unknown']];
}
