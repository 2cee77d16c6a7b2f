// What a key press in the decision-table grid means, decided apart from the DOM so it can be
// tested on its own: arrow keys move between cells (inside a text box only once the caret is at
// its edge; inside a menu never, the menu needs them), Alt+Arrow moves the row, Ctrl+D duplicates
// it, Delete on the row header removes it, Enter/F2 go into a cell and Escape back out.

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Where the key was pressed. */
export interface GridPosition {
  row: number;
  col: number;
  /** What has the focus: the cell itself, a text box (with its caret), a menu, or a button. */
  focus: { kind: 'cell' } | { kind: 'text'; atStart: boolean; atEnd: boolean } | { kind: 'select' } | { kind: 'button' };
}

export type GridAction =
  | { kind: 'focus'; row: number; col: number }
  | { kind: 'move-row'; from: number; to: number }
  | { kind: 'duplicate-row'; row: number }
  | { kind: 'remove-row'; row: number }
  | { kind: 'enter-cell' }
  | { kind: 'leave-control' };

export function gridKeyAction(press: KeyPress, at: GridPosition, size: { rows: number; cols: number }): GridAction | undefined {
  const { row, col, focus } = at;
  const command = press.ctrlKey || press.metaKey;
  if (press.altKey && !command && !press.shiftKey && (press.key === 'ArrowUp' || press.key === 'ArrowDown')) {
    const to = row + (press.key === 'ArrowUp' ? -1 : 1);
    return to >= 0 && to < size.rows ? { kind: 'move-row', from: row, to } : undefined;
  }
  if (command && !press.altKey && !press.shiftKey && press.key.toLowerCase() === 'd') return { kind: 'duplicate-row', row };
  if (press.altKey || command) return undefined;
  if (focus.kind === 'cell') {
    if (press.key === 'Delete' && col === 0) return { kind: 'remove-row', row };
    if ((press.key === 'Enter' || press.key === 'F2') && col > 0) return { kind: 'enter-cell' };
  } else if (press.key === 'Escape') {
    return { kind: 'leave-control' };
  }
  const step = arrowStep(press.key);
  if (step === undefined || press.shiftKey) return undefined;
  if (focus.kind === 'select') return undefined;
  if (focus.kind === 'text') {
    if (step.cols < 0 && !focus.atStart) return undefined;
    if (step.cols > 0 && !focus.atEnd) return undefined;
  }
  const target = { row: clamp(row + step.rows, size.rows), col: clamp(col + step.cols, size.cols) };
  if (target.row === row && target.col === col) return focus.kind === 'cell' ? undefined : { kind: 'focus', ...target };
  return { kind: 'focus', ...target };
}

function arrowStep(key: string): { rows: number; cols: number } | undefined {
  switch (key) {
    case 'ArrowUp': return { rows: -1, cols: 0 };
    case 'ArrowDown': return { rows: 1, cols: 0 };
    case 'ArrowLeft': return { rows: 0, cols: -1 };
    case 'ArrowRight': return { rows: 0, cols: 1 };
    default: return undefined;
  }
}

function clamp(value: number, size: number): number {
  return Math.max(0, Math.min(size - 1, value));
}
