import { css, html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { DisposableStore } from '../../../base/lifecycle.ts';
import '../../base/sash.ts';
import type { SashDragDetail } from '../../base/sash.ts';
import { WorkbenchElement } from '../../base/workbench-element.ts';
import type { WorkbenchServices } from '../../services/workbench-services.ts';
import './editor-group.ts';

/** Hints of the empty editor area: a label key and the command whose keybinding is shown. */
const EMPTY_HINTS: ReadonlyArray<{ readonly label: string; readonly command: string }> = [
  { label: 'workbench.editor.emptyShowCommands', command: 'workbench.action.showCommands' },
  { label: 'workbench.editor.emptyQuickOpen', command: 'workbench.action.quickOpen' },
];

/**
 * The editor area: one or two editor groups side by side with a sash between them, or a
 * watermark with keybinding hints when nothing is open. Keeps the `activeEditor`,
 * `activeEditorKind` and `editorGroupCount` context keys current.
 */
export class EditorPart extends WorkbenchElement {
  static override styles = css`
    :host {
      display: flex;
      position: relative;
      min-width: 0;
      min-height: 0;
      overflow: hidden;
      background: var(--vscode-editor-background);
      color: var(--vscode-editor-foreground);
    }
    .groups {
      display: flex;
      flex: 1;
      min-width: 0;
      min-height: 0;
    }
    sc-editor-group {
      flex: 1 1 0;
    }
    sc-editor-group.second {
      border-left: 1px solid var(--vscode-editorGroup-border);
    }
    sc-sash {
      order: 1;
    }
    .empty {
      display: flex;
      flex: 1;
      align-items: center;
      justify-content: center;
      min-width: 0;
      user-select: none;
    }
    .watermark {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 20px;
      color: var(--vscode-descriptionForeground);
    }
    .app-name {
      font-size: 28px;
      font-weight: 300;
      opacity: 0.7;
    }
    dl {
      display: grid;
      grid-template-columns: auto auto;
      gap: 8px 12px;
      margin: 0;
    }
    dt {
      text-align: right;
    }
    dd {
      margin: 0;
      display: flex;
      gap: 3px;
    }
    kbd {
      padding: 1px 4px;
      border: 1px solid var(--vscode-keybindingLabel-border);
      border-bottom-width: 2px;
      border-radius: 3px;
      background: var(--vscode-keybindingLabel-background);
      color: var(--vscode-keybindingLabel-foreground);
      font: 11px var(--vscode-font-family);
    }
  `;

  /** Split ratio when the current sash drag started. */
  private dragStartRatio = 0.5;

  override connectedCallback(): void {
    super.connectedCallback();
    this.dataset.part = 'editor';
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(
      services.editors.model.onDidChange(() => {
        this.updateContextKeys(services);
        this.requestUpdate();
      }),
    );
    store.add(services.keybindings.onDidChange(() => this.requestUpdate()));
    this.updateContextKeys(services);
  }

  private updateContextKeys(services: WorkbenchServices): void {
    const model = services.editors.model;
    const active = model.activeEditor;
    services.contextKeys.bufferChangeEvents(() => {
      services.contextKeys.set('activeEditor', active?.uri);
      services.contextKeys.set('activeEditorKind', active?.kind);
      services.contextKeys.set('editorGroupCount', model.state.groups.length);
    });
  }

  override render() {
    const services = this.services;
    if (!services) return nothing;
    const state = services.editors.model.state;
    if (!state.groups.some((g) => g.editors.length > 0)) return this.renderEmpty(services);
    const split = state.groups.length > 1;
    const ratio = state.splitRatio;
    return html`<div class="groups">
      ${repeat(
        state.groups,
        (g) => g.id,
        // `order` keeps the sash between the groups while the keyed groups keep their DOM (and panes).
        (g, i) => html`<sc-editor-group
          class=${classMap({ second: i > 0 })}
          style=${styleMap({ order: String(i * 2), flex: split && i === 0 ? `0 0 ${ratio * 100}%` : '1 1 0' })}
          .services=${services}
          .groupId=${g.id}
        ></sc-editor-group>`,
      )}
      ${split
        ? html`<sc-sash
            orientation="vertical"
            .label=${this.t('workbench.editor.sash')}
            aria-valuemin="15"
            aria-valuemax="85"
            aria-valuenow=${Math.round(ratio * 100)}
            @sc-sash-drag=${this.onSashDrag}
            @dblclick=${() => services.editors.model.setSplitRatio(0.5)}
          ></sc-sash>`
        : nothing}
    </div>`;
  }

  private renderEmpty(services: WorkbenchServices) {
    const hints = EMPTY_HINTS.map((h) => ({ label: this.t(h.label), key: services.keybindings.lookupLabel(h.command) })).filter(
      (h): h is { label: string; key: string } => h.key !== undefined,
    );
    return html`<div class="empty">
      <div class="watermark">
        <div class="app-name">${this.t('workbench.editor.empty')}</div>
        ${hints.length
          ? html`<dl>
              ${hints.map((h) => html`<dt>${h.label}</dt><dd>${splitKeys(h.key).map((k) => html`<kbd>${k}</kbd>`)}</dd>`)}
            </dl>`
          : nothing}
      </div>
    </div>`;
  }

  /** The sash reports pixels moved since the drag started; the model keeps a share of the width. */
  private readonly onSashDrag = (event: CustomEvent<SashDragDetail>): void => {
    const model = this.services?.editors.model;
    const width = this.shadowRoot?.querySelector('.groups')?.getBoundingClientRect().width ?? 0;
    if (!model || width <= 0) return;
    if (event.detail.first) this.dragStartRatio = model.state.splitRatio;
    model.setSplitRatio(this.dragStartRatio + event.detail.delta / width);
  };
}

/** "Ctrl+Shift+P" → ["Ctrl", "Shift", "P"]; a mac label such as "⇧⌘P" stays one key cap. */
function splitKeys(label: string): string[] {
  return label.split(/\+(?=.)/);
}

if (!customElements.get('sc-editor-part')) customElements.define('sc-editor-part', EditorPart);

declare global {
  interface HTMLElementTagNameMap {
    'sc-editor-part': EditorPart;
  }
}
