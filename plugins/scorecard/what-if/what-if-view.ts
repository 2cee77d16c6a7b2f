// <sc-scorecard-what-if>: duplicate the open scorecard as a variant, then compare both over the
// same records — how many change grade (from × to), how totals and ranks move, and who moves most.
// The results controller evaluates both in its worker; this view only asks it and shows the answer.
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type DisposableStore, toDisposable } from '../../../src/base/lifecycle.ts';
import type { EvaluationComparison, RecordMove } from '../../../src/core/scorecard/compare-evaluations.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { buttonStyles, type DocumentChangeEvent, WorkbenchElement, type WorkbenchServices } from '../../../src/workbench/api.ts';
import type { ScorecardResultsController } from '../results/results-controller.ts';
import { type ComparisonFormat, renderGradeMatrix, renderMovers, renderSummary } from './comparison-table.ts';
import { renderVariantPicker, type VariantOption } from './variant-picker.ts';
import {
  bandOf, duplicateAsVariant, type MoversBy, newVariantId, type VariantMemory, variantDocumentName, variantMemoryOf, WHAT_IF_DEBOUNCE_MS, WHAT_IF_STORAGE_SCOPE,
} from './what-if-model.ts';
import { whatIfStyles } from './what-if-styles.ts';

/** Detail of `variant-created` and `variant-open`: the variant's document id. */
export interface VariantDocumentDetail {
  id: string;
}

/** Detail of `sc-record-select` (the same event the results view fires). */
export interface WhatIfRecordSelectDetail {
  index: number;
}

/**
 * What-if variants of a scorecard.
 * @property services - the workbench services (or from the nearest <sc-workbench>)
 * @property controller - the plugin's ScorecardResultsController; compares over the records it has loaded
 * @property docId - the workspace document id of the open scorecard
 * @property config - the open scorecard's current content (duplicated as it is, unsaved edits included)
 * @property variantId - the document compared with; picked by the user, or the variant made here last
 * @fires variant-created - a variant document was made by "Duplicate as variant"; detail: VariantDocumentDetail
 * @fires variant-open - the user asked to open the picked variant; detail: VariantDocumentDetail
 * @fires sc-record-select - the user clicked a mover; detail: WhatIfRecordSelectDetail (index in the evaluation)
 */
export class ScorecardWhatIfElement extends WorkbenchElement {
  static override properties: PropertyDeclarations = {
    ...WorkbenchElement.properties,
    controller: { attribute: false },
    docId: { attribute: false },
    config: { attribute: false },
    variantId: { attribute: false },
    comparison: { state: true },
    busy: { state: true },
    duplicating: { state: true },
    error: { state: true },
    options: { state: true },
    moversBy: { state: true },
  };

  static override styles = [buttonStyles, whatIfStyles];

  declare controller: ScorecardResultsController | undefined;
  declare docId: string;
  declare config: ScorecardConfig | undefined;
  declare variantId: string | undefined;
  /** The newest comparison shown. */
  declare comparison: EvaluationComparison | undefined;
  declare busy: boolean;
  declare duplicating: boolean;
  /** The message shown when comparing or duplicating failed. */
  declare error: string | undefined;
  /** The scorecards that can be picked (every scorecard document but this one). */
  declare options: VariantOption[];
  /** What the movers lists rank by. */
  declare moversBy: MoversBy;

  private memory: VariantMemory = { variants: [] };
  /** The scorecard `memory` and `options` belong to. */
  private memoryFor: string | undefined;
  /** The user picked "none": do not pick a remembered variant again. */
  private pickedNone = false;
  /** Compared once: later edits of either side compare again. */
  private live = false;
  private compareTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private compareSeq = 0;
  private refreshSeq = 0;
  private lastRunId: number | undefined;
  private comparedVariant: { id: string; name: string; config: ScorecardConfig } | undefined;
  private subscribedTo: ScorecardResultsController | undefined;

