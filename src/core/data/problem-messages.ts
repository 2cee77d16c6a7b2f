// Bilingual texts of import problems. Managers read them in the Problems panel next to the line
// and column, so each says what was found and what to write instead, in plain words.
import type { DataMessage, RowProblemCode } from './types.ts';

function quoted(text: string): { en: string; zh: string } {
  const clipped = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return { en: `"${clipped}"`, zh: `“${clipped}”` };
}

/**
 * What to say about a cell that does not convert to its column's type. `item` is the 1-based
 * position of `value` in a list cell, whose bad item is named rather than the whole cell.
 */
export function cellMessage(code: RowProblemCode, column: string, value: string, allowed?: readonly string[], item?: number): DataMessage {
  const v = item === undefined ? quoted(value) : itemOfList(value, item);
  const c = quoted(column);
  switch (code) {
    case 'not-a-number':
      if (/^\s*[+-]?[\d.,]+\s*[%％]\s*$/.test(value)) {
        return {
          en: `${v.en} in column ${c.en} has a percent sign: write 95 or 0.95 instead, as the column's unit intends (95% could mean either).`,
          'zh-CN': `列${c.zh}中的${v.zh}带百分号：请按该列的单位写成 95 或 0.95（95% 可能指二者之一）。`,
        };
      }
      if (/^\s*[+-]?\d{1,3}([,，]\d{3})+(\.\d*)?\s*$/.test(value)) {
        return {
          en: `${v.en} in column ${c.en} has thousands separators: write the number without them (1234.5).`,
          'zh-CN': `列${c.zh}中的${v.zh}带千位分隔符：请去掉分隔符（如 1234.5）。`,
        };
      }
      return {
        en: `${v.en} in column ${c.en} is not a number: write digits with an optional sign and decimal point (95, -2.5).`,
        'zh-CN': `列${c.zh}中的${v.zh}不是数字：请写成半角数字，可带正负号和小数点（如 95、-2.5）。`,
      };
    case 'not-an-integer':
      return {
        en: `${v.en} in column ${c.en} is not a whole number.`,
        'zh-CN': `列${c.zh}中的${v.zh}不是整数。`,
      };
    case 'not-a-boolean':
      return {
        en: `${v.en} in column ${c.en} is not a yes/no value: write true/false, yes/no, y/n, 1/0 or 是/否.`,
        'zh-CN': `列${c.zh}中的${v.zh}不是是/否值：请写 是/否、true/false、yes/no、y/n 或 1/0。`,
      };
    case 'not-a-date':
      return {
        en: `${v.en} in column ${c.en} is not a date: write 2024-03-05, 2024/3/5 or 2024年3月5日.`,
        'zh-CN': `列${c.zh}中的${v.zh}不是有效日期：请写成 2024-03-05、2024/3/5 或 2024年3月5日。`,
      };
    case 'not-a-time':
      return {
        en: `${v.en} in column ${c.en} is not a time of day: write 09:30 or 09:30:15 (24-hour clock).`,
        'zh-CN': `列${c.zh}中的${v.zh}不是有效时间：请按 24 小时制写成 09:30 或 09:30:15。`,
      };
    case 'unknown-category': {
      const list = (allowed ?? []).slice(0, 12).join(', ') + ((allowed?.length ?? 0) > 12 ? ', …' : '');
      const listZh = (allowed ?? []).slice(0, 12).join('、') + ((allowed?.length ?? 0) > 12 ? '……' : '');
      return {
        en: `${v.en} in column ${c.en} is not one of its categories (${list}).`,
        'zh-CN': `列${c.zh}中的${v.zh}不在该列的类别中（${listZh}）。`,
      };
    }
    default:
      return { en: `${v.en} in column ${c.en} could not be read.`, 'zh-CN': `列${c.zh}中的${v.zh}无法读取。` };
  }
}

/** `value` as the item at `position` of a list cell: '"08:6x" (item 2 of the list)'. */
function itemOfList(value: string, position: number): { en: string; zh: string } {
  const v = quoted(value);
  return { en: `${v.en} (item ${position} of the list)`, zh: `${v.zh}（列表第 ${position} 项）` };
}

