import { css, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { DisposableStore } from '../../base/lifecycle.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import '../base/codicon.ts';
import './view-body.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

export const PANEL_CONTAINER = 'panel';

/**
 * The bottom panel: a tab per view of the "panel" container (Problems, Output, Test Results and
 * any a plugin adds). Arrow keys move between tabs; the active one is remembered.
 */
export class PanelPartElement extends WorkbenchElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      background: var(--vscode-panel-background);
      border-top: 1px solid var(--vscode-panel-border);
    }
    .title { display: flex; align-items: center; height: 35px; flex: none; padding: 0 8px; }
    [role='tablist'] { display: flex; gap: 4px; flex: 1; overflow: hidden; }
    [role='tab'] {
      border: none; background: none; font: inherit; font-size: 11px; text-transform: uppercase;
      color: var(--vscode-panelTitle-inactiveForeground); padding: 4px 10px 3px; cursor: pointer;
      border-bottom: 1px solid transparent; opacity: 0.8;
    }
    [role='tab'][aria-selected='true'] {
      color: var(--vscode-panelTitle-activeForeground);
      border-bottom-color: var(--vscode-panelTitle-activeBorder); opacity: 1;
    }
    [role='tab']:focus-visible, .actions button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .badge {
      display: inline-block; min-width: 14px; padding: 0 4px; margin-left: 4px; border-radius: 8px;
      background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); font-size: 10px; text-align: center;
    }
    .actions button { border: none; background: none; color: inherit; cursor: pointer; padding: 2px; }
    .body { flex: 1; min-height: 0; overflow: auto; }
    sc-view-body { height: 100%; }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.views.onDidChange(() => this.requestUpdate()));
    store.add(services.layout.onDidChange(() => this.requestUpdate()));
    store.add(services.markers.onDidChange(() => this.requestUpdate()));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-part', 'panel');
  }

  override render() {
    const services = this.services;
    if (!services) return html``;
    const views = services.views.getViews(PANEL_CONTAINER);
    const activeId = views.some((v) => v.id === services.layout.current.activePanelView)
      ? services.layout.current.activePanelView
      : views[0]?.id;
    const problems = services.markers.all().length;
    return html`
      <div class="title">
        <div role="tablist" aria-label=${this.t('workbench.panel.label')} @keydown=${this.onKeyDown}>
          ${views.map((v) => html`<button role="tab" data-view=${v.id} id=${`tab-${v.id}`}
              aria-selected=${v.id === activeId ? 'true' : 'false'} tabindex=${v.id === activeId ? '0' : '-1'}
              aria-controls="panel-body"
              @click=${() => services.layout.update({ activePanelView: v.id })}>${this.text(v.name)}${
                v.id === 'workbench.panel.problems' && problems > 0 ? html`<span class="badge">${problems}</span>` : ''
              }</button>`)}
        </div>
        <div class="actions">
          <button title=${this.t('workbench.panel.hide')} aria-label=${this.t('workbench.panel.hide')}
            @click=${() => services.layout.update({ panelVisible: false })}><sc-codicon name="close"></sc-codicon></button>
        </div>
      </div>
      <div class="body" id="panel-body" role="tabpanel" aria-labelledby=${activeId ? `tab-${activeId}` : ''}>
        ${activeId ? keyed(activeId, html`<sc-view-body view-id=${activeId}></sc-view-body>`) : ''}
      </div>
    `;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const index = tabs.indexOf(e.target as HTMLButtonElement);
    if (index < 0) return;
    e.preventDefault();
    const next = tabs[(index + (e.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length]!;
    next.focus();
    next.click();
  }
}

if (!customElements.get('sc-panel-part')) customElements.define('sc-panel-part', PanelPartElement);
