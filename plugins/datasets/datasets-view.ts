import { css, html, nothing } from 'lit';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { buttonStyles, WorkbenchElement, type WorkbenchServices } from '../../src/workbench/api.ts';
import type { DatasetRepository, DatasetSummary } from './dataset-repository.ts';

/**
 * The Data view: every dataset of the workspace with its size, opened by click or Enter, renamed
 * inline (F2), deleted after confirmation (Delete); files dropped on it are imported.
 *
 * @fires dataset-open - detail { datasetId }
 * @fires dataset-files - detail { files: File[] } for files dropped or picked
 */
export class DatasetsViewElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    repository: { attribute: false },
    datasets: { state: true },
    renaming: { state: true },
    dragOver: { state: true },
    error: { state: true },
  };

  declare repository: DatasetRepository | undefined;
  declare datasets: DatasetSummary[] | undefined;
  declare renaming: string | undefined;
  declare dragOver: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.repository = undefined;
    this.datasets = undefined;
    this.renaming = undefined;
    this.dragOver = false;
    this.error = undefined;
  }

  static override styles = [buttonStyles, css`
    :host { display: flex; flex-direction: column; min-height: 0; height: 100%; color: var(--vscode-sideBar-foreground, var(--vscode-foreground)); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    .actions { display: flex; gap: 6px; padding: 6px 12px; flex-wrap: wrap; }
    ul { list-style: none; margin: 0; padding: 0; overflow: auto; flex: 1; }
    li { display: flex; flex-direction: column; padding: 4px 12px; cursor: pointer; outline: none; }
    li:hover { background: var(--vscode-list-hoverBackground); }
    li:focus-visible, li:focus { background: var(--vscode-list-focusBackground, var(--vscode-list-hoverBackground)); outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .meta, .empty { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
    .empty { padding: 8px 12px; }
    input { font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-focusBorder); padding: 1px 4px; }
    .drop { margin: 8px 12px; padding: 12px; border: 1px dashed var(--vscode-panel-border); text-align: center; color: var(--vscode-descriptionForeground); }
    .drop.over { border-color: var(--vscode-focusBorder); background: var(--vscode-list-hoverBackground); }
    .error { color: var(--vscode-errorForeground); padding: 4px 12px; }
  `];

  protected override servicesReady(_services: WorkbenchServices, store: DisposableStore): void {
    if (!this.repository) return;
    store.add(this.repository.onDidChange(() => void this.refresh()));
    void this.refresh();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('repository') && this.repository && this.services && this.isConnected) void this.refresh();
  }

  async refresh(): Promise<void> {
    if (!this.repository) return;
    try {
      const list = await this.repository.list();
      this.datasets = list.sort((a, b) => b.updatedAt - a.updatedAt);
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private open(id: string): void {
    this.dispatchEvent(new CustomEvent('dataset-open', { detail: { datasetId: id }, bubbles: true, composed: true }));
  }

  private async removeDataset(d: DatasetSummary): Promise<void> {
    const services = this.services;
    if (!services || !this.repository) return;
    const yes = { id: 'yes', label: this.t('datasets.delete.confirm', { name: d.name, rows: d.rowCount.toLocaleString() }) };
    const choice = await services.quickInput.pick({ items: [yes, { id: 'no', label: this.t('datasets.delete.keep') }], placeholder: this.t('datasets.delete.question', { name: d.name }) });
    if (choice?.id !== 'yes') return;
    await this.repository.remove(d.id);
  }

  private async commitRename(d: DatasetSummary, value: string): Promise<void> {
    // Escape ends the rename first, and the blur that follows Enter comes after it: neither commits.
    if (this.renaming !== d.id) return;
    this.renaming = undefined;
    const name = value.trim();
    if (name && name !== d.name && this.repository) await this.repository.rename(d.id, name);
  }

  private onKey(e: KeyboardEvent, d: DatasetSummary): void {
    if (e.key === 'Enter') this.open(d.id);
    else if (e.key === 'F2') this.renaming = d.id;
    else if (e.key === 'Delete') void this.removeDataset(d);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
      const i = items.indexOf(e.currentTarget as HTMLElement);
      items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
      e.preventDefault();
    } else return;
    e.stopPropagation();
  }

  private pickFiles(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.tsv,.txt,.json,.jsonl,.ndjson,.xlsx';
    input.multiple = true;
    input.addEventListener('change', () => {
      if (input.files?.length) this.dispatchEvent(new CustomEvent('dataset-files', { detail: { files: [...input.files] }, bubbles: true, composed: true }));
    });
    input.click();
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragOver = false;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) this.dispatchEvent(new CustomEvent('dataset-files', { detail: { files }, bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <div class="actions">
        <button class="button" @click=${() => this.pickFiles()}>${this.t('datasets.view.import')}</button>
        <button class="button secondary" @click=${() => this.dispatchEvent(new CustomEvent('dataset-generate', { bubbles: true, composed: true }))}>${this.t('datasets.view.generate')}</button>
      </div>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      ${this.datasets === undefined ? nothing : this.datasets.length === 0 ? html`<div class="empty">${this.t('datasets.view.empty')}</div>` : html`
        <ul role="listbox" aria-label=${this.t('datasets.view.label')}>
          ${this.datasets.map((d) => html`<li role="option" tabindex="0" data-id=${d.id} @click=${() => this.open(d.id)} @keydown=${(e: KeyboardEvent) => this.onKey(e, d)}
              @contextmenu=${(e: Event) => { e.preventDefault(); this.renaming = d.id; }}>
            ${this.renaming === d.id
              ? html`<input aria-label=${this.t('datasets.view.rename')} .value=${d.name} @click=${(e: Event) => e.stopPropagation()}
                  @keydown=${(e: KeyboardEvent) => { e.stopPropagation(); if (e.key === 'Enter') void this.commitRename(d, (e.target as HTMLInputElement).value); if (e.key === 'Escape') this.renaming = undefined; }}
                  @blur=${(e: Event) => void this.commitRename(d, (e.target as HTMLInputElement).value)}>`
              : html`<span class="name">${d.name}</span>`}
            <span class="meta">${this.t('datasets.view.meta', { rows: d.rowCount.toLocaleString(), fields: d.fieldCount })}</span>
          </li>`)}
        </ul>`}
      <div class="drop ${this.dragOver ? 'over' : ''}" @dragover=${(e: DragEvent) => { e.preventDefault(); this.dragOver = true; }} @dragleave=${() => { this.dragOver = false; }} @drop=${(e: DragEvent) => this.onDrop(e)}>${this.t('datasets.view.drop')}</div>
    `;
  }

  override updated(): void {
    this.renderRoot.querySelector<HTMLInputElement>('li input')?.focus();
  }
}

customElements.define('sc-datasets-view', DatasetsViewElement);
