// The report editor: evaluates the scorecard over the dataset (in the worker), then shows the
// printable pages — one person, every person, or the team summary — with a person picker and a
// print button. Follows edits of the scorecard and the dataset.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import type { Locale } from '../../src/core/localized-text.ts';
import { appraisalReport, reportContext, type ReportContext } from '../../src/core/reports/appraisal-report.ts';
import type { AppraisalReport } from '../../src/core/reports/report-types.ts';
import { teamSummary } from '../../src/core/reports/team-summary.ts';
import { buttonStyles, formControlStyles, WorkbenchElement, type WorkbenchServices } from '../../src/workbench/api.ts';
import './report-book.ts';
import type { ReportEvaluator, ReportSource } from './report-evaluator.ts';
import type { ReportInputData, ReportView } from './report-input.ts';
import type { PrintPages } from './print-host.ts';

/** Persons listed in the picker at most (the filter finds the others). */
const PICKER_LIMIT = 200;
/** Pages of the 'all' view at most: a browser lays out a few hundred pages before it slows down. */
export const ALL_PAGES_LIMIT = 300;
/** Waits for a burst of edits to settle before evaluating again. */
const REFRESH_DELAY_MS = 300;

/**
 * @property data - the scorecard, dataset, view and person (the editor input's data)
 * @property evaluator - evaluates in the worker; set by the plugin
 */
