import { describe, expect, it } from 'vitest';
import { EditorGroupsModel, type EditorLayoutState } from '../../src/workbench/services/editor-groups-model.ts';
import type { EditorInput } from '../../src/workbench/services/editor-input.ts';

const input = (name: string, kind = 'test'): EditorInput => ({ uri: `test:${name}`, kind, title: name });

function uris(model: EditorGroupsModel, groupId = model.state.activeGroup): string[] {
  return model.group(groupId)?.editors.map((e) => e.uri.slice('test:'.length)) ?? [];
}

function withTabs(...names: string[]): EditorGroupsModel {
  const model = new EditorGroupsModel();
  for (const name of names) model.open(input(name));
  return model;
}

describe('EditorGroupsModel', () => {
  it('starts with one empty group', () => {
    const model = new EditorGroupsModel();
    expect(model.state.groups).toHaveLength(1);
    expect(model.activeEditor).toBeUndefined();
    expect(model.state.splitRatio).toBe(0.5);
  });

  it('opens editors, and opening an open one focuses it instead of adding a tab', () => {
    const model = withTabs('a', 'b', 'c');
    expect(uris(model)).toEqual(['a', 'b', 'c']);
    expect(model.activeEditor?.uri).toBe('test:c');
    model.open(input('a'));
    expect(uris(model)).toEqual(['a', 'b', 'c']);
    expect(model.activeEditor?.uri).toBe('test:a');
  });

  it('inserts a new tab right after the active one', () => {
    const model = withTabs('a', 'b', 'c');
    model.activate('test:a');
    model.open(input('d'));
    expect(uris(model)).toEqual(['a', 'd', 'b', 'c']);
    model.open(input('e'), undefined, { index: 0 });
    expect(uris(model)).toEqual(['e', 'a', 'd', 'b', 'c']);
  });

  it('fires onDidChange with the new snapshot and never mutates an old one', () => {
    const model = withTabs('a');
    const before = model.state;
    const seen: EditorLayoutState[] = [];
    model.onDidChange((s) => seen.push(s));
    model.open(input('b'));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(model.state);
    expect(before.groups[0]!.editors).toHaveLength(1);
  });

  it('closing the active tab activates its right neighbour, else the left one', () => {
    const model = withTabs('a', 'b', 'c');
    model.activate('test:b');
    model.close('test:b');
    expect(uris(model)).toEqual(['a', 'c']);
    expect(model.activeEditor?.uri).toBe('test:c');
    model.close('test:c');
    expect(model.activeEditor?.uri).toBe('test:a');
    model.close('test:a');
    expect(model.activeEditor).toBeUndefined();
    expect(model.state.groups).toHaveLength(1);
  });

  it('closing an inactive tab keeps the active one', () => {
    const model = withTabs('a', 'b', 'c');
    model.close('test:a');
    expect(model.activeEditor?.uri).toBe('test:c');
    model.close('test:nope');
    expect(uris(model)).toEqual(['b', 'c']);
  });

  it('closeOthers keeps only the given tab and activates it; an unknown uri changes nothing', () => {
    const model = withTabs('a', 'b', 'c');
    model.closeOthers('test:nope');
    expect(uris(model)).toEqual(['a', 'b', 'c']);
    model.closeOthers('test:b');
    expect(uris(model)).toEqual(['b']);
    expect(model.activeEditor?.uri).toBe('test:b');
  });

  it('closeAll empties the group', () => {
    const model = withTabs('a', 'b');
    model.closeAll();
    expect(uris(model)).toEqual([]);
    expect(model.activeEditor).toBeUndefined();
  });

  it('moves a tab within a group (clamping the index) and activates it', () => {
    const model = withTabs('a', 'b', 'c');
    model.move('test:a', 1, 1, 2);
    expect(uris(model)).toEqual(['b', 'c', 'a']);
    expect(model.activeEditor?.uri).toBe('test:a');
    model.move('test:c', 1, 1, -5);
    expect(uris(model)).toEqual(['c', 'b', 'a']);
    model.move('test:c', 1, 1, 99);
    expect(uris(model)).toEqual(['b', 'a', 'c']);
  });

  it('moves a tab to the other group at an index and focuses that group', () => {
    const model = withTabs('a', 'b', 'c');
    model.split('test:c');
    const [first, second] = model.state.groups;
    expect(uris(model, second!.id)).toEqual(['c']);
    model.move('test:a', first!.id, second!.id, 0);
    expect(uris(model, first!.id)).toEqual(['b', 'c']);
    expect(uris(model, second!.id)).toEqual(['a', 'c']);
    expect(model.state.activeGroup).toBe(second!.id);
    expect(model.activeEditor?.uri).toBe('test:a');
  });

  it('moving the last tab out of a group removes that group', () => {
    const model = withTabs('a', 'b');
    model.split('test:b');
    const [first, second] = model.state.groups;
    model.move('test:b', second!.id, first!.id, 0);
    expect(model.state.groups.map((g) => g.id)).toEqual([first!.id]);
    expect(uris(model, first!.id)).toEqual(['a', 'b']);
    expect(model.state.activeGroup).toBe(first!.id);
  });

  it('ignores moves of unknown tabs or to unknown groups', () => {
    const model = withTabs('a', 'b');
    const before = model.state;
    model.move('test:zz', 1, 1, 0);
    model.move('test:a', 1, 42, 0);
    expect(model.state).toBe(before);
  });

  it('splits into at most two groups; a further split opens in the other group', () => {
    const model = withTabs('a', 'b');
    model.split();
    expect(model.state.groups).toHaveLength(2);
    const second = model.state.groups[1]!;
    expect(model.state.activeGroup).toBe(second.id);
    expect(uris(model, second.id)).toEqual(['b']);
    // From the second group, the "other" group is the first: no third group appears.
    model.open(input('c'));
    model.split('test:c');
    expect(model.state.groups).toHaveLength(2);
    expect(uris(model, model.state.groups[0]!.id)).toEqual(['a', 'b', 'c']);
    expect(model.state.activeGroup).toBe(model.state.groups[0]!.id);
  });

  it('does not create an empty group when there is nothing to split', () => {
    const model = new EditorGroupsModel();
    model.split();
    expect(model.state.groups).toHaveLength(1);
  });

  it('removes the second group when its last tab closes, and focuses the remaining group', () => {
    const model = withTabs('a');
    model.split('test:a');
    const [first, second] = model.state.groups;
    model.close('test:a', second!.id);
    expect(model.state.groups.map((g) => g.id)).toEqual([first!.id]);
    expect(model.state.activeGroup).toBe(first!.id);
    expect(uris(model)).toEqual(['a']);
  });

  it('removes the first group when it empties, keeping the second', () => {
    const model = withTabs('a', 'b');
    model.split('test:b');
    const [first, second] = model.state.groups;
    model.closeAll(first!.id);
    expect(model.state.groups.map((g) => g.id)).toEqual([second!.id]);
    expect(model.state.activeGroup).toBe(second!.id);
  });

  it('focusGroup switches the active group only for existing groups', () => {
    const model = withTabs('a');
    model.split('test:a');
    const [first, second] = model.state.groups;
    model.focusGroup(first!.id);
    expect(model.state.activeGroup).toBe(first!.id);
    model.focusGroup(77);
    expect(model.state.activeGroup).toBe(first!.id);
    expect(model.activeGroup.id).not.toBe(second!.id);
  });

  it('clamps the split ratio and ignores non-numbers', () => {
    const model = new EditorGroupsModel();
    model.setSplitRatio(0.05);
    expect(model.state.splitRatio).toBe(0.15);
    model.setSplitRatio(2);
    expect(model.state.splitRatio).toBe(0.85);
    model.setSplitRatio(Number.NaN);
    expect(model.state.splitRatio).toBe(0.85);
  });

  it('lists every open editor once', () => {
    const model = withTabs('a', 'b');
    model.split('test:b');
    expect(model.allEditors().map((e) => e.uri)).toEqual(['test:a', 'test:b']);
  });

  describe('restore', () => {
    const state = (groups: unknown[], extra: Partial<EditorLayoutState> = {}): EditorLayoutState =>
      ({ groups, activeGroup: 1, splitRatio: 0.5, ...extra }) as EditorLayoutState;

    it('drops editors of unknown kinds and fixes a dangling active tab', () => {
      const model = new EditorGroupsModel();
      model.restore(
        state([{ id: 1, editors: [input('a', 'gone'), input('b'), input('c')], active: 'test:a' }]),
        (kind) => kind === 'test',
      );
      expect(uris(model)).toEqual(['b', 'c']);
      expect(model.activeEditor?.uri).toBe('test:b');
    });

    it('clamps to two groups, a valid active group and a valid split ratio', () => {
      const model = new EditorGroupsModel();
      model.restore(
        state(
          [
            { id: 1, editors: [input('a')], active: 'test:a' },
            { id: 3, editors: [input('b')], active: 'test:b' },
            { id: 4, editors: [input('c')], active: 'test:c' },
          ],
          { activeGroup: 4, splitRatio: 7 },
        ),
      );
      expect(model.state.groups.map((g) => g.id)).toEqual([1, 3]);
      expect(model.state.activeGroup).toBe(1);
      expect(model.state.splitRatio).toBe(0.85);
    });

    it('removes a group left empty by dropped kinds', () => {
      const model = new EditorGroupsModel();
      model.restore(
        state([
          { id: 1, editors: [input('a')], active: 'test:a' },
          { id: 2, editors: [input('b', 'gone')], active: 'test:b' },
        ], { activeGroup: 2 }),
        (kind) => kind === 'test',
      );
      expect(model.state.groups.map((g) => g.id)).toEqual([1]);
      expect(model.state.activeGroup).toBe(1);
    });

    it('ignores missing or malformed state and skips bad groups and duplicate tabs', () => {
      const model = withTabs('a');
      const before = model.state;
      model.restore(undefined);
      model.restore(state([]));
      model.restore({ groups: 'nope' } as unknown as EditorLayoutState);
      expect(model.state).toBe(before);
      model.restore(state([{ id: 'x', editors: [] }, { id: 2, editors: [input('a'), input('a'), null], active: undefined }], { activeGroup: 2 }));
      expect(model.state.groups.map((g) => g.id)).toEqual([2]);
      expect(uris(model)).toEqual(['a']);
      expect(model.state.splitRatio).toBe(0.5);
    });

    it('gives a later split a fresh group id', () => {
      const model = new EditorGroupsModel();
      model.restore(state([{ id: 5, editors: [input('a')], active: 'test:a' }], { activeGroup: 5 }));
      model.split('test:a');
      expect(model.state.groups.map((g) => g.id)).toEqual([5, 6]);
    });
  });
});