/** A list cell whose item at `position` is empty ("08:12,,08:41") or not a single value (JSON null, a nested list or object). */
export function listItemMessage(column: string, cell: string, item: string, position: number): DataMessage {
  const c = quoted(column);
  const whole = quoted(cell);
  if (item.trim() === '') {
    return {
      en: `Item ${position} of ${whole.en} in column ${c.en} is empty: remove the extra separator (write 08:12; 08:41).`,
      'zh-CN': `列${c.zh}中的${whole.zh}第 ${position} 项为空：请删掉多余的分隔符（如 08:12; 08:41）。`,
    };
  }
  const v = itemOfList(item, position);
  return {
    en: `${v.en} in column ${c.en} is not a single value: a list holds plain items, such as 08:12; 08:41 or ["08:12", "08:41"].`,
    'zh-CN': `列${c.zh}中的${v.zh}不是单个值：列表只能包含简单的项，如 08:12; 08:41 或 ["08:12", "08:41"]。`,
  };
}

export function missingColumnMessage(column: string): DataMessage {
  const c = quoted(column);
  return {
    en: `The header has no column ${c.en}; its values are left empty.`,
    'zh-CN': `表头中没有${c.zh}列，该字段的值都按空值处理。`,
  };
}

export function duplicateColumnMessage(column: string, renamedTo: string): DataMessage {
  const c = quoted(column);
  const r = quoted(renamedTo);
  return {
    en: `The header has column ${c.en} more than once; this one is read as ${r.en}.`,
    'zh-CN': `表头中${c.zh}列出现了不止一次；这一列按${r.zh}读取。`,
  };
}

export function emptyColumnNameMessage(position: number, renamedTo: string): DataMessage {
  const r = quoted(renamedTo);
  return {
    en: `Column ${position} of the header has no name; it is read as ${r.en}.`,
    'zh-CN': `表头第 ${position} 列没有名称，按${r.zh}读取。`,
  };
}

export function tooManyCellsMessage(found: number, expected: number): DataMessage {
  return {
    en: `This row has ${found} cells but the header has ${expected} columns; the extra cells are ignored.`,
    'zh-CN': `此行有 ${found} 个单元格，但表头只有 ${expected} 列；多出的单元格被忽略。`,
  };
}

export function tooFewCellsMessage(found: number, expected: number): DataMessage {
  return {
    en: `This row has ${found} cells but the header has ${expected} columns; the missing cells are left empty.`,
    'zh-CN': `此行只有 ${found} 个单元格，但表头有 ${expected} 列；缺少的单元格按空值处理。`,
  };
}

/** `unclosed`: a quoted cell never ends (it swallows the rest of the file); `stray`: a quote inside a quoted cell is not doubled. */
export function malformedQuotesMessage(kind: 'unclosed' | 'stray'): DataMessage {
  return kind === 'unclosed'
    ? {
        en: 'A quoted cell starting in this row is never closed, so the rest of the file was read into it; check the quotation marks.',
        'zh-CN': '此行中有一个带引号的单元格没有结束引号，文件其余部分都被读进了这个单元格；请检查引号。',
      }
    : {
        en: 'A quotation mark inside a quoted cell is not doubled (write "" for a literal "); the row may be split wrongly.',
        'zh-CN': '带引号的单元格中有未成对的引号（单元格内的引号应写成 ""），此行可能被错误拆分。',
      };
}

export function invalidJsonMessage(detail: string): DataMessage {
  return { en: `Not valid JSON: ${detail}`, 'zh-CN': `不是有效的 JSON：${detail}` };
}

const JSON_KINDS = {
  array: { en: 'a list', zh: '列表' },
  string: { en: 'a text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  boolean: { en: 'true/false', zh: '是/否值' },
  null: { en: 'null', zh: 'null' },
} as const;

export type JsonKind = keyof typeof JSON_KINDS;

export function notAnObjectMessage(found: JsonKind): DataMessage {
  return {
    en: `Expected a record (a JSON object with field names), found ${JSON_KINDS[found].en}.`,
    'zh-CN': `应为一条记录（带字段名的 JSON 对象），实际是${JSON_KINDS[found].zh}。`,
  };
}

export function emptyJsonElementMessage(): DataMessage {
  return { en: 'Nothing between two commas (or a comma before the closing bracket).', 'zh-CN': '两个逗号之间没有内容（或右方括号前多了逗号）。' };
}

export function unclosedJsonArrayMessage(): DataMessage {
  return { en: 'The list of records is not closed with "]"; the file may be cut off.', 'zh-CN': '记录列表缺少结尾的“]”，文件可能不完整。' };
}

export function textAfterJsonArrayMessage(): DataMessage {
  return { en: 'There is text after the closing "]" of the list of records.', 'zh-CN': '记录列表结尾的“]”之后还有内容。' };
}
