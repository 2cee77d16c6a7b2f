import { css, html, nothing, type TemplateResult } from 'lit';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import type { DeclaredOperator } from '../../src/core/logic/declared-operators.ts';
import type { FieldInfo } from '../../src/core/policy/builder/types.ts';
import { summarizeRule } from '../../src/core/policy/builder/summary.ts';
import { fieldsReadBy } from '../../src/core/policy/fields-read.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';
import { isTableRule, type PolicyDocument, type PolicyRule, type PolicyTestCase } from '../../src/core/policy/types.ts';
import { buttonStyles, formControlStyles, WorkbenchElement, type DocumentChangeDetail, type DocumentModel, type JsonSchemaObject, type WorkbenchServices } from '../../src/workbench/api.ts';
import './builder/condition-rule-editor.ts';
import './decision-table/decision-table-editor.ts';
import policySchema from '../../schemas/policy.schema.json';
import { duplicateRule, moveItem, newConditionRule, newTableRule, withLocaleText } from './policy-documents.ts';
import { fieldsFor } from './policy-fields.ts';

export type PolicyView = 'rules' | 'json';

/** Where the editor tells the live test runner what to run (the runner is another plugin). */
export const RUNNER_UPDATE_COMMAND = 'policy-runner.update';

/**
 * The policy editor: one policy document shown as rules (the visual builder and decision tables)
 * or as JSON (Monaco), the two kept in step through the document model, which also gives undo/redo
 * across reloads, autosave and version history. Every edit is sent to the live test runner.
 *
 * @fires policy-problems - detail { document } after each change, for the plugin to validate
 */
