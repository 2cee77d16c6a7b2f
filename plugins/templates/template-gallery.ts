import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { resolveLocalized } from '../../src/core/localized-text.ts';
import type { ConfigProblem } from '../../src/core/scorecard/config-problems.ts';
import { MAX_SAMPLE_COUNT } from '../../src/core/templates/index.ts';
import { WorkbenchElement, buttonStyles, formControlStyles, type WorkbenchServices } from '../../src/workbench/api.ts';
import type { GalleryEntry } from './gallery-entry.ts';
import type { TemplateLibrary } from './template-library.ts';
import { previewTemplate, type TemplatePreview } from './template-preview-model.ts';
import './template-preview.ts';

interface GalleryGroup {
  key: string;
  label: string;
  entries: GalleryEntry[];
}

/** A file that did not import, kept on screen with its problems until dismissed. */
export interface ImportFailure {
  fileName: string;
  problems: ConfigProblem[];
}

/**
 * "New Scorecard from Template": the built-in templates grouped by industry, then the user's own;
 * the selected one previewed (tree, sample results) and created under a name with a sample size.
 * Keyboard: arrows move in the list, Enter creates, Escape closes.
 *
 * @fires gallery-close - the user pressed Escape
 * @fires gallery-created - detail { scorecardId } after a scorecard was created
 */
