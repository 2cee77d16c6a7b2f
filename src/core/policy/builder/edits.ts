// Edits of a condition tree for the visual builder (buttons, drag and drop, Alt+Arrow keys). Every
// edit returns a new tree and never changes its input: untouched subtrees are shared, the nodes on
// the way to the edit are copied. That is what undo/redo and change detection rely on.
//
// A path is the list of child indexes from the root: the children of a group are its conditions,
// a `not` and a quantifier have one child (index 0), their condition. Other nodes have none.
// An invalid path is a programming error in the caller and throws a RangeError.
import type { BuilderCondition } from './types.ts';

export type Path = readonly number[];
export type Combinator = 'all' | 'any' | 'none';

type Group = Extract<BuilderCondition, { kind: 'group' }>;

function show(path: Path): string {
  return `[${path.join(', ')}]`;
}

/** The conditions directly inside a node. */
export function childrenOf(node: BuilderCondition): readonly BuilderCondition[] {
  switch (node.kind) {
    case 'group': return node.children;
    case 'not':
    case 'quantifier': return [node.condition];
    default: return [];
  }
}

function withChildren(node: BuilderCondition, children: BuilderCondition[]): BuilderCondition {
  switch (node.kind) {
    case 'group': return { ...node, children };
    case 'not':
    case 'quantifier': return { ...node, condition: children[0]! };
    default: return node;
  }
}

/** The node at `path`, or undefined when there is none. */
export function getAt(root: BuilderCondition, path: Path): BuilderCondition | undefined {
  let node: BuilderCondition | undefined = root;
  for (const index of path) node = node === undefined ? undefined : childrenOf(node)[index];
  return node;
}

/** A new tree whose node at `path` is `fn(node)`. */
export function updateAt(root: BuilderCondition, path: Path, fn: (node: BuilderCondition) => BuilderCondition): BuilderCondition {
  const step = (node: BuilderCondition, depth: number): BuilderCondition => {
    if (depth === path.length) return fn(node);
    const children = childrenOf(node);
    const index = path[depth]!;
    if (!Number.isInteger(index) || index < 0 || index >= children.length) throw new RangeError(`No condition at ${show(path)}`);
    const next = children.slice();
    next[index] = step(children[index]!, depth + 1);
    return withChildren(node, next);
  };
  return step(root, 0);
}

export function replaceAt(root: BuilderCondition, path: Path, replacement: BuilderCondition): BuilderCondition {
  return updateAt(root, path, () => replacement);
}

/** Whether the node at `path` sits in a group (and so can be removed, duplicated or moved). */
export function isGroupChild(root: BuilderCondition, path: Path): boolean {
  if (path.length === 0) return false;
  const parent = getAt(root, path.slice(0, -1));
  const index = path[path.length - 1]!;
  return parent?.kind === 'group' && Number.isInteger(index) && index >= 0 && index < parent.children.length;
}

/** Splices the children of the group at `groupPath`. */
function spliceGroup(root: BuilderCondition, groupPath: Path, fn: (children: BuilderCondition[], group: Group) => void): BuilderCondition {
  return updateAt(root, groupPath, (node) => {
    if (node.kind !== 'group') throw new RangeError(`The condition at ${show(groupPath)} is not a group`);
    const children = node.children.slice();
    fn(children, node);
    return { ...node, children };
  });
}

function split(path: Path): { parent: Path; index: number } {
  if (path.length === 0) throw new RangeError('The root condition has no parent group');
  return { parent: path.slice(0, -1), index: path[path.length - 1]! };
}

/** Inserts `node` into a group: `path` is the group's path followed by the position (0 … its length). */
export function insertAt(root: BuilderCondition, path: Path, node: BuilderCondition): BuilderCondition {
  const { parent, index } = split(path);
  return spliceGroup(root, parent, (children) => {
    if (!Number.isInteger(index) || index < 0 || index > children.length) throw new RangeError(`Cannot insert at ${show(path)}`);
    children.splice(index, 0, node);
  });
}

/** Removes the node at `path` from its group. */
export function removeAt(root: BuilderCondition, path: Path): BuilderCondition {
  if (!isGroupChild(root, path)) throw new RangeError(`The condition at ${show(path)} is not in a group`);
  const { parent, index } = split(path);
  return spliceGroup(root, parent, (children) => {
    children.splice(index, 1);
  });
}

