import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import type { DisposableStore } from '../base/lifecycle.ts';
import { servicesContext } from './base/services-context.ts';
import type { SashDragDetail } from './base/sash.ts';
import { WorkbenchElement } from './base/workbench-element.ts';
import './base/sash.ts';
import './parts/activity-bar.ts';
import './parts/side-bar.ts';
import './parts/editor/editor-part.ts';
import './parts/panel-part.ts';
import './parts/status-bar.ts';
import './parts/quick-input.ts';
import './parts/notification-toasts.ts';
import type { WorkbenchServices } from './services/workbench-services.ts';

/**
 * The shell: activity bar, side bar, editor area, panel and status bar, with resizable sashes and
 * overlays for the quick input and notifications. Provides the services to every descendant.
 */
export class WorkbenchShellElement extends WorkbenchElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: 1fr auto;
      height: 100vh;
      width: 100vw;
      overflow: hidden;
      color: var(--vscode-foreground);
      background: var(--vscode-editor-background);
      font-family: var(--vscode-font-family);
      font-size: var(--vscode-font-size);
    }
    .main { display: flex; min-height: 0; min-width: 0; }
    sc-side-bar { flex: none; }
    .center { flex: 1; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
    sc-editor-part { flex: 1; min-height: 0; }
    sc-panel-part { flex: none; }
  `;

  private readonly provider = new ContextProvider(this, { context: servicesContext });
  private dragStartWidth = 0;
  private dragStartHeight = 0;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('services') && this.services) this.provider.setValue(this.services);
    super.willUpdate(changed);
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.layout.onDidChange(() => this.requestUpdate()));
    store.add(services.views.onDidChange(() => this.requestUpdate()));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-part', 'workbench');
  }

  override render() {
    const services = this.services;
    if (!services) return html``;
    const layout = services.layout.current;
    const hasSidebar = layout.sidebarVisible && !!layout.activeContainer && !!services.views.getContainer(layout.activeContainer);
    return html`
      <div class="main">
        <sc-activity-bar></sc-activity-bar>
        ${hasSidebar
          ? html`<sc-side-bar style=${`width:${layout.sidebarWidth}px`}></sc-side-bar>
              <sc-sash orientation="vertical" data-sash="sidebar" .label=${this.t('workbench.shell.resizeSidebar')}
                @sc-sash-drag=${(e: CustomEvent<SashDragDetail>) => this.resizeSidebar(e.detail)}></sc-sash>`
          : ''}
        <div class="center">
          <sc-editor-part></sc-editor-part>
          ${layout.panelVisible
            ? html`<sc-sash orientation="horizontal" data-sash="panel" .label=${this.t('workbench.shell.resizePanel')}
                  @sc-sash-drag=${(e: CustomEvent<SashDragDetail>) => this.resizePanel(e.detail)}></sc-sash>
                <sc-panel-part style=${`height:${layout.panelHeight}px`}></sc-panel-part>`
            : ''}
        </div>
      </div>
      <sc-status-bar></sc-status-bar>
      <sc-quick-input></sc-quick-input>
      <sc-notification-toasts></sc-notification-toasts>
    `;
  }

  private resizeSidebar(drag: SashDragDetail): void {
    const layout = this.services!.layout;
    if (drag.first) this.dragStartWidth = layout.current.sidebarWidth;
    layout.update({ sidebarWidth: this.dragStartWidth + drag.delta });
  }

  private resizePanel(drag: SashDragDetail): void {
    const layout = this.services!.layout;
    if (drag.first) this.dragStartHeight = layout.current.panelHeight;
    // The panel may take at most 80% of the window; moving the sash down shrinks it.
    const max = Math.round(this.getBoundingClientRect().height * 0.8);
    layout.update({ panelHeight: Math.min(max, this.dragStartHeight - drag.delta) });
  }
}

if (!customElements.get('sc-workbench')) customElements.define('sc-workbench', WorkbenchShellElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-workbench': WorkbenchShellElement;
  }
}
