// The list of cells an import left empty for the user to fix (CellToFix), and how edits shrink it.
// The workspace store applies these rules in the same transaction as the edit, and the dataset
// editor applies them to its copy, so both agree without reading the list back after every edit.
import type { CellToFix } from './types.ts';

/**
 * At most this many entries are kept per dataset (the rest are counted): a file whose column has
 * the wrong type can have a bad cell on every row, and the list lives in the dataset's document.
 */
export const MAX_CELLS_TO_FIX = 10_000;

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (isMissing(a) && isMissing(b));
}

/**
 * The entries left after row `rowId` changed from `before` to `after`: a cell entry goes once its
 * cell has a value (editors validate against the field's type before they store one); a whole-row
 * entry goes with any change of the row, since the user has looked at it and corrected it.
 * Returns `cells` itself when nothing was resolved.
 */
export function resolveCellsToFix(
  cells: readonly CellToFix[],
  rowId: number,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): readonly CellToFix[] {
  let rowChanged: boolean | undefined;
  const changed = (): boolean => {
    rowChanged ??= [...new Set([...Object.keys(before), ...Object.keys(after)])].some((key) => !sameValue(before[key], after[key]));
    return rowChanged;
  };
  const kept = cells.filter((cell) => {
    if (cell.rowId !== rowId) return true;
    return cell.column === '' ? !changed() : isMissing(after[cell.column]);
  });
  return kept.length === cells.length ? cells : kept;
}

/** The entries of rows that still exist after `rowIds` were deleted; `cells` itself when none went. */
export function dropCellsOfRows(cells: readonly CellToFix[], rowIds: Iterable<number>): readonly CellToFix[] {
  const gone = new Set(rowIds);
  if (gone.size === 0) return cells;
  const kept = cells.filter((cell) => !gone.has(cell.rowId));
  return kept.length === cells.length ? cells : kept;
}

/** How many distinct rows have entries. */
export function countRowsToFix(cells: readonly CellToFix[]): number {
  return new Set(cells.map((cell) => cell.rowId)).size;
}
