import { css, html, nothing, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DisposableStore } from '../../../base/lifecycle.ts';
import '../../base/codicon.ts';
import { WorkbenchElement } from '../../base/workbench-element.ts';
import type { EditorGroupsModel, EditorGroupState } from '../../services/editor-groups-model.ts';
import { DIRTY_CHANGE_EVENT, type EditorInput, type EditorPane } from '../../services/editor-input.ts';
import { confirmCloseDirty } from '../../services/confirm-close-dirty.ts';
import type { WorkbenchServices } from '../../services/workbench-services.ts';
import '../menu-actions.ts';
import './tab-context-menu.ts';
import type { TabContextMenuCloseDetail, TabContextMenuItem, TabContextMenuSelectDetail } from './tab-context-menu.ts';

/** Drag data of a tab: which editor, from which group. */
export const EDITOR_TAB_MIME = 'application/x-sc-editor-tab';

interface TabDragData {
  readonly uri: string;
  readonly groupId: number;
}

interface PaneEntry {
  element?: HTMLElement;
  error?: string;
}

interface MenuState {
  readonly uri: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The tab being dragged in this page. During dragover the browser hides the data of a
 * DataTransfer (only its types are readable), yet a group must know the source to decide whether
 * its body accepts the drop.
 */
let draggedTab: TabDragData | undefined;

function readDragData(transfer: DataTransfer | null): TabDragData | undefined {
  const raw = transfer?.getData(EDITOR_TAB_MIME);
  if (raw) {
    try {
      const value = JSON.parse(raw) as Partial<TabDragData> | null;
      if (value && typeof value.uri === 'string' && typeof value.groupId === 'number') return { uri: value.uri, groupId: value.groupId };
    } catch {
      // Not ours after all: fall back to the in-page drag.
    }
  }
  return draggedTab;
}

function carriesTab(transfer: DataTransfer | null): boolean {
  return draggedTab !== undefined || (transfer?.types.includes(EDITOR_TAB_MIME) ?? false);
}

/**
 * One editor group: a tab strip and the body showing the active editor's pane. Pane elements are
 * children of this element (light DOM, slotted) and stay alive while their tab is open, hidden
 * when inactive, so their state survives tab switches.
 */
export class EditorGroup extends WorkbenchElement {
  /** Id of the group of `services.editors.model` that this element shows. */
  declare groupId: number;
  private declare menu: MenuState | undefined;
  /** Tab index where a dragged tab would land, while a tab drag is over the strip. */
  private declare dropIndex: number | undefined;
  private declare dropOnBody: boolean;
  /** The tab reachable with Tab (roving tabindex); the active one when unset. */
  private declare focusUri: string | undefined;

