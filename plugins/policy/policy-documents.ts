// Policy documents in the workspace: creating one, naming rules, and the editor input that opens it.
import type { LocalizedText } from '../../src/core/localized-text.ts';
import { POLICY_FORMAT, POLICY_VERSION, type ConditionRule, type PolicyDocument, type PolicyRule, type TableRule } from '../../src/core/policy/types.ts';
import type { EditorInput } from '../../src/workbench/api.ts';

export const POLICY_URI_PREFIX = 'policy:';

export function policyInput(id: string, name: string): EditorInput {
  return { uri: `${POLICY_URI_PREFIX}${id}`, kind: 'policy', title: name, icon: 'law', data: { documentId: id } };
}

export function policyIdOf(uri: string | undefined): string | undefined {
  return uri?.startsWith(POLICY_URI_PREFIX) ? uri.slice(POLICY_URI_PREFIX.length) : undefined;
}

export function newPolicyDocument(name: LocalizedText): PolicyDocument {
  return { format: POLICY_FORMAT, version: POLICY_VERSION, name, rules: [], tests: [] };
}

/** An id not used by any rule yet: r1, r2, ... (short ids read well in traces and exports). */
export function freshRuleId(rules: readonly PolicyRule[], prefix = 'r'): string {
  const taken = new Set(rules.map((r) => r.id));
  let n = rules.length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A new rule that does something visible at once: deduct points when the first numeric field is above zero. */
export function newConditionRule(rules: readonly PolicyRule[], name: LocalizedText, firstField?: string): ConditionRule {
  const field = firstField ?? 'complaints';
  return {
    id: freshRuleId(rules),
    name,
    when: { '>': [{ var: field }, 0] },
    effect: { type: 'points', amount: -5 },
  };
}

export function newTableRule(rules: readonly PolicyRule[], name: LocalizedText, firstField?: string): TableRule {
  const field = firstField ?? 'complaints';
  return {
    id: freshRuleId(rules, 't'),
    name,
    table: {
      hitPolicy: 'first',
      inputs: [{ id: 'in1', expression: { var: field }, type: 'number' }],
      output: { type: 'points' },
      rows: [
        { id: 'row1', cells: [{ op: '>', value: 3 }], output: -15 },
        { id: 'row2', cells: [{ op: 'between', min: 1, max: 3 }], output: -10 },
        // Complete from the start: a table that leaves inputs uncovered is reported as having gaps.
        { id: 'row3', cells: [{ op: '<', value: 1 }], output: 0 },
      ],
    },
  };
}

/** A copy of a rule under a fresh id, named "… (copy)". */
export function duplicateRule(rules: readonly PolicyRule[], rule: PolicyRule, copySuffix: LocalizedText): PolicyRule {
  const copy = structuredClone(rule);
  copy.id = freshRuleId(rules, isTable(rule) ? 't' : 'r');
  copy.name = appendText(rule.name, copySuffix);
  return copy;
}

function isTable(rule: PolicyRule): boolean {
  return (rule as TableRule).table !== undefined;
}

function appendText(name: LocalizedText, suffix: LocalizedText): LocalizedText {
  if (typeof name === 'string') return `${name}${typeof suffix === 'string' ? suffix : suffix.en ?? ''}`;
  const out: Record<string, string> = {};
  for (const [locale, text] of Object.entries(name)) out[locale] = `${text ?? ''}${typeof suffix === 'string' ? suffix : (suffix as Record<string, string>)[locale] ?? ''}`;
  return out;
}

/** Sets the text of one language, keeping the others (a plain string becomes per-language when they differ). */
export function withLocaleText(text: LocalizedText, locale: string, value: string): LocalizedText {
  if (typeof text === 'string') return text === value ? text : { en: locale === 'en' ? value : text, [locale]: value };
  return { ...text, [locale]: value };
}

/** Moves item `from` to index `to` (immutable). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, to)), 0, item!);
  return out;
}
