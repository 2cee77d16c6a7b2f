import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { buttonStyles, WorkbenchElement, type PluginInfo, type WorkbenchServices } from '../../src/workbench/api.ts';
import { countContributions, summarizeContributions } from './contribution-summary.ts';

/** This plugin's own id: the list never offers to disable the plugin that shows it. */
export const SELF_PLUGIN_ID = 'plugins-view';

/**
 * The "Installed" view of the Plugins container: every plugin with its state, errors, activation
 * time and contributions, a filter box, and Enable/Disable buttons.
 */
export class PluginsViewElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    filter: { state: true },
  };

  /** Text of the filter box; matches the display name or the id. */
  declare filter: string;
  /** Ids whose contribution list is expanded. */
  private readonly expanded = new Set<string>();
  /** Ids with an enable/disable request in flight. */
  private readonly busy = new Set<string>();

  static override styles = [buttonStyles, css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      color: var(--vscode-sideBar-foreground, var(--vscode-foreground));
      font-family: var(--vscode-font-family);
      font-size: var(--vscode-font-size);
    }
    .filter { padding: 6px 12px 8px; display: flex; gap: 6px; align-items: center; }
    input[type='search'] {
      flex: 1;
      min-width: 0;
      box-sizing: border-box;
      padding: 3px 6px;
      border: 1px solid var(--vscode-input-border);
      border-radius: 2px;
      background: var(--vscode-input-background);
      color: var(--vscode-input-foreground);
      font: inherit;
    }
    input[type='search']::placeholder { color: var(--vscode-input-placeholderForeground); }
    input:focus-visible, button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .count { color: var(--vscode-descriptionForeground); font-size: 0.9em; white-space: nowrap; }
    ul.plugins { list-style: none; margin: 0; padding: 0; overflow: auto; }
    li.plugin { padding: 6px 12px; border-bottom: 1px solid var(--vscode-sideBarSectionHeader-border, transparent); }
    li.plugin:hover { background: var(--vscode-list-hoverBackground); }
    .head { display: flex; align-items: flex-start; gap: 6px; }
    .title { flex: 1; min-width: 0; display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
    .name { font-weight: 600; }
    .version, .meta, .description { color: var(--vscode-descriptionForeground); }
    .meta { font-size: 0.9em; display: flex; gap: 8px; flex-wrap: wrap; }
    .id { font-family: var(--vscode-editor-font-family); }
    .description { margin: 2px 0; }
    .badge {
      font-size: 0.85em;
      padding: 0 6px;
      border-radius: 8px;
      background: var(--vscode-badge-background);
      color: var(--vscode-badge-foreground);
    }
    .badge.active { background: var(--vscode-testing-iconPassed); color: #fff; }
    .badge.failed, .badge.invalid { background: var(--vscode-errorForeground); color: #fff; }
    .badge.disabled { background: transparent; color: var(--vscode-disabledForeground); border: 1px solid var(--vscode-disabledForeground); }
    .error { color: var(--vscode-errorForeground); margin: 2px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
    button.toggle:disabled { opacity: 0.6; cursor: default; }
    button.expander {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      padding: 0;
      border: none;
      background: none;
      color: var(--vscode-textLink-foreground);
      font: inherit;
      cursor: pointer;
    }
    .contributions { margin: 4px 0 2px 18px; }
    .contributions h4 { margin: 4px 0 2px; font-size: 0.9em; font-weight: 600; }
    .contributions ul { list-style: none; margin: 0; padding: 0; }
    .contributions li { overflow-wrap: anywhere; }
    .contributions .detail { margin-inline-start: 6px; color: var(--vscode-descriptionForeground); font-family: var(--vscode-editor-font-family); }
    .message { padding: 8px 12px; color: var(--vscode-descriptionForeground); }
  `];

  constructor() {
    super();
    this.filter = '';
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.plugins.onDidChange(() => this.requestUpdate()));
  }

  override render() {
    const services = this.services;
    if (!services) return nothing;
    const all = services.plugins.plugins
      .map((info) => ({ info, name: this.displayName(info) }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.info.id.localeCompare(b.info.id));
    const query = this.filter.trim().toLowerCase();
    const shown = query ? all.filter((p) => p.name.toLowerCase().includes(query) || p.info.id.toLowerCase().includes(query)) : all;
    return html`
      <div class="filter">
        <input
          type="search"
          .value=${this.filter}
          placeholder=${this.t('plugins-view.filter.placeholder')}
          aria-label=${this.t('plugins-view.filter.label')}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
        />
        ${query ? html`<span class="count">${this.t('plugins-view.count', { shown: shown.length, total: all.length })}</span>` : nothing}
      </div>
      ${shown.length === 0
        ? html`<div class="message">${query ? this.t('plugins-view.noMatch', { filter: this.filter.trim() }) : this.t('plugins-view.empty')}</div>`
        : html`<ul class="plugins" aria-label=${this.t('plugins-view.list.name')}>
            ${repeat(shown, (p) => p.info.id, (p) => this.renderPlugin(services, p.info, p.name))}
          </ul>`}
    `;
  }

  private renderPlugin(services: WorkbenchServices, info: PluginInfo, name: string) {
    const manifest = info.manifest;
    const sections = manifest ? summarizeContributions(manifest, (v) => this.text(v), services.isMac) : [];
    const expanded = this.expanded.has(info.id);
    const canToggle = info.state !== 'invalid' && info.id !== SELF_PLUGIN_ID;
    const enabling = info.state === 'disabled';
    const detailsId = `contributions-${info.id}`;
    return html`
      <li class="plugin" data-plugin-id=${info.id} data-state=${info.state}>
        <div class="head">
          <div class="title">
            <span class="name">${name}</span>
            ${manifest ? html`<span class="version">${this.t('plugins-view.version', { version: manifest.version })}</span>` : nothing}
            <span class="badge ${info.state}">${this.t(`plugins-view.state.${info.state}`)}</span>
          </div>
          ${canToggle
            ? html`<button
                type="button"
                class="toggle button ${enabling ? 'enable' : 'disable secondary'}"
                ?disabled=${this.busy.has(info.id)}
                aria-label=${this.t(enabling ? 'plugins-view.enableLabel' : 'plugins-view.disableLabel', { name })}
                @click=${() => void this.setEnabled(info.id, enabling)}
              >${this.t(enabling ? 'plugins-view.enable' : 'plugins-view.disable')}</button>`
            : nothing}
        </div>
        <div class="meta">
          <span class="id">${info.id}</span>
          ${info.activationTime !== undefined && info.state === 'active'
            ? html`<span class="time">${this.t('plugins-view.activationTime', { ms: info.activationTime })}</span>`
            : nothing}
        </div>
        ${manifest?.description ? html`<div class="description">${this.text(manifest.description)}</div>` : nothing}
        ${(info.state === 'failed' || info.state === 'invalid') && info.error ? html`<div class="error">${info.error}</div>` : nothing}
        ${!manifest && info.location ? html`<div class="meta">${this.t('plugins-view.location', { location: info.location })}</div>` : nothing}
        ${manifest
          ? html`<button
                type="button"
                class="expander"
                aria-expanded=${expanded ? 'true' : 'false'}
                aria-controls=${detailsId}
                @click=${() => this.toggleExpanded(info.id)}
              ><sc-codicon name=${expanded ? 'chevron-down' : 'chevron-right'}></sc-codicon>${this.t('plugins-view.contributions.show')}
                (${countContributions(sections)})</button>
              ${expanded ? this.renderContributions(detailsId, sections) : nothing}`
          : nothing}
      </li>
    `;
  }

  private renderContributions(id: string, sections: ReturnType<typeof summarizeContributions>) {
    if (!sections.length) return html`<div class="contributions" id=${id}>${this.t('plugins-view.contributions.none')}</div>`;
    return html`
      <div class="contributions" id=${id}>
        ${sections.map((section) => html`
          <section data-point=${section.point}>
            <h4>${this.t(`plugins-view.contributions.${section.point}`)}</h4>
            <ul>
              ${section.items.map((item) => html`<li><span class="label">${item.label}</span>${item.detail ? html`<span class="detail">${item.detail}</span>` : nothing}</li>`)}
            </ul>
          </section>
        `)}
      </div>
    `;
  }

  private displayName(info: PluginInfo): string {
    return info.manifest ? this.text(info.manifest.name) || info.id : info.id;
  }

  private toggleExpanded(id: string): void {
    if (this.expanded.has(id)) this.expanded.delete(id);
    else this.expanded.add(id);
    this.requestUpdate();
  }

  private async setEnabled(id: string, enabled: boolean): Promise<void> {
    const services = this.services;
    if (!services || this.busy.has(id)) return;
    this.busy.add(id);
    this.requestUpdate();
    try {
      await services.plugins.setEnabled(id, enabled);
    } catch (error) {
      services.notifications.notify({
        severity: 'error',
        source: SELF_PLUGIN_ID,
        message: this.t('plugins-view.toggleFailed', { id, error: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      this.busy.delete(id);
      this.requestUpdate();
    }
  }
}

if (!customElements.get('sc-plugins-view')) customElements.define('sc-plugins-view', PluginsViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-plugins-view': PluginsViewElement;
  }
}