export class ReportEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    data: { attribute: false },
    evaluator: { attribute: false },
    source: { state: true },
    error: { state: true },
    loading: { state: true },
    filter: { state: true },
  };

  static override styles = [buttonStyles, formControlStyles, css`
    :host { display: flex; flex-direction: column; height: 100%; min-height: 0; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); }
    .toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 6px 12px; border-bottom: 1px solid var(--vscode-panel-border); background: var(--vscode-editor-background); }
    .toolbar .status { color: var(--vscode-descriptionForeground); margin-left: auto; }
    .sheets { flex: 1 1 auto; overflow: auto; padding: 12px; background: #e8e8e8; }
    .error { color: var(--vscode-errorForeground); padding: 12px; }
    .note { color: #444444; text-align: center; margin: 0 0 8px; }
  `];

  declare data: ReportInputData | undefined;
  declare evaluator: ReportEvaluator | undefined;
  declare source: ReportSource | undefined;
  declare error: string | undefined;
  declare loading: boolean;
  declare filter: string;

  private context: { source: ReportSource; context: ReportContext } | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The pages last built and what they were built from: typing in the filter must not rebuild 300 reports. */
  private built: { key: string; source: ReportSource; pages: PrintPages } | undefined;

  constructor() {
    super();
    this.data = undefined;
    this.evaluator = undefined;
    this.source = undefined;
    this.error = undefined;
    this.loading = false;
    this.filter = '';
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.workspace.onDidChangeDocument((e) => {
      if (e.docId === this.data?.scorecardId || e.docId === this.data?.datasetId) this.scheduleRefresh();
    }));
    store.add({ dispose: () => clearTimeout(this.refreshTimer) });
    void this.refresh();
  }

  /** Shows another view or person (the command opened this tab again with new data). */
  show(data: ReportInputData): void {
    const sameSource = data.scorecardId === this.data?.scorecardId && data.datasetId === this.data.datasetId;
    this.data = data;
    if (!sameSource) void this.refresh();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  /** Evaluates again; resolves once the new pages can render (or the error is shown). */
  async refresh(): Promise<void> {
    const { data, evaluator } = this;
    if (!data || !evaluator) return;
    this.loading = true;
    try {
      const source = await evaluator.evaluate(data.scorecardId, data.datasetId);
      if (!source) return; // a newer refresh is on its way
      this.source = source;
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.loading = false;
    }
  }

  private reportContext(source: ReportSource): ReportContext {
    if (this.context?.source !== source) this.context = { source, context: reportContext(source.config, source.evaluation) };
    return this.context.context;
  }

  /** The pages the current view shows: what the print command prints. */
  pages(): PrintPages {
    const { source, data } = this;
    if (!source || !data) return { reports: [], team: undefined };
    const locale = this.services?.i18n.locale ?? 'en';
    const key = `${locale}|${data.view}|${data.index ?? 0}`;
    if (this.built?.key !== key || this.built.source !== source) this.built = { key, source, pages: this.buildPages(source, data, locale) };
    return this.built.pages;
  }

  private buildPages(source: ReportSource, data: ReportInputData, locale: Locale): PrintPages {
    const period = source.datasetName;
    if (data.view === 'team') return { reports: [], team: teamSummary(source.config, source.evaluation, locale, { period }) };
    const context = this.reportContext(source);
    const count = source.evaluation.records.length;
    const indexes = data.view === 'all'
      ? Array.from({ length: Math.min(count, ALL_PAGES_LIMIT) }, (_, i) => i)
      : [Math.min(data.index ?? 0, count - 1)].filter((i) => i >= 0);
    const reports: AppraisalReport[] = indexes.map((i) => appraisalReport(source.config, source.evaluation, i, locale, { context, period }));
    return { reports, team: undefined };
  }

  private setView(view: ReportView, index = this.data?.index): void {
    if (!this.data) return;
    this.data = index === undefined ? { ...this.data, view } : { ...this.data, view, index };
  }

  override render(): TemplateResult {
    const count = this.source?.evaluation.records.length ?? 0;
    const pages = this.pages();
    return html`<div class="toolbar" role="toolbar" aria-label=${this.t('reports.toolbar')}>
        <select aria-label=${this.t('reports.view.label')} @change=${(e: Event) => this.setView((e.target as HTMLSelectElement).value as ReportView)}>
          ${(['person', 'all', 'team'] as const).map((v) => html`<option value=${v} ?selected=${this.data?.view === v}>${this.t(`reports.view.${v}`)}</option>`)}
        </select>
        ${this.data?.view === 'person' ? this.renderPicker() : nothing}
        <button class="primary" @click=${() => void this.services?.commands.executeCommand('reports.print')} ?disabled=${pages.reports.length === 0 && !pages.team}>${this.t('reports.print')}</button>
        <span class="status" role="status">${this.loading ? this.t('reports.status.evaluating') : this.source ? this.t('reports.status.ready', { count, dataset: this.source.datasetName }) : ''}</span>
      </div>
      <div class="sheets">
        ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
        ${this.data?.view === 'all' && count > ALL_PAGES_LIMIT ? html`<p class="note">${this.t('reports.allLimited', { shown: ALL_PAGES_LIMIT, count })}</p>` : nothing}
        <sc-report-book .services=${this.services} .reports=${pages.reports} .team=${pages.team}></sc-report-book>
      </div>`;
  }

  private renderPicker(): TemplateResult {
    const records = this.source?.evaluation.records ?? [];
    const needle = this.filter.trim().toLowerCase();
    const matches: number[] = [];
    for (let i = 0; i < records.length && matches.length < PICKER_LIMIT; i++) {
      const r = records[i]!;
      if (!needle || r.id.toLowerCase().includes(needle) || (r.name ?? '').toLowerCase().includes(needle)) matches.push(i);
    }
    const current = this.data?.index ?? 0;
    if (records[current] && !matches.includes(current)) matches.unshift(current);
    return html`<input type="search" placeholder=${this.t('reports.filter')} aria-label=${this.t('reports.filter')} .value=${this.filter}
        @input=${(e: Event) => { this.filter = (e.target as HTMLInputElement).value; }}>
      <select aria-label=${this.t('reports.person.label')} @change=${(e: Event) => this.setView('person', Number((e.target as HTMLSelectElement).value))}>
        ${matches.map((i) => html`<option value=${i} ?selected=${i === current}>${records[i]!.name ? `${records[i]!.name} (${records[i]!.id})` : records[i]!.id}</option>`)}
      </select>`;
  }
}

if (!customElements.get('sc-report-editor')) customElements.define('sc-report-editor', ReportEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-report-editor': ReportEditorElement;
  }
}
