// The condition being dragged. A page can only read a DataTransfer's data on drop, but groups must
// decide on dragover whether (and where) they accept it, so the source is also kept here.
import type { Path } from './builder-events.ts';

export const DRAG_TYPE = 'application/x-scorecard-condition';

export interface DraggedCondition {
  /** The condition block it comes from: conditions move only within their block (their scope). */
  block: string;
  path: Path;
}

let current: DraggedCondition | undefined;

export function startDrag(e: DragEvent, dragged: DraggedCondition): void {
  current = dragged;
  if (e.dataTransfer) {
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(dragged));
    e.dataTransfer.setData('text/plain', dragged.path.join('.'));
  }
}

/** The dragged condition, from the drop's data when there is some, else from the drag start. */
export function draggedCondition(e?: DragEvent): DraggedCondition | undefined {
  const data = e?.dataTransfer?.getData(DRAG_TYPE);
  if (data) {
    try {
      const parsed = JSON.parse(data) as DraggedCondition;
      if (typeof parsed.block === 'string' && Array.isArray(parsed.path)) return parsed;
    } catch {
      // Foreign data: fall back to the drag we started.
    }
  }
  return current;
}

/** The group showing the drop line: only one shows it at a time (nested groups overlap). */
let indicator: { clearDropLine(): void } | undefined;

export function showingDropLine(owner: { clearDropLine(): void }): void {
  if (indicator !== owner) indicator?.clearDropLine();
  indicator = owner;
}

export function endDrag(): void {
  current = undefined;
  indicator?.clearDropLine();
  indicator = undefined;
}

/** True when `inner` is `outer` or inside it (a group cannot be dropped into itself). */
export function isWithin(inner: Path, outer: Path): boolean {
  return outer.length <= inner.length && outer.every((v, i) => inner[i] === v);
}
