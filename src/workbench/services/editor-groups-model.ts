import { Emitter, type Event } from '../../base/event.ts';
import type { EditorInput } from './editor-input.ts';

export interface EditorGroupState {
  readonly id: number;
  readonly editors: readonly EditorInput[];
  /** uri of the active tab, if any. */
  readonly active: string | undefined;
}

export interface EditorLayoutState {
  readonly groups: readonly EditorGroupState[];
  readonly activeGroup: number;
  /** Share of the width taken by the first group when split (0.15–0.85). */
  readonly splitRatio: number;
}

export const MAX_GROUPS = 2;

/**
 * The tabs of the editor area, without any DOM: open, close, reorder, split into two groups.
 * Immutable snapshots, so the UI renders from `state` and tests compare plain data.
 */
export class EditorGroupsModel {
  private current: EditorLayoutState = { groups: [{ id: 1, editors: [], active: undefined }], activeGroup: 1, splitRatio: 0.5 };
  private nextGroupId = 2;
  private readonly _onDidChange = new Emitter<EditorLayoutState>();
  readonly onDidChange: Event<EditorLayoutState> = this._onDidChange.event;

  get state(): EditorLayoutState {
    return this.current;
  }

  get activeGroup(): EditorGroupState {
    return this.group(this.current.activeGroup) ?? this.current.groups[0]!;
  }

  get activeEditor(): EditorInput | undefined {
    const g = this.activeGroup;
    return g.editors.find((e) => e.uri === g.active);
  }

  group(id: number): EditorGroupState | undefined {
    return this.current.groups.find((g) => g.id === id);
  }

  /** Every open input (each uri once). */
  allEditors(): EditorInput[] {
    const seen = new Map<string, EditorInput>();
    for (const g of this.current.groups) for (const e of g.editors) if (!seen.has(e.uri)) seen.set(e.uri, e);
    return [...seen.values()];
  }

  /** Opens (or focuses) an input in a group, by default the active one. */
  open(input: EditorInput, groupId = this.current.activeGroup, options: { index?: number } = {}): void {
    const group = this.group(groupId) ?? this.activeGroup;
    let editors = group.editors;
    if (!editors.some((e) => e.uri === input.uri)) {
      const index = options.index ?? (group.active ? editors.findIndex((e) => e.uri === group.active) + 1 : editors.length);
      editors = [...editors.slice(0, index), input, ...editors.slice(index)];
    }
    this.setGroup({ ...group, editors, active: input.uri }, group.id);
  }

  close(uri: string, groupId = this.current.activeGroup): void {
    const group = this.group(groupId);
    if (!group) return;
    const index = group.editors.findIndex((e) => e.uri === uri);
    if (index < 0) return;
    const editors = group.editors.filter((e) => e.uri !== uri);
    // Like VS Code: closing the active tab activates its right neighbour, else the left one.
    let active = group.active;
    if (active === uri) active = (editors[index] ?? editors[index - 1])?.uri;
    this.setGroup({ ...group, editors, active }, this.current.activeGroup);
  }

  closeOthers(uri: string, groupId = this.current.activeGroup): void {
    const group = this.group(groupId);
    // An unknown uri would otherwise close every tab and leave `active` pointing at nothing.
    if (!group || !group.editors.some((e) => e.uri === uri)) return;
    this.setGroup({ ...group, editors: group.editors.filter((e) => e.uri === uri), active: uri }, groupId);
  }

  closeAll(groupId = this.current.activeGroup): void {
    const group = this.group(groupId);
    if (!group) return;
    this.setGroup({ ...group, editors: [], active: undefined }, groupId);
  }

  activate(uri: string, groupId = this.current.activeGroup): void {
    const group = this.group(groupId);
    if (!group || !group.editors.some((e) => e.uri === uri)) return;
    this.setGroup({ ...group, active: uri }, groupId);
  }

  focusGroup(groupId: number): void {
    if (!this.group(groupId) || this.current.activeGroup === groupId) return;
    this.emit({ ...this.current, activeGroup: groupId });
  }

