import { describe, expect, it } from 'vitest';
import { gridKeyAction, type GridPosition, type KeyPress } from '../../../../plugins/policy/decision-table/grid-keys.ts';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
const onCell = (row: number, col: number): GridPosition => ({ row, col, focus: { kind: 'cell' } });
const size = { rows: 3, cols: 5 };

describe('gridKeyAction', () => {
  it('arrow keys move between cells and stop at the edges', () => {
    expect(gridKeyAction(key('ArrowRight'), onCell(1, 1), size)).toEqual({ kind: 'focus', row: 1, col: 2 });
    expect(gridKeyAction(key('ArrowUp'), onCell(0, 1), size)).toBeUndefined();
    expect(gridKeyAction(key('ArrowDown'), onCell(2, 4), size)).toBeUndefined();
  });

  it('in a text box, left and right leave only from the edge of the text; menus keep their arrows', () => {
    const text = (atStart: boolean, atEnd: boolean): GridPosition => ({ row: 1, col: 2, focus: { kind: 'text', atStart, atEnd } });
    expect(gridKeyAction(key('ArrowLeft'), text(false, true), size)).toBeUndefined();
    expect(gridKeyAction(key('ArrowLeft'), text(true, false), size)).toEqual({ kind: 'focus', row: 1, col: 1 });
    expect(gridKeyAction(key('ArrowRight'), text(false, true), size)).toEqual({ kind: 'focus', row: 1, col: 3 });
    expect(gridKeyAction(key('ArrowDown'), text(false, false), size)).toEqual({ kind: 'focus', row: 2, col: 2 });
    expect(gridKeyAction(key('ArrowDown'), { row: 1, col: 2, focus: { kind: 'select' } }, size)).toBeUndefined();
  });

  it('row commands', () => {
    expect(gridKeyAction(key('ArrowUp', { altKey: true }), { row: 1, col: 2, focus: { kind: 'select' } }, size)).toEqual({ kind: 'move-row', from: 1, to: 0 });
    expect(gridKeyAction(key('ArrowUp', { altKey: true }), onCell(0, 2), size)).toBeUndefined();
    expect(gridKeyAction(key('d', { ctrlKey: true }), onCell(2, 3), size)).toEqual({ kind: 'duplicate-row', row: 2 });
    expect(gridKeyAction(key('D', { metaKey: true }), onCell(2, 3), size)).toEqual({ kind: 'duplicate-row', row: 2 });
    expect(gridKeyAction(key('Delete'), onCell(1, 0), size)).toEqual({ kind: 'remove-row', row: 1 });
    expect(gridKeyAction(key('Delete'), onCell(1, 1), size)).toBeUndefined();
    expect(gridKeyAction(key('Delete'), { row: 1, col: 0, focus: { kind: 'text', atStart: true, atEnd: true } }, size)).toBeUndefined();
  });

  it('Enter goes into a cell, Escape comes back out', () => {
    expect(gridKeyAction(key('Enter'), onCell(1, 1), size)).toEqual({ kind: 'enter-cell' });
    expect(gridKeyAction(key('Escape'), { row: 1, col: 1, focus: { kind: 'select' } }, size)).toEqual({ kind: 'leave-control' });
  });
});
