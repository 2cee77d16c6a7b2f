// Checks of the indicator tree itself: weights among siblings and unique ids. Also lists the tree's
// nodes with their pointers, which the other checks walk instead of recursing themselves.
import { ProblemList, num, pointerOf, quoted } from './config-problems.ts';
import { type IndicatorGroup, type IndicatorLeaf, type IndicatorNode, isGroup } from './types.ts';

export interface PlacedNode<N extends IndicatorNode = IndicatorNode> {
  node: N;
  pointer: string;
}

export interface TreeIndex {
  nodes: PlacedNode[];
  groups: PlacedNode<IndicatorGroup>[];
  leaves: PlacedNode<IndicatorLeaf>[];
  /** First node of each id (duplicates are reported, not indexed). */
  byId: Map<string, IndicatorNode>;
}

/** Every node of the tree, parents before children, with its pointer from the document root. */
export function indexTree(root: IndicatorGroup): TreeIndex {
  const index: TreeIndex = { nodes: [], groups: [], leaves: [], byId: new Map() };
  const visit = (node: IndicatorNode, pointer: string): void => {
    index.nodes.push({ node, pointer });
    if (!index.byId.has(node.id)) index.byId.set(node.id, node);
    if (isGroup(node)) {
      index.groups.push({ node, pointer });
      node.children.forEach((child, i) => visit(child, pointerOf(pointer, 'children', i)));
    } else {
      index.leaves.push({ node, pointer });
    }
  };
  visit(root, '/root');
  return index;
}

const WEIGHT_TOLERANCE = 1e-6;

export function checkTree(tree: TreeIndex, problems: ProblemList): void {
  const firstPointer = new Map<string, string>();
  for (const { node, pointer } of tree.nodes) {
    const first = firstPointer.get(node.id);
    if (first === undefined) firstPointer.set(node.id, pointer);
    else {
      problems.error(pointerOf(pointer, 'id'), 'duplicate-node-id', `Indicator id "${node.id}" is already used at "${first}"; every indicator needs its own id.`,
        `指标编号“${node.id}”已在“${first}”处使用，每个指标的编号必须唯一。`);
    }
    if (node.weight < 0) {
      const name = quoted(node.name, node.id);
      problems.error(pointerOf(pointer, 'weight'), 'negative-weight', `The weight of ${name.en} is negative (${num(node.weight)}); weights must be 0 or more.`,
        `指标${name['zh-CN']}的权重为负数（${num(node.weight)}），权重不能小于 0。`);
    }
  }
  for (const { node, pointer } of tree.groups) checkSiblingWeights(node, pointer, problems);
}

function checkSiblingWeights(group: IndicatorGroup, pointer: string, problems: ProblemList): void {
  const sum = group.children.reduce((total, child) => total + child.weight, 0);
  const name = quoted(group.name, group.id);
  if (group.normalize === true) {
    if (group.children.length > 0 && sum <= 0) {
      problems.error(pointerOf(pointer, 'children'), 'weights-zero', `The weights under ${name.en} add up to ${num(sum)}, so the group can never have a score. Give some indicator a positive weight.`,
        `${name['zh-CN']}下级指标的权重合计为 ${num(sum)}，该组永远无法得分。请至少为一个指标设置正的权重。`);
    }
    return;
  }
  if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
    problems.error(pointerOf(pointer, 'children'), 'weights-sum',
      `The weights under ${name.en} add up to ${num(sum)}, not 100. Balance them, or set "normalize": true on ${name.en} to use them in proportion.`,
      `${name['zh-CN']}下级指标的权重合计为 ${num(sum)}，不等于 100。请调整权重使其合计为 100，或在${name['zh-CN']}上设置 "normalize": true 按比例折算。`);
  }
}
