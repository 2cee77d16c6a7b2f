// The distributions the sample generator offers per field type, their editable parameters, and the
// starting fields when nothing else is given (vocabulary of the call-centre appraisal in the seeds).
// A list field's profile is edited as its length bounds plus its items' distribution and parameters.
import { defaultItemProfile, type FieldProfile } from '../../src/core/data/field-profile.ts';
import { itemFieldOf } from '../../src/core/data/list-text.ts';
import type { FieldDef, FieldType, ScalarFieldType } from '../../src/core/scorecard/types.ts';

export type ProfileKind = FieldProfile['kind'];
/** The profiles a single value (or a list's item) can have. */
export type ItemProfile = Exclude<FieldProfile, { kind: 'list' }>;
export type ListProfile = Extract<FieldProfile, { kind: 'list' }>;

export const KINDS_BY_TYPE: Record<FieldType, ProfileKind[]> = {
  number: ['normal', 'uniform', 'likert', 'poisson', 'bernoulli'],
  integer: ['poisson', 'uniform', 'likert', 'normal', 'bernoulli'],
  boolean: ['bernoulli'],
  date: ['date'],
  time: ['time'],
  category: ['category'],
  string: ['category'],
  list: ['list'],
};

/** The numeric or text parameters each kind has, in display order (a list's items add theirs). */
export const PARAMS: Record<ProfileKind, readonly string[]> = {
  normal: ['mean', 'sd', 'min', 'max', 'decimals'],
  uniform: ['min', 'max', 'decimals'],
  poisson: ['lambda'],
  likert: ['points', 'mean'],
  bernoulli: ['p'],
  category: ['weights'],
  time: ['from', 'to', 'mean', 'sdMinutes'],
  date: ['from', 'to'],
  list: ['minLength', 'maxLength'],
};

/** Parameters that may be left blank (the profile then uses its default). */
const OPTIONAL = ['min', 'max', 'decimals', 'mean', 'sdMinutes'];

/** A profile of `kind` with sensible starting parameters for the field. */
export function startingProfile(kind: ProfileKind, field: FieldDef): FieldProfile {
  switch (kind) {
    case 'normal': return { kind, mean: 80, sd: 10, min: 0, max: 100, decimals: field.type === 'integer' ? 0 : 1 };
    case 'uniform': return { kind, min: 0, max: 100, decimals: field.type === 'integer' ? 0 : 1 };
    case 'poisson': return { kind, lambda: 1 };
    case 'likert': return { kind, points: 5, mean: 4 };
    case 'bernoulli': return { kind, p: 0.5 };
    case 'category': return { kind, weights: Object.fromEntries((field.values?.length ? field.values : ['A', 'B', 'C']).map((v) => [v, 1])) };
    case 'time': return { kind, from: '08:00', to: '09:00' };
    case 'date': return { kind, from: '2026-01-01', to: '2026-12-31' };
    case 'list': return { kind, length: { min: 20, max: 22 }, item: startingItemProfile(field) };
  }
}

/**
 * A list's items start from the generator's default for the item type (check-in times around 08:20
 * for times); text items, which it numbers, start as categories here, so the editor can show them.
 */
function startingItemProfile(field: FieldDef): ItemProfile {
  const itemField = itemFieldOf(field);
  const item = defaultItemProfile(field) ?? startingProfile(KINDS_BY_TYPE[itemField.type][0]!, itemField);
  return item as ItemProfile;
}

/** The profile a field starts with in the generator: its type's first distribution. */
export function startingProfileFor(field: FieldDef): FieldProfile {
  return startingProfile(KINDS_BY_TYPE[field.type][0]!, field);
}

/** The item type a list field's items have in the editor (text when it declares none). */
export function itemTypeOf(field: FieldDef): ScalarFieldType {
  return field.items ?? 'string';
}

/** Reads a parameter as the text shown in its input. */
export function paramText(profile: FieldProfile, param: string): string {
  if (profile.kind === 'list' && (param === 'minLength' || param === 'maxLength')) return String(param === 'minLength' ? profile.length.min : profile.length.max);
  const value = (profile as unknown as Record<string, unknown>)[param];
  if (value === undefined) return '';
  if (param === 'weights') return Object.entries(value as Record<string, number>).map(([k, w]) => `${k}:${w}`).join(', ');
  return String(value);
}

