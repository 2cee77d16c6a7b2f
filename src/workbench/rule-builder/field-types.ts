// What the builder's inputs need to know about fields: the icon of each type, the field a value
// side reads, and a sensible starting constant for it.
import type { BuilderExpr, FieldInfo } from '../../core/policy/builder/types.ts';

export type FieldType = FieldInfo['type'];

export const FIELD_ICONS: Readonly<Record<FieldType, string>> = {
  number: 'symbol-numeric',
  integer: 'symbol-numeric',
  boolean: 'symbol-boolean',
  date: 'calendar',
  time: 'watch',
  string: 'quote',
  category: 'symbol-enum',
  list: 'symbol-array',
};

/** The icon of a field not in the list (typed in by path). */
export const UNKNOWN_FIELD_ICON = 'symbol-field';

export type LiteralValue = Extract<BuilderExpr, { kind: 'literal' }>['value'];
export type Scalar = string | number | boolean | null;

export function findField(fields: readonly FieldInfo[], path: string): FieldInfo | undefined {
  return fields.find((f) => f.key === path);
}

/** The field an expression reads when it is a plain field reference. */
export function fieldOf(expr: BuilderExpr | undefined, fields: readonly FieldInfo[]): FieldInfo | undefined {
  return expr?.kind === 'field' ? findField(fields, expr.path) : undefined;
}

/** A constant of the field's type to start from when a value side is created or switched to a constant. */
export function defaultValueFor(field: FieldInfo | undefined): Scalar {
  switch (field?.type) {
    case 'boolean': return true;
    case 'category': return field.values?.[0] ?? '';
    case 'string': return '';
    case 'date': return new Date().toISOString().slice(0, 10);
    case 'time': return '09:00';
    default: return 0;
  }
}

/** The same value in the type a field expects, when it converts cleanly (else the default). */
export function coerceToField(value: unknown, field: FieldInfo | undefined): Scalar {
  if (!field) return isScalar(value) ? value : 0;
  switch (field.type) {
    case 'number':
    case 'integer': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? n : defaultValueFor(field);
    }
    case 'boolean': return typeof value === 'boolean' ? value : defaultValueFor(field);
    case 'category': return typeof value === 'string' && (field.values ?? []).includes(value) ? value : defaultValueFor(field);
    default: return typeof value === 'string' && value !== '' ? value : defaultValueFor(field);
  }
}

export function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Items of an array field are read with {"var": ""} (the item itself) or {"var": "key"} inside some/all/none. */
export const ITEM_PATH = '';
