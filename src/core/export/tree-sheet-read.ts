// Reads an indicator-tree sheet (tree-sheet.ts) back into a tree. Every bad row is reported with
// its spreadsheet row number and a message in both languages, and a sheet with any problem gives
// no tree at all: an import then changes nothing rather than a half-read tree replacing good work.
import type { Locale, LocalizedText } from '../localized-text.ts';
import type { LogicRule } from '../logic/types.ts';
import type { Aggregation, IndicatorGroup, IndicatorLeaf, IndicatorNode, MissingPolicy, Scorer, SmartNotes } from '../scorecard/types.ts';
import { FIELD_NAME, JSON_WORDS, ROOT_PATH, type TreeColumn, type TreeSheetRow } from './tree-sheet-columns.ts';

export type TreeSheetProblemCode =
  | 'no-rows' | 'bad-path' | 'duplicate-path' | 'unknown-parent' | 'duplicate-id' | 'weight-not-number' | 'value-json'
  | 'scorer-json' | 'unknown-scorer' | 'missing-scorer' | 'missing-value' | 'group-with-scorer' | 'bad-choice' | 'bad-boolean' | 'smart-json'
  | 'no-path-column' | 'unreadable-file';

export interface TreeSheetProblem {
  /** Spreadsheet row (the header is row 1). */
  row: number;
  column?: TreeColumn;
  code: TreeSheetProblemCode;
  message: Record<Locale, string>;
}

export interface TreeSheetReadResult {
  /** The tree, only when the sheet had no problem. */
  root?: IndicatorGroup;
  problems: TreeSheetProblem[];
}

export interface RowsToTreeOptions {
  /** The spreadsheet row of each entry of `rows` (default: the header in row 1, then one row each). */
  lines?: readonly number[];
  /** The root when the sheet has no row "0" (its children are replaced by the sheet's). */
  root?: IndicatorGroup;
}

const SCORER_TYPES = new Set(['linear', 'bands', 'likert', 'pass-fail', 'target', 'logic']);
const PLUGIN_SCORER = /^[a-z][\w-]*\.[\w.-]+$/;
const PATH = /^\d+(\.\d+)*$/;
const AGGREGATIONS: readonly Aggregation[] = ['weighted-sum', 'weighted-geometric', 'min'];
const MISSING: readonly MissingPolicy[] = ['renormalize', 'zero', 'fail'];
const DIRECTIONS = ['higher', 'lower'] as const;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否']);

const DEFAULT_ROOT: IndicatorGroup = { id: 'total', name: { en: 'Total', 'zh-CN': '总分' }, weight: 100, children: [] };

/** Collects problems for one row at a time. */
class RowReader {
  constructor(private readonly row: TreeSheetRow, readonly line: number, private readonly problems: TreeSheetProblem[]) {}

  report(code: TreeSheetProblemCode, column: TreeColumn | undefined, en: string, zh: string): void {
    this.problems.push({ row: this.line, ...(column ? { column } : {}), code, message: { en: `Row ${this.line}: ${en}`, 'zh-CN': `第 ${this.line} 行：${zh}` } });
  }

  text(column: TreeColumn): string {
    const value = this.row[column];
    return value === undefined || value === null ? '' : String(value);
  }

  trimmed(column: TreeColumn): string {
    return this.text(column).trim();
  }

  localized(en: TreeColumn, zh: TreeColumn): LocalizedText | undefined {
    const [enText, zhText] = [this.text(en), this.text(zh)];
    if (zhText === '') return enText === '' ? undefined : enText;
    return enText === '' ? { 'zh-CN': zhText } : { en: enText, 'zh-CN': zhText };
  }

  number(column: TreeColumn): number | undefined {
    const value = this.row[column];
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    const text = this.trimmed(column).replace(/%$/, '').trim();
    const n = text === '' ? NaN : Number(text);
    return Number.isFinite(n) ? n : undefined;
  }