  /** Moves a tab within a group, or to another group at an index. */
  move(uri: string, fromGroup: number, toGroup: number, toIndex: number): void {
    const from = this.group(fromGroup);
    const to = this.group(toGroup);
    const input = from?.editors.find((e) => e.uri === uri);
    if (!from || !to || !input) return;
    if (fromGroup === toGroup) {
      const without = from.editors.filter((e) => e.uri !== uri);
      const index = Math.max(0, Math.min(toIndex, without.length));
      const editors = [...without.slice(0, index), input, ...without.slice(index)];
      this.setGroup({ ...from, editors, active: uri }, fromGroup);
      return;
    }
    this.close(uri, fromGroup);
    this.open(input, toGroup, { index: Math.max(0, Math.min(toIndex, this.group(toGroup)!.editors.length)) });
  }

  /** Splits: opens the active editor (or a given one) in a second group to the right. */
  split(uri = this.activeEditor?.uri): void {
    const input = this.allEditors().find((e) => e.uri === uri);
    let target = this.current.groups.find((g) => g.id !== this.current.activeGroup);
    if (!target) {
      // A new group with nothing to show would be dropped again by the next normalize().
      if (!input || this.current.groups.length >= MAX_GROUPS) return;
      target = { id: this.nextGroupId++, editors: [], active: undefined };
      this.current = { ...this.current, groups: [...this.current.groups, target] };
    }
    if (input) this.open(input, target.id);
    else this.emit({ ...this.current, activeGroup: target.id });
  }

  setSplitRatio(ratio: number): void {
    if (!Number.isFinite(ratio)) return;
    const clamped = Math.min(0.85, Math.max(0.15, ratio));
    if (clamped !== this.current.splitRatio) this.emit({ ...this.current, splitRatio: clamped });
  }

  /** Replaces the entire state (restore after reload); invalid parts are dropped. */
  restore(state: EditorLayoutState | undefined, isKnownKind: (kind: string) => boolean = () => true): void {
    if (!state || !Array.isArray(state.groups) || state.groups.length === 0) return;
    const ids = new Set<number>();
    const groups = state.groups
      .filter((g) => g && Number.isInteger(g.id) && g.id > 0 && !ids.has(g.id) && ids.add(g.id))
      .slice(0, MAX_GROUPS)
      .map((g) => {
        const uris = new Set<string>();
        const editors = (Array.isArray(g.editors) ? (g.editors as readonly EditorInput[]) : []).filter(
          (e) => e && typeof e.uri === 'string' && !uris.has(e.uri) && uris.add(e.uri) && isKnownKind(e.kind),
        );
        const active = editors.some((e) => e.uri === g.active) ? g.active : editors[0]?.uri;
        return { id: g.id, editors, active };
      });
    if (groups.length === 0) return;
    this.nextGroupId = Math.max(...groups.map((g) => g.id)) + 1;
    const activeGroup = groups.some((g) => g.id === state.activeGroup) ? state.activeGroup : groups[0]!.id;
    const ratio = typeof state.splitRatio === 'number' && Number.isFinite(state.splitRatio) ? state.splitRatio : 0.5;
    this.current = { groups, activeGroup, splitRatio: Math.min(0.85, Math.max(0.15, ratio)) };
    this.normalize();
    this._onDidChange.fire(this.current);
  }

  private setGroup(group: EditorGroupState, activeGroup: number): void {
    this.current = {
      ...this.current,
      groups: this.current.groups.map((g) => (g.id === group.id ? group : g)),
      activeGroup,
    };
    this.normalize();
    this._onDidChange.fire(this.current);
  }

  /** An empty second group goes away, as in VS Code. */
  private normalize(): void {
    if (this.current.groups.length < 2) return;
    const nonEmpty = this.current.groups.filter((g) => g.editors.length > 0);
    if (nonEmpty.length === this.current.groups.length) return;
    const groups = nonEmpty.length ? nonEmpty : [this.current.groups[0]!];
    const activeGroup = groups.some((g) => g.id === this.current.activeGroup) ? this.current.activeGroup : groups[0]!.id;
    this.current = { ...this.current, groups, activeGroup };
  }

  private emit(state: EditorLayoutState): void {
    this.current = state;
    this._onDidChange.fire(state);
  }
}
