import { css, html, nothing, type TemplateResult } from 'lit';
import scorecardSchema from '../../schemas/scorecard.schema.json';
import { nodeAtPointer, sampleFieldsFor } from '../../src/core/scorecard/edit/index.ts';
import { nodeValues } from '../../src/core/scorecard/charts/index.ts';
import { fieldInfoOf } from '../../src/core/policy/builder/field-info.ts';
import type { ScorecardEvaluation } from '../../src/core/scorecard/result-types.ts';
import type { FieldDef, ScorecardConfig } from '../../src/core/scorecard/types.ts';
import './tree/indicator-tree.ts';
import type { TreeEditDetail } from './tree/indicator-tree.ts';
import './details/node-details.ts';
import './results/results-view.ts';
import type { RecordSelectDetail } from './results/results-view.ts';
import type { ScorecardResultsController } from './results/results-controller.ts';
import './charts/chart-board.ts';
import './outcomes/scorecard-outcomes.ts';
import type { OutcomesChangeDetail } from './outcomes/scorecard-outcomes.ts';
import './what-if/what-if-view.ts';
import type { NodeChangeDetail } from './details/node-details.ts';
import {
  buttonStyles, WorkbenchElement, type DatasetContent, type DocumentChangeDetail, type DocumentModel, type JsonDocumentProblem, type JsonSchemaObject, type WorkbenchServices,
} from '../../src/workbench/api.ts';
import type { DisposableStore } from '../../src/base/lifecycle.ts';

export type ScorecardView = 'outline' | 'outcomes' | 'results' | 'whatif' | 'json';

const VIEWS: readonly ScorecardView[] = ['outline', 'outcomes', 'results', 'whatif', 'json'];

/**
 * The scorecard editor: one scorecard configuration as an outline of its indicator tree (names,
 * weights, sibling sums) or as JSON in Monaco with the scorecard schema, both on the document model
 * (undo/redo across reloads, autosave, version history). The plugin validates every change and
 * shows the problems here and in the Problems panel.
 *
 * @fires scorecard-changed - detail { document } after each change, for the plugin to validate
 */
