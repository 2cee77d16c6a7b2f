// The weight tree as concentric rings for a sunburst drawn as a multi-ring doughnut: ring d holds
// the nodes at depth d, each with its share of the total. Every ring spans the whole circle in the
// same pre-order, and where a branch stops early (a leaf above the deepest level, or a group whose
// children have no weight) a gap segment fills its place, so each child sits exactly under its parent.
import type { LocalizedText } from '../../localized-text.ts';
import { type IndicatorNode, type ScorecardConfig, isGroup } from '../types.ts';

export interface WeightSegment {
  /** null for a gap (nothing at this depth under a shallower leaf). */
  id: string | null;
  name: LocalizedText;
  /** Share of the total (product of the local shares from the root), 0..1. */
  value: number;
  /** Share among its siblings, 0..1. */
  local: number;
  parent: string | null;
  /** Names from the top-level dimension down to this node. */
  path: LocalizedText[];
  /** Index of the top-level dimension it belongs to (for colouring a branch alike). */
  branch: number;
  depth: number;
  leaf: boolean;
}

export interface WeightRing {
  depth: number;
  segments: WeightSegment[];
}

export interface WeightRings {
  /** Innermost (depth 1) first. */
  rings: WeightRing[];
  /** Number of nodes below the root. */
  nodes: number;
}

interface Placed {
  node: IndicatorNode;
  depth: number;
  value: number;
  local: number;
  parent: string | null;
  path: LocalizedText[];
  branch: number;
  kids: Placed[];
}

/** Values under this are rounding noise, not a branch left without weight. */
const EPSILON = 1e-12;

export function weightRings(config: ScorecardConfig): WeightRings {
  let count = 0;
  let deepest = 0;
  const place = (node: IndicatorNode, depth: number, value: number, local: number, parent: string | null, path: LocalizedText[], branch: number): Placed => {
    const placed: Placed = { node, depth, value, local, parent, path, branch, kids: [] };
    if (depth > 0) count++;
    if (depth > deepest) deepest = depth;
    if (isGroup(node)) {
      // The same normalisation as evaluation (flat-tree.ts): negative weights count as zero.
      const sum = node.children.reduce((s, c) => s + Math.max(0, c.weight), 0);
      node.children.forEach((child, i) => {
        const share = sum > 0 ? Math.max(0, child.weight) / sum : 0;
        placed.kids.push(place(child, depth + 1, value * share, share, depth === 0 ? null : node.id, [...path, child.name], depth === 0 ? i : branch));
      });
    }
    return placed;
  };
  const root = place(config.root, 0, 1, 1, null, [], -1);

  const rings: WeightRing[] = [];
  for (let d = 1; d <= deepest; d++) {
    const segments: WeightSegment[] = [];
    const emit = (p: Placed): void => {
      if (p.depth === d) {
        segments.push({ id: p.node.id, name: p.node.name, value: p.value, local: p.local, parent: p.parent, path: p.path, branch: p.branch, depth: d, leaf: !isGroup(p.node) });
        return;
      }
      let covered = 0;
      for (const kid of p.kids) {
        emit(kid);
        covered += kid.value;
      }
      const rest = p.value - covered;
      if (rest > EPSILON) segments.push({ id: null, name: '', value: rest, local: 0, parent: p.depth === 0 ? null : p.node.id, path: p.path, branch: p.branch, depth: d, leaf: false });
    };
    emit(root);
    rings.push({ depth: d, segments });
  }
  return { rings, nodes: count };
}
