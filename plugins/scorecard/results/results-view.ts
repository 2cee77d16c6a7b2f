// <sc-scorecard-results>: the live results of the scorecard being edited — status, a virtualised
// grid of every record (total, grade, rank, percentile, each dimension), sortable and filterable
// by grade, and the clicked record's full explanation. The charts board goes in the `charts` slot.
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { DisposableStore } from '../../../src/base/lifecycle.ts';
import { type CompiledScorecard, compileScorecard } from '../../../src/core/scorecard/compile-scorecard.ts';
import { explainRecord, type RecordExplanation } from '../../../src/core/scorecard/explain-record.ts';
import type { GradeBand } from '../../../src/core/scorecard/types.ts';
import { WorkbenchElement, type WorkbenchServices } from '../../../src/workbench/api.ts';
import { renderExplanation } from './record-explanation.ts';
import type { ResultsRun, ScorecardResultsController } from './results-controller.ts';
import { ALL_GRADES, dimensionColumns, type GradeFilter, NO_GRADE, type ResultsSort, type ResultsSortKey, sortKeyId, visibleRows } from './results-rows.ts';
import { scorecardResultsStyles } from './results-styles.ts';

const LAYOUT = {};

/** Columns whose first click sorts high to low (scores); the others (row, rank) sort low to high first. */
const DESCENDING_FIRST = new Set(['total', 'grade', 'percentile']);

/** Detail of `sc-record-select`. */
export interface RecordSelectDetail {
  index: number;
}

/**
 * The scorecard's live results.
 * @property controller - the ScorecardResultsController the editor updates
 * @property selected - the record explained (index in the evaluation); set it to explain another
 * @fires sc-record-select - the user picked a record (click or arrow keys); detail: RecordSelectDetail
 * @slot charts - the charts board, shown under the grid
 */
export class ScorecardResultsElement extends WorkbenchElement {
  static override properties: PropertyDeclarations = {
    ...WorkbenchElement.properties,
    controller: { attribute: false },
    selected: { attribute: false },
    sort: { state: true },
    gradeFilter: { state: true },
  };

  static override styles = scorecardResultsStyles;

  declare controller: ScorecardResultsController | undefined;
  declare selected: number | undefined;
  declare sort: ResultsSort;
  declare gradeFilter: GradeFilter;

  private rows: Uint32Array = new Uint32Array(0);
  private rowsKey = '';
  private compiled: { run: ResultsRun; compiled: CompiledScorecard } | undefined;
  private explained: { key: string; explanation: RecordExplanation } | undefined;
  private subscribedTo: ScorecardResultsController | undefined;

  constructor() {
    super();
    this.controller = undefined;
    this.selected = undefined;
    this.sort = { key: 'row', descending: false };
    this.gradeFilter = ALL_GRADES;
  }

