// One sentence per rule for the rule list and hovers: "When complaints > 0: deduct 10 points per
// complaint" / "当 投诉次数 > 0 时，按投诉次数每次扣 10 分". Conditions and amounts are read out by the
// engine's renderLogic, so the builder and the analyser say the same thing about a rule.
import { resolveLocalized, type Locale, type LocalizedText } from '../../localized-text.ts';
import { formatNumber } from '../../logic/render/format.ts';
import { renderLogic } from '../../logic/render/plain-language.ts';
import type { LogicEngine } from '../../logic/types.ts';
import type { PolicyEffect } from '../../scorecard/types.ts';
import type { ConditionRule, DecisionTable, HitPolicy, TableRule } from '../types.ts';
import { catalogOf, type OperatorCatalog } from './operator-catalog.ts';
import type { FieldInfo } from './types.ts';

export interface SummaryOptions {
  /** Names and units of the record fields (the policy's fields or the dataset's). */
  fields?: ReadonlyArray<Pick<FieldInfo, 'key' | 'label' | 'unit'>>;
  /** Names of date/time and plugin operators; default: the catalog of `engine`. */
  catalog?: OperatorCatalog;
  engine?: LogicEngine;
  /** Names of grade ids, for grade caps. */
  gradeLabels?: Readonly<Record<string, LocalizedText>>;
}

interface Context {
  zh: boolean;
  locale: Locale;
  fieldLabels: Record<string, string>;
  operatorLabels: Record<string, string>;
  units: Map<string, string>;
  options: SummaryOptions | undefined;
}

const HIT_POLICIES: Readonly<Record<HitPolicy, readonly [string, string]>> = {
  unique: ['unique', '唯一命中'],
  first: ['first hit', '首个命中'],
  priority: ['priority', '优先级'],
  any: ['any', '任一命中'],
  collect: ['collect', '汇总'],
  'rule-order': ['rule order', '按规则顺序'],
};
const COLLECT: Readonly<Record<string, readonly [string, string]>> = { sum: ['sum', '求和'], min: ['min', '最小值'], max: ['max', '最大值'], count: ['count', '计数'] };
const SEVERITY: Readonly<Record<string, string>> = { info: '提示', warning: '警告', error: '错误' };

function context(locale: Locale, options: SummaryOptions | undefined): Context {
  const fieldLabels: Record<string, string> = Object.create(null) as Record<string, string>;
  const units = new Map<string, string>();
  for (const field of options?.fields ?? []) {
    const label = resolveLocalized(field.label, locale);
    if (label !== '') fieldLabels[field.key] = label;
    const unit = resolveLocalized(field.unit, locale);
    if (unit !== '') units.set(field.key, unit);
  }
  const operatorLabels: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const entry of (options?.catalog ?? catalogOf(options?.engine)).operators) {
    if (entry.custom) operatorLabels[entry.op] = entry.label[locale];
  }
  return { zh: locale === 'zh-CN', locale, fieldLabels, operatorLabels, units, options };
}

function render(rule: unknown, c: Context): string {
  return renderLogic(rule, c.locale, { fieldLabels: c.fieldLabels, operatorLabels: c.operatorLabels });
}

/** `k × field` or `field × k` with a constant k: "k per field". */
function perField(amount: unknown): { k: number; path: string } | undefined {
  if (typeof amount !== 'object' || amount === null || Array.isArray(amount)) return undefined;
  const keys = Object.keys(amount);
  const args = (amount as Record<string, unknown>)['*'];
  if (keys.length !== 1 || keys[0] !== '*' || !Array.isArray(args) || args.length !== 2) return undefined;
  const [a, b] = args as [unknown, unknown];
  const path = (v: unknown): string | undefined => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).length !== 1) return undefined;
    const p = (v as Record<string, unknown>)['var'];
    return typeof p === 'string' ? p : Array.isArray(p) && p.length === 1 && typeof p[0] === 'string' ? p[0] : undefined;
  };
  if (typeof a === 'number' && path(b) !== undefined) return { k: a, path: path(b)! };
  if (typeof b === 'number' && path(a) !== undefined) return { k: b, path: path(a)! };
  return undefined;
}

