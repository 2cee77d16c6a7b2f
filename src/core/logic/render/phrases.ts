// The words of the plain-language rendering, per language. Chinese follows the managers' own
// phrasing (如果…则…否则, 且/或, 中任一项满足); math keeps the usual symbols in both languages.
import type { Locale } from '../../localized-text.ts';

export interface Phrases {
  readonly and: string;
  readonly or: string;
  readonly true: string;
  readonly false: string;
  readonly null: string;
  readonly emptyText: string;
  readonly mod: string;
  readonly listSeparator: string;
  quote(text: string): string;
  not(x: string): string;
  truthy(x: string): string;
  isEmpty(x: string): string;
  isNotEmpty(x: string): string;
  /** `branches` are [condition, value] pairs; `otherwise` the final else. */
  conditional(branches: ReadonlyArray<readonly [string, string]>, otherwise: string | undefined): string;
  missing(names: readonly string[]): string;
  missingComputed(x: string): string;
  missingSome(need: string, names: readonly string[]): string;
  exists(x: string): string;
  isOneOf(x: string, items: readonly string[]): string;
  contains(haystack: string, needle: string): string;
  isIn(needle: string, haystack: string): string;
  /** `whole`: the body refers to the item itself, so "has" would read wrongly. */
  some(source: string, body: string, whole: boolean): string;
  all(source: string, body: string, whole: boolean): string;
  none(source: string, body: string, whole: boolean): string;
  map(source: string, body: string): string;
  filter(source: string, body: string): string;
  sum(source: string, part: string | undefined): string;
  /** How many items satisfy a condition (the builder's "count of items where …"). */
  count(source: string, condition: string): string;
  product(source: string, part: string | undefined): string;
  reduce(source: string, initial: string, body: string): string;
  maximum(items: readonly string[]): string;
  minimum(items: readonly string[]): string;
  asNumber(x: string): string;
  followedBy(items: readonly string[]): string;
  joinedAsText(x: string): string;
  merge(items: readonly string[]): string;
  firstNonEmpty(items: readonly string[]): string;
  attempt(first: string, fallbacks: readonly string[]): string;
  fail(x: string): string;
  firstChars(source: string, n: string): string;
  slice(source: string, from: string, n: string): string;
  lastChars(source: string, n: string): string;
  fromChar(source: string, n: string): string;
  withDefault(x: string, fallback: string): string;
  computedField(x: string): string;
  readonly record: string;
  readonly item: string;
  readonly runningTotal: string;
  readonly position: string;
  readonly error: string;
  readonly errorType: string;
  recordField(label: string): string;
  outerField(label: string): string;
}

const en: Phrases = {
  and: ' and ',
  or: ' or ',
  true: 'true',
  false: 'false',
  null: 'empty',
  emptyText: "''",
  mod: ' mod ',
  listSeparator: ', ',
  quote: (text) => `'${text}'`,
  not: (x) => `not ${x}`,
  truthy: (x) => `${x} is true`,
  isEmpty: (x) => `${x} is empty`,
  isNotEmpty: (x) => `${x} is not empty`,
  conditional: (branches, otherwise) => {
    const body = branches.map(([c, v]) => `if ${c} then ${v}`).join(' else ');
    return otherwise === undefined ? body : `${body} else ${otherwise}`;
  },
  missing: (names) => (names.length === 0 ? 'nothing is missing' : `${orList(names, ', ', ' or ')} is missing`),
  missingComputed: (x) => `any of ${x} is missing`,
  missingSome: (need, names) => `fewer than ${need} of ${names.join(', ')} are present`,
  exists: (x) => `${x} is present`,
  isOneOf: (x, items) => `${x} is one of ${items.join(', ')}`,
  contains: (haystack, needle) => `${haystack} contains ${needle}`,
  isIn: (needle, haystack) => `${needle} is in ${haystack}`,
  some: (s, b, whole) => `any item of ${s} ${whole ? 'satisfies' : 'has'} ${b}`,
  all: (s, b, whole) => `every item of ${s} ${whole ? 'satisfies' : 'has'} ${b}`,
  none: (s, b, whole) => `no item of ${s} ${whole ? 'satisfies' : 'has'} ${b}`,
  map: (s, b) => `${b} for each item of ${s}`,
  filter: (s, b) => `items of ${s} where ${b}`,
  sum: (s, part) => (part === undefined ? `sum of ${s}` : `sum of ${part} over ${s}`),
  count: (s, b) => `the number of items of ${s} where ${b}`,
  product: (s, part) => (part === undefined ? `product of ${s}` : `product of ${part} over ${s}`),
  reduce: (s, init, b) => `combine the items of ${s}, starting from ${init}, by ${b}`,
  maximum: (items) => `maximum of ${items.join(', ')}`,
  minimum: (items) => `minimum of ${items.join(', ')}`,
  asNumber: (x) => `${x} as a number`,
  followedBy: (items) => items.join(' followed by '),
  joinedAsText: (x) => `${x} joined as text`,
  merge: (items) => items.join(' combined with '),
  firstNonEmpty: (items) => `first non-empty of ${items.join(', ')}`,
  attempt: (first, fallbacks) => [`try ${first}`, ...fallbacks.map((f) => `on error ${f}`)].join(', '),
  fail: (x) => `fail with ${x}`,
  firstChars: (s, n) => (n === '1' ? `first character of ${s}` : `first ${n} characters of ${s}`),
  slice: (s, from, n) => `${n === '1' ? '1 character' : `${n} characters`} of ${s} from character ${from}`,
  lastChars: (s, n) => (n === '1' ? `last character of ${s}` : `last ${n} characters of ${s}`),
  fromChar: (s, n) => `${s} from character ${n}`,
  withDefault: (x, d) => `${x} (default ${d})`,
  computedField: (x) => `the field named by ${x}`,
  record: 'the record',
  item: 'the item',
  runningTotal: 'the running total',
  position: "the item's position",
  error: 'the error',
  errorType: 'the error type',
  recordField: (label) => `the record's ${label}`,
  outerField: (label) => `the outer item's ${label}`,
};

