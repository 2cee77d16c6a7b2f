// Changing a node's own properties (scorer, value, unit, direction, aggregation…) from the details
// form. Id, weight and children are edited through their own operations, which keep the tree and
// the weight derivations consistent; this one refuses to touch them.
import type { IndicatorNode, ScorecardConfig } from '../types.ts';
import { applied, notFound, refuse, type EditResult } from './edit-result.ts';
import { locate, replaceAt } from './tree-paths.ts';

export function updateNode(config: ScorecardConfig, id: string, change: (node: IndicatorNode) => IndicatorNode): EditResult {
  const at = locate(config.root, id);
  if (at === undefined) return notFound(id);
  const next = change(at.node);
  if (next === at.node) return applied(config, id);
  if (next.id !== at.node.id || next.weight !== at.node.weight || ('children' in next) !== ('children' in at.node)
    || ('children' in next && 'children' in at.node && next.children !== at.node.children)) {
    return refuse('structural-change', 'Only a node\'s own properties can be changed here: id, weight and children have their own edits.', '此处只能修改指标自身的属性：编号、权重和下级指标有各自的编辑操作。');
  }
  return applied({ ...config, root: replaceAt(config.root, at.path, () => next) }, id);
}
