// The indicator tree as a table, one row per node in pre-order: the form consultants exchange as
// a spreadsheet. A node's place is its level path ("0" the root, "1", "1.2", "1.2.3"); a value
// that just reads a field is written as the field's name, any other JSON-logic as compact JSON;
// a scorer as its type plus its other properties as compact JSON. rowsToTree (tree-sheet-read.ts)
// reads the same table back, so tree → rows → tree gives an equal tree. One exception, harmless:
// a name given per language with English only ({"en": "Quality"}) reads back as the plain text.
import type { LocalizedText } from '../localized-text.ts';
import type { LogicRule } from '../logic/types.ts';
import { flattenTree } from '../scorecard/flat-tree.ts';
import { type IndicatorGroup, type IndicatorNode, type ScorecardConfig, isGroup } from '../scorecard/types.ts';
import { FIELD_NAME, JSON_WORDS, ROOT_PATH, type TreeSheetRow } from './tree-sheet-columns.ts';

export { ROOT_PATH, TREE_COLUMNS, treeColumnHeader, treeColumnOfHeader } from './tree-sheet-columns.ts';
export type { TreeColumn, TreeSheetRow } from './tree-sheet-columns.ts';
export { rowsToTree } from './tree-sheet-read.ts';
export type { TreeSheetProblem, TreeSheetProblemCode, TreeSheetReadResult } from './tree-sheet-read.ts';


/** The value cell: the field name of a plain {"var": "field"}, else compact JSON. */
export function valueText(value: LogicRule): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const field = (value as Record<string, unknown>).var;
    if (keys.length === 1 && typeof field === 'string' && FIELD_NAME.test(field) && !JSON_WORDS.has(field)) return field;
  }
  return JSON.stringify(value);
}

/** English and Chinese cells of a localized text; a plain text goes in the English cell alone. */
function localizedCells(text: LocalizedText | undefined): [string, string] {
  if (text === undefined) return ['', ''];
  if (typeof text === 'string') return [text, ''];
  return [text.en ?? '', text['zh-CN'] ?? ''];
}

/** Percent with at most 4 decimals: absolute weights are for reading, not read back. */
const percent = (fraction: number): number => Math.round(fraction * 1_000_000) / 10_000;

function nodeRow(node: IndicatorNode, path: string, absoluteWeight: number): TreeSheetRow {
  const [nameEn, nameZh] = localizedCells(node.name);
  const [descriptionEn, descriptionZh] = localizedCells(node.description);
  const row: TreeSheetRow = { path, id: node.id, nameEn, nameZh, weight: node.weight, absoluteWeight: percent(absoluteWeight), descriptionEn, descriptionZh };
  if (node.locked !== undefined) row.locked = node.locked;
  if (isGroup(node)) {
    if (node.aggregate !== undefined) row.aggregate = node.aggregate;
    if (node.missing !== undefined) row.missing = node.missing;
    if (node.normalize !== undefined) row.normalize = node.normalize;
    return row;
  }
  const { type, ...params } = node.scorer;
  const [unitEn, unitZh] = localizedCells(node.unit);
  Object.assign(row, { value: valueText(node.value), scorer: type, scorerParams: Object.keys(params).length > 0 ? JSON.stringify(params) : '', unitEn, unitZh });
  if (node.direction !== undefined) row.direction = node.direction;
  if (node.smart !== undefined) row.smart = JSON.stringify(node.smart);
  return row;
}

/** The tree's rows, root first, each node before its children. */
export function treeToRows(config: Pick<ScorecardConfig, 'root'> | IndicatorGroup): TreeSheetRow[] {
  const root = 'root' in config ? config.root : config;
  const absolute = flattenTree(root).nodes.map((n) => n.absoluteWeight);
  const rows: TreeSheetRow[] = [];
  const visit = (node: IndicatorNode, path: string): void => {
    rows.push(nodeRow(node, path, absolute[rows.length] ?? 0));
    if (!isGroup(node)) return;
    node.children.forEach((child, i) => visit(child, path === ROOT_PATH ? String(i + 1) : `${path}.${i + 1}`));
  };
  visit(root, ROOT_PATH);
  return rows;
}