const zh: Phrases = {
  and: ' 且 ',
  or: ' 或 ',
  true: '真',
  false: '假',
  null: '空',
  emptyText: '“”',
  mod: ' 取余 ',
  listSeparator: '、',
  quote: (text) => `“${text}”`,
  not: (x) => `非 ${x}`,
  truthy: (x) => `${x} 为真`,
  isEmpty: (x) => `${x} 为空`,
  isNotEmpty: (x) => `${x} 不为空`,
  conditional: (branches, otherwise) => {
    const body = branches.map(([c, v]) => `如果 ${c} 则 ${v}`).join(' 否则');
    return otherwise === undefined ? body : `${body} 否则 ${otherwise}`;
  },
  missing: (names) => (names.length === 0 ? '没有缺失项' : `缺少 ${orList(names, '、', ' 或 ')}`),
  missingComputed: (x) => `缺少 ${x} 中的任一项`,
  missingSome: (need, names) => `${names.join('、')} 中已提供的少于 ${need} 项`,
  exists: (x) => `${x} 存在`,
  isOneOf: (x, items) => `${x} 属于 ${items.join('、')} 之一`,
  contains: (haystack, needle) => `${haystack} 包含 ${needle}`,
  isIn: (needle, haystack) => `${needle} 在 ${haystack} 中`,
  some: (s, b) => `${s} 中任一项满足 ${b}`,
  all: (s, b) => `${s} 中每一项都满足 ${b}`,
  none: (s, b) => `${s} 中没有任何一项满足 ${b}`,
  map: (s, b) => `${s} 中每一项的 ${b}`,
  filter: (s, b) => `${s} 中满足 ${b} 的项`,
  sum: (s, part) => (part === undefined ? `${s} 的总和` : `${s} 中各项 ${part} 的总和`),
  count: (s, b) => `${s} 中满足 ${b} 的项数`,
  product: (s, part) => (part === undefined ? `${s} 的乘积` : `${s} 中各项 ${part} 的乘积`),
  reduce: (s, init, b) => `从 ${init} 开始，依次对 ${s} 的各项累计 ${b}`,
  maximum: (items) => `${items.join('、')} 中的最大值`,
  minimum: (items) => `${items.join('、')} 中的最小值`,
  asNumber: (x) => `${x} 的数值`,
  followedBy: (items) => items.join(' 后接 '),
  joinedAsText: (x) => `${x} 拼接成的文本`,
  merge: (items) => `${items.join('、')} 合并`,
  firstNonEmpty: (items) => `${items.join('、')} 中第一个非空值`,
  attempt: (first, fallbacks) => [`尝试 ${first}`, ...fallbacks.map((f) => `出错时取 ${f}`)].join('，'),
  fail: (x) => `报错 ${x}`,
  firstChars: (s, n) => `${s} 的前 ${n} 个字符`,
  slice: (s, from, n) => `${s} 从第 ${from} 个字符起的 ${n} 个字符`,
  lastChars: (s, n) => `${s} 的后 ${n} 个字符`,
  fromChar: (s, n) => `${s} 从第 ${n} 个字符起的部分`,
  withDefault: (x, d) => `${x}（默认 ${d}）`,
  computedField: (x) => `由 ${x} 指定的字段`,
  record: '整条记录',
  item: '该项',
  runningTotal: '累计值',
  position: '该项的序号',
  error: '错误',
  errorType: '错误类型',
  recordField: (label) => `记录的 ${label}`,
  outerField: (label) => `外层项的 ${label}`,
};

/** "a, b or c" / "a、b 或 c". */
function orList(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

export const PHRASES: Readonly<Record<Locale, Phrases>> = { en, 'zh-CN': zh };
