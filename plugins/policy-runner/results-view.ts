import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import type { RunComparison } from '../../src/core/policy/compare-runs.ts';
import type { PolicyTestCase } from '../../src/core/policy/types.ts';
import { buttonStyles, WorkbenchElement, type DocumentVersion, type WorkbenchServices } from '../../src/workbench/api.ts';
import { VETO_CAP, VETO_VOID } from '../../src/core/policy/evaluation-types.ts';
import { firedRules, ruleNames, visibleRows, type OutcomeFilter, type OutcomeSort } from './outcome-list.ts';
import { explainRecord, type RecordExplanation } from './record-explanation.ts';
import type { RunnerController } from './runner-controller.ts';
import { renderTraceRoot } from './trace-tree.ts';
import './test-case-form.ts';
import { resultsStyles } from './results-styles.ts';

type Tab = 'results' | 'tests' | 'cross-check' | 'compare';
const LAYOUT = {};

/**
 * The live test runner's panel: counts per rule, the virtualised outcome of every record, the trace
 * of the record clicked, saved test cases, the json-logic-js cross-check and the comparison with a
 * previous version of the policy.
 */
export class PolicyResultsElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    controller: { attribute: false },
    tab: { state: true },
    filter: { state: true },
    sort: { state: true },
    ruleFilter: { state: true },
    selected: { state: true },
    explanation: { state: true },
    versions: { state: true },
    busy: { state: true },
  };

  declare controller: RunnerController | undefined;
  declare tab: Tab;
  declare filter: OutcomeFilter;
  declare sort: OutcomeSort;
  /** Only records this rule (by index) fired on. */
  declare ruleFilter: number | undefined;
  declare selected: number | undefined;
  declare explanation: { index: number; rowId: number; record: Record<string, unknown>; result: RecordExplanation } | undefined;
  declare versions: DocumentVersion[];
  declare busy: boolean;

  constructor() {
    super();
    this.controller = undefined;
    this.tab = 'results';
    this.filter = 'all';
    this.sort = 'row';
    this.ruleFilter = undefined;
    this.selected = undefined;
    this.explanation = undefined;
    this.versions = [];
    this.busy = false;
  }

  static override styles = [buttonStyles, resultsStyles];

  protected override servicesReady(_services: WorkbenchServices, store: DisposableStore): void {
    if (this.controller) store.add(this.controller.onDidChange(() => this.onControllerChange()));
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('controller') && this.controller && this.services) this.track(this.controller.onDidChange(() => this.onControllerChange()));
  }

  private rows: Uint32Array = new Uint32Array(0);
  private rowsKey = '';

  private onControllerChange(): void {
    // A new run keeps the selected record explained against the new rules.
    if (this.selected !== undefined && this.explanation && this.controller?.state.document) {
      this.explanation = { ...this.explanation, result: explainRecord(this.controller.state.document, this.explanation.record, this.controller.engine()) };
    }
    this.requestUpdate();
  }

  private currentRows(): Uint32Array {
    const result = this.controller?.state.result;
    if (!result) return new Uint32Array(0);
    const key = `${result.runId}|${this.filter}|${this.sort}|${this.ruleFilter ?? ''}`;
    if (key !== this.rowsKey) {
      this.rows = visibleRows(result.evaluation, this.filter, this.sort, this.ruleFilter);
      this.rowsKey = key;
    }
    return this.rows;
  }

  /** Shows why record `index` got its outcome. */
  async select(index: number): Promise<void> {
    const controller = this.controller;
    const document = controller?.state.document;
    if (!controller || !document) return;
    this.selected = index;
    const found = await controller.record(index);
    if (!found || this.selected !== index) return;
    this.explanation = { index, ...found, result: explainRecord(document, found.record, controller.engine()) };
  }

  /** Saves the selected record with its current outcome as a test case of the policy. */
  private async pinTestCase(): Promise<void> {
    const state = this.controller?.state;
    if (!this.explanation || !state?.docId || !state.document || !this.services) return;
    const { outcome } = this.explanation.result;
    const tests = state.document.tests ?? [];
    const test: PolicyTestCase = {
      id: `t${tests.length + 1}-${this.explanation.rowId}`,
      name: this.t('policy-runner.testName', { row: this.explanation.index + 1 }),
      record: this.explanation.record,
      source: { datasetId: state.datasetId ?? '', rowId: this.explanation.rowId },
      expect: { fired: outcome.fired, points: outcome.points, money: outcome.money, veto: outcome.veto, ...(outcome.flags.length ? { flags: outcome.flags } : {}) },
    };
    await this.saveTestCase(test);
  }

  private async loadVersions(): Promise<void> {
    const docId = this.controller?.state.docId;
    if (!docId || !this.services) return;
    this.versions = await this.services.workspace.listVersions(docId);
  }

  private async compare(versionId: string): Promise<void> {
    const version = this.versions.find((v) => v.id === versionId);
    if (!version || !this.services || !this.controller) return;
    this.busy = true;
    try {
      const previous = await this.services.workspace.getVersionContent(versionId);
      await this.controller.compareWith(previous as never, version.label ?? new Date(version.at).toLocaleString(this.services.i18n.locale));
    } finally {
      this.busy = false;
    }
  }

  private async crossCheck(): Promise<void> {
    this.busy = true;
    try {
      await this.controller?.crossCheck();
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    const state = this.controller?.state;
    if (!state?.document) return html`<div class="empty">${this.t('policy-runner.idle')}</div>`;
    const tabs: Tab[] = ['results', 'tests', 'cross-check', 'compare'];
    const failing = state.tests.filter((t) => t.outcome !== 'passed').length;
    return html`
      <div class="header">${this.renderStatus()}</div>
      <div role="tablist" class="tabs" aria-label=${this.t('policy-runner.view.name')}>
        ${tabs.map((tab) => html`<button role="tab" aria-selected=${this.tab === tab ? 'true' : 'false'} @click=${() => { this.tab = tab; if (tab === 'compare') void this.loadVersions(); }}>
          ${this.t(`policy-runner.tab.${tab}`)}${tab === 'tests' && state.tests.length ? html` <span class="badge ${failing ? 'bad' : 'good'}">${state.tests.length - failing}/${state.tests.length}</span>` : nothing}</button>`)}
      </div>
      <div class="tab-body">
        ${this.tab === 'results' ? this.renderResults() : this.tab === 'tests' ? this.renderTests() : this.tab === 'cross-check' ? this.renderCrossCheck() : this.renderCompare()}
      </div>`;
  }

  private renderStatus(): TemplateResult {
    const state = this.controller!.state;
    const number = new Intl.NumberFormat(this.services?.i18n.locale);
    const records = state.records === undefined ? '' : this.t('policy-runner.records', { count: number.format(state.records) });
    let status: TemplateResult;
    switch (state.status) {
      case 'no-dataset': status = html`<span>${this.t('policy-runner.noDataset')}</span>`; break;
      case 'loading': status = html`<span>${this.t('policy-runner.loading', { name: state.datasetName ?? '' })}</span>`; break;
      case 'running': status = html`<progress aria-label=${this.t('policy-runner.running')} max=${state.progress?.total ?? 1} value=${state.progress?.done ?? 0}></progress>
        <button class="secondary" @click=${() => this.controller?.cancel()}>${this.t('policy-runner.cancel')}</button>`; break;
      case 'failed': status = html`<span class="error" role="alert">${this.t('policy-runner.failed', { message: state.error?.message ?? '' })}</span>`; break;
      default: status = state.result ? html`<span>${this.t('policy-runner.done', { ms: Math.round(state.result.ms) })}</span>` : html``;
    }
    const totals = state.result?.evaluation.totals;
    return html`<span class="dataset">${state.datasetName ?? ''}</span> <span>${records}</span> ${status}
      ${totals ? html`<span class="totals" role="status">${this.t('policy-runner.totals', { hit: number.format(totals.fired), points: number.format(totals.points), money: number.format(totals.money), void: totals.voided, cap: totals.capped })}</span>` : nothing}`;
  }

  private renderResults(): TemplateResult {
    const result = this.controller!.state.result;
    if (!result) return html`<div class="empty">${this.t('policy-runner.noResults')}</div>`;
    const number = new Intl.NumberFormat(this.services?.i18n.locale, { maximumFractionDigits: 2 });
    const evaluation = result.evaluation;
    const total = evaluation.totals.records || 1;
    const rows = this.currentRows();
    const names = ruleNames(result.document, (text) => this.text(text));
    return html`<div class="results">
      <div class="rules-pane"><table class="rules" aria-label=${this.t('policy-runner.rulesTable')}>
        <thead><tr><th>${this.t('policy-runner.col.rule')}</th><th>${this.t('policy-runner.col.fired')}</th><th>${this.t('policy-runner.col.points')}</th><th>${this.t('policy-runner.col.money')}</th><th>${this.t('policy-runner.col.errors')}</th></tr></thead>
        <tbody>${evaluation.rules.map((r, i) => html`<tr class=${this.ruleFilter === i ? 'active' : ''} tabindex="0" title=${this.t('policy-runner.filterByRule')}
            @click=${() => { this.ruleFilter = this.ruleFilter === i ? undefined : i; }} @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { this.ruleFilter = this.ruleFilter === i ? undefined : i; e.preventDefault(); } }}>
          <td>${names.get(r.id) ?? r.id}</td><td class="num" data-rule=${r.id}>${number.format(r.fired)} <span class="pct">(${(100 * r.fired / total).toFixed(1)}%)</span></td>
          <td class="num">${number.format(r.points)}</td><td class="num">${number.format(r.money)}</td><td class="num ${r.errors ? 'error' : ''}">${r.errors || ''}</td></tr>`)}</tbody>
      </table></div>
      <div class="outcomes">
        <div class="controls">
          <label>${this.t('policy-runner.filter')} <select @change=${(e: Event) => { this.filter = (e.target as HTMLSelectElement).value as OutcomeFilter; }}>
            ${(['all', 'hit', 'not-hit', 'veto', 'errors'] as const).map((f) => html`<option value=${f} ?selected=${this.filter === f}>${this.t(`policy-runner.filter.${f}`)}</option>`)}</select></label>
          <label>${this.t('policy-runner.sort')} <select @change=${(e: Event) => { this.sort = (e.target as HTMLSelectElement).value as OutcomeSort; }}>
            ${(['row', 'points-asc', 'points-desc', 'money-desc'] as const).map((s) => html`<option value=${s} ?selected=${this.sort === s}>${this.t(`policy-runner.sort.${s}`)}</option>`)}</select></label>
          <span>${this.t('policy-runner.shown', { count: number.format(rows.length) })}</span>
        </div>
        <div class="grid-head" aria-hidden="true"><span>#</span><span>${this.t('policy-runner.col.points')}</span><span>${this.t('policy-runner.col.money')}</span><span>${this.t('policy-runner.col.veto')}</span><span>${this.t('policy-runner.col.firedRules')}</span></div>
        <div class="grid" role="listbox" tabindex="0" aria-label=${this.t('policy-runner.outcomes')} @keydown=${(e: KeyboardEvent) => this.onGridKey(e, rows)}>${virtualize({
          items: [...rows],
          layout: LAYOUT,
          scroller: true,
          keyFunction: (index: number) => index,
          renderItem: (index: number) => html`<div role="option" class="row ${this.selected === index ? 'selected' : ''}" aria-selected=${this.selected === index ? 'true' : 'false'} data-index=${index} @click=${() => void this.select(index)}>
            <span>${index + 1}</span><span class="num">${number.format(evaluation.points[index]!)}</span><span class="num">${number.format(evaluation.money[index]!)}</span>
            <span>${evaluation.veto[index] === VETO_VOID ? this.t('policy-runner.veto.void') : evaluation.veto[index] === VETO_CAP ? this.t('policy-runner.veto.cap') : ''}</span><span class="fired">${firedRules(evaluation, index).join(', ')}</span></div>`,
        })}</div>
      </div>
      <div class="details" aria-live="polite">${this.renderDetails()}</div>
    </div>`;
  }

  private onGridKey(e: KeyboardEvent, rows: Uint32Array): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const at = this.selected === undefined ? -1 : rows.indexOf(this.selected);
    const next = rows[Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next !== undefined) void this.select(next);
  }

  private renderDetails(): TemplateResult {
    const ex = this.explanation;
    if (!ex) return html`<div class="empty">${this.t('policy-runner.pickRecord')}</div>`;
    const locale = this.services?.i18n.locale ?? 'en';
    const { outcome } = ex.result;
    return html`<h3>${this.t('policy-runner.recordTitle', { row: ex.index + 1 })}</h3>
      <p>${this.t('policy-runner.outcome', { points: outcome.points, money: outcome.money, veto: outcome.veto, flags: outcome.flags.join(', ') || '—' })}</p>
      <button @click=${() => void this.pinTestCase()}>${this.t('policy-runner.pin')}</button>
      <ul class="explained">${ex.result.rules.map((r) => html`<li class=${r.fired ? 'fired' : ''}>
        <strong>${r.fired ? '✓' : '✗'} ${r.id} ${this.text(r.name as never)}</strong>
        <div>${r.when.summary[locale]}</div>
        ${r.amount ? html`<div>${this.t('policy-runner.amount')}: ${r.amount.summary[locale]}</div>` : nothing}
        <details><summary>${this.t('policy-runner.trace')}</summary>${renderTraceRoot(r.when.trace)}</details>
      </li>`)}</ul>
      <details><summary>${this.t('policy-runner.recordData')}</summary><pre>${JSON.stringify(ex.record, null, 2)}</pre></details>`;
  }

  private renderTests(): TemplateResult {
    const state = this.controller!.state;
    const tests = state.tests;
    return html`${tests.length === 0 ? html`<div class="empty">${this.t('policy-runner.noTests')}</div>`
      : html`<ul class="tests">${tests.map((t) => html`<li class=${t.outcome}><span class="mark">${t.outcome === 'passed' ? '✓' : '✗'}</span> ${t.name}${t.message ? html`<div class="message">${t.message}</div>` : nothing}</li>`)}</ul>`}
      <sc-test-case-form .services=${this.services} .document=${state.document} .engine=${this.controller!.engine()} .fieldKeys=${state.fieldKeys ?? []}
        @test-case-save=${(e: CustomEvent<{ test: PolicyTestCase }>) => void this.saveTestCase(e.detail.test)}></sc-test-case-form>`;
  }

  private async saveTestCase(test: PolicyTestCase): Promise<void> {
    const docId = this.controller?.state.docId;
    if (!docId || !this.services) return;
    const saved = await this.services.commands.executeCommand('policy.addTestCase', docId, test);
    if (saved) this.services.notifications.info(this.t('policy-runner.testSaved', { name: test.name }));
  }

  private renderCrossCheck(): TemplateResult {
    const cc = this.controller!.state.crossCheck;
    const document = this.controller!.state.result?.document;
    // The rule's name in the current language (the id when the run has no document yet).
    const nameOf = (id: string): string => (document ? ruleNames(document, (text) => this.text(text)).get(id) : undefined) ?? id;
    return html`<p>${this.t('policy-runner.crossCheckIntro')}</p>
      <button ?disabled=${this.busy} @click=${() => void this.crossCheck()}>${this.t('policy-runner.crossCheckRun')}</button>
      ${cc ? html`<p role="status">${cc.total === 0 ? this.t('policy-runner.crossCheckSame') : this.t('policy-runner.crossCheckDiffer', { count: cc.total })}</p>
        ${cc.skipped.length ? html`<ul>${cc.skipped.map((s) => html`<li>${this.t('policy-runner.crossCheckSkipped', { rule: nameOf(s.rule), reason: s.reason })}</li>`)}</ul>` : nothing}
        <table class="diffs"><thead><tr><th>#</th><th>${this.t('policy-runner.col.rule')}</th><th>${this.t('policy-runner.col.part')}</th><th>${this.t('policy-runner.col.ours')}</th><th>json-logic-js</th></tr></thead>
        <tbody>${cc.differences.slice(0, 500).map((d) => html`<tr @click=${() => { this.tab = 'results'; void this.select(d.index); }}><td>${d.index + 1}</td><td>${nameOf(d.rule)}</td><td>${d.part}</td><td>${d.ours}</td><td>${d.classic}</td></tr>`)}</tbody></table>` : nothing}`;
  }

  private renderCompare(): TemplateResult {
    const cmp = this.controller!.state.comparison;
    return html`<label>${this.t('policy-runner.compareWith')}
        <select ?disabled=${this.busy} @change=${(e: Event) => void this.compare((e.target as HTMLSelectElement).value)}>
          <option value="">${this.versions.length ? this.t('policy-runner.pickVersion') : this.t('policy-runner.noVersions')}</option>
          ${this.versions.map((v) => html`<option value=${v.id}>${v.label ?? this.t('policy-runner.autoVersion')} · ${new Date(v.at).toLocaleString(this.services?.i18n.locale)}</option>`)}
        </select></label>
      ${cmp ? this.renderComparison(cmp.label, cmp.comparison) : nothing}`;
  }

  private renderComparison(label: string, c: RunComparison): TemplateResult {
    const signed = new Intl.NumberFormat(this.services?.i18n.locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    return html`<p role="status">${this.t('policy-runner.compared', { label, changed: c.changed, total: c.records })}
        ${this.t('policy-runner.comparedDetail', { up: c.pointsUp, down: c.pointsDown, veto: c.vetoChanged })}</p>
      <table class="diffs"><thead><tr><th>#</th><th>${this.t('policy-runner.col.before')}</th><th>${this.t('policy-runner.col.after')}</th><th>Δ</th><th>${this.t('policy-runner.col.rulesChanged')}</th></tr></thead>
      <tbody>${c.changes.slice(0, 500).map((r) => html`<tr tabindex="0" @click=${() => { this.tab = 'results'; void this.select(r.record); }}>
        <td>${r.record + 1}</td><td>${r.pointsBefore}</td><td>${r.pointsAfter}</td><td>${signed.format(r.pointsDelta)}</td>
        <td>${[...r.firedAdded.map((id) => `+${id}`), ...r.firedRemoved.map((id) => `−${id}`)].join(' ') || (r.vetoBefore !== r.vetoAfter ? `${r.vetoBefore} → ${r.vetoAfter}` : '')}</td></tr>`)}</tbody></table>
      ${c.truncated ? html`<p>${this.t('policy-runner.truncated', { shown: c.changes.length })}</p>` : nothing}`;
  }
}

customElements.define('sc-policy-results', PolicyResultsElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-policy-results': PolicyResultsElement;
  }
}
