import { css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DisposableStore } from '../../base/lifecycle.ts';
import type { Notification } from '../../platform/notifications/notification-service.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import '../base/codicon.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

const MAX_VISIBLE = 3;

/** Toasts at the bottom right: newest last, errors stay until closed, others hide by themselves. */
export class NotificationToastsElement extends WorkbenchElement {
  static override styles = css`
    :host {
      position: fixed;
      right: 12px;
      bottom: 34px;
      z-index: 50;
      display: flex;
      flex-direction: column;
      gap: 6px;
      width: min(450px, calc(100vw - 24px));
    }
    .toast {
      display: flex; gap: 8px; align-items: flex-start; padding: 10px 12px;
      background: var(--vscode-notifications-background);
      color: var(--vscode-notifications-foreground);
      border: 1px solid var(--vscode-notifications-border);
      box-shadow: 0 0 8px 2px var(--vscode-widget-shadow);
      border-radius: 4px;
    }
    .message { flex: 1; overflow-wrap: anywhere; }
    .source { display: block; font-size: 11px; color: var(--vscode-descriptionForeground); margin-top: 2px; }
    .actions { display: flex; gap: 6px; justify-content: flex-end; margin-top: 8px; }
    .actions button {
      background: var(--vscode-button-background); color: var(--vscode-button-foreground);
      border: none; padding: 3px 10px; border-radius: 2px; font: inherit; cursor: pointer;
    }
    .close { background: none; border: none; color: inherit; cursor: pointer; padding: 0; }
    .error { color: var(--vscode-notificationsErrorIcon-foreground); }
    .warning { color: var(--vscode-notificationsWarningIcon-foreground); }
    .info { color: var(--vscode-notificationsInfoIcon-foreground); }
    button:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  `;

  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.notifications.onDidAdd((n) => {
      if (n.timeout > 0) this.timers.set(n.id, setTimeout(() => services.notifications.close(n.id), n.timeout));
      this.requestUpdate();
    }));
    store.add(services.notifications.onDidClose((n) => {
      clearTimeout(this.timers.get(n.id));
      this.timers.delete(n.id);
      this.requestUpdate();
    }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-part', 'notifications');
    this.setAttribute('aria-live', 'polite');
  }

  override render() {
    const all = this.services?.notifications.active ?? [];
    const visible = all.slice(-MAX_VISIBLE);
    return html`${repeat(visible, (n) => n.id, (n) => this.renderToast(n))}`;
  }

  private renderToast(n: Notification) {
    const close = () => this.services?.notifications.close(n.id);
    return html`<div class="toast" role=${n.severity === 'error' ? 'alert' : 'status'} data-severity=${n.severity}>
      <sc-codicon class=${n.severity} name=${n.severity}></sc-codicon>
      <div class="message">${n.message}${n.source ? html`<span class="source">${this.t('workbench.notifications.source', { source: n.source })}</span>` : ''}
        ${n.actions.length ? html`<div class="actions">${n.actions.map((a) => html`<button @click=${() => { close(); void a.run(); }}>${a.label}</button>`)}</div>` : ''}
      </div>
      <button class="close" title=${this.t('workbench.notifications.close')} aria-label=${this.t('workbench.notifications.close')} @click=${close}>
        <sc-codicon name="close"></sc-codicon>
      </button>
    </div>`;
  }
}

if (!customElements.get('sc-notification-toasts')) customElements.define('sc-notification-toasts', NotificationToastsElement);
