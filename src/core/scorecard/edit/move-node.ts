// Reordering and re-parenting (drag and drop, Alt+↑/↓, indent/outdent in the outline).
import { quoted } from '../config-problems.ts';
import { type ScorecardConfig, isGroup } from '../types.ts';
import { afterChildrenChanged } from './derivations.ts';
import { type EditResult, applied, notFound, refuse } from './edit-result.ts';
import { lastChild } from './tree-edits.ts';
import { clampIndex, locate, parentOf, withChildren } from './tree-paths.ts';

function isPrefix(prefix: readonly number[], path: readonly number[]): boolean {
  return prefix.length <= path.length && prefix.every((x, i) => path[i] === x);
}

/**
 * Moves a node (with its subtree) to position `index` among `newParentId`'s children, counted after
 * it has left its old place (so moving within the same parent to `index` ends with it at `index`).
 * Refuses the root, a leaf as the new parent, the node's own subtree, and taking a group's last child.
 * Reordering keeps derivations (their items are the same children); re-parenting drops those of
 * both parents (derivations.ts).
 */
export function moveNode(config: ScorecardConfig, id: string, newParentId: string, index: number): EditResult {
  const from = locate(config.root, id);
  if (from === undefined) return notFound(id);
  const oldParent = parentOf(from);
  if (oldParent === undefined) return refuse('root', 'The top of the tree (the total) cannot be moved.', '总分节点（指标树的根）不能移动。');
  const target = locate(config.root, newParentId);
  if (target === undefined) return notFound(newParentId);
  const newParent = target.node;
  if (!isGroup(newParent)) {
    const name = quoted(newParent.name, newParent.id);
    return refuse('parent-is-leaf', `${name.en} is an indicator without children; convert it to a group before moving indicators into it.`,
      `${name['zh-CN']}是末级指标，不能接收下级指标；请先将其转换为指标组。`);
  }
  if (isPrefix(from.path, target.path)) {
    const name = quoted(from.node.name, from.node.id);
    return refuse('into-own-subtree', `${name.en} cannot be moved into itself or one of its own sub-indicators.`, `不能将${name['zh-CN']}移动到它自身或它的下级指标中。`);
  }
  const same = oldParent.id === newParent.id;
  if (!same && oldParent.children.length === 1) return lastChild(oldParent, { en: 'moved away', zh: '移走' });
  const oldIndex = from.path[from.path.length - 1]!;
  const newIndex = clampIndex(index, same ? oldParent.children.length - 1 : newParent.children.length);
  if (same && newIndex === oldIndex) return applied(config, id);

  const without = withChildren(config.root, from.path.slice(0, -1), (children) => children.filter((_, i) => i !== oldIndex));
  const destination = locate(without, newParent.id)!;
  const root = withChildren(without, destination.path, (children) => [...children.slice(0, newIndex), from.node, ...children.slice(newIndex)]);
  if (same) return applied({ ...config, root }, id);
  const update = afterChildrenChanged({ ...config, root }, [oldParent.id, newParent.id]);
  return applied(update.config, id, update.dropped);
}
