import { css, html, nothing } from 'lit';
import { convertCell } from '../../src/core/data/convert-cell.ts';
import type { TextEncodingName } from '../../src/core/data/decode-text.ts';
import { isListValue } from '../../src/core/data/list-text.ts';
import type { RowProblemCode } from '../../src/core/data/types.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';
import { buttonStyles, WorkbenchElement } from '../../src/workbench/api.ts';
import { editorPageStyles, typeOptions } from './editor-page-styles.ts';
import { type TypeChoice, typeChoiceOf, withTypeChoice } from './field-type-choices.ts';
import { listDisplay } from './grid/list-display.ts';
import type { BadRowPolicy, ImportBackend, ImportFormat, ImportJob, ImportOutcome, ImportPreview, ImportProgress } from './import-backend.ts';

const ENCODINGS: TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];
const FORMATS: ImportFormat[] = ['csv', 'json', 'xlsx'];
const PREVIEW_ROWS = 20;
/** The choices for bad rows, in the order shown; 'fix' is the default once the preview finds bad rows. */
const BAD_ROW_POLICIES: readonly BadRowPolicy[] = ['skip', 'keep-empty', 'fix', 'stop'];
/** Preview problems of the header, not of rows: they say nothing about how rows will fare. */
const HEADER_CODES: ReadonlySet<RowProblemCode> = new Set(['missing-column', 'duplicate-column', 'empty-column-name']);

type Phase = 'choose' | 'previewing' | 'ready' | 'importing' | 'done' | 'failed';

/** A column of the file and what the user decided for it before importing. */
interface ColumnChoice {
  field: FieldDef;
  include: boolean;
}

/**
 * The import editor: a file's preview with the inferred field types (editable before importing),
 * format/encoding/delimiter overrides, the policy for cells that do not fit their type, then the
 * import itself in a worker with a progress bar, Cancel, and a report of the problems by line.
 *
 * @fires dataset-imported - detail { datasetId } when an import has been committed.
 */
