// New nodes the builder inserts: a condition on the first field, an empty group.
import type { BuilderCondition, FieldInfo } from '../../core/policy/builder/types.ts';
import { newCondition } from '../../core/policy/builder/new-nodes.ts';

/** A condition on `field` (or the first known field) that the user then adjusts. */
export function startingCondition(fields: readonly FieldInfo[], field?: FieldInfo): BuilderCondition {
  const chosen = field ?? fields[0];
  if (chosen) return newCondition(chosen);
  // No field known yet: a comparison whose field the user types in.
  return { kind: 'compare', op: '>', left: { kind: 'field', path: '', form: 'string' }, right: { kind: 'literal', value: 0 } };
}

export function emptyGroup(combinator: 'all' | 'any' | 'none' = 'all'): Extract<BuilderCondition, { kind: 'group' }> {
  return { kind: 'group', combinator, children: [] };
}
