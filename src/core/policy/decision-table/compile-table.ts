// Turns a decision-table rule into the plain policies the scorecard evaluates (DMN hit policies,
// see HitPolicy in ../types.ts). The result depends only on the table, in a fixed key order, so the
// same table always gives the same JSON bytes (exports and version diffs stay stable).
import { resolveLocalized, type LocalizedText } from '../../localized-text.ts';
import type { LogicRule } from '../../logic/types.ts';
import type { Policy, PolicyEffect } from '../../scorecard/types.ts';
import type { DecisionTable, TableRow, TableRule } from '../types.ts';
import { cloneJson, rowCondition } from './cell-condition.ts';

/** The plain policies a decision-table rule stands for; none when the rule is disabled. */
export function compileDecisionTable(rule: TableRule): Policy[] {
  if (rule.enabled === false) return [];
  const { table } = rule;
  const conditions = table.rows.map((row) => rowCondition(row, table.inputs));
  if (table.hitPolicy === 'collect' && table.collect === 'count') return [countPolicy(rule, conditions)];

  const order = firingOrder(table);
  const when = order === null ? conditions : firstMatchConditions(conditions, order);
  return table.rows.map((row, index) => rowPolicy(rule, row, index, when[index]));
}

/**
 * The order in which "only one row fires" policies look at rows, or null when every matching row
 * fires. Sorts are stable, so ties keep row order.
 */
function firingOrder(table: DecisionTable): number[] | null {
  const indexes = table.rows.map((_, index) => index);
  switch (table.hitPolicy) {
    case 'first':
      return indexes;
    case 'priority':
      return indexes.sort((a, b) => (table.rows[b]!.priority ?? 0) - (table.rows[a]!.priority ?? 0) || a - b);
    case 'collect':
      if (table.collect === 'min') return indexes.sort((a, b) => compareOutputs(table.rows[a]!, table.rows[b]!) || a - b);
      if (table.collect === 'max') return indexes.sort((a, b) => compareOutputs(table.rows[b]!, table.rows[a]!) || a - b);
      return null; // sum (and a missing operator, which analysis reports) apply every matching row
    case 'unique':
    case 'any':
    case 'rule-order':
      return null;
  }
}

/** Numbers by value; anything else (flags, grades) by its text, so the order is still total. */
function compareOutputs(a: TableRow, b: TableRow): number {
  const x = numericOutput(a.output);
  const y = numericOutput(b.output);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const s = String(a.output);
  const t = String(b.output);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** Row i fires when it matches and no row before it in `order` does. */
function firstMatchConditions(conditions: LogicRule[], order: number[]): LogicRule[] {
  const result: LogicRule[] = new Array<LogicRule>(conditions.length);
  order.forEach((rowIndex, position) => {
    const own = conditions[rowIndex];
    const earlier = order.slice(0, position).map((i) => conditions[i]);
    if (earlier.length === 0) result[rowIndex] = cloneJson(own);
    else if (earlier.some((c) => c === true)) result[rowIndex] = false; // an earlier catch-all row always wins
    else {
      const noneEarlier = { '!': { or: earlier.map((c) => cloneJson(c)) } };
      result[rowIndex] = own === true ? noneEarlier : { and: [cloneJson(own), noneEarlier] };
    }
  });
  return result;
}

function rowPolicy(rule: TableRule, row: TableRow, index: number, when: LogicRule): Policy {
  const policy: Policy = {
    id: `${rule.id}#${row.id}`,
    name: derivedName(rule.name, { en: `row ${index + 1}`, 'zh-CN': `第 ${index + 1} 行` }),
    when,
    effect: effectFor(rule.table, row.output),
  };
  if (row.comment !== undefined && row.comment !== '') policy.comment = row.comment;
  return policy;
}

/** collect count: one policy that fires when any row matches, its amount the number of matching rows. */
function countPolicy(rule: TableRule, conditions: LogicRule[]): Policy {
  const when: LogicRule = conditions.length === 0 ? false : conditions.length === 1 ? cloneJson(conditions[0]) : { or: conditions.map((c) => cloneJson(c)) };
  const amount: LogicRule =
    conditions.length === 0 ? 0 : { '+': conditions.map((c) => (c === true ? 1 : { if: [cloneJson(c), 1, 0] })) };
  const output = rule.table.output;
  let effect: PolicyEffect;
  if (output.type === 'points' || output.type === 'money') effect = amountEffect(output, amount);
  // A count has no flag name or grade of its own: the rule's id names the flag, the first row's
  // output is the grade (analysis warns that count is meant for points and money).
  else if (output.type === 'flag') effect = flagEffect(output.severity, rule.id);
  else effect = { type: 'veto', mode: 'cap', grade: String(rule.table.rows[0]?.output ?? '') };
  return { id: `${rule.id}#count`, name: derivedName(rule.name, { en: 'count', 'zh-CN': '计数' }), when, effect };
}

function effectFor(table: DecisionTable, output: number | string): PolicyEffect {
  const spec = table.output;
  switch (spec.type) {
    case 'points':
    case 'money':
      return amountEffect(spec, numericOutput(output));
    case 'flag':
      return flagEffect(spec.severity, String(output));
    case 'veto-cap':
      return { type: 'veto', mode: 'cap', grade: String(output) };
  }
}

function amountEffect(spec: DecisionTable['output'] & { type: 'points' | 'money' }, amount: LogicRule): PolicyEffect {
  if (spec.type === 'money') {
    return spec.currency === undefined ? { type: 'money', amount } : { type: 'money', amount, currency: spec.currency };
  }
  const effect: PolicyEffect = { type: 'points', amount };
  if (spec.min !== undefined) effect.min = spec.min;
  if (spec.max !== undefined) effect.max = spec.max;
  return effect;
}

function flagEffect(severity: 'info' | 'warning' | 'error' | undefined, flag: string): PolicyEffect {
  return severity === undefined ? { type: 'flag', flag } : { type: 'flag', flag, severity };
}

/** A numeric-looking text output ("5") as its number; anything else as it is (analysis reports it). */
export function numericOutput(output: number | string): number | string {
  if (typeof output === 'number') return output;
  const trimmed = output.trim();
  if (trimmed === '') return output;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : output;
}

/** "<rule name> — row 2" in every language the rule's name has, plus English and Chinese. */
function derivedName(name: LocalizedText, suffix: { en: string; 'zh-CN': string }): LocalizedText {
  return {
    en: joinName(resolveLocalized(name, 'en'), suffix.en),
    'zh-CN': joinName(resolveLocalized(name, 'zh-CN'), suffix['zh-CN']),
  };
}

function joinName(name: string, suffix: string): string {
  return name === '' ? suffix : `${name} — ${suffix}`;
}
