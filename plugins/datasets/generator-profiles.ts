// The distributions the sample generator offers per field type, their editable parameters, and the
// starting fields when nothing else is given (vocabulary of the call-centre appraisal in the seeds).
import type { FieldProfile } from '../../src/core/data/field-profile.ts';
import type { FieldDef, FieldType } from '../../src/core/scorecard/types.ts';

export type ProfileKind = FieldProfile['kind'];

export const KINDS_BY_TYPE: Record<FieldType, ProfileKind[]> = {
  number: ['normal', 'uniform', 'likert', 'poisson', 'bernoulli'],
  integer: ['poisson', 'uniform', 'likert', 'normal', 'bernoulli'],
  boolean: ['bernoulli'],
  date: ['date'],
  time: ['time'],
  category: ['category'],
  string: ['category'],
};

/** The numeric or text parameters each kind has, in display order. */
export const PARAMS: Record<ProfileKind, readonly string[]> = {
  normal: ['mean', 'sd', 'min', 'max', 'decimals'],
  uniform: ['min', 'max', 'decimals'],
  poisson: ['lambda'],
  likert: ['points', 'mean'],
  bernoulli: ['p'],
  category: ['weights'],
  time: ['from', 'to'],
  date: ['from', 'to'],
};

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
  }
}

/** Reads a parameter as the text shown in its input. */
export function paramText(profile: FieldProfile, param: string): string {
  const value = (profile as unknown as Record<string, unknown>)[param];
  if (value === undefined) return '';
  if (param === 'weights') return Object.entries(value as Record<string, number>).map(([k, w]) => `${k}:${w}`).join(', ');
  return String(value);
}

/** A profile with one parameter set from its input's text; undefined when the text is not valid. */
export function withParam(profile: FieldProfile, param: string, text: string): FieldProfile | undefined {
  const next = { ...profile } as unknown as Record<string, unknown>;
  const trimmed = text.trim();
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
  } else if (param === 'from' || param === 'to') {
    if (!trimmed) return undefined;
    next[param] = trimmed;
  } else if (trimmed === '' && ['min', 'max', 'decimals', 'mean'].includes(param)) {
    delete next[param];
  } else {
    const n = Number(trimmed);
    if (!Number.isFinite(n)) return undefined;
    next[param] = n;
  }
  return next as unknown as FieldProfile;
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
