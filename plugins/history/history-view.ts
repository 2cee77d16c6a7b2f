import { css, html, nothing } from 'lit';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { buttonStyles, CURRENT_VERSION, WorkbenchElement, type DocumentVersion, type WorkbenchServices } from '../../src/workbench/api.ts';
import { documentIdOf } from './history-target.ts';

/**
 * The version history of the document in the active editor: named versions and automatic
 * snapshots, newest first. Save a named version, compare any version with the current document or
 * two versions with each other (a readable diff opens in an editor), restore a version (undoable).
 *
 * @fires history-compare - detail { docId, a, b, title }
 */
export class HistoryViewElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    docId: { state: true },
    docName: { state: true },
    versions: { state: true },
    picked: { state: true },
  };

  declare docId: string | undefined;
  declare docName: string;
  declare versions: DocumentVersion[];
  /** Versions ticked for "compare the two". */
  declare picked: string[];

  constructor() {
    super();
    this.docId = undefined;
    this.docName = '';
    this.versions = [];
    this.picked = [];
  }

  static override styles = [buttonStyles, css`
    :host { display: flex; flex-direction: column; min-height: 0; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-sideBar-foreground, var(--vscode-foreground)); }
    .save { display: flex; gap: 4px; padding: 6px 12px; }
    .save input { flex: 1; min-width: 0; font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 1px 4px; }
    ul { list-style: none; margin: 0; padding: 0; overflow: auto; }
    li { display: grid; grid-template-columns: auto 1fr; gap: 2px 6px; padding: 4px 12px; border-bottom: 1px solid var(--vscode-panel-border); }
    li .label { font-weight: 600; }
    li.auto .label { font-weight: normal; font-style: italic; }
    li .meta { grid-column: 2; color: var(--vscode-descriptionForeground); font-size: 0.9em; }
    li .actions { grid-column: 2; display: flex; gap: 4px; flex-wrap: wrap; }
    .empty { color: var(--vscode-descriptionForeground); padding: 8px 12px; }
    .compare { padding: 6px 12px; }
  `];

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.editors.model.onDidChange(() => this.follow()));
    store.add(services.workspace.onDidChangeDocument((e) => {
      if (e.docId === this.docId) void this.refresh();
    }));
    this.follow();
  }

  private follow(): void {
    const id = documentIdOf(this.services?.editors.model.activeEditor);
    if (id === this.docId) return;
    this.docId = id;
    this.picked = [];
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const services = this.services;
    const id = this.docId;
    if (!services || id === undefined) {
      this.versions = [];
      return;
    }
    const [doc, versions] = await Promise.all([services.workspace.getDocument(id), services.workspace.listVersions(id)]);
    if (id !== this.docId) return;
    this.docName = doc?.name ?? '';
    this.versions = versions;
  }

  /** Saves the current document as a named version. */
  async saveVersion(label?: string): Promise<void> {
    const services = this.services;
    if (!services || this.docId === undefined) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('.save input');
    const name = (label ?? input?.value ?? '').trim() || this.t('history.defaultLabel', { date: new Date().toLocaleString(services.i18n.locale) });
    await services.workspace.flushAll();
    await services.workspace.saveVersion(this.docId, name);
    if (input) input.value = '';
    services.notifications.info(this.t('history.saved', { name }));
    await this.refresh();
  }

  private compare(a: string, b: string): void {
    const title = this.t('history.diffTitle', { name: this.docName });
    this.dispatchEvent(new CustomEvent('history-compare', { detail: { docId: this.docId, a, b, title }, bubbles: true, composed: true }));
  }

  private async restore(v: DocumentVersion): Promise<void> {
    const services = this.services;
    if (!services) return;
    const label = this.describe(v);
    const choice = await services.quickInput.pick({ items: [{ id: 'yes', label: this.t('history.restoreConfirm', { label }) }, { id: 'no', label: this.t('history.keep') }], placeholder: this.t('history.restoreQuestion', { label }) });
    if (choice?.id !== 'yes') return;
    await services.workspace.flushAll();
    await services.workspace.restoreVersion(v.id);
    services.notifications.info(this.t('history.restored', { label }));
  }

  private describe(v: DocumentVersion): string {
    return v.kind === 'named' && v.label ? v.label : this.t('history.auto', { revision: v.revision });
  }

  private toggle(id: string, on: boolean): void {
    this.picked = on ? [...this.picked.filter((p) => p !== id), id].slice(-2) : this.picked.filter((p) => p !== id);
  }

  override render() {
    if (this.docId === undefined) return html`<div class="empty">${this.t('history.noDocument')}</div>`;
    const locale = this.services?.i18n.locale;
    return html`
      <form class="save" @submit=${(e: Event) => { e.preventDefault(); void this.saveVersion(); }}>
        <input aria-label=${this.t('history.labelInput')} placeholder=${this.t('history.labelPlaceholder')}>
        <button type="submit">${this.t('history.save')}</button>
      </form>
      ${this.picked.length === 2 ? html`<div class="compare"><button @click=${() => this.compare(this.picked[0]!, this.picked[1]!)}>${this.t('history.compareTwo')}</button></div>` : nothing}
      ${this.versions.length === 0 ? html`<div class="empty">${this.t('history.none', { name: this.docName })}</div>` : html`
        <ul aria-label=${this.t('history.listLabel', { name: this.docName })}>${this.versions.map((v) => html`
          <li class=${v.kind}>
            <input type="checkbox" aria-label=${this.t('history.pick', { label: this.describe(v) })} .checked=${this.picked.includes(v.id)} @change=${(e: Event) => this.toggle(v.id, (e.target as HTMLInputElement).checked)}>
            <span class="label">${this.describe(v)}</span>
            <span class="meta">${new Date(v.at).toLocaleString(locale)} · ${this.t('history.revision', { revision: v.revision })}</span>
            <span class="actions">
              <button class="secondary" @click=${() => this.compare(v.id, CURRENT_VERSION)}>${this.t('history.compareCurrent')}</button>
              <button class="secondary" @click=${() => void this.restore(v)}>${this.t('history.restore')}</button>
            </span>
          </li>`)}
        </ul>`}
    `;
  }
}

customElements.define('sc-history-view', HistoryViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-history-view': HistoryViewElement;
  }
}
