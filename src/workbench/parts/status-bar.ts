import { css, html } from 'lit';
import type { DisposableStore } from '../../base/lifecycle.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import '../base/codicon.ts';
import type { StatusBarItemOptions } from '../services/status-bar-service.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/** Renders "$(icon) text" with codicons, as VS Code status items do. */
function renderText(text: string) {
  return text.split(/(\$\([a-z0-9-]+\))/).map((part) => {
    const icon = /^\$\(([a-z0-9-]+)\)$/.exec(part);
    return icon ? html`<sc-codicon name=${icon[1]!}></sc-codicon>` : part;
  });
}

/** The bottom bar: items contributed by the workbench and plugins, left and right. */
export class StatusBarElement extends WorkbenchElement {
  static override styles = css`
    :host {
      display: flex;
      justify-content: space-between;
      height: 22px;
      font-size: 12px;
      background: var(--vscode-statusBar-background);
      color: var(--vscode-statusBar-foreground);
      border-top: 1px solid var(--vscode-statusBar-border);
      --sc-icon-size: 14px;
    }
    .side { display: flex; min-width: 0; }
    .item {
      display: inline-flex; align-items: center; gap: 3px; padding: 0 6px; height: 100%;
      border: none; background: none; color: inherit; font: inherit; white-space: nowrap;
    }
    button.item { cursor: pointer; }
    button.item:hover { background: var(--vscode-statusBarItem-hoverBackground); }
    button.item:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.statusBar.onDidChange(() => this.requestUpdate()));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-part', 'statusbar');
    this.setAttribute('role', 'status');
  }

  override render() {
    const bar = this.services?.statusBar;
    if (!bar) return html``;
    return html`
      <div class="side left">${bar.list('left').map((i) => this.renderItem(i))}</div>
      <div class="side right">${bar.list('right').map((i) => this.renderItem(i))}</div>
    `;
  }

  private renderItem(item: StatusBarItemOptions) {
    if (!item.command) return html`<span class="item" data-item=${item.id} title=${item.tooltip ?? ''}>${renderText(item.text)}</span>`;
    return html`<button class="item" data-item=${item.id} title=${item.tooltip ?? ''}
      @click=${() => void this.services?.commands.executeCommand(item.command!, ...(item.args ?? []))}>${renderText(item.text)}</button>`;
  }
}

if (!customElements.get('sc-status-bar')) customElements.define('sc-status-bar', StatusBarElement);
