// The words of explanations, per language. Conditions themselves come from the plain-language
// renderer; these phrases say what was found and tie the failing conditions into one sentence.
import type { Locale } from '../../localized-text.ts';
import type { Bilingual } from './types.ts';
import { formatValue, isMissing } from './values.ts';

export interface ExplainWords {
  /** "satisfaction is 72" / "满意度 为 72"; a missing value reads "satisfaction is missing". */
  is(subject: string, value: unknown): string;
  /** A condition's outcome in a sentence: "satisfaction ≥ 90 failed (satisfaction is 72)". */
  outcome(text: string, held: boolean, actual: string, where: string | undefined): string;
  /** Innermost item first in English ("item 1 of members in item 2 of teams"), outermost first in Chinese. */
  items(parts: ReadonlyArray<{ index: number; source: string }>): string;
  noItems(source: string): string;
  noneSatisfied(count: number): string;
  missing(names: readonly string[]): string;
  present(subject: string, present: boolean): string;
  /** "1 ÷ d could not be evaluated: NaN, d is 0". */
  notEvaluated(subject: string, type?: string, operands?: string): string;
  lead(value: unknown, truthy: boolean): string;
  because(lead: string, parts: readonly string[], more: number): string;
  undecided(lead: string): string;
  computed(value: unknown, formula: string | undefined): string;
  error(type: string, where: string, operands: string | undefined, message: string): string;
  /** Joins "satisfaction is 72" parts. */
  readonly separator: string;
  /** Where an error without a known position happened. */
  readonly theRule: string;
}

const en: ExplainWords = {
  is: (subject, value) => (isMissing(value) ? `${subject} is missing` : `${subject} is ${formatValue(value, 'en')}`),
  outcome: (text, held, actual, where) => `${text} ${held ? 'held' : 'failed'}${where ? ` for ${where}` : ''} (${actual})`,
  items: (parts) => [...parts].reverse().map((p) => `item ${p.index + 1} of ${p.source}`).join(' in '),
  noItems: (source) => `${source} has no items`,
  noneSatisfied: (count) => (count === 1 ? 'its only item did not satisfy it' : `none of its ${count} items satisfied it`),
  missing: (names) => (names.length === 0 ? 'nothing is missing' : `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} missing`),
  present: (subject, present) => `${subject} is ${present ? 'present' : 'not present'}`,
  notEvaluated: (subject, type, operands) => {
    const details = [type, operands].filter((d) => d !== undefined && d !== '');
    return `${subject} could not be evaluated${details.length ? `: ${details.join(', ')}` : ''}`;
  },
  lead: (value, truthy) => (typeof value === 'boolean' ? String(value) : `${formatValue(value, 'en')} (${truthy ? 'true' : 'false'})`),
  because: (lead, parts, more) => {
    const all = more > 0 ? [...parts, `${more} more`] : [...parts];
    const list = all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
    return `${lead} because ${list}`;
  },
  undecided: (lead) => `${lead} (no condition of the rule decides it for this record)`,
  computed: (value, formula) => `= ${formatValue(value, 'en')}${formula ? ` (${formula})` : ''}`,
  error: (type, where, operands, message) => `error: ${type} in ${where}${operands ? ` (${operands})` : ''}: ${message}`,
  separator: ', ',
  theRule: 'the rule',
};

/** Chinese names of the engine's own error types; a `throw`n type is shown as written. */
const ZH_ERROR_TYPES: Readonly<Record<string, string>> = {
  NaN: '数值无效 NaN',
  'Invalid Arguments': '参数无效',
  'Unknown Operator': '未知运算符',
  'Invalid Rule': '规则无效',
  'Limit Exceeded': '超出限制',
  'Operator Error': '运算符出错',
};

function zhErrorType(type: string): string {
  return Object.prototype.hasOwnProperty.call(ZH_ERROR_TYPES, type) ? (ZH_ERROR_TYPES[type] as string) : type;
}

const zh: ExplainWords = {
  is: (subject, value) => (isMissing(value) ? `${subject} 缺失` : `${subject} 为 ${formatValue(value, 'zh-CN')}`),
  outcome: (text, held, actual, where) => `${where ? `${where}：` : ''}${text} ${held ? '成立' : '未满足'}（${actual}）`,
  items: (parts) => parts.map((p) => `${p.source} 第 ${p.index + 1} 项`).join(' 中的 '),
  noItems: (source) => `${source} 没有任何项`,
  noneSatisfied: (count) => `共 ${count} 项，没有任何一项满足`,
  missing: (names) => (names.length === 0 ? '没有缺失项' : `缺少 ${names.join('、')}`),
  present: (subject, present) => `${subject} ${present ? '存在' : '不存在'}`,
  notEvaluated: (subject, type, operands) => {
    const details = [type === undefined ? undefined : zhErrorType(type), operands].filter((d) => d !== undefined && d !== '');
    return `${subject} 无法求值${details.length ? `：${details.join('，')}` : ''}`;
  },
  lead: (value, truthy) => (typeof value === 'boolean' ? (value ? '结果为真' : '结果为假') : `结果为 ${formatValue(value, 'zh-CN')}（${truthy ? '真' : '假'}）`),
  because: (lead, parts, more) => `${lead}，因为 ${(more > 0 ? [...parts, `另有 ${more} 项`] : parts).join('；')}`,
  undecided: (lead) => `${lead}（对该记录没有决定结果的条件）`,
  computed: (value, formula) => `= ${formatValue(value, 'zh-CN')}${formula ? `（${formula}）` : ''}`,
  error: (type, where, operands, message) => `${where} 出错（${zhErrorType(type)}）${operands ? `，其中 ${operands}` : ''}：${message}`,
  separator: '，',
  theRule: '规则',
};

export const WORDS: Readonly<Record<Locale, ExplainWords>> = { en, 'zh-CN': zh };

/** The same text made in each language. */
export function bilingual(make: (locale: Locale) => string): Bilingual {
  return { en: make('en'), 'zh-CN': make('zh-CN') };
}