/** "deduct 10 points", "add 5 points per complaint", "points: …" (and the Chinese). */
function amountText(amount: unknown, kind: 'points' | 'money', currency: string | undefined, c: Context): string {
  const verb = (n: number): string => {
    if (kind === 'points') return c.zh ? (n < 0 ? '扣' : '加') : n < 0 ? 'deduct' : 'add';
    return c.zh ? (n < 0 ? '扣发' : '发放') : n < 0 ? 'withhold' : 'pay';
  };
  const quantity = (n: number): string => {
    const abs = Math.abs(n);
    const unit = kind === 'money' ? currency ?? '' : c.zh ? '分' : abs === 1 ? 'point' : 'points';
    return unit === '' ? formatNumber(abs) : `${formatNumber(abs)} ${unit}`;
  };
  if (typeof amount === 'number') return `${verb(amount)} ${quantity(amount)}`;
  const per = perField(amount);
  if (per !== undefined) {
    const label = c.fieldLabels[per.path] ?? per.path;
    const unit = c.units.get(per.path);
    if (c.zh) return `按${label}每${unit ?? '单位'}${verb(per.k)} ${quantity(per.k)}`;
    return `${verb(per.k)} ${quantity(per.k)} per ${unit ?? label}`;
  }
  const what = kind === 'points' ? (c.zh ? '加扣分' : 'points') : c.zh ? '金额' : 'money';
  const suffix = kind === 'money' && currency !== undefined ? ` ${currency}` : '';
  return `${what}${c.zh ? '：' : ': '}${render(amount, c)}${suffix}`;
}

function bounds(min: number | undefined, max: number | undefined, c: Context): string {
  if (min !== undefined && max !== undefined) return c.zh ? `，限定在 ${formatNumber(min)} 至 ${formatNumber(max)} 之间` : `, bounded to ${formatNumber(min)} … ${formatNumber(max)}`;
  if (min !== undefined) return c.zh ? `，不低于 ${formatNumber(min)}` : `, at least ${formatNumber(min)}`;
  if (max !== undefined) return c.zh ? `，不高于 ${formatNumber(max)}` : `, at most ${formatNumber(max)}`;
  return '';
}

function effectText(effect: PolicyEffect, c: Context): string {
  switch (effect.type) {
    case 'points': return amountText(effect.amount, 'points', undefined, c) + bounds(effect.min, effect.max, c);
    case 'money': return amountText(effect.amount, 'money', effect.currency, c);
    case 'veto': {
      if (effect.mode === 'void') return c.zh ? '一票否决：考核无效' : 'veto: the appraisal is void';
      const label = c.options?.gradeLabels?.[effect.grade];
      const grade = label === undefined ? effect.grade : resolveLocalized(label, c.locale) || effect.grade;
      return c.zh ? `等级最高为 ${grade}` : `cap the grade at ${grade}`;
    }
    case 'flag': {
      const severity = effect.severity === undefined ? '' : c.zh ? `（${SEVERITY[effect.severity] ?? effect.severity}）` : ` (${effect.severity})`;
      return c.zh ? `标记“${effect.flag}”${severity}` : `flag “${effect.flag}”${severity}`;
    }
  }
}

function tableText(table: DecisionTable, c: Context): string {
  const [en, zh] = HIT_POLICIES[table.hitPolicy] ?? [table.hitPolicy, table.hitPolicy];
  const collect = table.hitPolicy === 'collect' && table.collect !== undefined ? COLLECT[table.collect] : undefined;
  const policy = c.zh ? `${zh}${collect ? `（${collect[1]}）` : ''}` : `${en}${collect ? ` (${collect[0]})` : ''}`;
  const rows = table.rows.length;
  const output = table.output;
  let what: string;
  switch (output.type) {
    case 'points': what = c.zh ? '加扣分' : 'points'; break;
    case 'money': what = c.zh ? `金额${output.currency ? `（${output.currency}）` : ''}` : `money${output.currency ? ` (${output.currency})` : ''}`; break;
    case 'flag': what = c.zh ? '标记' : 'flag'; break;
    case 'veto-cap': what = c.zh ? '等级上限' : 'grade cap'; break;
  }
  return c.zh ? `决策表（${policy}，${rows} 行）：${what}` : `Decision table (${policy}, ${rows} ${rows === 1 ? 'row' : 'rows'}): ${what}`;
}

/**
 * A rule in one sentence, in English or Chinese: its condition and effect, or for a decision table
 * its hit policy, size and output. Disabled rules say so first. Never throws on odd rules: the
 * condition and amounts go through renderLogic, which reads out any JSON.
 */
export function summarizeRule(rule: ConditionRule | TableRule, locale: Locale, options?: SummaryOptions): string {
  const c = context(locale, options);
  const disabled = rule.enabled === false ? (c.zh ? '（已停用）' : '(disabled) ') : '';
  if (rule.table !== undefined) return disabled + tableText(rule.table, c);
  const effect = effectText(rule.effect, c);
  if (rule.when === true) return disabled + (c.zh ? `始终${effect}` : `Always: ${effect}`);
  const when = render(rule.when, c);
  return disabled + (c.zh ? `当 ${when} 时，${effect}` : `When ${when}: ${effect}`);
}
