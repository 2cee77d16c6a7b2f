// Bilingual problem messages. Managers read these in the Problems panel, so they name the field
// and the kinds involved in plain words rather than in type-system terms.
import type { Kind, TypeInfo } from './types.ts';
import { singleKind } from './types.ts';

export interface Message {
  readonly en: string;
  readonly 'zh-CN': string;
}

const KIND_EN: Record<Kind, string> = {
  number: 'number', integer: 'integer', string: 'string', category: 'category', boolean: 'true/false',
  date: 'date', time: 'time', array: 'list', object: 'object', null: 'empty', unknown: 'value',
};

const KIND_ZH: Record<Kind, string> = {
  number: '数字', integer: '整数', string: '文本', category: '类别', boolean: '是/否',
  date: '日期', time: '时间', array: '列表', object: '对象', null: '空', unknown: '值',
};

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function literalText(value: string | number | boolean | null, zh: boolean): string {
  if (typeof value === 'string') return zh ? `“${clip(value)}”` : `"${clip(value)}"`;
  return String(value);
}

/** "the string field "name"" / "文本字段“name”", "the number 3" / "数字 3", "a date value" / "日期值". */
export function describe(t: TypeInfo): Message {
  const single = singleKind(t) ?? 'unknown';
  // A literal 3 is "the number 3" to a reader, whatever the lattice calls it.
  const kind = t.hasLiteral && single === 'integer' ? 'number' : single;
  if (t.field !== undefined) {
    return { en: `the ${KIND_EN[kind]} field "${clip(t.field)}"`, 'zh-CN': `${KIND_ZH[kind]}字段“${clip(t.field)}”` };
  }
  if (t.hasLiteral && t.literal !== undefined) {
    return { en: `the ${KIND_EN[kind]} ${literalText(t.literal, false)}`, 'zh-CN': `${KIND_ZH[kind]} ${literalText(t.literal, true)}` };
  }
  return { en: `a ${KIND_EN[kind]} value`, 'zh-CN': `${KIND_ZH[kind]}值` };
}

export function kindName(kind: Kind): Message {
  return { en: KIND_EN[kind], 'zh-CN': KIND_ZH[kind] };
}

/** Chinese text puts a space between a trailing number or Latin word and the next Chinese word. */
function gap(zh: string): string {
  return /[A-Za-z0-9]$/.test(zh) ? `${zh} ` : zh;
}

function both(en: string, zh: string): Message {
  return { en, 'zh-CN': zh };
}

export const text = {
  unknownField(field: string, hint: string | undefined): Message {
    return both(
      `Field "${field}" is not declared.${hint === undefined ? '' : ` Did you mean "${hint}"?`}`,
      `字段“${field}”未声明。${hint === undefined ? '' : `是否指“${hint}”？`}`,
    );
  },
  compare(a: TypeInfo, b: TypeInfo, why: Message): Message {
    const da = describe(a);
    const db = describe(b);
    return both(`Comparing ${da.en} with ${db.en}: ${why.en}`, `将${da['zh-CN']}与${gap(db['zh-CN'])}比较：${why['zh-CN']}`);
  },
  arithmetic(op: string, t: TypeInfo, why: Message): Message {
    const d = describe(t);
    return both(`Arithmetic "${op}" on ${d.en}: ${why.en}`, `对${gap(d['zh-CN'])}做算术运算“${op}”：${why['zh-CN']}`);
  },
  inHaystack(t: TypeInfo): Message {
    const d = describe(t);
    return both(`"in" looks inside a string or a list, not ${d.en}.`, `“in”只能在文本或列表中查找，不能在${gap(d['zh-CN'])}中查找。`);
  },
  substrSource(t: TypeInfo, why: Message): Message {
    const d = describe(t);
    return both(`Taking part of ${d.en}: ${why.en}`, `从${gap(d['zh-CN'])}中截取：${why['zh-CN']}`);
  },
  substrIndex(t: TypeInfo): Message {
    const d = describe(t);
    return both(`A substring position or length must be a number, not ${d.en}.`, `截取的位置和长度必须是数字，而不是${d['zh-CN']}。`);
  },
  iterate(op: string, t: TypeInfo): Message {
    const d = describe(t);
    return both(`"${op}" goes through a list, but ${d.en} is not a list.`, `“${op}”需要遍历列表，但${gap(d['zh-CN'])}不是列表。`);
  },
  argumentType(op: string, index: number, expected: Kind, t: TypeInfo): Message {
    const d = describe(t);
    return both(
      `Argument ${index + 1} of "${op}" should be a ${KIND_EN[expected]}, not ${d.en}.`,
      `“${op}”的第 ${index + 1} 个参数应为${KIND_ZH[expected]}，而不是${d['zh-CN']}。`,
    );
  },
  reduceContext(path: string): Message {
    return both(
      `Inside "reduce" only "current" and "accumulator" can be read; "${path}" is always empty.`,
      `“reduce”内部只能读取“current”和“accumulator”，“${path}”始终为空。`,
    );
  },
  unknownOperator(name: string): Message {
    return both(`Unknown operator "${name}".`, `未知的运算符“${name}”。`);
  },
  undeclaredOperator(name: string): Message {
    return both(`Operator "${name}" is not provided by any installed plugin.`, `运算符“${name}”未由任何已安装插件提供。`);
  },
  notListed(name: string): Message {
    return both(`"${name}" expects a list of arguments.`, `“${name}”需要一个参数列表。`);
  },
  arity(name: string, expected: string, got: number): Message {
    return both(`"${name}" expects ${expected} argument(s) but has ${got}.`, `“${name}”需要 ${expected} 个参数，实际有 ${got} 个。`);
  },
  multiKey(count: number): Message {
    return both(
      `An object with ${count} keys is not an operation; it is used as a plain value.`,
      `包含 ${count} 个键的对象不是运算，只会被当作普通值。`,
    );
  },
  badPath(name: string): Message {
    return both(`"${name}" has a path element that is neither text nor a number.`, `“${name}”的路径中有既非文本也非数字的部分。`);
  },
  overshoot(levels: number): Message {
    return both(
      `The scope jump [${levels}] climbs past the record; it reads from the record.`,
      `作用域跳转 [${levels}] 超出了记录本身，将从记录读取。`,
    );
  },
  tooDeep(): Message {
    return both('The rule is nested too deeply to check further.', '规则嵌套过深，无法继续检查。');
  },
  tooLarge(): Message {
    return both('The rule is too large to check completely.', '规则过大，无法完整检查。');
  },
  internal(): Message {
    return both('The rule could not be analysed.', '无法分析此规则。');
  },
};

export const why = {
  neverEqual: both('they can never be strictly equal.', '二者永远不会严格相等。'),
  coerced: both('the values are converted before comparing, which is rarely intended.', '比较前会进行类型转换，通常并非本意。'),
  meaningless: both('the result is meaningless.', '结果没有意义。'),
  orderBooleans: both('true/false values have no useful order.', '是/否值没有有意义的大小顺序。'),
  notNumber: both('it is not a number, so the result is not a number.', '它不是数字，结果也不会是数字。'),
  booleanAsNumber: both('true/false counts as 1/0, which is rarely intended.', '是/否会被当作 1/0，通常并非本意。'),
  numberAsText: both('the number is converted to text first.', '数字会先被转换为文本。'),
  notText: both('it is not text.', '它不是文本。'),
  textDate: both('the text may not be a date.', '该文本不一定是日期。'),
  textTime: both('the text may not be a time of day.', '该文本不一定是时间。'),
};
