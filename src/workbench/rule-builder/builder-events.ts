// The events the builder's parts send up to the element that owns the model. Parts are
// controlled: they render the node they are given and report the node the user wants instead.
import type { Path } from '../../core/policy/builder/edits.ts';
import type { BuilderCondition, BuilderExpr } from '../../core/policy/builder/types.ts';

/** detail of `expr-change`: a value side (or one of its operands) replaced. */
export interface ExprChange {
  expr: BuilderExpr;
  /** Undo label, in the current language ("Change value"). */
  label: string;
}

/** Where a condition sits in a block's tree: child indexes from the block's root group (as in edits.ts). */
export type { Path } from '../../core/policy/builder/edits.ts';

/** detail of `builder-edit`: what a row or group asks its condition block to do. */
export type BuilderEdit =
  | { type: 'replace'; path: Path; node: BuilderCondition; label: string }
  | { type: 'insert'; parent: Path; index: number; node: BuilderCondition; label: string }
  | { type: 'remove'; path: Path }
  | { type: 'duplicate'; path: Path }
  | { type: 'wrap'; path: Path }
  /** Moves to `index` of group `parent`, counted in the list as shown before the move (drag and drop). */
  | { type: 'move'; from: Path; parent: Path; index: number }
  /** Alt+ArrowUp/Down: one place up or down within the group. */
  | { type: 'step'; path: Path; delta: -1 | 1 }
  /** Alt+Shift+ArrowRight: into the group just above; Alt+Shift+ArrowLeft: out of the group, after it. */
  | { type: 'indent'; path: Path }
  | { type: 'outdent'; path: Path };

/** detail of `condition-change`: a whole condition tree replaced (from a condition block). */
export interface ConditionChange {
  condition: BuilderCondition;
  label: string;
}

export function fire<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

/** Stops a part's event from reaching elements above the one that handles it. */
export function handled(e: Event): void {
  e.stopPropagation();
}
