import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { convertEdit, editorKindFor, editorText, sameValue } from '../../../plugins/datasets/grid/cell-editing.ts';
import type { GridDataChange } from '../../../plugins/datasets/grid/grid-data-source.ts';
import { moveAfterCommit, navigate } from '../../../plugins/datasets/grid/grid-navigation.ts';
import { MemoryDataSource } from '../../../plugins/datasets/grid/memory-data-source.ts';

const key = (k: string, mods: { ctrl?: boolean; shift?: boolean } = {}) => ({ key: k, ctrl: mods.ctrl ?? false, shift: mods.shift ?? false });

describe('grid navigation', () => {
  const at = { row: 5, col: 2 };
  const go = (k: ReturnType<typeof key>, from = at) => navigate(from, k, 100, 4, 10);

  it('moves by one with the arrows and stops at the edges', () => {
    expect(go(key('ArrowUp'))).toEqual({ row: 4, col: 2 });
    expect(go(key('ArrowDown'))).toEqual({ row: 6, col: 2 });
    expect(go(key('ArrowLeft'))).toEqual({ row: 5, col: 1 });
    expect(go(key('ArrowRight'))).toEqual({ row: 5, col: 3 });
    expect(go(key('ArrowUp'), { row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
    expect(go(key('ArrowRight'), { row: 99, col: 3 })).toEqual({ row: 99, col: 3 });
    expect(go(key('ArrowDown', { ctrl: true }))).toEqual({ row: 99, col: 2 });
    expect(go(key('ArrowLeft', { ctrl: true }))).toEqual({ row: 5, col: 0 });
  });

  it('Home/End go along the row, with Ctrl to the grid’s first and last cell; pages move by pageRows', () => {
    expect(go(key('Home'))).toEqual({ row: 5, col: 0 });
    expect(go(key('End'))).toEqual({ row: 5, col: 3 });
    expect(go(key('Home', { ctrl: true }))).toEqual({ row: 0, col: 0 });
    expect(go(key('End', { ctrl: true }))).toEqual({ row: 99, col: 3 });
    expect(go(key('PageDown'))).toEqual({ row: 15, col: 2 });
    expect(go(key('PageUp'))).toEqual({ row: 0, col: 2 });
    expect(go(key('PageDown'), { row: 95, col: 0 })).toEqual({ row: 99, col: 0 });
  });

  it('ignores other keys and empty grids, and clamps a stale position', () => {
    expect(go(key('Enter'))).toBeUndefined();
    expect(navigate(at, key('ArrowDown'), 0, 4, 10)).toBeUndefined();
    expect(navigate({ row: 500, col: 9 }, key('ArrowUp'), 100, 4, 10)).toEqual({ row: 98, col: 3 });
  });

  it('commit moves: Enter down, Shift+Enter up, Tab right wrapping to the next row, Shift+Tab back', () => {
    expect(moveAfterCommit(at, 'Enter', false, 100, 4)).toEqual({ row: 6, col: 2 });
    expect(moveAfterCommit(at, 'Enter', true, 100, 4)).toEqual({ row: 4, col: 2 });
    expect(moveAfterCommit({ row: 99, col: 1 }, 'Enter', false, 100, 4)).toEqual({ row: 99, col: 1 });
    expect(moveAfterCommit(at, 'Tab', false, 100, 4)).toEqual({ row: 5, col: 3 });
    expect(moveAfterCommit({ row: 5, col: 3 }, 'Tab', false, 100, 4)).toEqual({ row: 6, col: 0 });
    expect(moveAfterCommit({ row: 5, col: 0 }, 'Tab', true, 100, 4)).toEqual({ row: 4, col: 3 });
    expect(moveAfterCommit({ row: 0, col: 0 }, 'Tab', true, 100, 4)).toEqual({ row: 0, col: 0 });
    expect(moveAfterCommit({ row: 99, col: 3 }, 'Tab', false, 100, 4)).toEqual({ row: 99, col: 3 });
  });
});

describe('cell editing', () => {
  const f = (type: FieldDef['type'], values?: string[]): FieldDef => ({ key: 'x', type, ...(values ? { values } : {}) });

  it('picks an editor per type; typing always opens a text box', () => {
    expect(editorKindFor(f('number'), 3, false)).toBe('number');
    expect(editorKindFor(f('integer'), null, false)).toBe('number');
    expect(editorKindFor(f('boolean'), true, false)).toBe('checkbox');
    expect(editorKindFor(f('date'), '2024-03-05', false)).toBe('date');
    expect(editorKindFor(f('time'), '09:30', false)).toBe('time');
    expect(editorKindFor(f('category', ['A', 'B']), 'A', false)).toBe('select');
    expect(editorKindFor(f('category'), 'A', false)).toBe('text');
    expect(editorKindFor(f('string'), 'x', false)).toBe('text');
    expect(editorKindFor(f('date'), '2024-03-05', true)).toBe('text');
    expect(editorKindFor(f('boolean'), true, true)).toBe('text');
    expect(editorKindFor(f('number'), 1, true)).toBe('number');
  });

  it('edits a value a native input could not show as text, so it is not lost', () => {
    expect(editorKindFor(f('date'), '2024/3/5', false)).toBe('text');
    expect(editorKindFor(f('time'), '9:30', false)).toBe('text');
    expect(editorKindFor(f('boolean'), 'yes', false)).toBe('text');
    expect(editorText('2024/3/5')).toBe('2024/3/5');
    expect(editorText(null)).toBe('');
    expect(editorText(12.5)).toBe('12.5');
  });

  it('converts with the data converter: values of the type, blanks as missing, bilingual messages otherwise', () => {
    expect(convertEdit(' 88.5 ', f('number'))).toEqual({ ok: true, value: 88.5 });
    expect(convertEdit('是', f('boolean'))).toEqual({ ok: true, value: true });
    expect(convertEdit('2024年3月5日', f('date'))).toEqual({ ok: true, value: '2024-03-05' });
    expect(convertEdit('9:05', f('time'))).toEqual({ ok: true, value: '09:05' });
    expect(convertEdit('   ', f('integer'))).toEqual({ ok: true, value: null });
    const bad = convertEdit('3.5', f('integer'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.message.en).toContain('not a whole number');
      expect(bad.message['zh-CN']).toContain('不是整数');
    }
    const percent = convertEdit('95%', f('number'));
    expect(!percent.ok && percent.message.en).toContain('percent sign');
    expect(convertEdit('Tin', f('category', ['Gold'])).ok).toBe(false);
  });

  it('sameValue treats undefined and null alike', () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(1, 1)).toBe(true);
    expect(sameValue(1, '1')).toBe(false);
  });
});

describe('memory data source', () => {
  const fields: FieldDef[] = [{ key: 'a', type: 'number' }, { key: 'b', type: 'string' }];

  it('gives rows ids 1, 2, … and reads values; other types become text, undefined missing', () => {
    const src = new MemoryDataSource(fields, [{ a: 1, b: 'x' }, { a: undefined, b: { toString: () => 'obj' } }, { a: Number.NaN }]);
    expect(src.rowCount).toBe(3);
    expect([src.rowIdAt(0), src.rowIdAt(2)]).toEqual([1, 3]);
    expect(src.getRow(2)).toEqual({ a: null, b: 'obj' });
    expect(src.getValue(3, 'a')).toBe(null);
    expect(src.getValue(9, 'a')).toBeUndefined();
    expect(() => src.rowIdAt(3)).toThrow(RangeError);
  });

  it('updates, adds and deletes through promises and announces each change', async () => {
    const src = new MemoryDataSource(fields, [{ a: 1 }, { a: 2 }, { a: 3 }]);
    const changes: GridDataChange[] = [];
    src.onDidChange((c) => changes.push(c));
    const before = src.getRow(2);
    await src.updateCell(2, 'a', 20);
    expect(src.getValue(2, 'a')).toBe(20);
    expect(before).toEqual({ a: 2, b: null }); // rows are replaced, never changed
    expect(Object.isFrozen(src.getRow(2))).toBe(true);
    expect(await src.addRow({ b: 'new' })).toBe(4);
    expect(src.getRow(4)).toEqual({ a: null, b: 'new' });
    await src.deleteRows([1, 3, 99]);
    expect([src.rowCount, src.rowIdAt(0), src.rowIdAt(1)]).toEqual([2, 2, 4]);
    await src.deleteRows([99]);
    expect(changes).toEqual([
      { kind: 'update', rowId: 2, key: 'a', value: 20 },
      { kind: 'add', rowIds: [4] },
      { kind: 'delete', rowIds: [1, 3] },
    ]);
    await expect(src.updateCell(1, 'a', 5)).rejects.toThrow('No row with id 1');
    await expect(src.updateCell(2, 'nope', 5)).rejects.toThrow('No field');
    src.replaceAll([{ a: 7 }]);
    expect([src.rowCount, src.rowIdAt(0)]).toEqual([1, 5]);
    expect(changes.at(-1)).toEqual({ kind: 'reset' });
  });
});
