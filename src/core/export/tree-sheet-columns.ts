// The columns of the indicator-tree sheet consultants exchange: a stable id for each (what
// treeToRows keys its rows by) and its header in each language. A sheet is read back whichever
// language its header row is in, so a file saved in Chinese opens in an English workbench.
import type { Locale } from '../localized-text.ts';

export const TREE_COLUMNS = [
  'path', 'id', 'nameEn', 'nameZh', 'weight', 'absoluteWeight', 'value', 'scorer', 'scorerParams',
  'unitEn', 'unitZh', 'direction', 'aggregate', 'missing', 'normalize', 'locked', 'descriptionEn', 'descriptionZh', 'smart',
] as const;

/** The path of the root row; its children are "1", "2", … */
export const ROOT_PATH = '0';

/** A value written as a bare field name: identifier-like text that JSON would not read as a literal. */
export const FIELD_NAME = /^[\p{L}_$][\p{L}\p{N}_$.]*$/u;
export const JSON_WORDS = new Set(['true', 'false', 'null']);

export type TreeColumn = (typeof TREE_COLUMNS)[number];

/** One row of the sheet: text, numbers and yes/no by column id; a missing key is an empty cell. */
export type TreeSheetRow = Partial<Record<TreeColumn, string | number | boolean>>;

const HEADERS: Record<TreeColumn, Record<Locale, string>> = {
  path: { en: 'Level', 'zh-CN': '层级' },
  id: { en: 'Id', 'zh-CN': '编号' },
  nameEn: { en: 'Name (en)', 'zh-CN': '名称（英文）' },
  nameZh: { en: 'Name (zh-CN)', 'zh-CN': '名称（中文）' },
  weight: { en: 'Weight (%)', 'zh-CN': '权重（%）' },
  absoluteWeight: { en: 'Absolute weight (%)', 'zh-CN': '绝对权重（%）' },
  value: { en: 'Value (field or JSON-logic)', 'zh-CN': '取值（字段或 JSON-logic）' },
  scorer: { en: 'Scorer', 'zh-CN': '评分方法' },
  scorerParams: { en: 'Scorer parameters (JSON)', 'zh-CN': '评分参数（JSON）' },
  unitEn: { en: 'Unit (en)', 'zh-CN': '单位（英文）' },
  unitZh: { en: 'Unit (zh-CN)', 'zh-CN': '单位（中文）' },
  direction: { en: 'Direction', 'zh-CN': '方向' },
  aggregate: { en: 'Aggregation', 'zh-CN': '汇总方式' },
  missing: { en: 'Missing values', 'zh-CN': '缺失处理' },
  normalize: { en: 'Normalize weights', 'zh-CN': '按比例使用权重' },
  locked: { en: 'Locked', 'zh-CN': '锁定' },
  descriptionEn: { en: 'Description (en)', 'zh-CN': '说明（英文）' },
  descriptionZh: { en: 'Description (zh-CN)', 'zh-CN': '说明（中文）' },
  smart: { en: 'SMART notes (JSON)', 'zh-CN': 'SMART 说明（JSON）' },
};

export function treeColumnHeader(column: TreeColumn, locale: Locale): string {
  return HEADERS[column][locale];
}

/** Header texts folded for matching: case, spaces and full-width brackets do not matter. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const BY_HEADER = new Map<string, TreeColumn>();
for (const column of TREE_COLUMNS) {
  for (const text of Object.values(HEADERS[column])) BY_HEADER.set(fold(text), column);
  BY_HEADER.set(fold(column), column);
}

/** The column a header cell names (in either language, or the column id itself), if any. */
export function treeColumnOfHeader(header: string): TreeColumn | undefined {
  return BY_HEADER.get(fold(header));
}
