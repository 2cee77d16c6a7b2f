// Turning an indicator into a group ("split this indicator into sub-indicators") and back. The
// node keeps its id, name, weight, description and lock in its place, so the parent's weights and
// derivation still fit; what is measured moves to (or comes back from) the single child.
import { quoted } from '../config-problems.ts';
import { type IndicatorGroup, type IndicatorLeaf, type IndicatorNode, type ScorecardConfig, isGroup } from '../types.ts';
import { afterChildrenChanged, afterNodesRemoved } from './derivations.ts';
import { type EditResult, applied, notFound, refuse } from './edit-result.ts';
import { nameCopy } from './node-names.ts';
import { freshId, locate, replaceAt, subtreeIds } from './tree-paths.ts';

type NodeBaseOf = Pick<IndicatorNode, 'id' | 'name' | 'weight' | 'description' | 'locked'>;

function baseOf(node: IndicatorNode): NodeBaseOf {
  const { id, name, weight, description, locked } = node;
  return { id, name, weight, ...(description === undefined ? {} : { description }), ...(locked === undefined ? {} : { locked }) };
}

/** The parts of a leaf that say what is measured and how it is scored. */
function measurementOf(leaf: IndicatorLeaf): Pick<IndicatorLeaf, 'value' | 'scorer' | 'unit' | 'direction' | 'smart'> {
  const { value, scorer, unit, direction, smart } = leaf;
  return { value, scorer, ...(unit === undefined ? {} : { unit }), ...(direction === undefined ? {} : { direction }), ...(smart === undefined ? {} : { smart }) };
}

/** A leaf becomes a group of one: the child (fresh id, weight 100, same name) measures what the leaf measured. */
export function convertToGroup(config: ScorecardConfig, id: string): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  const leaf = at.node;
  if (isGroup(leaf)) return refuse('already-group', `${quoted(leaf.name, leaf.id).en} is already a group.`, `${quoted(leaf.name, leaf.id)['zh-CN']}已经是指标组。`);
  const child: IndicatorLeaf = { id: freshId(`${leaf.id}-1`, new Set(subtreeIds(config.root))), name: nameCopy(leaf.name), weight: 100, ...measurementOf(leaf) };
  const group: IndicatorGroup = { ...baseOf(leaf), children: [child] };
  const update = afterChildrenChanged({ ...config, root: replaceAt(config.root, at.path, () => group) }, [id]);
  return applied(update.config, id, update.dropped);
}

/**
 * A group with a single leaf child becomes that leaf, in the group's place (its id, name, weight;
 * the child's description when the group has none). Anything else would lose indicators, so it is refused.
 */
export function convertToLeaf(config: ScorecardConfig, id: string): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  const group = at.node;
  const name = quoted(group.name, group.id);
  if (!isGroup(group)) return refuse('not-a-group', `${name.en} is already an indicator without children.`, `${name['zh-CN']}已经是末级指标。`);
  if (at.path.length === 0) return refuse('root', 'The top of the tree (the total) must stay a group.', '总分节点（指标树的根）必须是指标组。');
  const only = group.children.length === 1 ? group.children[0]! : undefined;
  if (only === undefined || isGroup(only)) {
    return refuse('not-collapsible', `${name.en} can become an indicator only when it has a single child that is an indicator; remove or move the others first.`,
      `只有当${name['zh-CN']}仅有一个末级下级指标时才能转换为末级指标；请先删除或移走其他下级指标。`);
  }
  const description = group.description ?? only.description;
  const leaf: IndicatorLeaf = { ...baseOf(group), ...(description === undefined ? {} : { description }), ...measurementOf(only) };
  const update = afterNodesRemoved({ ...config, root: replaceAt(config.root, at.path, () => leaf) }, new Set([group.id, only.id]));
  return applied(update.config, id, update.dropped);
}