  static override properties = {
    groupId: { type: Number, attribute: 'group-id', reflect: true },
    menu: { state: true },
    dropIndex: { state: true },
    dropOnBody: { state: true },
    focusUri: { state: true },
  };

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-width: 0;
      min-height: 0;
      overflow: hidden;
      background: var(--vscode-editor-background);
      border-top: 1px solid transparent;
    }
    :host([active][multiple]) {
      border-top-color: color-mix(in srgb, var(--vscode-focusBorder) 60%, transparent);
    }
    .tabs {
      display: flex;
      flex: none;
      height: 35px;
      overflow-x: auto;
      overflow-y: hidden;
      scrollbar-width: thin;
      background: var(--vscode-editorGroupHeader-tabsBackground);
    }
    .filler {
      flex: 1;
      min-width: 16px;
    }
    .title-actions {
      position: sticky;
      right: 0;
      flex: none;
      padding: 0 6px;
      background: var(--vscode-editorGroupHeader-tabsBackground);
    }
    .tab {
      position: relative;
      display: flex;
      flex: none;
      align-items: center;
      gap: 6px;
      max-width: 240px;
      padding: 0 4px 0 10px;
      border-right: 1px solid var(--vscode-tab-border);
      background: var(--vscode-tab-inactiveBackground);
      color: var(--vscode-tab-inactiveForeground);
      cursor: pointer;
      user-select: none;
      white-space: nowrap;
      outline: none;
    }
    .tab:hover {
      background: var(--vscode-tab-hoverBackground);
    }
    .tab.active {
      background: var(--vscode-tab-activeBackground);
      color: var(--vscode-tab-activeForeground);
    }
    :host([active]) .tab.active {
      box-shadow: inset 0 1px 0 var(--vscode-tab-activeBorderTop);
    }
    .tab:focus-visible {
      outline: 1px solid var(--vscode-focusBorder);
      outline-offset: -1px;
    }
    .label {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .icon {
      flex: none;
    }
    .close,
    .dirty-dot {
      display: flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: 20px;
      height: 20px;
      padding: 0;
      border: 0;
      border-radius: 5px;
      background: none;
      color: inherit;
      cursor: pointer;
    }
    .dirty-dot {
      --sc-icon-size: 12px;
      cursor: default;
    }
    .close {
      visibility: hidden;
    }
    .tab.active .close,
    .tab:hover .close,
    .tab:focus-visible .close {
      visibility: visible;
    }
    .close:hover {
      background: var(--vscode-statusBarItem-hoverBackground);
    }
    /* VS Code shows the dot in place of the close button, and the button again on hover. */
    .tab.dirty:not(:hover) .close,
    .tab.dirty:hover .dirty-dot {
      display: none;
    }
    .tab.drop-before::before,
    .tab.drop-after::after {
      content: '';
      position: absolute;
      top: 0;
      bottom: 0;
      width: 2px;
      background: var(--vscode-focusBorder);
      z-index: 1;
      pointer-events: none;
    }
    .tab.drop-before::before {
      left: -1px;
    }
    .tab.drop-after::after {
      right: -1px;
    }
    .body {
      position: relative;
      display: flex;
      flex: 1;
      flex-direction: column;
      min-height: 0;
      overflow: hidden;
    }
    .body.drop-target::after {
      content: '';
      position: absolute;
      inset: 0;
      background: var(--vscode-editorGroup-dropBackground);
      pointer-events: none;
    }
    ::slotted(*) {
      flex: 1 1 auto;
      min-width: 0;
      min-height: 0;
    }
    /* A pane's own :host { display: block } would otherwise beat the hidden attribute. */
    ::slotted([hidden]) {
      display: none !important;
    }
    .error {
      padding: 16px 20px;
      color: var(--vscode-errorForeground);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `;

  private readonly panes = new Map<string, PaneEntry>();
  /** The services whose panes are in `panes` (a new services object starts over). */
  private paneServices: WorkbenchServices | undefined;
  private lastActive: string | undefined;

  constructor() {
    super();
    this.groupId = 0;
    this.menu = undefined;
    this.dropIndex = undefined;
    this.dropOnBody = false;
    this.focusUri = undefined;
    this.addEventListener(DIRTY_CHANGE_EVENT, this.onDirtyChange);
    this.addEventListener('pointerdown', this.onFocusGroup);
    this.addEventListener('focusin', this.onFocusGroup);
    this.addEventListener('dragleave', this.onDragLeave);
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.editors.model.onDidChange(() => this.requestUpdate()));
    store.add(services.editors.onDidChangeDirty(() => this.requestUpdate()));
    store.add(services.keybindings.onDidChange(() => this.requestUpdate()));
  }

  private get model(): EditorGroupsModel | undefined {
    return this.services?.editors.model;
  }

  private get state(): EditorGroupState | undefined {
    return this.model?.group(this.groupId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('groupId') && changed.get('groupId') !== undefined) || this.paneServices !== this.services) {
      // Panes are created per (group, uri): ones of another group or services object do not belong here.
      for (const entry of this.panes.values()) entry.element?.remove();
      this.panes.clear();
      this.paneServices = this.services;
    }
  }

  override render() {
    const services = this.services;
    const group = this.state;
    if (!services || !group) return nothing;
    const closeKey = services.keybindings.lookupLabel('workbench.action.closeActiveEditor');
    const closeTitle = closeKey ? this.t('workbench.editor.closeWithKey', [closeKey]) : this.t('workbench.editor.close');
    const activeIndex = group.editors.findIndex((e) => e.uri === group.active);
    const activeInput = group.editors[activeIndex];
    const error = activeInput ? this.panes.get(activeInput.uri)?.error : undefined;
    return html`
      <div
        class="tabs"
        role="tablist"
        aria-label=${this.t('workbench.editor.tabs')}
        @dragover=${this.onStripDragOver}
        @drop=${this.onStripDrop}
      >
        ${repeat(group.editors, (e) => e.uri, (e, i) => this.renderTab(services, group, e, i, closeTitle))}
        <div class="filler"></div>
        ${activeInput
          ? html`<sc-menu-actions class="title-actions" menu="editor/title" .context=${{ activeEditorKind: activeInput.kind, activeEditor: activeInput.uri }}></sc-menu-actions>`
          : nothing}
      </div>
      <div
        class=${classMap({ body: true, 'drop-target': this.dropOnBody })}
        role="tabpanel"
        aria-labelledby=${activeIndex >= 0 ? `tab-${activeIndex}` : nothing}
        @dragover=${this.onBodyDragOver}
        @drop=${this.onBodyDrop}
      >
        ${activeInput && error !== undefined
          ? html`<div class="error" role="alert">
              ${this.t('workbench.editor.paneError', { title: this.text(activeInput.title), error })}
            </div>`
          : nothing}
        <slot></slot>
      </div>
      ${this.menu
        ? html`<sc-tab-context-menu
            .services=${services}
            .items=${this.menuItems(services, group)}
            .x=${this.menu.x}
            .y=${this.menu.y}
            @sc-menu-select=${this.onMenuSelect}
            @sc-menu-close=${this.onMenuClose}
          ></sc-tab-context-menu>`
        : nothing}
    `;
  }

  private renderTab(services: WorkbenchServices, group: EditorGroupState, input: EditorInput, index: number, closeTitle: string) {
    const uri = input.uri;
    const active = group.active === uri;
    const dirty = services.editors.isDirty(uri);
    const title = this.text(input.title);
    const count = group.editors.length;
    const classes = {
      tab: true,
      active,
      dirty,
      'drop-before': this.dropIndex === index,
      'drop-after': this.dropIndex === count && index === count - 1,
    };
    return html`<div
      role="tab"
      id=${`tab-${index}`}
      class=${classMap(classes)}
      data-uri=${uri}
      aria-selected=${active ? 'true' : 'false'}
      aria-label=${dirty ? `${title}, ${this.t('workbench.editor.dirty')}` : title}
      tabindex=${this.tabbableUri(group) === uri ? '0' : '-1'}
      title=${title}
      draggable="true"
      @click=${() => this.activate(uri)}
      @mousedown=${(e: MouseEvent) => e.button === 1 && e.preventDefault()}
      @auxclick=${(e: MouseEvent) => this.onAuxClick(e, uri)}
      @keydown=${(e: KeyboardEvent) => this.onTabKeyDown(e, uri)}
      @contextmenu=${(e: MouseEvent) => this.onTabContextMenu(e, uri)}
      @focus=${() => (this.focusUri = uri)}
      @dragstart=${(e: DragEvent) => this.onTabDragStart(e, uri)}
      @dragend=${this.onTabDragEnd}
    >
      <sc-codicon class="icon" name=${input.icon ?? 'file'}></sc-codicon>
      <span class="label">${title}</span>
      ${dirty ? html`<sc-codicon class="dirty-dot" name="circle-filled" title=${this.t('workbench.editor.dirty')}></sc-codicon>` : nothing}
      <button
        class="close"
        tabindex="-1"
        title=${closeTitle}
        aria-label=${closeTitle}
        @click=${(e: MouseEvent) => {
          e.stopPropagation();
          void this.closeEditor(uri, false);
        }}
      >
        <sc-codicon name="close"></sc-codicon>
      </button>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const group = this.state;
    const model = this.model;
    this.setAttribute('role', 'group');
    if (model && group) {
      const position = model.state.groups.findIndex((g) => g.id === group.id) + 1;
      this.setAttribute('aria-label', this.t('workbench.editor.group', [position]));
      this.toggleAttribute('active', model.state.activeGroup === group.id);
      this.toggleAttribute('multiple', model.state.groups.length > 1);
    }
    this.syncPanes(group);
    if (group?.active !== this.lastActive) {
      this.lastActive = group?.active;
      if (group?.active) this.tabElement(group.active)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  // ---- panes -------------------------------------------------------------------------------

  /** Creates the active pane on first show (lazily, like VS Code), drops closed ones, hides the rest. */
  private syncPanes(group: EditorGroupState | undefined): void {
    const open = new Set(group?.editors.map((e) => e.uri));
    for (const [uri, entry] of this.panes) {
      if (open.has(uri)) continue;
      // The editor service disposes the pane itself when its tab closes.
      entry.element?.remove();
      this.panes.delete(uri);
    }
    const active = group?.editors.find((e) => e.uri === group.active);
    if (this.services && active && !this.panes.has(active.uri)) this.loadPane(this.services, active);
    for (const [uri, entry] of this.panes) if (entry.element) entry.element.hidden = uri !== group?.active;
  }

  private loadPane(services: WorkbenchServices, input: EditorInput): void {
    const entry: PaneEntry = {};
    this.panes.set(input.uri, entry);
    let pending: Promise<EditorPane>;
    try {
      pending = services.editors.getPane(input, this.groupId);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending
      .then((pane) => {
        if (this.panes.get(input.uri) !== entry) return;
        if (!(pane?.element instanceof HTMLElement)) throw new Error(`The editor for "${input.kind}" returned no element`);
        entry.element = pane.element;
        pane.element.hidden = this.state?.active !== input.uri;
        this.append(pane.element);
        if (pane.isDirty?.()) services.editors.setDirty(input.uri, true);
      })
      .catch((error: unknown) => {
        if (this.panes.get(input.uri) !== entry) return;
        entry.error = error instanceof Error ? error.message : String(error);
        this.requestUpdate();
      });
  }

  private readonly onDirtyChange = (event: Event): void => {
    const detail = (event as CustomEvent<{ dirty?: unknown } | null>).detail;
    if (typeof detail?.dirty !== 'boolean') return;
    const path = event.composedPath();
    for (const [uri, entry] of this.panes) {
      if (entry.element && path.includes(entry.element)) {
        this.services?.editors.setDirty(uri, detail.dirty);
        return;
      }
    }
  };

  private readonly onFocusGroup = (): void => {
    if (this.state) this.model?.focusGroup(this.groupId);
  };

  // ---- tabs --------------------------------------------------------------------------------

  private tabbableUri(group: EditorGroupState): string | undefined {
    return this.focusUri && group.editors.some((e) => e.uri === this.focusUri) ? this.focusUri : group.active;
  }

  private tabElement(uri: string): HTMLElement | undefined {
    const tabs = this.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [];
    return [...tabs].find((tab) => tab.dataset.uri === uri);
  }

  private async focusTab(uri: string | undefined): Promise<void> {
    if (!uri) return;
    this.focusUri = uri;
    await this.updateComplete;
    this.tabElement(uri)?.focus();
  }

  private activate(uri: string): void {
    this.model?.activate(uri, this.groupId);
  }

  private async closeEditor(uri: string, restoreFocus: boolean): Promise<void> {
    const services = this.services;
    const input = this.state?.editors.find((e) => e.uri === uri);
    if (!services || !input || !(await confirmCloseDirty(services, [input]))) return;
    services.editors.model.close(uri, this.groupId);
    if (restoreFocus) await this.focusTab(this.state?.active);
  }

  private async closeOthers(uri: string): Promise<void> {
    const services = this.services;
    const others = this.state?.editors.filter((e) => e.uri !== uri) ?? [];
    if (!services || !(await confirmCloseDirty(services, others))) return;
    services.editors.model.closeOthers(uri, this.groupId);
    await this.focusTab(uri);
  }

  private async closeAll(): Promise<void> {
    const services = this.services;
    if (!services || !(await confirmCloseDirty(services, this.state?.editors ?? []))) return;
    services.editors.model.closeAll(this.groupId);
  }

  private onAuxClick(event: MouseEvent, uri: string): void {
    if (event.button !== 1) return;
    event.preventDefault();
    void this.closeEditor(uri, false);
  }

  private onTabKeyDown(event: KeyboardEvent, uri: string): void {
    const editors = this.state?.editors ?? [];
    const index = editors.findIndex((e) => e.uri === uri);
    let next: EditorInput | undefined;
    switch (event.key) {
      case 'ArrowLeft':
        next = editors[(index - 1 + editors.length) % editors.length];
        break;
      case 'ArrowRight':
        next = editors[(index + 1) % editors.length];
        break;
      case 'Home':
        next = editors[0];
        break;
      case 'End':
        next = editors[editors.length - 1];
        break;
      case 'Enter':
      case ' ':
        this.activate(uri);
        break;
      case 'Delete':
        void this.closeEditor(uri, true);
        break;
      case 'ContextMenu':
      case 'F10':
        if (event.key === 'F10' && !event.shiftKey) return;
        this.openMenuAtTab(uri);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (next) void this.focusTab(next.uri);
  }

  // ---- context menu ------------------------------------------------------------------------

  private onTabContextMenu(event: MouseEvent, uri: string): void {
    event.preventDefault();
    // A keyboard-initiated contextmenu has no meaningful pointer position.
    if (event.button === 2 && (event.clientX !== 0 || event.clientY !== 0)) this.menu = { uri, x: event.clientX, y: event.clientY };
    else this.openMenuAtTab(uri);
  }

  private openMenuAtTab(uri: string): void {
    const rect = this.tabElement(uri)?.getBoundingClientRect();
    this.menu = { uri, x: rect?.left ?? 0, y: rect?.bottom ?? 0 };
  }

  private menuItems(services: WorkbenchServices, group: EditorGroupState): TabContextMenuItem[] {
    const key = (command: string) => services.keybindings.lookupLabel(command);
    return [
      { id: 'close', label: this.t('workbench.editor.close'), keybinding: key('workbench.action.closeActiveEditor') },
      { id: 'closeOthers', label: this.t('workbench.editor.closeOthers'), keybinding: key('workbench.action.closeOtherEditors'), disabled: group.editors.length < 2 },
      { id: 'closeAll', label: this.t('workbench.editor.closeAll'), keybinding: key('workbench.action.closeAllEditors') },
      { id: 'splitRight', label: this.t('workbench.editor.splitRight'), keybinding: key('workbench.action.splitEditor') },
    ];
  }

  private readonly onMenuSelect = (event: CustomEvent<TabContextMenuSelectDetail>): void => {
    const uri = this.menu?.uri;
    this.menu = undefined;
    if (!uri) return;
    switch (event.detail.id) {
      case 'close':
        void this.closeEditor(uri, true);
        break;
      case 'closeOthers':
        void this.closeOthers(uri);
        break;
      case 'closeAll':
        void this.closeAll();
        break;
      case 'splitRight':
        this.model?.focusGroup(this.groupId);
        this.model?.split(uri);
        break;
    }
  };

  private readonly onMenuClose = (event: CustomEvent<TabContextMenuCloseDetail>): void => {
    const uri = this.menu?.uri;
    this.menu = undefined;
    if (event.detail.reason !== 'outside') void this.focusTab(uri);
  };

  // ---- drag and drop -----------------------------------------------------------------------

  private onTabDragStart(event: DragEvent, uri: string): void {
    const data: TabDragData = { uri, groupId: this.groupId };
    draggedTab = data;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(EDITOR_TAB_MIME, JSON.stringify(data));
      event.dataTransfer.setData('text/plain', uri);
    }
  }

  private readonly onTabDragEnd = (): void => {
    draggedTab = undefined;
    this.clearDrop();
  };

  /** Where in the strip a drop lands: before a tab's left half, after its right half, else at the end. */
  private dropIndexAt(event: DragEvent): number {
    const editors = this.state?.editors ?? [];
    const tab = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'tab');
    const index = tab ? editors.findIndex((e) => e.uri === tab.dataset.uri) : -1;
    if (!tab || index < 0) return editors.length;
    const rect = tab.getBoundingClientRect();
    return event.clientX < rect.left + rect.width / 2 ? index : index + 1;
  }

  private readonly onStripDragOver = (event: DragEvent): void => {
    if (!carriesTab(event.dataTransfer)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dropIndex = this.dropIndexAt(event);
    this.dropOnBody = false;
  };

  private readonly onStripDrop = (event: DragEvent): void => {
    const data = readDragData(event.dataTransfer);
    const index = this.dropIndexAt(event);
    this.clearDrop();
    if (!data) return;
    event.preventDefault();
    this.moveHere(data, index);
  };

  /** The body takes tabs from the other group only (dropping a tab on its own editor does nothing). */
  private readonly onBodyDragOver = (event: DragEvent): void => {
    if (!carriesTab(event.dataTransfer) || draggedTab?.groupId === this.groupId) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dropOnBody = true;
    this.dropIndex = undefined;
  };

  private readonly onBodyDrop = (event: DragEvent): void => {
    const data = readDragData(event.dataTransfer);
    this.clearDrop();
    if (!data || data.groupId === this.groupId) return;
    event.preventDefault();
    const group = this.state;
    const active = group?.editors.findIndex((e) => e.uri === group.active) ?? -1;
    this.moveHere(data, active >= 0 ? active + 1 : (group?.editors.length ?? 0));
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    // relatedTarget is retargeted to this host when it is inside our shadow root.
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (!to || !this.contains(to)) this.clearDrop();
  };

  private clearDrop(): void {
    this.dropIndex = undefined;
    this.dropOnBody = false;
  }

  /** `index` is a position in the strip as shown, i.e. counting the dragged tab when it is already here. */
  private moveHere(data: TabDragData, index: number): void {
    const model = this.model;
    const group = this.state;
    if (!model || !group) return;
    if (data.groupId === this.groupId) {
      const from = group.editors.findIndex((e) => e.uri === data.uri);
      if (from < 0) return;
      model.move(data.uri, this.groupId, this.groupId, from < index ? index - 1 : index);
    } else {
      model.move(data.uri, data.groupId, this.groupId, index);
    }
  }
}

if (!customElements.get('sc-editor-group')) customElements.define('sc-editor-group', EditorGroup);

declare global {
  interface HTMLElementTagNameMap {
    'sc-editor-group': EditorGroup;
  }
}
