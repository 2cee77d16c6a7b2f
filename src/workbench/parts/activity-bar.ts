import { css, html } from 'lit';
import type { DisposableStore } from '../../base/lifecycle.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import '../base/codicon.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/**
 * The strip of view-container icons at the far left. Clicking an icon shows that container in the
 * side bar; clicking the active one hides the side bar. Arrow keys move between icons.
 */
export class ActivityBarElement extends WorkbenchElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      width: 48px;
      background: var(--vscode-activityBar-background);
      border-right: 1px solid var(--vscode-activityBar-border);
      box-sizing: border-box;
    }
    .group { display: flex; flex-direction: column; }
    button {
      position: relative;
      width: 48px;
      height: 48px;
      border: none;
      background: none;
      color: var(--vscode-activityBar-inactiveForeground);
      cursor: pointer;
      --sc-icon-size: 24px;
      padding: 0;
    }
    button:hover, button[aria-selected='true'] { color: var(--vscode-activityBar-foreground); }
    button[aria-selected='true']::before {
      content: '';
      position: absolute;
      left: 0; top: 0; bottom: 0;
      width: 2px;
      background: var(--vscode-activityBar-activeBorder);
    }
    button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.views.onDidChange(() => this.requestUpdate()));
    store.add(services.layout.onDidChange(() => this.requestUpdate()));
    store.add(services.commands.onDidChangeMetadata(() => this.requestUpdate()));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-part', 'activitybar');
  }

  override render() {
    const services = this.services;
    if (!services) return html``;
    const layout = services.layout.current;
    const containers = services.views.getContainers('sidebar');
    const hasSettings = !!services.commands.getMetadata('settings.open');
    return html`
      <div class="group" role="tablist" aria-orientation="vertical" aria-label=${this.t('workbench.activitybar.label')} @keydown=${this.onKeyDown}>
        ${containers.map((c) => {
          const active = layout.sidebarVisible && layout.activeContainer === c.id;
          const title = this.text(c.title);
          return html`<button
            role="tab"
            data-container=${c.id}
            aria-selected=${active ? 'true' : 'false'}
            tabindex=${active || (!layout.sidebarVisible && c === containers[0]) ? '0' : '-1'}
            title=${title}
            aria-label=${title}
            @click=${() => services.layout.toggleContainer(c.id)}
          ><sc-codicon name=${c.icon}></sc-codicon></button>`;
        })}
      </div>
      <div class="group">
        ${hasSettings
          ? html`<button data-action="settings" title=${this.t('workbench.activitybar.manage')} aria-label=${this.t('workbench.activitybar.manage')}
              @click=${() => void services.commands.executeCommand('settings.open')}><sc-codicon name="settings-gear"></sc-codicon></button>`
          : ''}
      </div>
    `;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[role="tab"]')];
    const index = buttons.indexOf(e.target as HTMLButtonElement);
    if (index < 0) return;
    e.preventDefault();
    const next = buttons[(index + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
    next?.focus();
  }
}

if (!customElements.get('sc-activity-bar')) customElements.define('sc-activity-bar', ActivityBarElement);