export class DatasetImportEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    file: { attribute: false },
    backend: { attribute: false },
    phase: { state: true },
    preview: { state: true },
    columns: { state: true },
    progress: { state: true },
    outcome: { state: true },
    error: { state: true },
  };

  /** The file to import (a File from the picker or a drop). */
  declare file: (Blob & { name?: string }) | undefined;
  declare backend: ImportBackend | undefined;
  declare phase: Phase;
  declare preview: ImportPreview | undefined;
  declare columns: ColumnChoice[];
  declare progress: ImportProgress | undefined;
  declare outcome: ImportOutcome | undefined;
  declare error: string | undefined;
  private format: ImportFormat | undefined;
  private encoding: TextEncodingName | undefined;
  private delimiter: string | undefined;
  private badRows: BadRowPolicy = 'skip';
  /** The user picked a bad-rows choice: it is no longer set from what the preview found. */
  private badRowsChosen = false;
  private datasetName = '';
  private job: ImportJob | undefined;
  private previewedFile: Blob | undefined;

  constructor() {
    super();
    this.file = undefined;
    this.backend = undefined;
    this.phase = 'choose';
    this.preview = undefined;
    this.columns = [];
    this.progress = undefined;
    this.outcome = undefined;
    this.error = undefined;
  }

  static override styles = [buttonStyles, editorPageStyles, css`
    th, td { border: 1px solid var(--vscode-panel-border); padding: 3px 8px; text-align: left; white-space: nowrap; max-width: 240px; overflow: hidden; text-overflow: ellipsis; }
    th { background: var(--vscode-sideBar-background, transparent); font-weight: 600; }
    .scroll { overflow: auto; max-height: 320px; border: 1px solid var(--vscode-panel-border); }
    .problems { margin: 4px 0; padding-left: 18px; color: var(--vscode-errorForeground); }
    .progress { display: flex; gap: 12px; align-items: center; margin: 12px 0; }
    progress { width: 320px; height: 10px; }
    .done { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
  `];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('file') && this.file && this.file !== this.previewedFile) {
      this.datasetName = (this.file.name ?? 'dataset').replace(/\.[^.]+$/, '');
      this.badRowsChosen = false;
      this.format = undefined;
      this.encoding = undefined;
      this.delimiter = undefined;
      void this.loadPreview();
    }
  }

  /** Reads the file's beginning again with the current overrides. */
  async loadPreview(): Promise<void> {
    if (!this.file || !this.backend) return;
    this.previewedFile = this.file;
    this.phase = 'previewing';
    this.error = undefined;
    try {
      const options = { ...(this.format ? { format: this.format } : {}), ...(this.encoding ? { encoding: this.encoding } : {}), ...(this.delimiter ? { delimiter: this.delimiter } : {}) };
      const preview = await this.backend.preview(this.file, options);
      this.preview = preview;
      this.columns = preview.inferredFields.map((field) => ({ field: { ...field }, include: true }));
      this.updateDefaultBadRows();
      this.phase = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.phase = 'failed';
    }
  }

  /** Starts the import with the choices made; resolves when it has finished, failed or been cancelled. */
  async startImport(): Promise<void> {
    if (!this.file || !this.backend || !this.preview || this.phase === 'importing') return;
    const fields = this.columns.filter((c) => c.include).map((c) => c.field);
    if (fields.length === 0) {
      this.error = this.t('datasets.import.noColumns');
      return;
    }
    this.phase = 'importing';
    this.error = undefined;
    this.progress = { bytes: 0, totalBytes: this.file.size, rows: 0 };
    const job = this.backend.start(this.file, {
      name: this.datasetName.trim() || this.t('datasets.import.defaultName'),
      fields,
      badRows: this.badRows,
      format: this.preview.format,
      ...(this.preview.encoding ? { encoding: this.preview.encoding } : {}),
      ...(this.preview.delimiter ? { delimiter: this.preview.delimiter } : {}),
    });
    this.job = job;
    job.onProgress((progress) => { this.progress = progress; });
    try {
      this.outcome = await job.done;
      this.phase = 'done';
      this.dispatchEvent(new CustomEvent('dataset-imported', { detail: { datasetId: this.outcome.datasetId }, bubbles: true, composed: true }));
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      this.error = cancelled ? this.t('datasets.import.cancelled') : this.t('datasets.import.failed', { error: error instanceof Error ? error.message : String(error) });
      this.phase = 'failed';
    } finally {
      this.job = undefined;
    }
  }

  cancel(): void {
    this.job?.cancel();
  }

  private setType(index: number, choice: TypeChoice): void {
    this.columns = this.columns.map((c, i) => (i === index ? { ...c, field: withTypeChoice(c.field, choice) } : c));
    this.updateDefaultBadRows();
  }

  private setInclude(index: number, include: boolean): void {
    this.columns = this.columns.map((c, i) => (i === index ? { ...c, include } : c));
    this.updateDefaultBadRows();
  }

  /**
   * Bad rows the preview shows with the fields as chosen now: rows it reported (wrong cell count,
   * broken quotes, invalid JSON) and sample cells that do not convert to their field's type.
   */
  private previewBadRows(): number {
    const preview = this.preview;
    if (!preview) return 0;
    const fields = this.columns.filter((c) => c.include).map((c) => c.field);
    const reported = new Set(preview.problems.filter((p) => !HEADER_CODES.has(p.code)).map((p) => p.line)).size;
    const cells = preview.sampleRecords.filter((record) => fields.some((field) => {
      const value = record[field.key];
      if (value === null || value === undefined) return false;
      // As the import reads them: text as it is, JSON numbers and booleans as written, objects as JSON.
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      return !convertCell(text, field).ok;
    })).length;
    return reported + cells;
  }

  /** Until the user picks one, rows with bad cells are imported for fixing when the preview has some. */
  private updateDefaultBadRows(): void {
    if (!this.badRowsChosen) this.badRows = this.previewBadRows() > 0 ? 'fix' : 'skip';
  }

  override render() {
    if (!this.file) return this.renderChooser();
    const size = this.file.size >= 1048576 ? `${(this.file.size / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(this.file.size / 1024))} KB`;
    const busy = this.phase === 'importing';
    return html`
      <h2>${this.t('datasets.import.title')}</h2>
      <div class="row"><span>${this.file.name ?? ''}</span><span class="meta">${size}</span></div>
      ${this.renderFormatOptions(busy)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.phase === 'previewing' ? html`<p class="meta">${this.t('datasets.import.reading')}</p>` : nothing}
      ${this.preview && this.phase !== 'previewing' ? this.renderPreview(busy) : nothing}
      ${this.renderRun()}
    `;
  }

  private renderChooser() {
    return html`<h2>${this.t('datasets.import.title')}</h2>
      <p class="hint">${this.t('datasets.import.choose')}</p>`;
  }

  private renderFormatOptions(busy: boolean) {
    const detected = this.preview;
    const select = <T extends string>(label: string, value: T | undefined, options: readonly T[], detectedValue: string | undefined, set: (v: T | undefined) => void, name: (v: T) => string) => html`
      <label>${label}
        <select ?disabled=${busy} @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; set(v === '' ? undefined : (v as T)); void this.loadPreview(); }}>
          <option value="" ?selected=${value === undefined}>${this.t('datasets.import.auto', { detected: detectedValue === undefined ? '—' : detectedValue })}</option>
          ${options.map((o) => html`<option value=${o} ?selected=${value === o}>${name(o)}</option>`)}
        </select>
      </label>`;
    return html`<div class="row">
      ${select(this.t('datasets.import.format'), this.format, FORMATS, detected?.format, (v) => { this.format = v; }, (v) => v.toUpperCase())}
      ${select(this.t('datasets.import.encoding'), this.encoding, ENCODINGS, detected?.encoding ? this.encodingName(detected.encoding) : undefined, (v) => { this.encoding = v; }, (v) => this.encodingName(v))}
      ${select(this.t('datasets.import.delimiter'), this.delimiter, [',', ';', '\t', '|'], detected?.delimiter === undefined ? undefined : this.delimiterName(detected.delimiter), (v) => { this.delimiter = v; }, (v) => this.delimiterName(v))}
    </div>`;
  }

  private encodingName(encoding: string): string {
    return encoding === 'gb18030' ? 'GB18030 / GBK' : encoding.toUpperCase();
  }

  private delimiterName(d: string): string {
    return d === '\t' ? this.t('datasets.import.tab') : d;
  }

  private renderPreview(busy: boolean) {
    const preview = this.preview!;
    const rows = preview.sampleRecords.slice(0, PREVIEW_ROWS);
    const bad = this.previewBadRows();
    return html`
      <div class="row"><label>${this.t('datasets.import.name')}
        <input type="text" .value=${this.datasetName} ?disabled=${busy} @input=${(e: Event) => { this.datasetName = (e.target as HTMLInputElement).value; }}></label></div>
      <h3>${this.t('datasets.import.fields')}</h3>
      <p class="hint">${this.t('datasets.import.fieldsHint', { rows: preview.sampleRecords.length })}</p>
      <table class="fields">
        <thead><tr><th>${this.t('datasets.import.column')}</th><th>${this.t('datasets.import.include')}</th><th>${this.t('datasets.import.type')}</th></tr></thead>
        <tbody>${this.columns.map((c, i) => html`<tr>
          <td>${c.field.key}</td>
          <td><input type="checkbox" aria-label=${this.t('datasets.import.includeColumn', { column: c.field.key })} .checked=${c.include} ?disabled=${busy} @change=${(e: Event) => this.setInclude(i, (e.target as HTMLInputElement).checked)}></td>
          <td><select aria-label=${this.t('datasets.import.typeOf', { column: c.field.key })} ?disabled=${busy || !c.include} @change=${(e: Event) => this.setType(i, (e.target as HTMLSelectElement).value as TypeChoice)}>
            ${typeOptions(typeChoiceOf(c.field), (key) => this.t(key))}
          </select></td>
        </tr>`)}</tbody>
      </table>
      <h3>${this.t('datasets.import.preview', { rows: rows.length })}</h3>
      <div class="scroll"><table class="preview">
        <thead><tr>${preview.columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr>${preview.columns.map((c) => {
          const v = r[c];
          if (v === null || v === undefined || v === '') return html`<td class="missing">${this.t('datasets.missing')}</td>`;
          // A JSON array as its items, the whole list in the tooltip.
          if (isListValue(v)) {
            const shown = listDisplay(v);
            return html`<td title=${shown.title}>${v.length ? shown.text : '[]'}</td>`;
          }
          return html`<td>${typeof v === 'object' ? JSON.stringify(v) : String(v)}</td>`;
        })}</tr>`)}</tbody>
      </table></div>
      ${preview.problems.length ? html`<h3>${this.t('datasets.import.previewProblems')}</h3><ul class="problems">${preview.problems.slice(0, 20).map((p) => html`<li>${this.problemText(p.line, p.column, p.message)}</li>`)}</ul>` : nothing}
      <h3>${this.t('datasets.import.badRows')}</h3>
      ${bad > 0 ? html`<p class="hint found">${this.t('datasets.import.badRows.found', { count: bad })}</p>` : nothing}
      <div class="row" role="radiogroup" aria-label=${this.t('datasets.import.badRows')}>
        ${BAD_ROW_POLICIES.map((policy) => html`<label><input type="radio" name="bad-rows" value=${policy} .checked=${this.badRows === policy} ?disabled=${busy}
          @change=${() => { this.badRows = policy; this.badRowsChosen = true; this.requestUpdate(); }}>${this.t(`datasets.import.badRows.${policy}`)}</label>`)}
      </div>
      ${this.badRows === 'fix' ? html`<p class="hint">${this.t('datasets.import.badRows.fixHint')}</p>` : nothing}`;
  }

  private problemText(line: number, column: string, message: { en: string; 'zh-CN': string }): string {
    const text = this.services?.i18n.locale === 'zh-CN' ? message['zh-CN'] : message.en;
    return column ? this.t('datasets.problem.cell', { line, column, message: text }) : this.t('datasets.problem.row', { line, message: text });
  }

  private renderRun() {
    if (!this.preview) return nothing;
    const p = this.progress;
    const percent = p && p.totalBytes > 0 ? Math.min(100, Math.round((p.bytes / p.totalBytes) * 100)) : 0;
    return html`
      <div class="row">
        <button class="button" ?disabled=${this.phase !== 'ready' && this.phase !== 'failed' && this.phase !== 'done'} @click=${() => void this.startImport()}>${this.t('datasets.import.start')}</button>
      </div>
      ${this.phase === 'importing' && p ? html`<div class="progress">
        <progress max="100" .value=${percent} aria-label=${this.t('datasets.import.progress')}></progress>
        <span role="status">${this.t('datasets.import.progressText', { percent, rows: p.rows.toLocaleString() })}</span>
        <button class="button secondary" @click=${() => this.cancel()}>${this.t('datasets.import.cancel')}</button>
      </div>` : nothing}
      ${this.phase === 'done' && this.outcome ? html`
        <p class="done" role="status">${this.t('datasets.import.done', { rows: this.outcome.rows.toLocaleString(), skipped: this.outcome.skippedRows.toLocaleString() })}</p>
        ${this.outcome.rowsToFix ? html`<p class="to-fix">${this.t('datasets.import.toFix', { rows: this.outcome.rowsToFix.toLocaleString() })}</p>` : nothing}
        ${this.outcome.problemCount ? html`<h3>${this.t('datasets.import.problems', { count: this.outcome.problemCount })}</h3>
          <ul class="problems">${this.outcome.problems.slice(0, 100).map((pr) => html`<li>${this.problemText(pr.line, pr.column, pr.message)}</li>`)}</ul>` : nothing}
        <button class="button" @click=${() => this.dispatchEvent(new CustomEvent('dataset-open', { detail: { datasetId: this.outcome!.datasetId }, bubbles: true, composed: true }))}>${this.t('datasets.import.open')}</button>` : nothing}
    `;
  }
}

customElements.define('sc-dataset-import-editor', DatasetImportEditorElement);
