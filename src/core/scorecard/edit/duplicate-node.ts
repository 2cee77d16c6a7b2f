// Duplicating an indicator or a whole group: a deep copy with fresh ids throughout (ids are unique
// in the whole tree), placed right after the original and named "… (copy)" / "…（副本）".
import { type IndicatorNode, type ScorecardConfig, isGroup } from '../types.ts';
import { afterChildrenChanged, copiedDerivations } from './derivations.ts';
import { type EditResult, applied, notFound, refuse } from './edit-result.ts';
import { copyName } from './node-names.ts';
import { isValidWeight } from './tree-edits.ts';
import { freshId, locate, parentOf, subtreeIds, withChildren } from './tree-paths.ts';

export interface DuplicateOptions {
  /**
   * The copy's weight; default the original's, which leaves the siblings above 100 until they are
   * balanced (the designer shows the sum warning). Pass 0 to keep a valid scorecard valid.
   */
  weight?: number;
}

/** Copies of the subtree's derivations come along, renamed to the copies' ids; the parent's item-based derivation is dropped. */
export function duplicate(config: ScorecardConfig, id: string, options: DuplicateOptions = {}): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  const parent = parentOf(at);
  if (parent === undefined) return refuse('root', 'The top of the tree (the total) cannot be duplicated; duplicate the scorecard instead.', '总分节点（指标树的根）不能复制；请复制整个评分卡。');
  const weight = options.weight ?? at.node.weight;
  if (!isValidWeight(weight)) return refuse('bad-weight', 'A weight must be a number of 0 or more.', '权重必须是大于或等于 0 的数字。');

  const taken = new Set(subtreeIds(config.root));
  const newIds = new Map<string, string>();
  const copy = structuredClone(at.node);
  const renumber = (node: IndicatorNode): void => {
    const fresh = freshId(`${node.id}-copy`, taken);
    if (!newIds.has(node.id)) newIds.set(node.id, fresh);
    node.id = fresh;
    if (isGroup(node)) node.children.forEach(renumber);
  };
  renumber(copy);
  copy.name = copyName(copy.name);
  copy.weight = weight;

  const index = at.path[at.path.length - 1]! + 1;
  const root = withChildren(config.root, at.path.slice(0, -1), (children) => [...children.slice(0, index), copy, ...children.slice(index)]);
  const copies = copiedDerivations(config, newIds);
  const withCopies: ScorecardConfig = copies.length === 0 ? { ...config, root } : { ...config, root, weighting: [...(config.weighting ?? []), ...copies] };
  const update = afterChildrenChanged(withCopies, [parent.id]);
  return applied(update.config, copy.id, update.dropped);
}
