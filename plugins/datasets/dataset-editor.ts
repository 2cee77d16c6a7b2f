import { css, html } from 'lit';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { buttonStyles, WorkbenchElement, type WorkbenchServices } from '../../src/workbench/api.ts';
import type { CellToFix } from '../../src/core/data/types.ts';
import type { DatasetRepository } from './dataset-repository.ts';
import { cellNotesFor, fixBannerStyles, renderFixBanner } from './fix-banner.ts';
import type { CellNotes } from './grid/cell-notes.ts';
import type { DataGridElement } from './grid/data-grid.ts';
import './grid/data-grid.ts';
import type { RowId } from './grid/grid-data-source.ts';
import { type EditHistoryStore, type EditStep, RepositoryDataSource } from './repository-data-source.ts';

/** Storage scope of the per-dataset undo history (keys: dataset ids). */
export const DATASET_HISTORY_SCOPE = 'datasets.editHistory';

/**
 * The dataset editor: the virtualised grid over a stored dataset, with undo/redo of cell edits and
 * added or deleted rows (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y), and export. Changes are stored as they
 * are made; another tab's changes reload the grid. When the import left cells to fix, a banner says
 * how many rows have them and can show only those rows; the grid marks each such cell with its
 * original text and problem, and an edit that gives it a value takes it off the list.
 *
 * @fires dataset-export - detail { datasetId, format } when the user asks for an export.
 */
