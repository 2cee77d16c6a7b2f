// Notes the grid shows on cells and rows: a warning outline, a tooltip, a description for screen
// readers, and the text an editor starts with. The dataset editor notes the cells an import left
// empty for the user to fix; the grid itself knows nothing of imports.
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import type { CellPosition } from './grid-navigation.ts';
import type { RowId } from './grid-data-source.ts';

/** The row's own note is under this key (a problem of the whole row, not of one cell). */
export const ROW_NOTE = '';

export interface CellNote {
  /** The tooltip and screen-reader description, in the display language. */
  readonly text: string;
  /** What an editor opened on the (empty) cell starts with: the cell's original text, to correct. */
  readonly original?: string;
}

/** Per row id, per field key (ROW_NOTE for the row), the note. */
export type CellNotes = ReadonlyMap<RowId, ReadonlyMap<string, CellNote>>;

/**
 * The next noted cell after `from` in display order (rows of `view`, then fields), wrapping around,
 * or the previous one with `backwards`; a row's own note counts as its first column. Undefined when
 * no shown row has a note. Without `from`, the search starts before the first cell (after the last
 * when backwards).
 */
export function nextNoted(
  view: readonly RowId[],
  fields: readonly FieldDef[],
  notes: CellNotes,
  from: CellPosition | undefined,
  backwards = false,
): CellPosition | undefined {
  const cols = fields.length;
  if (view.length === 0 || cols === 0 || notes.size === 0) return undefined;
  const total = view.length * cols;
  const start = from ? from.row * cols + from.col : backwards ? total : -1;
  const step = backwards ? -1 : 1;
  for (let i = 1; i <= total; i++) {
    const at = (((start + step * i) % total) + total) % total;
    const row = Math.floor(at / cols);
    const col = at % cols;
    const rowNotes = notes.get(view[row]!);
    if (!rowNotes) {
      // Skip the rest of a row without notes in one step.
      if (backwards) i += col;
      else i += cols - 1 - col;
      continue;
    }
    if (rowNotes.has(fields[col]!.key) || (col === 0 && rowNotes.has(ROW_NOTE))) return { row, col };
  }
  return undefined;
}
