// Where the active cell goes for a key, as a pure function of the position and the grid's size.

export interface CellPosition {
  /** Index in the view (0 = first shown row). */
  readonly row: number;
  /** Index in the fields. */
  readonly col: number;
}

export interface NavigationKey {
  readonly key: string;
  readonly ctrl: boolean;
  readonly shift: boolean;
}

const clamp = (n: number, max: number): number => Math.max(0, Math.min(n, max));

/**
 * The new position for a navigation key (arrows, Home/End, Ctrl+Home/End, PageUp/PageDown), or
 * undefined when the key does not navigate. `pageRows` is how many rows a page moves.
 */
export function navigate(from: CellPosition, k: NavigationKey, rows: number, cols: number, pageRows: number): CellPosition | undefined {
  if (rows <= 0 || cols <= 0) return undefined;
  const lastRow = rows - 1;
  const lastCol = cols - 1;
  const row = clamp(from.row, lastRow);
  const col = clamp(from.col, lastCol);
  switch (k.key) {
    case 'ArrowUp':
      return { row: k.ctrl ? 0 : clamp(row - 1, lastRow), col };
    case 'ArrowDown':
      return { row: k.ctrl ? lastRow : clamp(row + 1, lastRow), col };
    case 'ArrowLeft':
      return { row, col: k.ctrl ? 0 : clamp(col - 1, lastCol) };
    case 'ArrowRight':
      return { row, col: k.ctrl ? lastCol : clamp(col + 1, lastCol) };
    case 'Home':
      return k.ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return k.ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: clamp(row - Math.max(1, pageRows), lastRow), col };
    case 'PageDown':
      return { row: clamp(row + Math.max(1, pageRows), lastRow), col };
    default:
      return undefined;
  }
}

/**
 * Where a committed edit moves: Enter down, Shift+Enter up, Tab right and Shift+Tab left, wrapping
 * to the next or previous row at the ends (and staying put at the grid's first and last cell).
 */
export function moveAfterCommit(from: CellPosition, key: 'Enter' | 'Tab', shift: boolean, rows: number, cols: number): CellPosition {
  if (key === 'Enter') return { row: clamp(from.row + (shift ? -1 : 1), rows - 1), col: from.col };
  if (shift) {
    if (from.col > 0) return { row: from.row, col: from.col - 1 };
    return from.row > 0 ? { row: from.row - 1, col: cols - 1 } : from;
  }
  if (from.col < cols - 1) return { row: from.row, col: from.col + 1 };
  return from.row < rows - 1 ? { row: from.row + 1, col: 0 } : from;
}
