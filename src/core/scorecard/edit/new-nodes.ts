// What a node added in the designer starts as: a leaf that reads a numeric field and scores it
// linearly from 0 to 100, so the scorecard stays valid and evaluable until the user sets it up.
import type { LocalizedText } from '../../localized-text.ts';
import type { FieldDef, IndicatorGroup, IndicatorLeaf, ScorecardConfig } from '../types.ts';

/** The field a new leaf reads: the first number or integer field, else "value" (declared by declareDefaultField). */
export function defaultValueField(fields: readonly FieldDef[]): string {
  return fields.find((f) => f.type === 'number' || f.type === 'integer')?.key ?? 'value';
}

/** The fields with `key` declared as a number when nothing declares it, so the new leaf's rule reads a declared field. */
export function declareDefaultField(fields: FieldDef[], key: string): FieldDef[] {
  return fields.some((f) => f.key === key) ? fields : [...fields, { key, type: 'number' }];
}

export function defaultLeaf(id: string, name: LocalizedText, weight: number, field: string): IndicatorLeaf {
  return { id, name, weight, value: { var: field }, scorer: { type: 'linear', worst: 0, best: 100 }, direction: 'higher' };
}

export function defaultGroup(id: string, name: LocalizedText, weight: number, child: IndicatorLeaf): IndicatorGroup {
  return { id, name, weight, children: [child] };
}

/**
 * A new child's weight when the caller gives none: what brings the siblings to 100 (0 when they
 * already sum to 100 or more), or, in a `normalize` group, the siblings' average so it counts alike.
 */
export function defaultWeight(parent: IndicatorGroup): number {
  const sum = parent.children.reduce((s, c) => s + c.weight, 0);
  if (parent.normalize === true) return parent.children.length === 0 ? 100 : round2(sum / parent.children.length);
  return Math.max(0, round2(100 - sum));
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function withFields(config: ScorecardConfig, fields: FieldDef[]): ScorecardConfig {
  return fields === config.fields ? config : { ...config, fields };
}
