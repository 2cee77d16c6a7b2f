// A BuilderEdit applied to a condition block's tree with the model's edits (edits.ts): the new
// tree, the undo label, and the path the edited item ends up at (focus follows it). Paths index
// group children from the block's root group.
import {
  duplicateAt, getAt, insertAt, isGroupChild, moveDownTarget, moveNode, moveUpTarget, pathAfterMove, removeAt, replaceAt, wrapInGroup,
} from '../../core/policy/builder/edits.ts';
import type { BuilderCondition } from '../../core/policy/builder/types.ts';
import type { BuilderEdit, Path } from './builder-events.ts';

type Group = Extract<BuilderCondition, { kind: 'group' }>;

export interface EditResult {
  root: Group;
  /** Catalog key of the undo label, when the edit does not carry its own label. */
  labelKey?: string;
  label?: string;
  /** Where the edited item now is. */
  focus: Path;
  /** Focus the "Add condition" button of the group at `focus` instead (its last item was removed). */
  focusAdd?: boolean;
}

function split(path: Path): { parent: Path; index: number } {
  return { parent: path.slice(0, -1), index: path[path.length - 1]! };
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((v, i) => path[i] === v);
}

/** A move to the insertion path `to` (in the tree before the move); undefined when it changes nothing. */
function move(root: Group, from: Path, to: Path): EditResult | undefined {
  if (!isGroupChild(root, from) || startsWith(to, from)) return undefined;
  const { parent, index } = split(from);
  const target = split(to);
  const sameGroup = target.parent.length === parent.length && startsWith(target.parent, parent);
  if (sameGroup && (target.index === index || target.index === index + 1)) return undefined;
  return { root: moveNode(root, from, to) as Group, labelKey: 'workbench.builder.edit.move', focus: pathAfterMove(from, to) };
}

function apply(root: Group, edit: BuilderEdit): EditResult | undefined {
  switch (edit.type) {
    case 'replace':
      // The root group itself replaced (its combinator): a lone condition is kept inside it.
      if (edit.path.length === 0) return { root: edit.node.kind === 'group' ? edit.node : { ...root, children: [edit.node] }, label: edit.label, focus: [] };
      return { root: replaceAt(root, edit.path, edit.node) as Group, label: edit.label, focus: edit.path };
    case 'insert': {
      const path = [...edit.parent, edit.index];
      return { root: insertAt(root, path, edit.node) as Group, label: edit.label, focus: path };
    }
    case 'remove': {
      const next = removeAt(root, edit.path) as Group;
      const { parent, index } = split(edit.path);
      const left = (getAt(next, parent) as Group).children.length;
      // Focus the item that took its place, else the one above, else the group's add button.
      return left === 0 ? { root: next, labelKey: 'workbench.builder.edit.delete', focus: parent, focusAdd: true }
        : { root: next, labelKey: 'workbench.builder.edit.delete', focus: [...parent, Math.min(index, left - 1)] };
    }
    case 'duplicate': {
      const { parent, index } = split(edit.path);
      return { root: duplicateAt(root, edit.path) as Group, labelKey: 'workbench.builder.edit.duplicate', focus: [...parent, index + 1] };
    }
    case 'wrap':
      return { root: wrapInGroup(root, edit.path) as Group, labelKey: 'workbench.builder.edit.wrap', focus: [...edit.path, 0] };
    case 'step': {
      // At the first or last place of a group, Alt+Up/Down leaves the group (edits.ts).
      const to = edit.delta < 0 ? moveUpTarget(root, edit.path) : moveDownTarget(root, edit.path);
      return to ? move(root, edit.path, to) : undefined;
    }
    case 'indent': {
      const { parent, index } = split(edit.path);
      const above = index > 0 ? getAt(root, [...parent, index - 1]) : undefined;
      return above?.kind === 'group' ? move(root, edit.path, [...parent, index - 1, above.children.length]) : undefined;
    }
    case 'outdent': {
      if (edit.path.length < 2) return undefined;
      const outer = split(split(edit.path).parent);
      return move(root, edit.path, [...outer.parent, outer.index + 1]);
    }
    case 'move':
      return move(root, edit.from, [...edit.parent, edit.index]);
  }
}

/** The edit applied, or undefined when it does nothing here (a move past the end, a stale path). */
export function applyEdit(root: Group, edit: BuilderEdit): EditResult | undefined {
  try {
    return apply(root, edit);
  } catch (error) {
    // edits.ts throws RangeError for a path that is not there (e.g. a drop after the tree changed).
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
