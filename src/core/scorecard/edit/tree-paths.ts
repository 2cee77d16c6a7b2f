// Finding a node by id and rebuilding only the groups on its path: the other subtrees of an edited
// configuration are the input's own objects, so an edit costs the depth of the tree, not its size,
// and the UI can tell unchanged subtrees by identity.
import { type IndicatorGroup, type IndicatorNode, isGroup } from '../types.ts';

export interface NodeLocation {
  node: IndicatorNode;
  /** Child indexes from the root to the node (empty for the root). */
  path: number[];
  /** The groups from the root down to the node's parent (empty for the root). */
  ancestors: IndicatorGroup[];
}

export function locate(root: IndicatorGroup, id: string): NodeLocation | undefined {
  const path: number[] = [];
  const ancestors: IndicatorGroup[] = [];
  const visit = (node: IndicatorNode): boolean => {
    if (node.id === id) return true;
    if (!isGroup(node)) return false;
    ancestors.push(node);
    for (let i = 0; i < node.children.length; i++) {
      path.push(i);
      if (visit(node.children[i]!)) return true;
      path.pop();
    }
    ancestors.pop();
    return false;
  };
  return visit(root) ? { node: nodeAtPath(root, path), path, ancestors } : undefined;
}

export function parentOf(location: NodeLocation): IndicatorGroup | undefined {
  return location.ancestors[location.ancestors.length - 1];
}

function nodeAtPath(root: IndicatorGroup, path: readonly number[]): IndicatorNode {
  let node: IndicatorNode = root;
  for (const i of path) node = (node as IndicatorGroup).children[i]!;
  return node;
}

/** A new root in which the node at `path` is replaced by `replace(node)`; only its ancestors are copied. */
export function replaceAt(root: IndicatorGroup, path: readonly number[], replace: (node: IndicatorNode) => IndicatorNode): IndicatorGroup {
  const rebuild = (node: IndicatorNode, depth: number): IndicatorNode => {
    if (depth === path.length) return replace(node);
    const group = node as IndicatorGroup;
    const at = path[depth]!;
    const children = group.children.slice();
    children[at] = rebuild(group.children[at]!, depth + 1);
    return { ...group, children };
  };
  const next = rebuild(root, 0);
  if (!isGroup(next)) throw new TypeError('the root of the indicator tree must stay a group');
  return next;
}

/** The group at `path` with its children replaced. */
export function withChildren(root: IndicatorGroup, path: readonly number[], children: (current: readonly IndicatorNode[]) => IndicatorNode[]): IndicatorGroup {
  return replaceAt(root, path, (node) => ({ ...(node as IndicatorGroup), children: children((node as IndicatorGroup).children) }));
}

/** Every id in a subtree, the node's own first. */
export function subtreeIds(node: IndicatorNode, into: string[] = []): string[] {
  into.push(node.id);
  if (isGroup(node)) for (const child of node.children) subtreeIds(child, into);
  return into;
}

/** `base` if no node uses it, else `base-2`, `base-3`, …; the id returned is added to `taken`. */
export function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(0, Math.trunc(index)), length);
}