export class PolicyEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    model: { attribute: false },
    view: { state: true },
    fields: { state: true },
    datasets: { state: true },
    datasetId: { state: true },
    highlight: { state: true },
    dropBefore: { state: true },
  };

  /** The open document; the plugin creates and disposes it. */
  declare model: DocumentModel<PolicyDocument> | undefined;
  declare view: PolicyView;
  declare fields: FieldInfo[];
  declare datasets: Array<{ id: string; name: string }>;
  declare datasetId: string | undefined;
  /** Index of the rule a problem click revealed (outlined briefly). */
  declare highlight: number | undefined;
  /** The rule a dragged rule would be dropped before (drop indicator). */
  declare dropBefore: number | undefined;
  /** Remembers the chosen dataset per policy (plugin state storage). */
  datasetMemory: { get(docId: string): Promise<string | undefined>; set(docId: string, datasetId: string | undefined): Promise<void> } | undefined;

  constructor() {
    super();
    this.model = undefined;
    this.view = 'rules';
    this.fields = [];
    this.datasets = [];
    this.datasetId = undefined;
    this.highlight = undefined;
    this.dropBefore = undefined;
    this.datasetMemory = undefined;
  }

  static override styles = [buttonStyles, formControlStyles, css`
    :host { display: flex; flex-direction: column; height: 100%; min-height: 0; overflow: hidden; color: var(--vscode-editor-foreground, var(--vscode-foreground)); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 16px; border-bottom: 1px solid var(--vscode-panel-border); }
    .toolbar .spacer { flex: 1; }
    .name { font: inherit; font-size: 1.2em; font-weight: 600; min-width: 12em; background: transparent; color: inherit; border: 1px solid transparent; padding: 2px 4px; }
    .name:hover, .name:focus { border-color: var(--vscode-focusBorder); outline: none; background: var(--vscode-input-background); }
    [role=tablist] { display: inline-flex; border: 1px solid var(--vscode-panel-border); }
    [role=tab] { font: inherit; background: transparent; color: inherit; border: none; padding: 3px 10px; cursor: pointer; }
    [role=tab][aria-selected=true] { background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
    [role=tab]:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .body { flex: 1; min-height: 0; overflow: auto; padding: 12px 16px; }
    .json { flex: 1; min-height: 0; display: flex; }
    .json > * { flex: 1; }
    .summary { margin: 0 0 12px; padding: 8px 12px; border-left: 3px solid var(--vscode-textLink-foreground, #3794ff); background: var(--vscode-textBlockQuote-background, transparent); }
    .summary h2 { font-size: 1em; margin: 0 0 4px; }
    .summary ol { margin: 0; padding-left: 1.4em; }
    .summary .off { text-decoration: line-through; opacity: 0.7; }
    .rule { position: relative; margin: 0 0 12px; border: 1px solid var(--vscode-panel-border); border-radius: 3px; }
    .rule.highlight { outline: 2px solid var(--vscode-focusBorder); }
    .rule.dragging { opacity: 0.5; }
    .rule.drop-before { box-shadow: 0 -3px 0 var(--vscode-focusBorder); }
    .rule.drop-after { box-shadow: 0 3px 0 var(--vscode-focusBorder); }
    .rule-bar { display: flex; align-items: center; gap: 4px; padding: 2px 8px; background: var(--vscode-sideBarSectionHeader-background, transparent); border-bottom: 1px solid var(--vscode-panel-border); }
    .rule-bar .handle { cursor: grab; }
    .rule-bar .title { flex: 1; font-weight: 600; }
    .rule-bar input.title { font: inherit; font-weight: 600; background: transparent; color: inherit; border: 1px solid transparent; }
    .rule-bar input.title:focus { border-color: var(--vscode-focusBorder); outline: none; }
    .rule-bar button { padding: 0 4px; }
    .empty { color: var(--vscode-descriptionForeground); padding: 24px 0; text-align: center; }
    .empty p { margin: 0 0 12px; }
  `];

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.workspace.onDidChangeDocument((e) => {
      if (e.docId === this.datasetId || e.deleted) void this.refreshDatasets();
    }));
    void this.init();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('model') && this.model) {
      const model = this.model;
      this.track(model.onDidChange(() => {
        this.requestUpdate();
        this.notifyRunner();
      }));
      void this.init();
    }
  }

  private initialized: DocumentModel<PolicyDocument> | undefined;

  private async init(): Promise<void> {
    if (!this.services || !this.model || this.initialized === this.model) return;
    this.initialized = this.model;
    await this.refreshDatasets();
    const remembered = await this.datasetMemory?.get(this.model.id);
    const chosen = remembered !== undefined && this.datasets.some((d) => d.id === remembered) ? remembered : this.datasets[0]?.id;
    await this.chooseDataset(chosen, false);
  }

  private async refreshDatasets(): Promise<void> {
    if (!this.services) return;
    const docs = await this.services.workspace.listDocuments('dataset');
    this.datasets = docs.sort((a, b) => b.updatedAt - a.updatedAt).map((d) => ({ id: d.id, name: d.name }));
    if (this.datasetId !== undefined && !this.datasets.some((d) => d.id === this.datasetId)) await this.chooseDataset(this.datasets[0]?.id, true);
  }

  /** Picks the dataset whose fields the editors offer and on which the runner tests. */
  async chooseDataset(datasetId: string | undefined, remember = true): Promise<void> {
    if (!this.services || !this.model) return;
    this.datasetId = datasetId;
    if (remember) await this.datasetMemory?.set(this.model.id, datasetId);
    this.fields = await fieldsFor(this.model.content, this.services.workspace, datasetId);
    this.notifyRunner();
  }

  /** Sends the current document to the live test runner (which debounces and cancels stale runs). */
  notifyRunner(): void {
    const detail = this.revalidate();
    if (detail) void this.services!.commands.executeCommand(RUNNER_UPDATE_COMMAND, detail).catch(() => undefined);
  }

  /** Asks the plugin to validate the current document (its problems go to the Problems panel and the JSON view). */
  revalidate(): { docId: string; document: PolicyDocument; datasetId: string | undefined; fields: FieldInfo[]; operators: DeclaredOperator[] } | undefined {
    if (!this.services || !this.model) return undefined;
    const detail = { docId: this.model.id, document: this.model.content, datasetId: this.datasetId, fields: this.fields, operators: [...this.services.ruleOperators.declarations] };
    this.dispatchEvent(new CustomEvent('policy-problems', { detail, bubbles: true, composed: true }));
    return detail;
  }

  /** Applies an edit to the document (undoable, autosaved). */
  edit(next: PolicyDocument, label: string): void {
    this.model?.update(next, label);
    this.requestUpdate();
  }

  private editRules(rules: PolicyRule[], label: string): void {
    if (!this.model) return;
    this.edit({ ...this.model.content, rules }, label);
  }

  addRule(kind: 'condition' | 'table'): void {
    if (!this.model) return;
    const rules = this.model.content.rules;
    const firstNumber = this.fields.find((f) => f.type === 'number' || f.type === 'integer')?.key;
    const rule = kind === 'condition'
      ? newConditionRule(rules, { en: `Rule ${rules.length + 1}`, 'zh-CN': `规则 ${rules.length + 1}` }, firstNumber)
      : newTableRule(rules, { en: `Decision table ${rules.length + 1}`, 'zh-CN': `决策表 ${rules.length + 1}` }, firstNumber);
    this.editRules([...rules, rule], this.t(kind === 'condition' ? 'policy.edit.addRule' : 'policy.edit.addTable'));
    this.view = 'rules';
    void this.updateComplete.then(() => this.focusRule(rules.length));
  }

  /**
   * Opens the sample-data generator with the fields the policy reads (types from the policy's
   * declared fields and the test dataset; numbers when nothing says otherwise).
   */
  generateSampleData(): void {
    if (!this.services || !this.model) return;
    const known = new Map(this.fields.map((f) => [f.key, f]));
    const fields: FieldDef[] = fieldsReadBy(this.model.content).map((key) => {
      const f = known.get(key);
      return f ? { key, type: f.type, ...(f.values ? { values: f.values } : {}), ...(f.unit ? { unit: f.unit } : {}) } : { key, type: 'number' };
    });
    if (fields.length === 0) {
      this.services.notifications.info(this.t('policy.generate.noFields'));
      return;
    }
    void this.services.commands.executeCommand('datasets.generate', { fields, for: this.text(this.model.content.name) });
  }

  /** Adds (or replaces, by id) a saved test case. */
  addTestCase(test: PolicyTestCase): void {
    if (!this.model) return;
    const tests = (this.model.content.tests ?? []).filter((t) => t.id !== test.id);
    this.edit({ ...this.model.content, tests: [...tests, test] }, this.t('policy.edit.addTest'));
  }

  /** Shows the rule a JSON pointer (/rules/N/...) points into. */
  reveal(pointer: string): void {
    const match = /^\/rules\/(\d+)/.exec(pointer);
    if (!match) return;
    this.view = 'rules';
    this.highlight = Number(match[1]);
    void this.updateComplete.then(() => this.focusRule(this.highlight!));
    setTimeout(() => { this.highlight = undefined; }, 2000);
  }

  private focusRule(index: number): void {
    const card = this.renderRoot.querySelectorAll<HTMLElement>('.rule')[index];
    card?.scrollIntoView({ block: 'nearest' });
    card?.querySelector<HTMLElement>('.handle')?.focus();
  }

  private ruleAt(index: number, rule: PolicyRule, label: string): void {
    const rules = this.model!.content.rules.slice();
    rules[index] = rule;
    this.editRules(rules, label);
  }

  private moveRule(from: number, to: number): void {
    const rules = this.model!.content.rules;
    if (to < 0 || to >= rules.length || from === to) return;
    this.editRules(moveItem(rules, from, to), this.t('policy.edit.moveRule'));
    void this.updateComplete.then(() => this.focusRule(to));
  }

  private duplicate(index: number): void {
    const rules = this.model!.content.rules;
    const copy = duplicateRule(rules, rules[index]!, { en: ' (copy)', 'zh-CN': '（副本）' });
    const next = rules.slice();
    next.splice(index + 1, 0, copy);
    this.editRules(next, this.t('policy.edit.duplicateRule'));
  }

  private removeRule(index: number): void {
    const rules = this.model!.content.rules.slice();
    rules.splice(index, 1);
    this.editRules(rules, this.t('policy.edit.deleteRule'));
    this.services?.notifications.info(this.t('policy.deleted', { undo: this.services.keybindings.lookupLabel('policy.undo') ?? 'Ctrl+Z' }));
  }

  private onHandleKey(e: KeyboardEvent, index: number): void {
    if (e.altKey && e.key === 'ArrowUp') this.moveRule(index, index - 1);
    else if (e.altKey && e.key === 'ArrowDown') this.moveRule(index, index + 1);
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd') this.duplicate(index);
    else if (e.key === 'Delete') this.removeRule(index);
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  private dragFrom: number | undefined;

  /** Over the lower half of a rule, the drop goes after it. */
  private onDragOver(e: DragEvent, index: number): void {
    if (this.dragFrom === undefined) return;
    e.preventDefault();
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.dropBefore = e.clientY > box.top + box.height / 2 ? index + 1 : index;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    const from = this.dragFrom;
    const before = this.dropBefore;
    this.dragFrom = undefined;
    this.dropBefore = undefined;
    if (from === undefined || before === undefined) return;
    this.moveRule(from, from < before ? before - 1 : before);
  }

  override render(): TemplateResult {
    const model = this.model;
    if (!model) return html`<div class="empty">${this.t('policy.loading')}</div>`;
    const doc = model.content;
    const locale = this.services?.i18n.locale ?? 'en';
    return html`
      <div class="toolbar" role="toolbar" aria-label=${this.t('policy.toolbar')}>
        <input class="name" aria-label=${this.t('policy.name')} .value=${this.text(doc.name)}
          @change=${(e: Event) => this.edit({ ...doc, name: withLocaleText(doc.name, locale, (e.target as HTMLInputElement).value) }, this.t('policy.edit.rename'))}>
        <label>${this.t('policy.dataset')}
          <select aria-label=${this.t('policy.dataset')} @change=${(e: Event) => void this.chooseDataset((e.target as HTMLSelectElement).value || undefined)}>
            ${this.datasets.length === 0 ? html`<option value="">${this.t('policy.noDatasets')}</option>` : nothing}
            ${this.datasets.map((d) => html`<option value=${d.id} ?selected=${d.id === this.datasetId}>${d.name}</option>`)}
          </select>
        </label>
        <span class="spacer"></span>
        <div role="tablist" aria-label=${this.t('policy.views')}>
          ${(['rules', 'json'] as const).map((v) => html`<button role="tab" aria-selected=${this.view === v ? 'true' : 'false'} tabindex=${this.view === v ? 0 : -1}
            @click=${() => { this.view = v; }} @keydown=${(e: KeyboardEvent) => { if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { this.view = this.view === 'rules' ? 'json' : 'rules'; e.preventDefault(); void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus()); } }}>${this.t(`policy.view.${v}`)}</button>`)}
        </div>
        <button class="secondary" @click=${() => this.addRule('condition')}>${this.t('policy.addRule')}</button>
        <button class="secondary" @click=${() => this.addRule('table')}>${this.t('policy.addTable')}</button>
        <button class="secondary" title=${this.t('policy.generate.tooltip')} @click=${() => this.generateSampleData()}>${this.t('policy.generate.button')}</button>
      </div>
      ${this.view === 'json' ? this.renderJson(doc) : html`<div class="body">${this.renderSummary(doc, locale)}${this.renderRules(doc)}</div>`}
    `;
  }

  private renderJson(doc: PolicyDocument): TemplateResult {
    return html`<div class="json"><sc-json-document-view .services=${this.services} .document=${doc} .schema=${policySchema as JsonSchemaObject} label=${this.t('policy.jsonLabel')}
      .fields=${this.fields} .problems=${this.jsonProblems}
      @document-change=${(e: CustomEvent<DocumentChangeDetail>) => this.edit(e.detail.document as PolicyDocument, this.t('policy.edit.json'))}></sc-json-document-view></div>`;
  }

  /** Problems in the current language for the JSON view's squiggles (set by the plugin after validation). */
  jsonProblems: Array<{ pointer: string; severity: 'error' | 'warning' | 'info'; message: string }> = [];

  private renderSummary(doc: PolicyDocument, locale: 'en' | 'zh-CN'): TemplateResult | typeof nothing {
    if (doc.rules.length === 0) return nothing;
    return html`<section class="summary" aria-label=${this.t('policy.summary')}>
      <h2>${this.t('policy.summary')}</h2>
      <ol>${doc.rules.map((r) => html`<li class=${r.enabled === false ? 'off' : ''}>${summarizeRule(r, locale, { fields: this.fields, ...(this.services ? { engine: this.services.ruleOperators.engine } : {}) })}</li>`)}</ol>
    </section>`;
  }

  private renderRules(doc: PolicyDocument): TemplateResult {
    if (doc.rules.length === 0) {
      return html`<div class="empty"><p>${this.t('policy.empty')}</p>
        <button @click=${() => this.addRule('condition')}>${this.t('policy.addRule')}</button>
        <button class="secondary" @click=${() => this.addRule('table')}>${this.t('policy.addTable')}</button></div>`;
    }
    return html`${doc.rules.map((rule, i) => html`
      <section class="rule ${this.highlight === i ? 'highlight' : ''} ${this.dropBefore === i ? 'drop-before' : ''} ${this.dropBefore === i + 1 && i === doc.rules.length - 1 ? 'drop-after' : ''}" aria-label=${this.text(rule.name)}
        @dragover=${(e: DragEvent) => this.onDragOver(e, i)} @drop=${(e: DragEvent) => this.onDrop(e)} @dragend=${() => { this.dragFrom = undefined; this.dropBefore = undefined; }}>
        <div class="rule-bar">
          <button class="icon handle" draggable="true" title=${this.t('policy.handle')} aria-label=${this.t('policy.handleFor', { name: this.text(rule.name) })}
            @dragstart=${(e: DragEvent) => { this.dragFrom = i; e.dataTransfer?.setData('text/plain', rule.id); }}
            @keydown=${(e: KeyboardEvent) => this.onHandleKey(e, i)}><sc-codicon name="gripper"></sc-codicon></button>
          <span class="title">${i + 1}. ${isTableRule(rule) ? this.t('policy.kind.table') : this.t('policy.kind.condition')}</span>
          <button class="icon" title=${this.t('policy.moveUp')} aria-label=${this.t('policy.moveUp')} ?disabled=${i === 0} @click=${() => this.moveRule(i, i - 1)}><sc-codicon name="arrow-up"></sc-codicon></button>
          <button class="icon" title=${this.t('policy.moveDown')} aria-label=${this.t('policy.moveDown')} ?disabled=${i === doc.rules.length - 1} @click=${() => this.moveRule(i, i + 1)}><sc-codicon name="arrow-down"></sc-codicon></button>
          ${isTableRule(rule) ? html`
            <button class="icon" title=${this.t('policy.duplicate')} aria-label=${this.t('policy.duplicate')} @click=${() => this.duplicate(i)}><sc-codicon name="copy"></sc-codicon></button>
            <button class="icon" title=${this.t('policy.delete')} aria-label=${this.t('policy.delete')} @click=${() => this.removeRule(i)}><sc-codicon name="trash"></sc-codicon></button>` : nothing}
        </div>
        ${isTableRule(rule)
          ? html`<sc-decision-table-editor .services=${this.services} .rule=${rule} .fields=${this.fields}
              @rule-change=${(e: CustomEvent<{ rule: PolicyRule; label: string }>) => this.ruleAt(i, e.detail.rule, e.detail.label)}></sc-decision-table-editor>`
          : html`<sc-condition-rule-editor .services=${this.services} .rule=${rule} .fields=${this.fields}
              @rule-change=${(e: CustomEvent<{ rule: PolicyRule; label: string }>) => this.ruleAt(i, e.detail.rule, e.detail.label)}
              @rule-duplicate=${() => this.duplicate(i)} @rule-delete=${() => this.removeRule(i)}></sc-condition-rule-editor>`}
      </section>`)}`;
  }
}

customElements.define('sc-policy-editor', PolicyEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-policy-editor': PolicyEditorElement;
  }
}
