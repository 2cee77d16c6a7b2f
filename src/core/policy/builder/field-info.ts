// A declared record field as the builder's inputs see it (type, item type, label, unit, values).
// A list declared by its items (`signIns[]`: time) is the list field itself.
import { asListField } from '../../scorecard/field-kinds.ts';
import type { FieldDef } from '../../scorecard/types.ts';
import type { FieldInfo } from './types.ts';

export function fieldInfoOf(declared: FieldDef): FieldInfo {
  const f = asListField(declared);
  return {
    key: f.key, type: f.type,
    ...(f.items ? { items: f.items } : {}), ...(f.label ? { label: f.label } : {}), ...(f.unit ? { unit: f.unit } : {}), ...(f.values ? { values: f.values } : {}),
  };
}
