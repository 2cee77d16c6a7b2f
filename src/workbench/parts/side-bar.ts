import { css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DisposableStore } from '../../base/lifecycle.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import '../base/codicon.ts';
import './menu-actions.ts';
import './view-body.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/**
 * The active view container's views as collapsible sections. Width and visibility are owned by
 * the workbench layout; a collapsed section keeps no view body alive.
 */
export class SideBarElement extends WorkbenchElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-width: 0;
      background: var(--vscode-sideBar-background);
      color: var(--vscode-sideBar-foreground);
      border-right: 1px solid var(--vscode-sideBar-border);
      box-sizing: border-box;
      overflow: hidden;
    }
    header {
      height: 35px;
      flex: none;
      display: flex;
      align-items: center;
      padding: 0 8px 0 20px;
      font-size: 11px;
      text-transform: uppercase;
      color: var(--vscode-sideBarTitle-foreground);
    }
    header h2 { font-size: inherit; font-weight: normal; margin: 0; flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .sections { flex: 1; display: flex; flex-direction: column; min-height: 0; }
    section { display: flex; flex-direction: column; min-height: 0; border-top: 1px solid var(--vscode-sideBarSectionHeader-border); }
    section.expanded { flex: 1; }
    .section-title { display: flex; align-items: center; background: var(--vscode-sideBarSectionHeader-background); padding-right: 4px; }
    .section-header {
      flex: 1;
      display: flex;
      align-items: center;
      gap: 2px;
      width: 100%;
      height: 22px;
      padding: 0 4px;
      border: none;
      background: var(--vscode-sideBarSectionHeader-background);
      color: inherit;
      font: inherit;
      font-size: 11px;
      font-weight: bold;
      text-transform: uppercase;
      text-align: left;
      cursor: pointer;
    }
    .section-header:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    sc-view-body { flex: 1; }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.views.onDidChange(() => this.requestUpdate()));
    store.add(services.layout.onDidChange(() => this.requestUpdate()));
    store.add(services.contextKeys.onDidChange(() => this.requestUpdate()));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-part', 'sidebar');
  }

  override render() {
    const services = this.services;
    if (!services) return html``;
    const layout = services.layout.current;
    const container = layout.activeContainer ? services.views.getContainer(layout.activeContainer) : undefined;
    if (!container) return html``;
    const views = services.views.getViews(container.id).filter((v) => safeMatches(services, v.when));
    const collapsed = new Set(layout.collapsedViews);
    return html`
      <header><h2>${this.text(container.title)}</h2></header>
      <div class="sections" role="region" aria-label=${this.text(container.title)}>
        ${repeat(views, (v) => v.id, (v) => {
          const isCollapsed = collapsed.has(v.id);
          const name = this.text(v.name);
          return html`<section class=${isCollapsed ? 'collapsed' : 'expanded'} data-view=${v.id}>
            <div class="section-title">
              <button class="section-header" aria-expanded=${isCollapsed ? 'false' : 'true'} @click=${() => services.layout.toggleViewCollapsed(v.id)}>
                <sc-codicon name=${isCollapsed ? 'chevron-right' : 'chevron-down'}></sc-codicon>${name}
              </button>
              ${isCollapsed ? '' : html`<sc-menu-actions menu="view/title" .context=${{ view: v.id }}></sc-menu-actions>`}
            </div>
            ${isCollapsed ? '' : html`<sc-view-body view-id=${v.id} aria-label=${name}></sc-view-body>`}
          </section>`;
        })}
      </div>
    `;
  }
}

function safeMatches(services: WorkbenchServices, when: string | undefined): boolean {
  try {
    return services.contextKeys.matches(when);
  } catch {
    return false; // a malformed when-clause hides the view rather than breaking the side bar
  }
}

if (!customElements.get('sc-side-bar')) customElements.define('sc-side-bar', SideBarElement);
