// What a key press in the AHP matrix means, decided apart from the DOM so it can be tested alone.
// Only the upper triangle (row < column) is editable, so the arrows walk that triangle: Right and
// Left along a row, Up and Down along a column, Home and End to the ends of the row. +/− and
// PageUp/PageDown step the judgment along Saaty's scale (+ makes the row's item more important).
// The arrows are taken from the native menu on purpose: in a grid they move, and the menu still
// opens with Alt+ArrowDown, Space or F4 for picking a value by its words.

export interface MatrixKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type MatrixKeyAction = { kind: 'move'; row: number; col: number } | { kind: 'step'; steps: number };

/** The action for a key pressed on the judgment a[row][col] of an n×n matrix, or undefined to leave the key alone. */
export function matrixKeyAction(press: MatrixKeyPress, at: { row: number; col: number }, n: number): MatrixKeyAction | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  const { row, col } = at;
  // A move that would leave the editable triangle stays put, yet still takes the key, so the menu
  // never changes its value under an arrow.
  const move = (r: number, c: number): MatrixKeyAction => (isEditable(r, c, n) ? { kind: 'move', row: r, col: c } : { kind: 'move', row, col });
  switch (press.key) {
    case '+':
    case 'PageUp':
      return { kind: 'step', steps: 1 };
    case '-':
    case 'PageDown':
      return { kind: 'step', steps: -1 };
    case 'ArrowRight':
      return move(row, col + 1);
    case 'ArrowLeft':
      return move(row, col - 1);
    case 'ArrowUp':
      return move(row - 1, col);
    case 'ArrowDown':
      return move(row + 1, col);
    case 'Home':
      return move(row, row + 1);
    case 'End':
      return move(row, n - 1);
    default:
      return undefined;
  }
}

/** Whether a[row][col] is an editable judgment of an n×n matrix. */
export function isEditable(row: number, col: number, n: number): boolean {
  return row >= 0 && col < n && row < col;
}
