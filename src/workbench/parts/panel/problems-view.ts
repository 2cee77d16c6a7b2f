import { css, html } from 'lit';
import type { DisposableStore } from '../../../base/lifecycle.ts';
import type { Marker } from '../../../platform/markers/marker-service.ts';
import { WorkbenchElement } from '../../base/workbench-element.ts';
import '../../base/codicon.ts';
import type { WorkbenchServices } from '../../services/workbench-services.ts';

const ICONS: Record<Marker['severity'], string> = { error: 'error', warning: 'warning', info: 'info' };

/** The Problems panel: every marker, errors first; clicking one runs its command (reveal). */
export class ProblemsViewElement extends WorkbenchElement {
  static override styles = css`
    :host { display: block; font-size: 13px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li button {
      display: flex; gap: 6px; align-items: center; width: 100%; padding: 2px 12px;
      border: none; background: none; color: inherit; font: inherit; text-align: left; cursor: pointer;
    }
    li button:hover { background: var(--vscode-list-hoverBackground); }
    li button:focus-visible { outline: 1px solid var(--vscode-list-focusOutline); outline-offset: -1px; }
    .error { color: var(--vscode-notificationsErrorIcon-foreground); }
    .warning { color: var(--vscode-notificationsWarningIcon-foreground); }
    .info { color: var(--vscode-notificationsInfoIcon-foreground); }
    .where { color: var(--vscode-descriptionForeground); }
    .empty { padding: 8px 12px; color: var(--vscode-descriptionForeground); }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.markers.onDidChange(() => this.requestUpdate()));
  }

  override render() {
    const markers = this.services?.markers.all() ?? [];
    if (markers.length === 0) return html`<div class="empty">${this.t('workbench.panel.noProblems')}</div>`;
    return html`<ul role="list" aria-label=${this.t('workbench.panel.problems')}>
      ${markers.map((m) => html`<li data-severity=${m.severity}>
        <button @click=${() => this.reveal(m)}>
          <sc-codicon class=${m.severity} name=${ICONS[m.severity]} aria-label=${this.t(`workbench.panel.severity.${m.severity}`)}></sc-codicon>
          <span>${m.message}</span>
          <span class="where">${m.source ? `${m.source} · ` : ''}${m.resource}${m.pointer ? ` ${m.pointer}` : ''}</span>
        </button>
      </li>`)}
    </ul>`;
  }

  private reveal(marker: Marker): void {
    if (!marker.command || !this.services) return;
    void this.services.commands.executeCommand(marker.command.id, ...(marker.command.args ?? [])).catch((error: unknown) => {
      this.services?.notifications.error(this.t('host.command.failed', { command: marker.command!.id, error: String(error) }));
    });
  }
}

if (!customElements.get('sc-problems-view')) customElements.define('sc-problems-view', ProblemsViewElement);