/** Inserts a deep copy of the node at `path` right after it; the copy is at the next index. */
export function duplicateAt(root: BuilderCondition, path: Path): BuilderCondition {
  if (!isGroupChild(root, path)) throw new RangeError(`The condition at ${show(path)} is not in a group`);
  // A copy, not the same object: views keyed by node identity must see two nodes.
  const copy = structuredClone(getAt(root, path)!);
  const { parent, index } = split(path);
  return insertAt(root, [...parent, index + 1], copy);
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((index, i) => path[i] === index);
}

/**
 * Where the node moved from `from` to `to` ends up: `to` is an insertion path in the tree before
 * the move (as a drop target is computed), so it shifts when the node left an earlier slot of a
 * group on the way to it.
 */
export function pathAfterMove(from: Path, to: Path): Path {
  const { parent, index } = split(from);
  if (!startsWith(to, parent) || to.length <= parent.length || to[parent.length]! <= index) return to;
  const adjusted = to.slice();
  adjusted[parent.length] = adjusted[parent.length]! - 1;
  return adjusted;
}

/** Moves the node at `from` to the insertion path `to` (in the tree before the move), within or between groups. */
export function moveNode(root: BuilderCondition, from: Path, to: Path): BuilderCondition {
  if (!isGroupChild(root, from)) throw new RangeError(`The condition at ${show(from)} is not in a group`);
  if (startsWith(to.slice(0, -1), from)) throw new RangeError(`Cannot move the condition at ${show(from)} into itself (${show(to)})`);
  const node = getAt(root, from)!;
  return insertAt(removeAt(root, from), pathAfterMove(from, to), node);
}

/**
 * The `to` of moveNode for Alt+Up: before the previous sibling, or, from the first place of a
 * group, out of it to just before the group in its own parent group. Undefined when it cannot move.
 */
export function moveUpTarget(root: BuilderCondition, path: Path): Path | undefined {
  if (!isGroupChild(root, path)) return undefined;
  const { parent, index } = split(path);
  if (index > 0) return [...parent, index - 1];
  return isGroupChild(root, parent) ? parent : undefined;
}

/** The `to` of moveNode for Alt+Down: after the next sibling, or out of the group to just after it. */
export function moveDownTarget(root: BuilderCondition, path: Path): Path | undefined {
  if (!isGroupChild(root, path)) return undefined;
  const { parent, index } = split(path);
  const group = getAt(root, parent) as Group;
  if (index < group.children.length - 1) return [...parent, index + 2];
  if (!isGroupChild(root, parent)) return undefined;
  const outer = split(parent);
  return [...outer.parent, outer.index + 1];
}

/**
 * Wraps the node at `path` (and the `count - 1` siblings after it, for a multi-selection) in a new
 * group with `combinator`; the new group takes the first node's place.
 */
export function wrapInGroup(root: BuilderCondition, path: Path, combinator: Combinator = 'all', count = 1): BuilderCondition {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Cannot wrap ${count} conditions`);
  if (!isGroupChild(root, path)) {
    if (count !== 1) throw new RangeError(`The condition at ${show(path)} has no siblings to wrap`);
    return updateAt(root, path, (node) => ({ kind: 'group', combinator, children: [node] }));
  }
  const { parent, index } = split(path);
  return spliceGroup(root, parent, (children) => {
    if (index + count > children.length) throw new RangeError(`Cannot wrap ${count} conditions from ${show(path)}`);
    children.splice(index, 0, { kind: 'group', combinator, children: children.splice(index, count) });
  });
}

/**
 * Removes a group (or a `not`) but keeps what it holds: its conditions take its place in the parent
 * group. Where the parent is not a group (the root, a `not`, a quantifier) only a single condition
 * can take the place. The conditions then combine as the parent says, which is the point.
 */
export function unwrap(root: BuilderCondition, path: Path): BuilderCondition {
  const node = getAt(root, path);
  if (node === undefined || (node.kind !== 'group' && node.kind !== 'not')) throw new RangeError(`The condition at ${show(path)} is neither a group nor a negation`);
  const content = childrenOf(node);
  if (isGroupChild(root, path)) {
    const { parent, index } = split(path);
    return spliceGroup(root, parent, (children) => {
      children.splice(index, 1, ...content);
    });
  }
  if (content.length !== 1) throw new RangeError(`The group at ${show(path)} holds ${content.length} conditions and has no parent group to take them`);
  return replaceAt(root, path, content[0]!);
}

export function setCombinator(root: BuilderCondition, path: Path, combinator: Combinator): BuilderCondition {
  return updateAt(root, path, (node) => {
    if (node.kind !== 'group') throw new RangeError(`The condition at ${show(path)} is not a group`);
    return { ...node, combinator };
  });
}