export class DatasetEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    repository: { attribute: false },
    datasetId: { attribute: false },
    source: { state: true },
    error: { state: true },
    historyVersion: { state: true },
    fixesVersion: { state: true },
    onlyRowsToFix: { state: true },
  };

  declare repository: DatasetRepository | undefined;
  declare datasetId: string | undefined;
  declare source: RepositoryDataSource | undefined;
  declare error: string | undefined;
  /** Bumped after each edit so the undo/redo buttons re-render. */
  declare historyVersion: number;
  /** Bumped when the cells to fix change, so the banner and the marks re-render. */
  declare fixesVersion: number;
  /**
   * The rows shown while filtered to the rows to fix: taken when the filter is turned on and kept
   * while it is, so a fixed row stays in place (as edited rows do under any filter) and the active
   * cell does not jump.
   */
  declare onlyRowsToFix: ReadonlySet<RowId> | undefined;
  private loadedId: string | undefined;
  private notes: { cells: readonly CellToFix[]; locale: string; notes: CellNotes } | undefined;

  constructor() {
    super();
    this.repository = undefined;
    this.datasetId = undefined;
    this.source = undefined;
    this.error = undefined;
    this.historyVersion = 0;
    this.fixesVersion = 0;
    this.onlyRowsToFix = undefined;
  }

  static override styles = [buttonStyles, fixBannerStyles, css`
    :host { display: flex; flex-direction: column; height: 100%; min-height: 0; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    .toolbar { display: flex; gap: 6px; align-items: center; padding: 6px 12px; border-bottom: 1px solid var(--vscode-panel-border); flex-wrap: wrap; }
    .toolbar .spacer { flex: 1; }
    sc-data-grid { flex: 1; min-height: 0; }
    .error { color: var(--vscode-errorForeground); padding: 8px 12px; }
    .loading { padding: 12px; color: var(--vscode-descriptionForeground); }
  `];

  protected override servicesReady(_services: WorkbenchServices, store: DisposableStore): void {
    // This tab's own writes are already in the grid; reloading on them would race with the next edit.
    if (this.repository) store.add(this.repository.onDidChange((e) => { if (e.origin === 'remote' && e.datasetId === this.datasetId) void this.source?.reload(); }));
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if ((changed.has('datasetId') || changed.has('repository')) && this.repository && this.datasetId && this.datasetId !== this.loadedId) void this.load();
  }

  private async load(): Promise<void> {
    this.loadedId = this.datasetId;
    this.error = undefined;
    try {
      this.source?.dispose();
      const storage = this.services?.storage;
      const id = this.datasetId!;
      // Undo survives a reload: the history is kept in the workbench's state storage per dataset.
      const history: EditHistoryStore | undefined = storage && {
        load: () => storage.get<{ undo: EditStep[]; redo: EditStep[] }>(DATASET_HISTORY_SCOPE, id),
        save: (state) => storage.set(DATASET_HISTORY_SCOPE, id, state),
      };
      const source = await RepositoryDataSource.load(this.repository!, id, history);
      source.onDidFailWrite((error) => {
        this.services?.notifications.error(this.t('datasets.editFailed', { error: error instanceof Error ? error.message : String(error) }));
      });
      source.onDidChangeHistory(() => { this.historyVersion++; });
      source.onDidChangeCellsToFix(() => { this.fixesVersion++; });
      this.onlyRowsToFix = undefined;
      this.source = source;
    } catch (error) {
      this.error = this.t('datasets.loadFailed', { error: error instanceof Error ? error.message : String(error) });
    }
  }

  async undo(): Promise<void> {
    await this.source?.undo();
  }

  async redo(): Promise<void> {
    await this.source?.redo();
  }

  /** Shows only the rows that have cells to fix now, or every row again. */
  toggleRowsToFix(): void {
    const source = this.source;
    if (!source) return;
    this.onlyRowsToFix = this.onlyRowsToFix ? undefined : new Set(source.cellsToFix.map((c) => c.rowId));
  }

  /** Makes the next cell to fix active in the grid (F8 there does the same). */
  nextCellToFix(): boolean {
    return this.grid?.goToNote() ?? false;
  }

  /** Forgets the cells to fix (the data stays as it is) and shows every row. */
  async dismissCellsToFix(): Promise<void> {
    try {
      await this.source?.dismissCellsToFix();
      this.onlyRowsToFix = undefined;
    } catch (error) {
      this.services?.notifications.error(this.t('datasets.editFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  }

  private get grid(): DataGridElement | null {
    return this.renderRoot.querySelector('sc-data-grid');
  }

  /** The grid's notes, made again only when the list or the language changed. */
  private cellNotes(source: RepositoryDataSource): CellNotes | undefined {
    const cells = source.cellsToFix;
    if (cells.length === 0) return undefined;
    const locale = this.services?.i18n.locale ?? 'en';
    if (this.notes?.cells !== cells || this.notes.locale !== locale) {
      const pick = (message: { en: string; 'zh-CN': string }) => (locale === 'zh-CN' ? message['zh-CN'] : message.en);
      this.notes = { cells, locale, notes: cellNotesFor(cells, (key, args) => this.t(key, args), pick) };
    }
    return this.notes.notes;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || e.altKey) return;
    // Inside a cell editor the input's own undo applies.
    if ((e.composedPath()[0] as HTMLElement | undefined)?.tagName === 'INPUT') return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) void this.undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') void this.redo();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  dispose(): void {
    this.source?.dispose();
  }

  private renderBanner(source: RepositoryDataSource) {
    const number = new Intl.NumberFormat(this.services?.i18n.locale ?? 'en');
    return renderFixBanner(
      { cells: source.cellsToFix, omitted: source.cellsToFixOmitted, filtered: this.onlyRowsToFix !== undefined },
      {
        toggleFilter: () => this.toggleRowsToFix(),
        next: () => { this.nextCellToFix(); },
        dismiss: () => void this.dismissCellsToFix(),
      },
      (key, args) => this.t(key, args),
      (n) => number.format(n),
    );
  }

  override render() {
    if (this.error) return html`<div class="error" role="alert">${this.error}</div>`;
    if (!this.source) return html`<div class="loading">${this.t('datasets.import.reading')}</div>`;
    const exportAs = (format: 'csv' | 'json') => this.dispatchEvent(new CustomEvent('dataset-export', { detail: { datasetId: this.datasetId, format }, bubbles: true, composed: true }));
    return html`
      <div class="toolbar" @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}>
        <button class="button secondary" ?disabled=${!this.source.canUndo} @click=${() => void this.undo()} title="Ctrl+Z">${this.t('datasets.editor.undo')}</button>
        <button class="button secondary" ?disabled=${!this.source.canRedo} @click=${() => void this.redo()} title="Ctrl+Shift+Z">${this.t('datasets.editor.redo')}</button>
        <span class="spacer"></span>
        <button class="button secondary" @click=${() => exportAs('csv')}>${this.t('datasets.editor.exportCsv')}</button>
        <button class="button secondary" @click=${() => exportAs('json')}>${this.t('datasets.editor.exportJson')}</button>
      </div>
      ${this.renderBanner(this.source)}
      <sc-data-grid .dataSource=${this.source} .onlyRows=${this.onlyRowsToFix} .cellNotes=${this.cellNotes(this.source)}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}></sc-data-grid>
    `;
  }
}

customElements.define('sc-dataset-editor', DatasetEditorElement);
