// The grid's notes on cells to fix, pure parts: the notes made from an import's list, finding the
// next noted cell (F8), and a view limited to some rows.
import { describe, expect, it } from 'vitest';
import type { CellToFix } from '../../../src/core/data/types.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { cellNotesFor } from '../../../plugins/datasets/fix-banner.ts';
import { nextNoted, ROW_NOTE, type CellNotes } from '../../../plugins/datasets/grid/cell-notes.ts';
import { fallbackMessage } from '../../../plugins/datasets/grid/grid-messages.ts';
import { computeView } from '../../../plugins/datasets/grid/grid-view.ts';
import { MemoryDataSource } from '../../../plugins/datasets/grid/memory-data-source.ts';

const FIELDS: FieldDef[] = [{ key: 'a', type: 'string' }, { key: 'b', type: 'number' }, { key: 'c', type: 'date' }];

const fix = (rowId: number, column: string, text: string, code: CellToFix['code']): CellToFix => ({
  rowId, line: rowId + 1, column, text, code, message: { en: `EN ${code}`, 'zh-CN': `ZH ${code}` },
});

describe('cellNotesFor', () => {
  it('notes each cell with its original text, reason and line, and the whole row for row problems', () => {
    const notes = cellNotesFor([
      fix(2, 'b', '12,5', 'not-a-number'),
      fix(2, 'c', '2024-02-30', 'not-a-date'),
      fix(4, ROW_NOTE, '', 'too-many-cells'),
      fix(4, ROW_NOTE, '', 'malformed-quotes'),
    ], fallbackMessage, (m) => m.en);
    expect(notes.get(2)!.get('b')).toEqual({ text: 'Was "12,5": not a number (line 3)\nEN not-a-number', original: '12,5' });
    expect(notes.get(2)!.get('c')!.text.split('\n')[0]).toBe('Was "2024-02-30": not a date (line 3)');
    expect(notes.get(4)!.get(ROW_NOTE)).toEqual({ text: 'Line 5: EN too-many-cells\nLine 5: EN malformed-quotes' });
    expect([...notes.keys()]).toEqual([2, 4]);
  });
});

describe('nextNoted', () => {
  const notes: CellNotes = new Map([
    [3, new Map([['b', { text: 'x' }]])],
    [7, new Map([[ROW_NOTE, { text: 'row' }], ['c', { text: 'y' }]])],
  ]);
  const view = [1, 3, 5, 7, 9];

  it('finds the next noted cell in display order, wrapping around, and the previous one', () => {
    expect(nextNoted(view, FIELDS, notes, undefined)).toEqual({ row: 1, col: 1 });
    expect(nextNoted(view, FIELDS, notes, { row: 1, col: 1 })).toEqual({ row: 3, col: 0 }); // the row note: first column
    expect(nextNoted(view, FIELDS, notes, { row: 3, col: 0 })).toEqual({ row: 3, col: 2 });
    expect(nextNoted(view, FIELDS, notes, { row: 3, col: 2 })).toEqual({ row: 1, col: 1 });
    expect(nextNoted(view, FIELDS, notes, { row: 1, col: 1 }, true)).toEqual({ row: 3, col: 2 });
    expect(nextNoted(view, FIELDS, notes, undefined, true)).toEqual({ row: 3, col: 2 });
    expect(nextNoted(view, FIELDS, notes, { row: 2, col: 1 }, true)).toEqual({ row: 1, col: 1 });
  });

  it('follows the view (sorted, filtered) and finds nothing without shown notes', () => {
    expect(nextNoted([7, 3], FIELDS, notes, undefined)).toEqual({ row: 0, col: 0 });
    expect(nextNoted([1, 5, 9], FIELDS, notes, undefined)).toBeUndefined();
    expect(nextNoted(view, FIELDS, new Map(), undefined)).toBeUndefined();
  });
});

describe('computeView onlyRows', () => {
  it('shows only the given rows, with the filters and the sort on top', () => {
    const source = new MemoryDataSource(FIELDS, [1, 2, 3, 4, 5].map((n) => ({ a: `r${n}`, b: n * 10, c: null })));
    expect(computeView(source, { onlyRows: new Set([2, 4, 5]) }).rowIds).toEqual([2, 4, 5]);
    expect(computeView(source, { onlyRows: new Set([2, 4, 5]), filters: { b: '>= 40' }, sort: [{ key: 'b', direction: 'desc' }] }).rowIds).toEqual([5, 4]);
  });
});