  protected override servicesReady(_services: WorkbenchServices, store: DisposableStore): void {
    this.subscribedTo = this.controller;
    if (this.controller) store.add(this.controller.onDidChange(() => this.requestUpdate()));
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('controller') && this.controller && this.services && this.subscribedTo !== this.controller) {
      this.subscribedTo = this.controller;
      this.track(this.controller.onDidChange(() => this.requestUpdate()));
    }
  }

  /** The rows shown, in order (record indexes). */
  visibleRows(): Uint32Array {
    const result = this.controller?.state.result;
    if (!result) return new Uint32Array(0);
    const key = `${result.runId}|${this.gradeFilter}|${sortKeyId(this.sort.key)}|${this.sort.descending}`;
    if (key !== this.rowsKey) {
      this.rows = visibleRows(result.evaluation, result.config.grades.bands.map((b) => b.id), this.gradeFilter, this.sort);
      this.rowsKey = key;
    }
    return this.rows;
  }

  /** Sorts by a column; a second click on the same column reverses the order. */
  sortBy(key: ResultsSortKey): void {
    const same = sortKeyId(key) === sortKeyId(this.sort.key);
    this.sort = { key, descending: same ? !this.sort.descending : DESCENDING_FIRST.has(sortKeyId(key)) || typeof key === 'object' };
  }

  /** The explanation of the selected record under the current result, in the display language. */
  explanation(): RecordExplanation | undefined {
    const run = this.controller?.state.result;
    const index = this.selected;
    if (!run || index === undefined || index >= run.evaluation.records.length) return undefined;
    const locale = this.services?.i18n.locale ?? 'en';
    const key = `${run.runId}|${index}|${locale}`;
    if (this.explained?.key !== key) {
      if (this.compiled?.run !== run) this.compiled = { run, compiled: compileScorecard(run.config) };
      this.explained = { key, explanation: explainRecord(this.compiled.compiled, run.evaluation, index, locale) };
    }
    return this.explained.explanation;
  }

  private pick(index: number): void {
    this.selected = index;
    this.dispatchEvent(new CustomEvent<RecordSelectDetail>('sc-record-select', { detail: { index }, bubbles: true, composed: true }));
  }

  private band(run: ResultsRun, id: string | null): GradeBand | undefined {
    return id === null ? undefined : run.config.grades.bands.find((b) => b.id === id);
  }

  override render(): TemplateResult {
    return html`<div class="header" role="status">${this.renderStatus()}</div>
      <div class="body">
        <div class="table">${this.renderTable()}</div>
        <div class="details" aria-live="polite">${this.renderDetails()}</div>
      </div>
      <div class="charts"><slot name="charts"></slot></div>`;
  }

  private renderStatus(): TemplateResult {
    const state = this.controller?.state;
    if (!state) return html`<span class="muted">${this.t('scorecard.results.idle')}</span>`;
    const number = new Intl.NumberFormat(this.services?.i18n.locale);
    const records = state.records === undefined ? nothing : html`<span>${this.t('scorecard.results.records', { count: number.format(state.records) })}</span>`;
    let status: TemplateResult;
    switch (state.status) {
      case 'idle': status = html`<span class="muted">${this.t('scorecard.results.idle')}</span>`; break;
      case 'no-dataset': status = html`<span class="muted">${this.t('scorecard.results.noDataset')}</span>`; break;
      case 'loading': status = html`<span>${this.t('scorecard.results.loading', { name: state.datasetName ?? '' })}</span>`; break;
      // evaluate() reports no progress, so the bar is indeterminate.
      case 'running': status = html`<progress aria-label=${this.t('scorecard.results.running')}></progress><span>${this.t('scorecard.results.running')}</span>`; break;
      case 'invalid': status = html`<span class="error invalid" role="alert">${state.error?.message ?? ''}</span>`; break;
      case 'failed': status = html`<span class="error" role="alert">${this.t('scorecard.results.failed', { message: state.error?.message ?? '' })}</span>`; break;
      default: status = state.result ? html`<span class="time">${this.t('scorecard.results.done', { ms: Math.round(state.result.ms) })}</span>` : html``;
    }
    const stats = state.result?.evaluation.stats;
    const numberFmt = new Intl.NumberFormat(this.services?.i18n.locale, { maximumFractionDigits: 2 });
    return html`<span class="dataset">${state.datasetName ?? ''}</span> ${records} ${status}
      ${stats && stats.mean !== null ? html`<span class="stats">${this.t('scorecard.results.stats', { mean: numberFmt.format(stats.mean), min: numberFmt.format(stats.min ?? 0), max: numberFmt.format(stats.max ?? 0), failed: stats.failed })}</span>` : nothing}`;
  }

  private renderTable(): TemplateResult {
    const run = this.controller?.state.result;
    if (!run) return html`<div class="empty">${this.t('scorecard.results.noResults')}</div>`;
    const locale = this.services?.i18n.locale;
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const { evaluation, config } = run;
    const K = evaluation.nodes.length;
    const dims = dimensionColumns(evaluation);
    const dimNames = dims.map((k) => this.text(config.root.children.find((c) => c.id === evaluation.nodes[k]!.id)?.name) || evaluation.nodes[k]!.id);
    const rows = this.visibleRows();
    const columns = `3.5em minmax(4em, 1.5fr) 4.5em minmax(5em, 1fr) 3.5em 4.5em${' minmax(3.5em, 1fr)'.repeat(dims.length)}`;
    const head = (key: ResultsSortKey, label: string, num = true): TemplateResult => {
      const active = sortKeyId(key) === sortKeyId(this.sort.key);
      return html`<span class=${num ? 'num' : ''} role="columnheader" aria-sort=${active ? (this.sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button data-sort=${sortKeyId(key)} title=${this.t('scorecard.results.sortBy', { column: label })} @click=${() => this.sortBy(key)}>${label}${active ? (this.sort.descending ? ' ▼' : ' ▲') : ''}</button></span>`;
    };
    return html`<div class="controls">
        <label>${this.t('scorecard.results.gradeFilter')} <select class="grade-filter" @change=${(e: Event) => { this.gradeFilter = (e.target as HTMLSelectElement).value; }}>
          <option value=${ALL_GRADES} ?selected=${this.gradeFilter === ALL_GRADES}>${this.t('scorecard.results.allGrades')}</option>
          ${config.grades.bands.map((b) => html`<option value=${b.id} ?selected=${this.gradeFilter === b.id}>${this.text(b.label) || b.id} (${number.format(evaluation.stats.grades[b.id] ?? 0)})</option>`)}
          ${evaluation.stats.failed > 0 ? html`<option value=${NO_GRADE} ?selected=${this.gradeFilter === NO_GRADE}>${this.t('scorecard.results.noGrade')} (${number.format(evaluation.stats.failed)})</option>` : nothing}
        </select></label>
        <span class="shown">${this.t('scorecard.results.shown', { count: number.format(rows.length) })}</span>
      </div>
      <div class="grid-head" role="row" style="--columns: ${columns}">
        ${head('row', '#')}<span role="columnheader" class="plain">${this.t('scorecard.results.col.subject')}</span>${head('total', this.t('scorecard.results.col.total'))}
        ${head('grade', this.t('scorecard.results.col.grade'), false)}${head('rank', this.t('scorecard.results.col.rank'))}${head('percentile', this.t('scorecard.results.col.percentile'))}
        ${dims.map((k, d) => head({ node: k }, dimNames[d]!))}
      </div>
      <div class="grid" role="listbox" tabindex="0" aria-label=${this.t('scorecard.results.grid')} @keydown=${(e: KeyboardEvent) => this.onGridKey(e, rows)}>${virtualize({
        items: [...rows],
        layout: LAYOUT,
        scroller: true,
        keyFunction: (index: number) => index,
        renderItem: (index: number) => {
          const r = evaluation.records[index]!;
          const band = this.band(run, r.grade);
          const selected = this.selected === index;
          return html`<div role="option" class="row ${selected ? 'selected' : ''}" aria-selected=${selected ? 'true' : 'false'} data-index=${index} style="--columns: ${columns}" @click=${() => this.pick(index)}>
            <span class="num">${index + 1}</span><span title=${r.name ?? r.id}>${r.name ? `${r.id} ${r.name}` : r.id}</span>
            <span class="num total">${r.total === null ? '—' : number.format(r.total)}</span>
            <span class="grade" data-grade=${r.grade ?? ''}>${band ? html`<span class="swatch" style="background: ${band.color ?? 'transparent'}"></span>${this.text(band.label) || band.id}` : '—'}</span>
            <span class="num">${r.rank ?? '—'}</span><span class="num">${r.percentile === null ? '—' : percent.format(r.percentile)}</span>
            ${dims.map((k) => { const s = evaluation.scores[index * K + k]!; return html`<span class="num">${Number.isNaN(s) ? '—' : number.format(s)}</span>`; })}
          </div>`;
        },
      })}</div>`;
  }

  private onGridKey(e: KeyboardEvent, rows: Uint32Array): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const at = this.selected === undefined ? -1 : rows.indexOf(this.selected);
    const next = rows[Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next === undefined) return;
    this.pick(next);
    // Keep the picked row in view: the virtualizer renders it once it is near the viewport.
    void this.updateComplete.then(() => this.renderRoot.querySelector(`.row[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' }));
  }

  private renderDetails(): TemplateResult {
    const run = this.controller?.state.result;
    const ex = this.explanation();
    if (!run || !ex) return html`<div class="empty">${this.t('scorecard.results.pickRecord')}</div>`;
    const number = new Intl.NumberFormat(this.services?.i18n.locale, { maximumFractionDigits: 2 });
    const { docId, datasetId } = this.controller?.state ?? {};
    const openReport = (): unknown => this.services?.commands.executeCommand('reports.openPersonReport', { scorecardId: docId, datasetId, index: ex.index });
    return html`${renderExplanation(ex, run.evaluation.records[ex.index]?.name, {
      t: (key, args) => this.t(key, args),
      number: (x) => number.format(x),
      gradeLabel: (id) => { const b = this.band(run, id); return b ? this.text(b.label) || b.id : ''; },
    })}<p><button class="open-report" @click=${() => void openReport()}>${this.t('scorecard.results.openReport')}</button></p>`;
  }
}

if (!customElements.get('sc-scorecard-results')) customElements.define('sc-scorecard-results', ScorecardResultsElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-scorecard-results': ScorecardResultsElement;
  }
}