export class TemplateGalleryElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    library: { attribute: false },
    entries: { state: true },
    selectedId: { state: true },
    name: { state: true },
    count: { state: true },
    busy: { state: true },
    confirmingDelete: { state: true },
    importFailure: { state: true },
    notice: { state: true },
  };

  static override styles = [buttonStyles, formControlStyles, css`
    :host {
      display: block; height: 100%; overflow: auto; box-sizing: border-box; padding: 24px 32px;
      background: var(--vscode-editor-background); color: var(--vscode-foreground);
      font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
    }
    header { display: flex; align-items: center; gap: 12px; margin-bottom: 16px; }
    h1 { font-size: 1.6em; font-weight: 400; margin: 0; flex: 1; }
    h2 { font-size: 1.2em; font-weight: 600; margin: 0 0 4px; }
    .layout { display: grid; grid-template-columns: minmax(220px, 1fr) 2fr; gap: 24px; align-items: start; }
    [role='listbox'] { border: 1px solid var(--vscode-panel-border); padding: 4px 0; min-height: 120px; }
    [role='listbox']:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
    .group-label { padding: 6px 10px 2px; font-size: 0.85em; text-transform: uppercase; color: var(--vscode-descriptionForeground); }
    [role='option'] { padding: 4px 10px 4px 18px; cursor: pointer; }
    [role='option']:hover { background: var(--vscode-list-hoverBackground); }
    [role='option'][aria-selected='true'] { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
    .empty, .description, .meta { color: var(--vscode-descriptionForeground); }
    .description { margin: 0 0 12px; line-height: 1.5; }
    form { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 16px 0 0; }
    label { display: flex; flex-direction: column; gap: 2px; }
    input.name { min-width: 240px; }
    input.count { width: 110px; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 12px; }
    .failure { border: 1px solid var(--vscode-inputValidation-errorBorder, var(--vscode-errorForeground)); padding: 8px 12px; margin-bottom: 16px; }
    .failure ul { margin: 6px 0; padding-inline-start: 20px; }
    code { font-family: var(--vscode-editor-font-family, monospace); }
    .notice { margin: 0 0 12px; }
    input[type='file'] { display: none; }
  `];

  /** Where the templates come from and what creating, deleting and importing do. */
  declare library: TemplateLibrary | undefined;
  declare private entries: GalleryEntry[];
  declare private selectedId: string | undefined;
  declare private name: string;
  declare private count: number;
  declare private busy: boolean;
  declare private confirmingDelete: boolean;
  declare private importFailure: ImportFailure | undefined;
  declare private notice: string | undefined;
  private previewCache: { key: string; preview: TemplatePreview | undefined } | undefined;

  constructor() {
    super();
    this.library = undefined;
    this.entries = [];
    this.selectedId = undefined;
    this.name = '';
    this.count = 0;
    this.busy = false;
    this.confirmingDelete = false;
    this.importFailure = undefined;
    this.notice = undefined;
    this.addEventListener('keydown', (e) => this.onKeyDown(e));
  }

  protected override servicesReady(_services: WorkbenchServices, store: DisposableStore): void {
    if (this.library) store.add(this.library.onDidChange(() => void this.refresh()));
    void this.refresh();
  }

  /** Reloads the list (the library calls it on changes; tests await it). */
  async refresh(): Promise<void> {
    if (!this.library) return;
    this.entries = await this.library.list();
    if (!this.ordered().some((e) => this.keyOf(e) === this.selectedId)) this.select(this.ordered()[0]);
  }

  /** Gives the list the keyboard (the commands do, once the editor shows: a pane still hidden cannot take focus). */
  focusList(): void {
    this.renderRoot.querySelector<HTMLElement>('[role=listbox]')?.focus();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('selectedId')) this.renderRoot.querySelector('[role=option][aria-selected=true]')?.scrollIntoView({ block: 'nearest' });
  }

  get selected(): GalleryEntry | undefined {
    return this.ordered().find((e) => this.keyOf(e) === this.selectedId);
  }

  private keyOf(entry: GalleryEntry): string {
    return entry.origin === 'user' ? `user:${entry.docId ?? entry.template.id}` : entry.template.id;
  }

  /** Built-ins by industry (in the UI language, sorted), then the user's templates. */
  private groups(): GalleryGroup[] {
    const locale = this.services?.i18n.locale ?? 'en';
    const byIndustry = new Map<string, GalleryEntry[]>();
    for (const entry of this.entries.filter((e) => e.origin === 'builtin')) {
      const industry = resolveLocalized(entry.template.industry, locale);
      byIndustry.set(industry, [...(byIndustry.get(industry) ?? []), entry]);
    }
    const groups: GalleryGroup[] = [...byIndustry.entries()]
      .sort(([a], [b]) => a.localeCompare(b, locale))
      .map(([label, entries]) => ({ key: `industry:${label}`, label, entries }));
    const mine = this.entries.filter((e) => e.origin === 'user');
    if (mine.length > 0) groups.push({ key: 'user', label: this.t('templates.gallery.mine'), entries: mine });
    return groups;
  }

  private ordered(): GalleryEntry[] {
    return this.groups().flatMap((g) => g.entries);
  }

  private select(entry: GalleryEntry | undefined): void {
    this.selectedId = entry ? this.keyOf(entry) : undefined;
    this.confirmingDelete = false;
    if (entry) {
      this.name = resolveLocalized(entry.template.name, this.services?.i18n.locale ?? 'en');
      this.count = entry.template.sample.count;
    }
  }

  private preview(entry: GalleryEntry): TemplatePreview | undefined {
    const locale = this.services?.i18n.locale ?? 'en';
    const key = `${this.keyOf(entry)}\u0000${locale}`;
    if (this.previewCache?.key !== key) {
      let preview: TemplatePreview | undefined;
      try {
        preview = previewTemplate(entry.template, locale);
      } catch {
        preview = undefined; // a template whose sample cannot be evaluated is still listed and creatable
      }
      this.previewCache = { key, preview };
    }
    return this.previewCache.preview;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('gallery-close', { bubbles: true, composed: true }));
      return;
    }
    const inList = e.composedPath().some((n) => n instanceof HTMLElement && n.getAttribute('role') === 'listbox');
    if (!inList) return;
    const list = this.ordered();
    const index = list.findIndex((entry) => this.keyOf(entry) === this.selectedId);
    const move = (to: number): void => {
      e.preventDefault();
      this.select(list[Math.max(0, Math.min(list.length - 1, to))]);
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(list.length - 1);
    else if (e.key === 'Enter') {
      e.preventDefault();
      void this.create();
    }
  }

  /** Creates the selected template's documents and opens the scorecard. */
  async create(): Promise<void> {
    const entry = this.selected;
    if (!entry || !this.library || this.busy) return;
    const name = this.name.trim() || resolveLocalized(entry.template.name, this.services?.i18n.locale ?? 'en');
    const count = Math.min(MAX_SAMPLE_COUNT, Math.max(1, Math.round(this.count) || entry.template.sample.count));
    this.busy = true;
    try {
      const created = await this.library.create(entry.template, name, count);
      this.notice = this.t('templates.create.done', { name });
      this.dispatchEvent(new CustomEvent('gallery-created', { detail: created, bubbles: true, composed: true }));
    } catch (error) {
      this.notice = this.t('templates.create.failed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      this.busy = false;
    }
  }

  private async deleteSelected(): Promise<void> {
    const entry = this.selected;
    if (!entry || entry.origin !== 'user' || !this.library) return;
    if (!this.confirmingDelete) {
      this.confirmingDelete = true;
      return;
    }
    this.confirmingDelete = false;
    await this.library.deleteUserTemplate(entry);
  }

  /** Opens the browser's file chooser for a template file. */
  chooseImportFile(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  /** Imports a file: added to "My templates", or its problems shown (nothing else changes). */
  async importFile(file: File): Promise<boolean> {
    if (!this.library) return false;
    const checked = await this.library.importText(await file.text());
    if (!checked.valid) {
      this.importFailure = { fileName: file.name, problems: checked.problems.filter((p) => p.severity === 'error') };
      return false;
    }
    this.importFailure = undefined;
    await this.refresh();
    const imported = this.entries.find((e) => e.origin === 'user' && e.template.id === checked.template?.id);
    this.select(imported);
    this.notice = this.t('templates.import.done', { name: resolveLocalized(checked.template?.name, this.services?.i18n.locale ?? 'en') });
    return true;
  }

  private onFileChosen(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importFile(file);
  }

  private renderFailure(): unknown {
    const failure = this.importFailure;
    if (!failure) return nothing;
    const locale = this.services?.i18n.locale ?? 'en';
    return html`
      <section class="failure" role="alert">
        <strong>${this.t('templates.import.invalid', { file: failure.fileName, count: failure.problems.length })}</strong>
        <ul>
          ${failure.problems.map((p) => html`<li class="problem"><code>${p.pointer || '/'}</code> ${p.message[locale] ?? p.message.en}</li>`)}
        </ul>
        <button class="button secondary" @click=${() => { this.importFailure = undefined; }}>${this.t('templates.import.dismiss')}</button>
      </section>`;
  }

  private renderDetail(entry: GalleryEntry | undefined): unknown {
    if (!entry) return html`<p class="empty">${this.t('templates.gallery.nothingSelected')}</p>`;
    const template = entry.template;
    return html`
      <h2>${this.text(template.name)}</h2>
      <p class="meta">${this.text(template.industry)} · ${entry.origin === 'user' ? this.t('templates.gallery.userOrigin') : this.t('templates.gallery.builtinOrigin')}</p>
      <p class="description">${this.text(template.description)}</p>
      <form @submit=${(e: Event) => { e.preventDefault(); void this.create(); }}>
        <label>${this.t('templates.create.name')}
          <input class="name" .value=${live(this.name)} @input=${(e: Event) => { this.name = (e.target as HTMLInputElement).value; }}>
        </label>
        <label>${this.t('templates.create.count')}
          <input class="count" type="number" min="1" max=${MAX_SAMPLE_COUNT} .value=${live(String(this.count))}
            @input=${(e: Event) => { this.count = Number((e.target as HTMLInputElement).value); }}>
        </label>
        <button class="button create" type="submit" ?disabled=${this.busy}>${this.t('templates.create.button')}</button>
      </form>
      <div class="actions">
        <button class="button secondary export" @click=${() => this.library?.exportTemplate(template)}>${this.t('templates.gallery.export')}</button>
        ${entry.origin === 'user' ? html`
          <button class="button secondary delete" @click=${() => void this.deleteSelected()}>
            ${this.confirmingDelete ? this.t('templates.gallery.deleteConfirm', { name: this.text(template.name) }) : this.t('templates.gallery.delete')}
          </button>` : nothing}
      </div>
      <sc-template-preview .services=${this.services} .preview=${this.preview(entry)}></sc-template-preview>`;
  }

  override render(): unknown {
    const groups = this.groups();
    const selected = this.selected;
    return html`
      <header>
        <h1>${this.t('templates.gallery.title')}</h1>
        <button class="button secondary import" @click=${() => this.chooseImportFile()}>${this.t('templates.gallery.import')}</button>
        <input type="file" accept=".json,application/json" @change=${(e: Event) => this.onFileChosen(e)}>
      </header>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.renderFailure()}
      <div class="layout">
        <div role="listbox" tabindex="0" aria-label=${this.t('templates.gallery.listLabel')}
          aria-activedescendant=${selected ? `option-${this.ordered().indexOf(selected)}` : nothing}>
          ${groups.length === 0 ? html`<p class="empty">${this.t('templates.gallery.empty')}</p>` : nothing}
          ${groups.map((group, g) => html`
            <div role="group" aria-labelledby="group-${g}" data-group=${group.key}>
              <div class="group-label" id="group-${g}">${group.label}</div>
              ${group.entries.map((entry) => html`
                <div role="option" id="option-${this.ordered().indexOf(entry)}" aria-selected=${entry === selected ? 'true' : 'false'}
                  data-template=${entry.template.id} @click=${() => this.select(entry)} @dblclick=${() => void this.create()}>
                  ${this.text(entry.template.name)}
                </div>`)}
            </div>`)}
        </div>
        <section class="detail">${this.renderDetail(selected)}</section>
      </div>`;
  }
}

customElements.define('sc-template-gallery', TemplateGalleryElement);
