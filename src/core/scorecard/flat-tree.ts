// The indicator tree flattened into arrays in pre-order (root first, a node before its children),
// so evaluation walks indexes instead of objects and results can live in typed-array columns.
import type { NodeInfo } from './result-types.ts';
import { type Aggregation, type IndicatorGroup, type IndicatorLeaf, type IndicatorNode, type MissingPolicy, isGroup } from './types.ts';

export interface FlatTree {
  readonly nodes: NodeInfo[];
  /** The config node at each index. */
  readonly source: IndicatorNode[];
  /** Child indexes of each group (empty for leaves). */
  readonly children: number[][];
  /** Raw weights of each group's children, in the order of `children`. */
  readonly childWeights: number[][];
  readonly aggregate: Aggregation[];
  readonly missing: MissingPolicy[];
  /** Indexes of the leaves, in pre-order. */
  readonly leaves: number[];
  /** Indexes of the groups, deepest first, so each group is computed after its children. */
  readonly groupsBottomUp: number[];
}

export function flattenTree(root: IndicatorGroup): FlatTree {
  const nodes: NodeInfo[] = [];
  const source: IndicatorNode[] = [];
  const children: number[][] = [];
  const childWeights: number[][] = [];
  const aggregate: Aggregation[] = [];
  const missing: MissingPolicy[] = [];
  const leaves: number[] = [];
  const groups: number[] = [];

  const visit = (node: IndicatorNode, parent: number, depth: number, localWeight: number, absoluteWeight: number): number => {
    const index = nodes.length;
    const group = isGroup(node);
    nodes.push({ id: node.id, parent: parent < 0 ? null : nodes[parent]!.id, depth, leaf: !group, localWeight, absoluteWeight });
    source.push(node);
    children.push([]);
    childWeights.push([]);
    aggregate.push(group ? (node.aggregate ?? 'weighted-sum') : 'weighted-sum');
    missing.push(group ? (node.missing ?? 'renormalize') : 'renormalize');
    if (!group) {
      leaves.push(index);
      return index;
    }
    groups.push(index);
    const sum = node.children.reduce((s, c) => s + Math.max(0, c.weight), 0);
    for (const child of node.children) {
      const local = sum > 0 ? Math.max(0, child.weight) / sum : 0;
      const childIndex = visit(child, index, depth + 1, local, absoluteWeight * local);
      children[index]!.push(childIndex);
      childWeights[index]!.push(Math.max(0, child.weight));
    }
    return index;
  };
  visit(root, -1, 0, 1, 1);
  return { nodes, source, children, childWeights, aggregate, missing, leaves, groupsBottomUp: groups.reverse() };
}

export function leafAt(tree: FlatTree, index: number): IndicatorLeaf {
  return tree.source[index] as IndicatorLeaf;
}
