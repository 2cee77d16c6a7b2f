import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { StorageService } from '../../platform/storage/storage-service.ts';
import { EditorGroupsModel, type EditorLayoutState } from './editor-groups-model.ts';
import type { EditorInput, EditorPane, EditorProvider } from './editor-input.ts';

export interface EditorKindDescriptor {
  kind: string;
  title: LocalizedText;
  icon?: string;
  source: string;
}

const LAYOUT_KEY = 'editors';

/**
 * Opens inputs in the editor groups, creates panes through the provider of each kind (activating
 * its plugin on `onEditor:<kind>`), and persists the open tabs so a reload restores them.
 */
export class EditorService implements IDisposable {
  readonly model = new EditorGroupsModel();
  private readonly kinds = new Map<string, EditorKindDescriptor>();
  private readonly providers = new Map<string, EditorProvider>();
  private readonly panes = new Map<string, Promise<EditorPane>>();
  private activator: (event: string) => Promise<void> = async () => undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly modelSub: IDisposable;

  private readonly _onDidChangeKinds = new Emitter<void>();
  readonly onDidChangeKinds: Event<void> = this._onDidChangeKinds.event;
  private readonly _onDidChangeDirty = new Emitter<string>();
  /** uri whose dirty state changed. */
  readonly onDidChangeDirty: Event<string> = this._onDidChangeDirty.event;
  private readonly dirty = new Set<string>();

  constructor(private readonly storage: StorageService) {
    this.modelSub = this.model.onDidChange(() => {
      this.disposeClosedPanes();
      this.scheduleSave();
    });
  }

  setActivator(activator: (event: string) => Promise<void>): void {
    this.activator = activator;
  }

  registerKind(descriptor: EditorKindDescriptor): IDisposable {
    const existing = this.kinds.get(descriptor.kind);
    if (existing) throw new Error(`Editor kind "${descriptor.kind}" is already contributed by ${existing.source}`);
    this.kinds.set(descriptor.kind, descriptor);
    this._onDidChangeKinds.fire();
    return toDisposable(() => {
      if (this.kinds.get(descriptor.kind) === descriptor) this.kinds.delete(descriptor.kind);
      this._onDidChangeKinds.fire();
    });
  }

  registerEditorProvider(kind: string, provider: EditorProvider): IDisposable {
    this.providers.set(kind, provider);
    return toDisposable(() => {
      if (this.providers.get(kind) === provider) this.providers.delete(kind);
    });
  }

  hasKind(kind: string): boolean {
    return this.kinds.has(kind);
  }

  getKind(kind: string): EditorKindDescriptor | undefined {
    return this.kinds.get(kind);
  }

  /** Opens or focuses an editor; `toSide` opens it in the other group (splitting if needed). */
  open(input: EditorInput, options: { toSide?: boolean } = {}): void {
    if (options.toSide) {
      this.model.open(input);
      this.model.split(input.uri);
    } else {
      this.model.open(input);
    }
  }

  close(uri: string, groupId?: number): void {
    this.model.close(uri, groupId);
  }

  isDirty(uri: string): boolean {
    return this.dirty.has(uri);
  }

  setDirty(uri: string, dirty: boolean): void {
    if (dirty === this.dirty.has(uri)) return;
    if (dirty) this.dirty.add(uri);
    else this.dirty.delete(uri);
    this._onDidChangeDirty.fire(uri);
  }

  /**
   * The pane for an input: one per uri, shared when the same input shows in both groups is not
   * possible for DOM elements, so a second group gets its own pane keyed by group.
   */
  getPane(input: EditorInput, groupId: number): Promise<EditorPane> {
    const key = `${groupId}\u0000${input.uri}`;
    let pane = this.panes.get(key);
    if (!pane) {
      pane = this.createPane(input);
      this.panes.set(key, pane);
      pane.catch(() => this.panes.delete(key));
    }
    return pane;
  }

  private async createPane(input: EditorInput): Promise<EditorPane> {
    if (!this.providers.has(input.kind)) await this.activator(`onEditor:${input.kind}`);
    const provider = this.providers.get(input.kind);
    if (!provider) throw new Error(`No editor for "${input.kind}" (is its plugin disabled?)`);
    return provider.createEditor(input);
  }

  async restore(): Promise<void> {
    const state = await this.storage.get<EditorLayoutState>('layout', LAYOUT_KEY);
    this.model.restore(state, (kind) => this.kinds.has(kind));
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.storage.set('layout', LAYOUT_KEY, this.model.state), 50);
  }

  /** Writes the layout now (used before unload and by tests). */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.storage.set('layout', LAYOUT_KEY, this.model.state);
  }

  private disposeClosedPanes(): void {
    const open = new Set<string>();
    const openUris = new Set<string>();
    for (const g of this.model.state.groups) {
      for (const e of g.editors) {
        open.add(`${g.id}\u0000${e.uri}`);
        openUris.add(e.uri);
      }
    }
    for (const uri of [...this.dirty]) if (!openUris.has(uri)) this.setDirty(uri, false);
    for (const [key, pane] of this.panes) {
      if (open.has(key)) continue;
      this.panes.delete(key);
      void pane.then((p) => p.dispose?.(), () => undefined);
    }
  }

  dispose(): void {
    this.modelSub.dispose();
    clearTimeout(this.saveTimer);
    for (const pane of this.panes.values()) void pane.then((p) => p.dispose?.(), () => undefined);
    this.panes.clear();
  }
}
