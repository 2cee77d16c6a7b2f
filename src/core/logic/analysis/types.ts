// The small type lattice the analyser infers over: a set of kinds plus where a value came from,
// which is what the messages ("the string field "name"") and the iterator item types need.

export type FieldKind = 'number' | 'integer' | 'string' | 'boolean' | 'date' | 'time' | 'array' | 'object' | 'category' | 'unknown';

const FIELD_KINDS: ReadonlySet<string> = new Set<FieldKind>([
  'number', 'integer', 'string', 'boolean', 'date', 'time', 'array', 'object', 'category', 'unknown',
]);

/** Options come from JSON (plugin manifests, saved configs): only known kind names count. */
export function isFieldKind(value: unknown): value is FieldKind {
  return typeof value === 'string' && FIELD_KINDS.has(value);
}

/** `null` is tracked separately: it widens nothing but explains `if` without an else. */
export type Kind = FieldKind | 'null';

export interface TypeInfo {
  /** Possible kinds; empty means the expression never yields (it always throws). */
  readonly kinds: ReadonlySet<Kind>;
  /** The field it reads straight from, for messages. */
  readonly field?: string;
  /** The literal value, when the rule wrote one (numeric-looking strings coerce). */
  readonly literal?: string | number | boolean | null;
  readonly hasLiteral?: boolean;
  /** For arrays: data paths whose items these are, so iterator bodies report item fields. */
  readonly origins?: readonly string[];
  /** For arrays: what each item is. */
  readonly item?: TypeInfo;
}

export const UNKNOWN: TypeInfo = { kinds: new Set<Kind>(['unknown']) };
export const NEVER: TypeInfo = { kinds: new Set<Kind>() };

export function typeOf(...kinds: Kind[]): TypeInfo {
  return { kinds: new Set(kinds) };
}

export function literalType(value: unknown): TypeInfo {
  if (value === null) return { kinds: new Set<Kind>(['null']), literal: null, hasLiteral: true };
  switch (typeof value) {
    case 'number':
      return { kinds: new Set<Kind>([Number.isInteger(value) ? 'integer' : 'number']), literal: value, hasLiteral: true };
    case 'string':
      return { kinds: new Set<Kind>(['string']), literal: value, hasLiteral: true };
    case 'boolean':
      return { kinds: new Set<Kind>(['boolean']), literal: value, hasLiteral: true };
    default:
      if (Array.isArray(value)) return { kinds: new Set<Kind>(['array']), item: union(value.slice(0, 50).map(literalType)) };
      return typeOf('object');
  }
}

/** Union of alternatives (branches of `if`, operands of `or`); drops provenance it can't keep. */
export function union(types: readonly TypeInfo[]): TypeInfo {
  if (types.length === 1) return types[0] as TypeInfo;
  const kinds = new Set<Kind>();
  const origins: string[] = [];
  const items: TypeInfo[] = [];
  for (const t of types) {
    for (const k of t.kinds) kinds.add(k);
    for (const o of t.origins ?? []) if (!origins.includes(o)) origins.push(o);
    if (t.item) items.push(t.item);
  }
  const result: { kinds: Set<Kind>; origins?: string[]; item?: TypeInfo } = { kinds };
  if (origins.length) result.origins = origins;
  if (items.length) result.item = union(items);
  return result;
}

/** The one concrete kind of a value, ignoring null; undefined when unknown or several. */
export function singleKind(t: TypeInfo): Kind | undefined {
  const concrete = [...t.kinds].filter((k) => k !== 'null');
  if (concrete.length !== 1) return undefined;
  const only = concrete[0] as Kind;
  return only === 'unknown' ? undefined : only;
}

/** Comparison classes: integers are numbers, categories are text. */
export type Family = 'number' | 'string' | 'boolean' | 'date' | 'time' | 'array' | 'object';

export function familyOf(kind: Kind): Family | undefined {
  switch (kind) {
    case 'integer':
    case 'number':
      return 'number';
    case 'category':
    case 'string':
      return 'string';
    case 'null':
    case 'unknown':
      return undefined;
    default:
      return kind;
  }
}

export function family(t: TypeInfo): Family | undefined {
  const kind = singleKind(t);
  return kind === undefined ? undefined : familyOf(kind);
}

export function isNumericString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

export function looksLikeDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value);
}

export function looksLikeTime(value: unknown): boolean {
  return typeof value === 'string' && /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
}

/** The rule-level result: one kind, `mixed` for several, `unknown` when nothing is known. */
export function resultKind(t: TypeInfo): FieldKind | 'mixed' {
  const kinds = [...t.kinds].filter((k) => k !== 'null');
  if (kinds.length === 0 || kinds.includes('unknown')) return 'unknown';
  const set = new Set<Kind>(kinds);
  if (set.size === 2 && set.has('integer') && set.has('number')) return 'number';
  if (set.size === 2 && set.has('category') && set.has('string')) return 'string';
  return set.size === 1 ? (kinds[0] as FieldKind) : 'mixed';
}
