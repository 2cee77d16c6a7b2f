// Names of the built-in JSON-logic operators in both languages. The engine's built-ins carry no
// labels of their own (only custom operators declare them), so this is the one hand-written list;
// a test checks that every built-in operator of the engine has an entry here.
import type { LogicValueType } from '../../logic/types.ts';

/** A text in every language the product ships. */
export interface BilingualText {
  en: string;
  'zh-CN': string;
}

/** What an argument holds: a value of a type, or a condition (something true or false). */
export type ArgumentKind = LogicValueType | 'condition';

export interface BuiltinArgument {
  kind: ArgumentKind;
  label: BilingualText;
}

export interface BuiltinLabel {
  label: BilingualText;
  /** The sign shown in the builder (≥ for ">="), when it has one. */
  symbol?: string;
  /** Arguments by position; the last one repeats for variadic operators. */
  args: readonly BuiltinArgument[];
}

const both = (en: string, zh: string): BilingualText => ({ en, 'zh-CN': zh });
const arg = (kind: ArgumentKind, en: string, zh: string): BuiltinArgument => ({ kind, label: both(en, zh) });

const VALUE = arg('any', 'Value', '值');
const OTHER = arg('any', 'Compared with', '比较值');
const NUMBER = arg('number', 'Number', '数值');
const CONDITION = arg('condition', 'Condition', '条件');
const LIST = arg('array', 'List', '列表');
const TEXT = arg('string', 'Text', '文本');
const PATH = arg('string', 'Field', '字段');

const compare = (en: string, zh: string, symbol: string): BuiltinLabel => ({ label: both(en, zh), symbol, args: [VALUE, OTHER] });
const arith = (en: string, zh: string, symbol: string, args: readonly BuiltinArgument[] = [NUMBER]): BuiltinLabel => ({ label: both(en, zh), symbol, args });

/** Keyed by operator name; read with Map semantics so no name reaches a prototype. */
export const BUILTIN_LABELS: ReadonlyMap<string, BuiltinLabel> = new Map<string, BuiltinLabel>([
  ['==', compare('equals', '等于', '=')],
  ['===', compare('equals exactly', '严格等于', '≡')],
  ['!=', compare('does not equal', '不等于', '≠')],
  ['!==', compare('does not equal exactly', '严格不等于', '≢')],
  ['<', compare('less than', '小于', '<')],
  ['<=', compare('at most', '小于等于', '≤')],
  ['>', compare('greater than', '大于', '>')],
  ['>=', compare('at least', '大于等于', '≥')],
  ['in', { label: both('is one of / contains', '属于 / 包含'), args: [VALUE, arg('any', 'List or text', '列表或文本')] }],
  ['+', arith('Add', '加', '+')],
  ['-', arith('Subtract', '减', '−')],
  ['*', arith('Multiply', '乘', '×')],
  ['/', arith('Divide', '除', '÷', [arg('number', 'Dividend', '被除数'), arg('number', 'Divisor', '除数')])],
  ['%', arith('Remainder', '取余', 'mod', [arg('number', 'Dividend', '被除数'), arg('number', 'Divisor', '除数')])],
  ['min', arith('Smallest of', '最小值', 'min')],
  ['max', arith('Largest of', '最大值', 'max')],
  ['and', { label: both('all of', '全部满足'), args: [CONDITION] }],
  ['or', { label: both('any of', '任一满足'), args: [CONDITION] }],
  ['!', { label: both('not', '非'), symbol: '¬', args: [CONDITION] }],
  ['!!', { label: both('is truthy', '为真'), args: [VALUE] }],
  ['some', { label: both('some items', '存在某项'), args: [LIST, CONDITION] }],
  ['all', { label: both('every item', '每一项'), args: [LIST, CONDITION] }],
  ['none', { label: both('no item', '没有一项'), args: [LIST, CONDITION] }],
  ['if', { label: both('if … then … else', '如果…则…否则'), args: [CONDITION, VALUE] }],
  ['?:', { label: both('if … then … else', '如果…则…否则'), args: [CONDITION, VALUE] }],
  ['??', { label: both('first value present', '第一个非空值'), args: [VALUE] }],
  ['var', { label: both('Field', '字段'), args: [PATH, arg('any', 'Default', '默认值')] }],
  ['val', { label: both('Field (path segments)', '字段（路径分段）'), args: [arg('any', 'Path segment', '路径分段')] }],
  ['exists', { label: both('Field exists', '字段存在'), args: [arg('any', 'Path segment', '路径分段')] }],
  ['missing', { label: both('Missing fields', '缺失的字段'), args: [PATH] }],
  ['missing_some', { label: both('Missing some fields', '缺失部分字段'), args: [arg('number', 'How many needed', '至少需要'), arg('array', 'Fields', '字段列表')] }],
  ['cat', { label: both('Join text', '拼接文本'), args: [TEXT] }],
  ['substr', { label: both('Part of text', '截取文本'), args: [TEXT, arg('number', 'Start', '起始位置'), arg('number', 'Length', '长度')] }],
  ['merge', { label: both('Merge lists', '合并列表'), args: [LIST] }],
  ['map', { label: both('Map items', '逐项转换'), args: [LIST, arg('any', 'Each item becomes', '每项变为')] }],
  ['filter', { label: both('Items where', '筛选项'), args: [LIST, CONDITION] }],
  ['reduce', { label: both('Combine items', '逐项累计'), args: [LIST, arg('any', 'Combine', '累计方式'), arg('any', 'Start value', '初始值')] }],
  ['try', { label: both('First that succeeds', '第一个不出错的值'), args: [VALUE] }],
  ['throw', { label: both('Fail with', '报错'), args: [arg('any', 'Error type', '错误类型')] }],
  ['preserve', { label: both('Literal value', '原样值'), args: [VALUE] }],
  ['log', { label: both('Log', '日志输出'), args: [VALUE] }],
]);