export class ScorecardEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    model: { attribute: false },
    view: { state: true },
    problems: { attribute: false },
    results: { attribute: false },
  };

  declare model: DocumentModel<ScorecardConfig> | undefined;
  declare view: ScorecardView;
  /** Validation problems in the current language (set by the plugin). */
  declare problems: JsonDocumentProblem[];
  /** The live results (one controller for the plugin; it follows the editor that sends updates). */
  declare results: ScorecardResultsController | undefined;
  /** Remembers the chosen dataset per scorecard (plugin state storage). */
  datasetMemory: { get(docId: string): Promise<string | undefined>; set(docId: string, datasetId: string | undefined): Promise<void> } | undefined;
  private datasets: Array<{ id: string; name: string }> = [];
  private datasetId: string | undefined;
  /** The chosen dataset's fields: offered as indicator values and declared for attached rules. */
  private datasetFields: FieldDef[] = [];
  /** The record the results explain and the charts highlight. */
  private selectedRecord: number | undefined;

  constructor() {
    super();
    this.model = undefined;
    this.view = 'outline';
    this.problems = [];
    this.results = undefined;
    this.datasetMemory = undefined;
  }

  static override styles = [buttonStyles, css`
    :host { display: flex; flex-direction: column; height: 100%; min-height: 0; overflow: hidden; color: var(--vscode-editor-foreground, var(--vscode-foreground)); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 16px; border-bottom: 1px solid var(--vscode-panel-border); }
    .toolbar .spacer { flex: 1; }
    .name { font-size: 1.2em; font-weight: 600; }
    [role=tablist] { display: inline-flex; border: 1px solid var(--vscode-panel-border); }
    [role=tab] { font: inherit; background: transparent; color: inherit; border: none; padding: 3px 10px; cursor: pointer; }
    [role=tab][aria-selected=true] { background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
    [role=tab]:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .body { flex: 1; min-height: 0; overflow: auto; padding: 12px 16px; }
    .json { flex: 1; min-height: 0; display: flex; }
    .json > * { flex: 1; }
    .results { display: flex; flex-direction: column; }
    .results > sc-scorecard-results { flex: 0 0 auto; }
    select { font: inherit; background: var(--vscode-dropdown-background, var(--vscode-input-background)); color: var(--vscode-dropdown-foreground, var(--vscode-foreground)); border: 1px solid var(--vscode-dropdown-border, var(--vscode-panel-border)); padding: 2px 4px; }
    ul[role=tree], ul[role=group] { list-style: none; margin: 0; padding-left: 1.2em; }
    ul[role=tree] { padding-left: 0; }
    .node { display: flex; gap: 8px; align-items: baseline; padding: 1px 0; }
    .weight { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
    .warn { color: var(--vscode-editorWarning-foreground, #cca700); }
    .summary { color: var(--vscode-descriptionForeground); margin: 0 0 8px; }
    .split { display: grid; grid-template-columns: minmax(320px, 3fr) minmax(280px, 2fr); gap: 16px; align-items: start; }
    sc-node-details { position: sticky; top: 0; padding: 8px 12px; border-left: 1px solid var(--vscode-panel-border); }
    [role=treeitem] > button { padding: 0 6px; margin-left: 4px; }
    .ahp { margin: 6px 0 8px 1.2em; padding: 8px; border: 1px solid var(--vscode-panel-border); }
    .problems { margin: 8px 0 0; padding-left: 1.2em; color: var(--vscode-descriptionForeground); }
  `];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // The charts under the results grid, and the scorer preview in the outline, need the newest evaluation.
    if (changed.has('results') && this.results) this.track(this.results.onDidChange(() => { if (this.view !== 'json') this.requestUpdate(); }));
    if (changed.has('model') && this.model) {
      this.track(this.model.onDidChange(() => {
        this.requestUpdate();
        this.notifyChanged();
      }));
      this.notifyChanged();
    }
  }

  /** Asks the plugin to validate the current configuration, and the live results to run it. */
  notifyChanged(): void {
    if (!this.model) return;
    this.dispatchEvent(new CustomEvent('scorecard-changed', { detail: { document: this.model.content }, bubbles: true, composed: true }));
    this.results?.update({ docId: this.model.id, config: this.model.content, datasetId: this.datasetId });
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.workspace.onDidChangeDocument((e) => {
      if (e.deleted || !this.datasets.some((d) => d.id === e.docId)) void this.refreshDatasets();
      else if (e.docId === this.datasetId) void this.loadDatasetFields();
    }));
    void this.refreshDatasets();
  }

  private async refreshDatasets(): Promise<void> {
    if (!this.services || !this.model) return;
    const docs = await this.services.workspace.listDocuments('dataset');
    this.datasets = docs.sort((a, b) => b.updatedAt - a.updatedAt).map((d) => ({ id: d.id, name: d.name }));
    if (this.datasetId === undefined || !this.datasets.some((d) => d.id === this.datasetId)) {
      const remembered = await this.datasetMemory?.get(this.model.id);
      await this.chooseDataset(remembered !== undefined && this.datasets.some((d) => d.id === remembered) ? remembered : this.datasets[0]?.id, false);
    }
    this.requestUpdate();
  }

  /** The dataset the live results evaluate (what other plugins' exports evaluate too). */
  get chosenDatasetId(): string | undefined {
    return this.datasetId;
  }

  /** Picks the dataset the live results evaluate. */
  async chooseDataset(datasetId: string | undefined, remember = true): Promise<void> {
    this.datasetId = datasetId;
    this.selectedRecord = undefined;
    void this.loadDatasetFields();
    if (remember && this.model) await this.datasetMemory?.set(this.model.id, datasetId);
    this.notifyChanged();
    this.requestUpdate();
  }

  private async loadDatasetFields(): Promise<void> {
    const id = this.datasetId;
    const doc = id === undefined ? undefined : await this.services?.workspace.getDocument<DatasetContent>(id);
    if (id !== this.datasetId) return; // another dataset was chosen meanwhile
    this.datasetFields = doc?.content.fields ?? [];
    this.requestUpdate();
  }

  private edit(next: ScorecardConfig, label: string): void {
    this.model?.update(next, label);
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const model = this.model;
    if (!model) return html`<div class="body">${this.t('scorecard.loading')}</div>`;
    const config = model.content;
    return html`
      <div class="toolbar" role="toolbar" aria-label=${this.t('scorecard.toolbar')}>
        <span class="name">${this.text(config.name)}</span>
        <label>${this.t('scorecard.dataset')}
          <select aria-label=${this.t('scorecard.dataset')} @change=${(e: Event) => void this.chooseDataset((e.target as HTMLSelectElement).value || undefined)}>
            ${this.datasets.length === 0 ? html`<option value="">${this.t('scorecard.noDatasets')}</option>` : nothing}
            ${this.datasets.map((d) => html`<option value=${d.id} ?selected=${d.id === this.datasetId}>${d.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        <div role="tablist" aria-label=${this.t('scorecard.views')}>
          ${VIEWS.map((v) => html`<button role="tab" aria-selected=${this.view === v ? 'true' : 'false'} tabindex=${this.view === v ? 0 : -1}
            @click=${() => { this.view = v; }} @keydown=${(e: KeyboardEvent) => this.onTabKey(e)}>${this.t(`scorecard.view.${v}`)}</button>`)}
        </div>
        <button class="secondary" title=${this.t('scorecard.generate.tooltip')} @click=${() => this.generateSampleData()}>${this.t('scorecard.generate.button')}</button>
      </div>
      ${this.view === 'results' ? this.renderResults() : this.view === 'outcomes' ? this.renderOutcomes(config) : this.view === 'whatif' ? this.renderWhatIf(config) : this.view === 'json'
        ? html`<div class="json"><sc-json-document-view .services=${this.services} .document=${config} .schema=${scorecardSchema as JsonSchemaObject} label=${this.t('scorecard.jsonLabel')}
            .fields=${config.fields.map(fieldInfoOf)} .problems=${this.problems}
            @document-change=${(e: CustomEvent<DocumentChangeDetail>) => this.edit(e.detail.document as ScorecardConfig, this.t('scorecard.edit.json'))}></sc-json-document-view></div>`
        : html`<div class="body">${this.renderOutline(config)}</div>`}
    `;
  }

  /** The node whose details are shown (the tree's selection). */
  private selectedNode: string | undefined;

  /** The node a problem (or a command) pointed at, outlined in the tree for a moment. */
  private highlighted: string | undefined;

  /** Shows where a JSON pointer into the configuration is: its node in the outline, else the JSON. */
  reveal(pointer: string): void {
    const target = this.model ? nodeAtPointer(this.model.content, pointer) : undefined;
    if (!target) {
      this.view = 'json';
      return;
    }
    this.view = 'outline';
    this.highlighted = target.nodeId;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector('sc-indicator-tree')?.shadowRoot?.querySelector(`[data-node="${CSS.escape(target.nodeId)}"]`)?.scrollIntoView({ block: 'nearest' });
      setTimeout(() => { this.highlighted = undefined; this.requestUpdate(); }, 2000);
    });
  }

  /** Opens the sample-data generator with the fields this scorecard reads. */
  generateSampleData(): void {
    if (!this.services || !this.model) return;
    void this.services.commands.executeCommand('datasets.generate', { fields: sampleFieldsFor(this.model.content), for: this.text(this.model.content.name) });
  }

  private onTabKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = VIEWS.indexOf(this.view);
    this.view = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
    e.preventDefault();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus());
  }

  /** Grades, forced distribution, 360° raters and the attached policies. */
  private renderOutcomes(config: ScorecardConfig): TemplateResult {
    return html`<div class="body"><sc-scorecard-outcomes .services=${this.services} .config=${config} .datasetFields=${this.datasetFields}
      @outcomes-change=${(e: CustomEvent<OutcomesChangeDetail>) => this.edit(e.detail.config, e.detail.label)}></sc-scorecard-outcomes></div>`;
  }

  /** A variant of this scorecard evaluated over the same records: who changes grade and rank. */
  private renderWhatIf(config: ScorecardConfig): TemplateResult {
    return html`<div class="body"><sc-scorecard-what-if .services=${this.services} .controller=${this.results} .docId=${this.model!.id} .config=${config}
      @sc-record-select=${(e: CustomEvent<RecordSelectDetail>) => { this.selectedRecord = e.detail.index; this.view = 'results'; }}></sc-scorecard-what-if></div>`;
  }

  private renderResults(): TemplateResult {
    const run = this.results?.state.docId === this.model?.id ? this.results?.state.result : undefined;
    return html`<div class="body results"><sc-scorecard-results .services=${this.services} .controller=${this.results} .selected=${this.selectedRecord}
        @sc-record-select=${(e: CustomEvent<RecordSelectDetail>) => { this.selectedRecord = e.detail.index; this.requestUpdate(); }}>
        ${run ? html`<sc-chart-board slot="charts" .services=${this.services} .config=${run.config} .evaluation=${run.evaluation} .prepared=${run.charts} .selected=${this.selectedRecord}></sc-chart-board>` : nothing}
      </sc-scorecard-results></div>`;
  }

  private valuesCache: { evaluation: ScorecardEvaluation; nodeId: string; values: Float64Array } | undefined;

  /** The selected indicator's values in the latest results (for the scorer preview's distribution). */
  /** The latest evaluation of this scorecard over the chosen dataset, if any. */
  private currentEvaluation(): ScorecardEvaluation | undefined {
    return this.results?.state.docId === this.model?.id ? this.results?.state.result?.evaluation : undefined;
  }

  private selectedValues(nodeId: string): Float64Array | undefined {
    const evaluation = this.currentEvaluation();
    if (!evaluation) return undefined;
    const cached = this.valuesCache;
    if (cached && cached.evaluation === evaluation && cached.nodeId === nodeId) return cached.values;
    const values = nodeValues(evaluation, nodeId);
    this.valuesCache = { evaluation, nodeId, values };
    return values;
  }

  private renderOutline(config: ScorecardConfig): TemplateResult {
    const errors = this.problems.filter((p) => p.severity === 'error').length;
    return html`<p class="summary" role="status">${this.t('scorecard.outline.summary', { fields: config.fields.length, grades: config.grades.bands.length, policies: config.policies?.length ?? 0, errors })}</p>
      <div class="split">
        <sc-indicator-tree .services=${this.services} .config=${config} .selected=${this.selectedNode} .highlighted=${this.highlighted} .evaluation=${this.currentEvaluation()} .datasetId=${this.datasetId}
          @node-select=${(e: CustomEvent<{ id: string }>) => { this.selectedNode = e.detail.id; this.requestUpdate(); }}
          @tree-edit=${(e: CustomEvent<TreeEditDetail>) => { if (e.detail.select) this.selectedNode = e.detail.select; this.edit(e.detail.config, e.detail.label); }}></sc-indicator-tree>
        <sc-node-details .services=${this.services} .config=${config} .datasetFields=${this.datasetFields} .nodeId=${this.selectedNode ?? config.root.id} .values=${this.selectedValues(this.selectedNode ?? config.root.id)}
          @node-change=${(e: CustomEvent<NodeChangeDetail>) => this.edit(e.detail.config, e.detail.label)}></sc-node-details>
      </div>
      ${this.problems.length ? html`<ul class="problems">${this.problems.slice(0, 20).map((p) => html`<li>${p.message}</li>`)}</ul>` : nothing}`;
  }
}

customElements.define('sc-scorecard-editor', ScorecardEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-scorecard-editor': ScorecardEditorElement;
  }
}
