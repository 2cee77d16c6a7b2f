// The indicator tree as the rows the outline shows: depth-first, children of collapsed groups left
// out, each row knowing its parent and position (what keyboard moves and drops need).
import { isGroup, type IndicatorGroup, type IndicatorNode } from '../../../src/core/scorecard/types.ts';

export interface TreeRow {
  node: IndicatorNode;
  depth: number;
  parent: IndicatorGroup | undefined;
  /** Position among the parent's children. */
  index: number;
}

export function visibleRows(root: IndicatorGroup, collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (node: IndicatorNode, depth: number, parent: IndicatorGroup | undefined, index: number): void => {
    rows.push({ node, depth, parent, index });
    if (isGroup(node) && !collapsed.has(node.id)) node.children.forEach((c, i) => visit(c, depth + 1, node, i));
  };
  visit(root, 0, undefined, 0);
  return rows;
}
