// The indicator tree's edits, addressed by node id: add, rename, remove, set a weight, lock a
// weight. Moving, duplicating and converting live in their own files. Every edit returns a new
// configuration (only the edited node's ancestors are copied) or a refusal with a reason.
import type { Locale, LocalizedText } from '../../localized-text.ts';
import { num, quoted } from '../config-problems.ts';
import { type IndicatorGroup, type IndicatorNode, type ScorecardConfig, isGroup } from '../types.ts';
import { afterChildrenChanged, afterNodesRemoved } from './derivations.ts';
import { type EditResult, applied, notFound, refuse } from './edit-result.ts';
import { declareDefaultField, defaultGroup, defaultLeaf, defaultValueField, defaultWeight, withFields } from './new-nodes.ts';
import { nameCopy, newGroupName, newIndicatorName, renamed } from './node-names.ts';
import { clampIndex, freshId, locate, parentOf, replaceAt, subtreeIds, withChildren } from './tree-paths.ts';

export interface AddChildOptions {
  /** Position among the parent's children (default: last). */
  index?: number;
  /** Default "New indicator" / "New group" in both languages. */
  name?: LocalizedText;
  /** Default: what brings the siblings to 100 (see defaultWeight), so a valid scorecard stays valid. */
  weight?: number;
  /** Default: a fresh id ("indicator", "indicator-2", … or "group", …). */
  id?: string;
}

export function isValidWeight(weight: number): boolean {
  return Number.isFinite(weight) && weight >= 0;
}

function badWeight(weight: number) {
  return refuse('bad-weight', `A weight must be a number of 0 or more, not ${num(weight)}.`, `权重必须是大于或等于 0 的数字，不能是 ${num(weight)}。`);
}

function rootRefusal(what: { en: string; zh: string }) {
  return refuse('root', `The top of the tree (the total) cannot be ${what.en}.`, `总分节点（指标树的根）不能${what.zh}。`);
}

/**
 * Adds a leaf (reading the first numeric field, linear 0 → 100) or a group (with one such leaf,
 * since a group needs a child) under `parentId`. When no numeric field is declared, the leaf reads
 * "value", which is declared as a number field.
 */
export function addChild(config: ScorecardConfig, parentId: string, kind: 'group' | 'leaf', options: AddChildOptions = {}): EditResult {
  const at = locate(config.root, parentId);
  if (at === undefined) return notFound(parentId);
  if (!isGroup(at.node)) {
    const name = quoted(at.node.name, at.node.id);
    return refuse('parent-is-leaf', `${name.en} is an indicator without children; convert it to a group first.`,
      `${name['zh-CN']}是末级指标，不能添加下级指标；请先将其转换为指标组。`);
  }
  const parent = at.node;
  const taken = new Set(subtreeIds(config.root));
  if (options.id !== undefined) {
    if (options.id === '' || taken.has(options.id)) {
      return refuse('id-taken', `The id "${options.id}" is empty or already used; every indicator needs its own id.`, `编号“${options.id}”为空或已被使用，每个指标的编号必须唯一。`);
    }
    taken.add(options.id);
  }
  const weight = options.weight ?? defaultWeight(parent);
  if (!isValidWeight(weight)) return badWeight(weight);
  const field = defaultValueField(config.fields);
  const id = options.id ?? freshId(kind === 'group' ? 'group' : 'indicator', taken);
  const node: IndicatorNode = kind === 'leaf'
    ? defaultLeaf(id, options.name === undefined ? newIndicatorName() : nameCopy(options.name), weight, field)
    : defaultGroup(id, options.name === undefined ? newGroupName() : nameCopy(options.name), weight, defaultLeaf(freshId(`${id}-indicator`, taken), newIndicatorName(), 100, field));
  const index = clampIndex(options.index, parent.children.length);
  const root = withChildren(config.root, at.path, (children) => [...children.slice(0, index), node, ...children.slice(index)]);
  const next = withFields({ ...config, root }, declareDefaultField(config.fields, field));
  const update = afterChildrenChanged(next, [parentId]);
  return applied(update.config, id, update.dropped);
}

/** Sets the name in one language, keeping the other; an empty text removes that language (not both). */
export function rename(config: ScorecardConfig, id: string, locale: Locale, text: string): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  const name = renamed(at.node.name, locale, text);
  if (name === undefined) return refuse('empty-name', 'An indicator needs a name in at least one language.', '指标至少需要一种语言的名称。');
  return applied({ ...config, root: replaceAt(config.root, at.path, (node) => ({ ...node, name })) }, id);
}

/** Removes a node and its subtree, with the derivations of the groups in it. A group keeps at least one child. */
export function remove(config: ScorecardConfig, id: string): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  const parent = parentOf(at);
  if (parent === undefined) return rootRefusal({ en: 'removed', zh: '删除' });
  if (parent.children.length === 1) return lastChild(parent, { en: 'removed', zh: '删除' });
  const index = at.path[at.path.length - 1]!;
  const root = withChildren(config.root, at.path.slice(0, -1), (children) => children.filter((_, i) => i !== index));
  const gone = afterNodesRemoved({ ...config, root }, new Set(subtreeIds(at.node)));
  const changed = afterChildrenChanged(gone.config, [parent.id]);
  return applied(changed.config, parent.id, [...gone.dropped, ...changed.dropped]);
}

export function lastChild(parent: IndicatorGroup, what: { en: string; zh: string }) {
  const name = quoted(parent.name, parent.id);
  return refuse('last-child', `${name.en} has only this child and a group needs at least one, so it cannot be ${what.en}; convert the group to an indicator instead.`,
    `${name['zh-CN']}只有这一个下级指标，而指标组至少需要一个下级指标，因此不能${what.zh}；可将该组转换为末级指标。`);
}

/** A node's local weight. Recorded derivations are kept; validateConfig then reports them as out of date (see derivations.ts). */
export function setWeight(config: ScorecardConfig, id: string, weight: number): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  if (at.path.length === 0) return rootRefusal({ en: 'given a weight', zh: '设置权重' });
  if (!isValidWeight(weight)) return badWeight(weight);
  if (at.node.weight === weight) return applied(config, id);
  return applied({ ...config, root: replaceAt(config.root, at.path, (node) => ({ ...node, weight })) }, id);
}

/** Locks or unlocks a node's weight (`locked`), which balanceWeights leaves as it is. Unlocking removes the property. */
export function toggleLock(config: ScorecardConfig, id: string): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  if (at.path.length === 0) return rootRefusal({ en: 'locked', zh: '锁定权重' });
  const root = replaceAt(config.root, at.path, (node) => {
    const { locked, ...rest } = node;
    return locked === true ? (rest as IndicatorNode) : { ...node, locked: true };
  });
  return applied({ ...config, root }, id);
}