  constructor() {
    super();
    this.controller = undefined;
    this.docId = '';
    this.config = undefined;
    this.variantId = undefined;
    this.comparison = undefined;
    this.busy = false;
    this.duplicating = false;
    this.error = undefined;
    this.options = [];
    this.moversBy = 'total';
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    this.subscribedTo = this.controller;
    if (this.controller) store.add(this.controller.onDidChange(() => this.onControllerChange()));
    store.add(services.workspace.onDidChangeDocument((e) => this.onDocumentChange(e)));
    store.add(toDisposable(() => {
      clearTimeout(this.compareTimer);
      clearTimeout(this.refreshTimer);
    }));
    void this.refresh();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('controller') && this.controller && this.services && this.isConnected && this.subscribedTo !== this.controller) {
      this.subscribedTo = this.controller;
      this.track(this.controller.onDidChange(() => this.onControllerChange()));
    }
    if (changed.has('docId') && changed.get('docId') && this.docId !== changed.get('docId')) {
      // Another scorecard: nothing of the previous one applies (a variantId set with the first docId is kept).
      this.live = false;
      this.pickedNone = false;
      this.comparison = undefined;
      this.comparedVariant = undefined;
      this.error = undefined;
      if (!changed.has('variantId')) this.variantId = undefined;
      this.options = [];
      this.lastRunId = undefined;
      clearTimeout(this.compareTimer);
      ++this.compareSeq;
      this.busy = false;
    }
    if (changed.has('docId') && this.services && this.isConnected) void this.refresh();
    if (changed.has('config') && changed.get('config') !== undefined && this.live) this.schedule();
  }

  /** Results of this scorecard exist, so a variant can be compared over the same records. */
  hasResults(): boolean {
    const state = this.controller?.state;
    return !!state && state.docId === this.docId && state.result !== undefined;
  }

  /** Makes a copy of `config` as a new scorecard document, picks it, and fires `variant-created`. Resolves to its id. */
  async duplicate(): Promise<string | undefined> {
    const { services, config, docId } = this;
    if (!services || !config || !docId || this.duplicating) return undefined;
    this.duplicating = true;
    this.error = undefined;
    try {
      const source = await services.workspace.getDocument(docId);
      const name = variantDocumentName(source?.name ?? this.text(config.name), services.i18n.locale);
      const doc = await services.workspace.createDocument<ScorecardConfig>('scorecard', name, duplicateAsVariant(config, newVariantId()));
      if (this.docId !== docId) return doc.id;
      const memory = this.memoryFor === docId ? this.memory : variantMemoryOf(await services.storage.get(WHAT_IF_STORAGE_SCOPE, docId));
      this.memory = { variants: [...memory.variants, doc.id], selected: doc.id };
      this.memoryFor = docId;
      await services.storage.set(WHAT_IF_STORAGE_SCOPE, docId, this.memory);
      this.select(doc.id, false);
      await this.refresh();
      this.dispatchEvent(new CustomEvent<VariantDocumentDetail>('variant-created', { detail: { id: doc.id }, bubbles: true, composed: true }));
      return doc.id;
    } catch (error) {
      this.error = this.t('scorecard.whatif.duplicateFailed', { message: messageOf(error) });
      return undefined;
    } finally {
      this.duplicating = false;
    }
  }

  /** Compares the picked variant with the current results now; later edits of either side compare again. */
  async compare(): Promise<void> {
    clearTimeout(this.compareTimer);
    const { controller, services, variantId, docId } = this;
    if (!controller || !services || variantId === undefined) return;
    this.live = true;
    if (!this.hasResults()) return; // the body says why
    const seq = ++this.compareSeq;
    this.busy = true;
    try {
      const doc = await services.workspace.getDocument<ScorecardConfig>(variantId);
      if (!doc || doc.kind !== 'scorecard') throw new Error(this.t('scorecard.whatif.variantGone'));
      const comparison = await controller.compareWith(doc.content);
      if (seq !== this.compareSeq || docId !== this.docId) return;
      this.comparison = comparison;
      this.comparedVariant = { id: doc.id, name: doc.name, config: doc.content };
      this.error = undefined;
    } catch (error) {
      if (seq !== this.compareSeq || docId !== this.docId) return;
      // A stale comparison would mislead: the message says what is wrong with the variant instead.
      this.comparison = undefined;
      this.comparedVariant = undefined;
      this.error = this.t('scorecard.whatif.failed', { message: messageOf(error) });
    } finally {
      if (seq === this.compareSeq) this.busy = false;
    }
  }

  private schedule(): void {
    clearTimeout(this.compareTimer);
    this.compareTimer = setTimeout(() => void this.compare(), WHAT_IF_DEBOUNCE_MS);
  }

  private onControllerChange(): void {
    this.requestUpdate();
    const state = this.controller?.state;
    const runId = state?.docId === this.docId ? state.result?.runId : undefined;
    // A new evaluation of this scorecard (its configuration or the dataset changed): compare with it.
    if (runId !== undefined && runId !== this.lastRunId) {
      this.lastRunId = runId;
      if (this.live) this.schedule();
    }
  }

  private onDocumentChange(e: DocumentChangeEvent): void {
    if (e.docId === this.variantId) {
      if (e.deleted) {
        this.variantId = undefined;
        this.comparison = undefined;
        this.comparedVariant = undefined;
        this.error = undefined;
      } else if (this.live) this.schedule();
    }
    // Scorecards added, renamed or deleted elsewhere: the picker follows.
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), WHAT_IF_DEBOUNCE_MS);
  }

  /** Reads the remembered variants (once per scorecard) and the scorecard documents, and picks the default variant. */
  private async refresh(): Promise<void> {
    const { services, docId } = this;
    if (!services || !docId) return;
    const seq = ++this.refreshSeq;
    const memory = this.memoryFor === docId ? this.memory : variantMemoryOf(await services.storage.get(WHAT_IF_STORAGE_SCOPE, docId));
    const docs = await services.workspace.listDocuments('scorecard');
    if (seq !== this.refreshSeq || docId !== this.docId) return;
    if (this.memoryFor !== docId) {
      this.memory = memory;
      this.memoryFor = docId;
    }
    const own = this.memory.variants;
    const ownRank = (id: string): number => own.indexOf(id);
    // The variants made here first, newest first; then the other scorecards, last changed first.
    this.options = docs.filter((d) => d.id !== docId)
      .sort((a, b) => ownRank(b.id) - ownRank(a.id) || b.updatedAt - a.updatedAt)
      .map((d) => ({ id: d.id, name: d.name, ownVariant: ownRank(d.id) >= 0 }));
    const exists = (id: string | undefined): id is string => id !== undefined && this.options.some((o) => o.id === id);
    if (this.variantId !== undefined && !exists(this.variantId)) this.variantId = undefined;
    if (this.variantId === undefined && !this.pickedNone) {
      const remembered = exists(this.memory.selected) ? this.memory.selected : [...own].reverse().find(exists);
      if (remembered !== undefined) this.variantId = remembered;
    }
  }

  private select(id: string | undefined, byUser: boolean): void {
    if (id === this.variantId) return;
    this.variantId = id;
    this.pickedNone = id === undefined;
    this.comparison = undefined;
    this.comparedVariant = undefined;
    this.error = undefined;
    if (byUser && this.services && this.memoryFor === this.docId) {
      this.memory = id === undefined ? { variants: this.memory.variants } : { ...this.memory, selected: id };
      void this.services.storage.set(WHAT_IF_STORAGE_SCOPE, this.docId, this.memory);
    }
    if (this.live && id !== undefined) this.schedule();
  }

  private pick(move: RecordMove): void {
    this.dispatchEvent(new CustomEvent<WhatIfRecordSelectDetail>('sc-record-select', { detail: { index: move.index }, bubbles: true, composed: true }));
  }

  private format(): ComparisonFormat {
    const locale = this.services?.i18n.locale ?? 'en';
    const count = new Intl.NumberFormat(locale);
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const configs = [this.controller?.state.result?.config, this.config, this.comparedVariant?.config];
    return {
      msg: (key, args) => this.t(key, args),
      count: (x) => count.format(x),
      number: (x) => number.format(x),
      signed: (x) => signed.format(x),
      percent: (x) => percent.format(x),
      gradeLabel: (id) => {
        if (id === null) return this.t('scorecard.whatif.noGrade');
        const band = bandOf(id, ...configs);
        return band ? this.text(band.label) || band.id : id;
      },
      gradeColor: (id) => bandOf(id, ...configs)?.color,
      pick: (m) => this.pick(m),
      moversBy: this.moversBy,
      setMoversBy: (by) => { this.moversBy = by; },
    };
  }

  override render(): TemplateResult {
    const picker = renderVariantPicker({
      options: this.options,
      selected: this.variantId,
      busy: this.busy,
      duplicating: this.duplicating,
      canCompare: this.variantId !== undefined && this.hasResults(),
      msg: (key, args) => this.t(key, args),
      onDuplicate: () => void this.duplicate(),
      onSelect: (id) => this.select(id, true),
      onOpen: (id) => this.dispatchEvent(new CustomEvent<VariantDocumentDetail>('variant-open', { detail: { id }, bubbles: true, composed: true })),
      onCompare: () => void this.compare(),
    });
    return html`${picker}
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      <div class="body" aria-live="polite" aria-busy=${this.busy ? 'true' : 'false'}>${this.renderBody()}</div>`;
  }

  private renderBody(): TemplateResult {
    const state = this.controller?.state;
    const mine = state?.docId === this.docId;
    const empty = (key: string): TemplateResult => html`<div class="empty" data-state=${key.slice('scorecard.whatif.empty.'.length)}>${this.t(key)}</div>`;
    if (mine && state?.status === 'no-dataset') return empty('scorecard.whatif.empty.noDataset');
    if (!this.hasResults()) return empty('scorecard.whatif.empty.noResults');
    // Nothing picked: suggest duplicating until there is a variant of this scorecard to pick.
    if (this.variantId === undefined) return empty(this.options.some((o) => o.ownVariant) ? 'scorecard.whatif.empty.pickVariant' : 'scorecard.whatif.empty.noVariant');
    const c = this.comparison;
    if (!c) return this.busy || this.error ? html`` : empty('scorecard.whatif.empty.notCompared');
    const f = this.format();
    return html`<h3 class="title">${this.t('scorecard.whatif.title', { variant: this.comparedVariant?.name ?? '' })}</h3>
      ${renderSummary(c, f)}
      <div class="panels">${renderGradeMatrix(c, f)}</div>
      ${renderMovers(c, f)}`;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (!customElements.get('sc-scorecard-what-if')) customElements.define('sc-scorecard-what-if', ScorecardWhatIfElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-scorecard-what-if': ScorecardWhatIfElement;
  }
}
