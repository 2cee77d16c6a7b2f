import { css, html } from 'lit';
import type { DisposableStore } from '../../../base/lifecycle.ts';
import { WorkbenchElement } from '../../base/workbench-element.ts';
import type { WorkbenchServices } from '../../services/workbench-services.ts';

/** The Output panel: log lines of one channel at a time (plugin host reports land in "plugins"). */
export class OutputViewElement extends WorkbenchElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; height: 100%; }
    .bar { display: flex; gap: 8px; align-items: center; padding: 4px 12px; }
    select {
      background: var(--vscode-dropdown-background); color: inherit;
      border: 1px solid var(--vscode-dropdown-border); font: inherit;
    }
    pre {
      flex: 1; margin: 0; padding: 4px 12px; overflow: auto;
      font-family: var(--vscode-editor-font-family); font-size: 12px; white-space: pre-wrap;
    }
    .error { color: var(--vscode-errorForeground); }
    .warning { color: var(--vscode-notificationsWarningIcon-foreground); }
  `;

  private channel: string | undefined;

  private channelLabel(channel: string): string {
    const key = `workbench.output.channel.${channel}`;
    return this.services?.i18n.has(key, 'en') ? this.t(key) : channel;
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.output.onDidAppend(() => this.requestUpdate()));
  }

  override render() {
    const output = this.services?.output;
    if (!output) return html``;
    const channels = output.channelNames();
    const channel = this.channel && channels.includes(this.channel) ? this.channel : channels[0];
    const lines = channel ? output.lines(channel) : [];
    return html`
      <div class="bar">
        <label>${this.t('workbench.panel.channel')}
          <select @change=${(e: Event) => { this.channel = (e.target as HTMLSelectElement).value; this.requestUpdate(); }}>
            ${channels.map((c) => html`<option value=${c} ?selected=${c === channel}>${this.channelLabel(c)}</option>`)}
          </select>
        </label>
      </div>
      <pre role="log" aria-live="polite">${lines.map((l) => html`<span class=${l.severity}>[${new Date(l.time).toLocaleTimeString(this.services?.i18n.locale)}] ${l.text}</span>\n`)}</pre>
    `;
  }
}

if (!customElements.get('sc-output-view')) customElements.define('sc-output-view', OutputViewElement);
