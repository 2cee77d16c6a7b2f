// Immutable edits of a scorecard's service rules: switch on and off, reorder, remove, and attach a
// policy document from the policy designer (its rules expanded to plain policies, decision tables
// row by row, with the fields the document declares).
import { expandRules } from '../../../src/core/policy/expand-rules.ts';
import { fieldsReadBy } from '../../../src/core/policy/fields-read.ts';
import { asListField } from '../../../src/core/scorecard/field-kinds.ts';
import type { PolicyDocument, PolicyRule } from '../../../src/core/policy/types.ts';
import { type FieldDef, type Policy, type ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { uniqueId } from './outcome-edits.ts';

function withPolicies(config: ScorecardConfig, policies: Policy[]): ScorecardConfig {
  return { ...config, policies };
}

/** Switches a rule on (`enabled` left out, the default) or off (`enabled: false`). */
export function setPolicyEnabled(config: ScorecardConfig, index: number, enabled: boolean): ScorecardConfig {
  const policies = config.policies ?? [];
  const policy = policies[index];
  if (!policy || (policy.enabled !== false) === enabled) return config;
  const { enabled: _enabled, ...rest } = policy;
  const next: Policy = enabled ? rest : { ...rest, enabled: false };
  return withPolicies(config, policies.map((p, i) => (i === index ? next : p)));
}

export function movePolicy(config: ScorecardConfig, index: number, delta: -1 | 1): ScorecardConfig {
  const policies = config.policies ?? [];
  const target = index + delta;
  if (!policies[index] || !policies[target]) return config;
  const next = [...policies];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return withPolicies(config, next);
}

export function removePolicy(config: ScorecardConfig, index: number): ScorecardConfig {
  const policies = config.policies ?? [];
  if (!policies[index]) return config;
  return withPolicies(config, policies.filter((_, i) => i !== index));
}

export type AttachResult =
  | {
      ok: true;
      config: ScorecardConfig;
      /** How many rules were appended. */
      added: number;
      /** Ids changed because the scorecard already had a rule with that id. */
      renamed: Array<{ from: string; to: string }>;
      /** Keys of the fields added to the scorecard's declared fields. */
      fields: string[];
    }
  /** no-rules: not a policy document; broken: a rule without a usable effect; expand: expanding threw `message`. */
  | { ok: false; reason: 'no-rules' | 'broken' | 'expand'; rule?: string; message?: string };

/** Only the properties a scorecard rule has (the schema allows no others), deep-copied. */
function plainPolicy(policy: Policy): Policy {
  const out: Policy = { id: policy.id, name: structuredClone(policy.name), when: structuredClone(policy.when), effect: structuredClone(policy.effect) };
  if (policy.enabled === false) out.enabled = false;
  if (typeof policy.comment === 'string' && policy.comment !== '') out.comment = policy.comment;
  return out;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Appends a policy document's rules to the scorecard's, in the document's order: a condition rule
 * as it is, a decision table as the policies `expandRules` makes of it. Rules switched off in the
 * document come along switched off. Ids already used get `-2`, `-3` …; declared fields the
 * scorecard lacks are added. A document that cannot be expanded (a broken decision table) changes
 * nothing and says why.
 */
export function attachPolicyDocument(config: ScorecardConfig, doc: PolicyDocument, knownFields: readonly FieldDef[] = []): AttachResult {
  if (!doc || !Array.isArray(doc.rules)) return { ok: false, reason: 'no-rules' };
  let expanded: ReturnType<typeof expandRules>;
  try {
    // Disabled rules expand to nothing, so expand them as enabled and switch their policies off after.
    const rules = doc.rules.map((rule): PolicyRule => (rule?.enabled === false ? { ...rule, enabled: true } : rule));
    expanded = expandRules(rules);
  } catch (error) {
    return { ok: false, reason: 'expand', message: errorMessage(error) };
  }
  const broken = expanded.find((e) => !e.policy.effect || typeof e.policy.effect.type !== 'string' || e.policy.when === undefined);
  if (broken) return { ok: false, reason: 'broken', rule: broken.ruleId };

  const taken = new Set((config.policies ?? []).map((p) => p.id));
  const renamed: Array<{ from: string; to: string }> = [];
  const added = expanded.map((e): Policy => {
    const policy = plainPolicy(e.policy);
    if (doc.rules[e.ruleIndex]?.enabled === false) policy.enabled = false;
    const id = uniqueId(policy.id, taken);
    taken.add(id);
    if (id !== policy.id) renamed.push({ from: policy.id, to: id });
    return { ...policy, id };
  });

  const keys = new Set(config.fields.map((f) => f.key));
  const newFields: FieldDef[] = [];
  for (const declared of Array.isArray(doc.fields) ? doc.fields : []) {
    if (!declared || typeof declared.key !== 'string') continue;
    // The policy designer may declare a list by its items (`signIns[]`: time); a scorecard declares the list.
    const field = structuredClone(asListField(declared));
    if (keys.has(field.key)) continue;
    keys.add(field.key);
    newFields.push(field);
  }
  // Policies built in the designer often declare nothing: the fields their rules read are declared
  // from the test data's fields (a rule reading an undeclared field would make the scorecard invalid).
  for (const path of fieldsReadBy(doc)) {
    const key = path.split('.')[0]!;
    if (keys.has(key)) continue;
    const known = knownFields.find((f) => f.key === key);
    if (!known) continue;
    keys.add(key);
    newFields.push(structuredClone(known));
  }
  const next: ScorecardConfig = {
    ...config,
    policies: [...(config.policies ?? []), ...added],
    ...(newFields.length ? { fields: [...config.fields, ...newFields] } : {}),
  };
  return { ok: true, config: next, added: added.length, renamed, fields: newFields.map((f) => f.key) };
}