  json(column: TreeColumn, code: TreeSheetProblemCode): { ok: true; value: unknown } | { ok: false } {
    const text = this.trimmed(column);
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.report(code, column, `"${text}" is not valid JSON (${reason}).`, `“${text}”不是有效的 JSON（${reason}）。`);
      return { ok: false };
    }
  }

  choice<T extends string>(column: TreeColumn, allowed: readonly T[]): T | undefined {
    const text = this.trimmed(column);
    if (text === '') return undefined;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    this.report('bad-choice', column, `"${text}" is not one of ${allowed.join(', ')}.`, `“${text}”不是以下之一：${allowed.join('、')}。`);
    return undefined;
  }

  boolean(column: TreeColumn): boolean | undefined {
    const value = this.row[column];
    if (typeof value === 'boolean') return value;
    const text = this.trimmed(column).toLowerCase();
    if (text === '') return undefined;
    if (TRUE_WORDS.has(text)) return true;
    if (FALSE_WORDS.has(text)) return false;
    this.report('bad-boolean', column, `"${text}" is not yes or no.`, `“${text}”不是“是”或“否”。`);
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readValue(reader: RowReader): LogicRule | undefined {
  const text = reader.trimmed('value');
  if (text === '') return undefined;
  if (FIELD_NAME.test(text) && !JSON_WORDS.has(text)) return { var: text };
  const parsed = reader.json('value', 'value-json');
  return parsed.ok ? (parsed.value as LogicRule) : undefined;
}

function readScorer(reader: RowReader): Scorer | undefined {
  const type = reader.trimmed('scorer');
  if (type === '') return undefined;
  if (!SCORER_TYPES.has(type) && !PLUGIN_SCORER.test(type)) {
    reader.report('unknown-scorer', 'scorer', `unknown scorer "${type}" (linear, bands, likert, pass-fail, target, logic or a plugin's namespace.name).`,
      `未知的评分方法“${type}”（应为 linear、bands、likert、pass-fail、target、logic 或插件的 命名空间.名称）。`);
    return undefined;
  }
  if (reader.trimmed('scorerParams') === '') return { type } as Scorer;
  const parsed = reader.json('scorerParams', 'scorer-json');
  if (!parsed.ok) return undefined;
  if (!isPlainObject(parsed.value)) {
    reader.report('scorer-json', 'scorerParams', 'scorer parameters must be a JSON object ({…}).', '评分参数必须是 JSON 对象（{…}）。');
    return undefined;
  }
  return { ...parsed.value, type } as Scorer;
}

function readSmart(reader: RowReader): SmartNotes | undefined {
  if (reader.trimmed('smart') === '') return undefined;
  const parsed = reader.json('smart', 'smart-json');
  if (parsed.ok && isPlainObject(parsed.value)) return parsed.value as SmartNotes;
  if (parsed.ok) reader.report('smart-json', 'smart', 'SMART notes must be a JSON object ({…}).', 'SMART 说明必须是 JSON 对象（{…}）。');
  return undefined;
}

interface Entry {
  path: string;
  reader: RowReader;
  node: IndicatorNode;
}

/** The node of a row, without children yet: a group when it has child rows or no value and scorer. */
function readNode(reader: RowReader, hasChildren: boolean, isRoot: boolean, generatedId: string): IndicatorNode {
  const weight = reader.number('weight');
  if (weight === undefined && !(isRoot && reader.trimmed('weight') === '')) {
    reader.report('weight-not-number', 'weight', `weight "${reader.trimmed('weight')}" is not a number.`, `权重“${reader.trimmed('weight')}”不是数字。`);
  }
  const node: IndicatorNode = { id: reader.trimmed('id') || generatedId, name: reader.localized('nameEn', 'nameZh') ?? '', weight: weight ?? 100 } as IndicatorNode;
  const description = reader.localized('descriptionEn', 'descriptionZh');
  if (description !== undefined) node.description = description;
  const locked = reader.boolean('locked');
  if (locked !== undefined) node.locked = locked;
  const value = readValue(reader);
  const scorer = readScorer(reader);
  const leafCells = reader.trimmed('value') !== '' || reader.trimmed('scorer') !== '';
  if (hasChildren || isRoot || !leafCells) {
    if (leafCells) reader.report('group-with-scorer', 'scorer', 'a dimension with indicators under it cannot have a value or scorer of its own.', '下设指标的维度不能有自己的取值或评分方法。');
    const group = node as IndicatorGroup;
    group.children = [];
    const aggregate = reader.choice('aggregate', AGGREGATIONS);
    if (aggregate !== undefined) group.aggregate = aggregate;
    const missing = reader.choice('missing', MISSING);
    if (missing !== undefined) group.missing = missing;
    const normalize = reader.boolean('normalize');
    if (normalize !== undefined) group.normalize = normalize;
    return group;
  }
  if (reader.trimmed('value') === '') reader.report('missing-value', 'value', 'an indicator needs a value (a field name or JSON-logic).', '指标需要取值（字段名或 JSON-logic）。');
  if (reader.trimmed('scorer') === '') reader.report('missing-scorer', 'scorer', 'an indicator needs a scorer.', '指标需要评分方法。');
  const leaf = node as IndicatorLeaf;
  if (value !== undefined) leaf.value = value;
  if (scorer !== undefined) leaf.scorer = scorer;
  const unit = reader.localized('unitEn', 'unitZh');
  if (unit !== undefined) leaf.unit = unit;
  const direction = reader.choice('direction', DIRECTIONS);
  if (direction !== undefined) leaf.direction = direction;
  const smart = readSmart(reader);
  if (smart !== undefined) leaf.smart = smart;
  return leaf;
}

const parentPath = (path: string): string => (path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : ROOT_PATH);

/** The tree of a sheet's rows (keyed by column id), or the problems that stop it. */
export function rowsToTree(rows: readonly TreeSheetRow[], options: RowsToTreeOptions = {}): TreeSheetReadResult {
  const problems: TreeSheetProblem[] = [];
  // Rows with no level, id or name are a consultant's notes or a sum row, not nodes.
  const readers = rows.map((row, i) => new RowReader(row, options.lines?.[i] ?? i + 2, problems))
    .filter((reader) => (['path', 'id', 'nameEn', 'nameZh'] as const).some((c) => reader.trimmed(c) !== ''));
  const paths = new Map<string, RowReader>();
  for (const reader of readers) {
    const path = reader.trimmed('path');
    if (!PATH.test(path)) reader.report('bad-path', 'path', `level "${path}" is not like 1, 1.2 or 1.2.3.`, `层级“${path}”的格式应为 1、1.2 或 1.2.3。`);
    else if (paths.has(path)) reader.report('duplicate-path', 'path', `level ${path} is already on row ${paths.get(path)?.line}.`, `层级 ${path} 已在第 ${paths.get(path)?.line} 行出现。`);
    else paths.set(path, reader);
  }
  const parents = new Set([...paths.keys()].filter((p) => p !== ROOT_PATH).map(parentPath));
  const base = options.root ?? DEFAULT_ROOT;
  const entries = new Map<string, Entry>();
  if (!paths.has(ROOT_PATH)) entries.set(ROOT_PATH, { path: ROOT_PATH, reader: new RowReader({}, 1, []), node: { ...structuredClone(base), children: [] } });
  const ids = new Map<string, number>();
  for (const [path, reader] of paths) {
    const node = readNode(reader, parents.has(path), path === ROOT_PATH, `i${path.replaceAll('.', '_')}`);
    const seen = ids.get(node.id);
    if (seen !== undefined) reader.report('duplicate-id', 'id', `id "${node.id}" is already used on row ${seen}.`, `编号“${node.id}”已在第 ${seen} 行使用。`);
    else ids.set(node.id, reader.line);
    entries.set(path, { path, reader, node });
  }
  for (const [path, entry] of entries) {
    if (path === ROOT_PATH) continue;
    const parent = entries.get(parentPath(path));
    if (!parent) {
      entry.reader.report('unknown-parent', 'path', `there is no row for level ${parentPath(path)}, the parent of ${path}.`, `没有层级 ${parentPath(path)} 的行（${path} 的上级）。`);
      continue;
    }
    (parent.node as IndicatorGroup).children.push(entry.node);
  }
  if (readers.length === 0) problems.push({ row: 1, code: 'no-rows', message: { en: 'The sheet has no indicator rows.', 'zh-CN': '表格中没有指标行。' } });
  problems.sort((a, b) => a.row - b.row);
  return problems.length > 0 ? { problems } : { root: entries.get(ROOT_PATH)?.node as IndicatorGroup, problems };
}