/** A profile with one parameter set from its input's text; undefined when the text is not valid. */
export function withParam(profile: FieldProfile, param: string, text: string): FieldProfile | undefined {
  const trimmed = text.trim();
  if (profile.kind === 'list' && (param === 'minLength' || param === 'maxLength')) {
    const n = trimmed === '' ? Number.NaN : Number(trimmed);
    if (!Number.isInteger(n) || n < 0) return undefined;
    return { ...profile, length: param === 'minLength' ? { ...profile.length, min: n } : { ...profile.length, max: n } };
  }
  const next = { ...profile } as unknown as Record<string, unknown>;
  if (param === 'weights') {
    const weights: Record<string, number> = {};
    for (const part of trimmed.split(/[,，]/)) {
      if (!part.trim()) continue;
      const [name, weight] = part.split(/[:：]/).map((s) => s.trim());
      const w = weight === undefined ? 1 : Number(weight);
      if (!name || !(w > 0)) return undefined;
      weights[name] = w;
    }
    if (Object.keys(weights).length === 0) return undefined;
    next.weights = weights;
  } else if (trimmed === '' && OPTIONAL.includes(param)) {
    delete next[param];
  } else if (param === 'from' || param === 'to' || (param === 'mean' && profile.kind === 'time')) {
    // Times and dates as typed: the generator checks them and says what is wrong in the preview.
    if (!trimmed) return undefined;
    next[param] = trimmed;
  } else {
    const n = Number(trimmed);
    if (!Number.isFinite(n)) return undefined;
    next[param] = n;
  }
  return next as unknown as FieldProfile;
}

/** One editable input of a field's profile: a parameter of the profile itself, or of a list's items. */
export interface ParamSlot {
  param: string;
  of: 'profile' | 'item';
}

/** The inputs a profile shows, in order: a list's length bounds, then its items' parameters. */
export function paramSlots(profile: FieldProfile): ParamSlot[] {
  const own = PARAMS[profile.kind].map((param): ParamSlot => ({ param, of: 'profile' }));
  if (profile.kind !== 'list' || !profile.item) return own;
  return [...own, ...PARAMS[profile.item.kind].map((param): ParamSlot => ({ param, of: 'item' }))];
}

export function slotText(profile: FieldProfile, slot: ParamSlot): string {
  if (slot.of === 'item') return profile.kind === 'list' && profile.item ? paramText(profile.item, slot.param) : '';
  return paramText(profile, slot.param);
}

/** The profile with one input's text applied; undefined when the text is not valid. */
export function withSlot(profile: FieldProfile, slot: ParamSlot, text: string): FieldProfile | undefined {
  if (slot.of === 'profile') return withParam(profile, slot.param, text);
  if (profile.kind !== 'list' || !profile.item) return undefined;
  const item = withParam(profile.item, slot.param, text);
  return item ? { ...profile, item } : undefined;
}

export interface GeneratorField {
  field: FieldDef;
  profile: FieldProfile;
}

/** Starting fields when the generator is opened without any: an agent's month in a call centre. */
export function sampleFields(): GeneratorField[] {
  const f = (field: FieldDef, profile: FieldProfile): GeneratorField => ({ field, profile });
  return [
    f({ key: 'agentId', type: 'string' }, { kind: 'category', weights: { 'A-001': 1, 'A-002': 1, 'A-003': 1 } }),
    f({ key: 'team', type: 'category', values: ['A', 'B', 'C'] }, { kind: 'category', weights: { A: 2, B: 2, C: 1 } }),
    f({ key: 'satisfaction', type: 'number' }, { kind: 'normal', mean: 90, sd: 5, min: 60, max: 100, decimals: 1 }),
    f({ key: 'fcrRate', type: 'number' }, { kind: 'normal', mean: 78, sd: 8, min: 40, max: 100, decimals: 1 }),
    f({ key: 'complaints', type: 'integer' }, { kind: 'poisson', lambda: 0.6 }),
    f({ key: 'checkIn', type: 'time' }, { kind: 'time', from: '08:10', to: '08:45' }),
  ];
}
