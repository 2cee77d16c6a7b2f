import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../src/core/localized-text.ts';
import { updateNode } from '../../../src/core/scorecard/edit/index.ts';
import { isGroup, type FieldDef, type IndicatorGroup, type IndicatorLeaf, type IndicatorNode, type ScorecardConfig, type Scorer, type SmartNotes } from '../../../src/core/scorecard/types.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';
import { SCORER_TYPES, scorerOfType, type ScorerType } from './scorer-defaults.ts';
import { fromBuilderExpr, toBuilderExpr } from '../../../src/core/policy/builder/mapping.ts';
import { fieldInfoOf } from '../../../src/core/policy/builder/field-info.ts';
import type { LogicEngine } from '../../../src/core/logic/types.ts';
import type { ExprChange, FieldInfo } from '../../../src/workbench/api.ts';
import '../../../src/workbench/rule-builder-api.ts';
import { scorerCurve, type ScorerCurve } from '../../../src/core/scorecard/charts/index.ts';
import '../charts/scorer-preview-chart.ts';

/** detail of `node-change` (the same shape as the tree's `tree-edit`). */
export interface NodeChangeDetail {
  config: ScorecardConfig;
  label: string;
}

const SMART_KEYS = ['specific', 'measurable', 'attainable', 'realistic', 'timeBound'] as const;

/** The field a value rule reads when it is a plain {"var": "field"}. */
function plainField(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const path = (value as { var?: unknown }).var;
  return keys.length === 1 && typeof path === 'string' ? path : undefined;
}

/**
 * The selected node's own settings. An indicator: its names in both languages, the field (or a
 * JSON-logic expression) giving its value, unit, direction, scorer and its parameters, and the
 * SMART checklist. A group: names, aggregation, missing-value policy, proportional weights.
 * Controlled: fires the edited configuration; invalid JSON or numbers are shown, never applied.
 *
 * @fires node-change - detail {@link NodeChangeDetail}
 */
export class NodeDetailsElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    config: { attribute: false },
    nodeId: {},
    values: { attribute: false },
    datasetFields: { attribute: false },
    jsonError: { state: true },
    expressionMode: { state: true },
  };

  declare config: ScorecardConfig | undefined;
  declare nodeId: string | undefined;
  /** The selected indicator's raw values in the test data (NaN where missing), for the scorer preview. */
  declare values: ArrayLike<number> | undefined;
  /** The test dataset's fields: offered as values (choosing one declares it in the scorecard). */
  declare datasetFields: readonly FieldDef[];
  /** The value is being edited as a calculation in the rule builder (also while it is still a plain field). */
  declare expressionMode: boolean;
  declare jsonError: string | undefined;
  /** The last preview, kept while neither the scorer, the values nor the scale change (typing in other inputs). */
  private curve: { scorer: Scorer; values: ArrayLike<number> | undefined; scale: ScorecardConfig['scale']; data: ScorerCurve | undefined } | undefined;

  constructor() {
    super();
    this.config = undefined;
    this.nodeId = undefined;
    this.values = undefined;
    this.datasetFields = [];
    this.jsonError = undefined;
    this.expressionMode = false;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('nodeId')) this.expressionMode = false;
  }

  static override styles = [buttonStyles, css`
    :host { display: block; }
    h3 { font-size: 1em; margin: 0 0 8px; }
    .form { display: grid; grid-template-columns: fit-content(45%) minmax(0, 1fr); gap: 6px 10px; align-items: center; }
    label { color: var(--vscode-descriptionForeground); }
    input, select, textarea { font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 2px 4px; box-sizing: border-box; }
    input[type=number] { width: 8em; }
    textarea { width: 100%; min-height: 3.5em; }
    textarea.json { font-family: var(--vscode-editor-font-family, monospace); min-height: 5em; }
    input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
    .params { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
    .error { color: var(--vscode-errorForeground); grid-column: 1 / -1; }
    fieldset { grid-column: 1 / -1; border: 1px solid var(--vscode-panel-border); padding: 6px 8px; }
    fieldset .form { grid-template-columns: fit-content(45%) minmax(0, 1fr); }
    sc-scorer-preview { grid-column: 1 / -1; display: block; }
    .builder { grid-column: 1 / -1; }
    .label { color: var(--vscode-descriptionForeground); grid-column: 1 / -1; }
  `];

  private previewOf(scorer: Scorer): ScorerCurve | undefined {
    const scale = this.config?.scale;
    const c = this.curve;
    if (c && c.scorer === scorer && c.values === this.values && c.scale === scale) return c.data;
    const data = scorerCurve(scorer, this.values ?? [], scale);
    this.curve = { scorer, values: this.values, scale, data };
    return data;
  }

  private node(): IndicatorNode | undefined {
    const config = this.config;
    if (!config || this.nodeId === undefined) return undefined;
    const find = (n: IndicatorNode): IndicatorNode | undefined => (n.id === this.nodeId ? n : isGroup(n) ? n.children.map(find).find((x) => x) : undefined);
    return find(config.root);
  }

  /** Edits the node (and, with `andConfig`, the rest of the configuration in the same undo step). */
  private change(next: (node: IndicatorNode) => IndicatorNode, label: string, andConfig?: (config: ScorecardConfig) => ScorecardConfig): void {
    if (!this.config || this.nodeId === undefined) return;
    const result = updateNode(this.config, this.nodeId, next);
    if (!result.ok) {
      this.services?.notifications.warn(this.text(result.reason));
      return;
    }
    const config = andConfig ? andConfig(result.config) : result.config;
    if (config === this.config) return;
    // Shown at once, and the base of the next change even before the host passes the config back.
    this.config = config;
    this.dispatchEvent(new CustomEvent<NodeChangeDetail>('node-change', { detail: { config, label: this.t(label) }, bubbles: true, composed: true }));
  }

  private setName(locale: Locale, text: string): void {
    this.change((n) => {
      const current = typeof n.name === 'string' ? { en: n.name, 'zh-CN': n.name } : { ...n.name };
      return { ...n, name: { ...current, [locale]: text.trim() || undefined } };
    }, 'scorecard.details.edit.name');
  }

  /** A number from an input, or undefined (shown as invalid, not applied) when it is not one. */
  private number(e: Event): number | undefined {
    const input = e.target as HTMLInputElement;
    const value = input.value.trim() === '' ? NaN : Number(input.value);
    input.setAttribute('aria-invalid', Number.isFinite(value) ? 'false' : 'true');
    return Number.isFinite(value) ? value : undefined;
  }

  private setScorer(scorer: Scorer, label = 'scorecard.details.edit.scorer'): void {
    this.change((n) => ({ ...(n as IndicatorLeaf), scorer }), label);
  }

  private json(e: Event, apply: (value: unknown) => void): void {
    try {
      apply(JSON.parse((e.target as HTMLTextAreaElement).value) as unknown);
      this.jsonError = undefined;
    } catch (error) {
      this.jsonError = error instanceof Error ? error.message : String(error);
    }
  }

  override render(): TemplateResult {
    const node = this.node();
    if (!node || !this.config) return html`<p>${this.t('scorecard.details.none')}</p>`;
    const name = typeof node.name === 'string' ? { en: node.name, 'zh-CN': node.name } : node.name;
    return html`<h3>${this.text(node.name)}</h3>
      <div class="form">
        <label for="name-en">${this.t('scorecard.details.nameEn')}</label><input id="name-en" .value=${name.en ?? ''} @change=${(e: Event) => this.setName('en', (e.target as HTMLInputElement).value)}>
        <label for="name-zh">${this.t('scorecard.details.nameZh')}</label><input id="name-zh" .value=${name['zh-CN'] ?? ''} @change=${(e: Event) => this.setName('zh-CN', (e.target as HTMLInputElement).value)}>
        ${isGroup(node) ? this.renderGroup(node) : this.renderLeaf(node)}
        ${this.jsonError ? html`<p class="error" role="alert">${this.t('scorecard.details.badJson', { message: this.jsonError })}</p>` : nothing}
      </div>`;
  }

  private renderGroup(node: IndicatorGroup): TemplateResult {
    return html`
      <label for="aggregate">${this.t('scorecard.details.aggregate')}</label>
      <select id="aggregate" @change=${(e: Event) => this.change((n) => ({ ...n, aggregate: (e.target as HTMLSelectElement).value as IndicatorGroup['aggregate'] }), 'scorecard.details.edit.aggregate')}>
        ${(['weighted-sum', 'weighted-geometric', 'min'] as const).map((a) => html`<option value=${a} ?selected=${(node.aggregate ?? 'weighted-sum') === a}>${this.t(`scorecard.details.aggregate.${a}`)}</option>`)}
      </select>
      <label for="missing">${this.t('scorecard.details.missing')}</label>
      <select id="missing" @change=${(e: Event) => this.change((n) => ({ ...n, missing: (e.target as HTMLSelectElement).value as IndicatorGroup['missing'] }), 'scorecard.details.edit.missing')}>
        ${(['renormalize', 'zero', 'fail'] as const).map((m) => html`<option value=${m} ?selected=${(node.missing ?? 'renormalize') === m}>${this.t(`scorecard.details.missing.${m}`)}</option>`)}
      </select>
      <label for="normalize">${this.t('scorecard.details.normalize')}</label>
      <input id="normalize" type="checkbox" .checked=${node.normalize === true} @change=${(e: Event) => this.change((n) => ({ ...n, normalize: (e.target as HTMLInputElement).checked }), 'scorecard.details.edit.normalize')}>`;
  }

  private renderLeaf(node: IndicatorLeaf): TemplateResult {
    const field = plainField(node.value);
    const fields = this.config!.fields;
    const expression = field === undefined || this.expressionMode;
    const declared = new Set(fields.map((f) => f.key));
    const extra = this.datasetFields.filter((f) => !declared.has(f.key) && f.type !== 'list');
    const scorer = node.scorer;
    const type = (SCORER_TYPES as readonly string[]).includes(scorer.type) ? (scorer.type as ScorerType) : undefined;
    const smart: SmartNotes = node.smart ?? {};
    return html`
      <label for="value">${this.t('scorecard.details.value')}</label>
      <select id="value" @change=${(e: Event) => this.chooseValue((e.target as HTMLSelectElement).value)}>
        ${expression ? html`<option value="" selected>${this.t('scorecard.details.expression')}</option>` : nothing}
        ${fields.map((f) => html`<option value=${f.key} ?selected=${!expression && f.key === field}>${f.label ? this.text(f.label) : f.key}</option>`)}
        ${extra.length ? html`<optgroup label=${this.t('scorecard.details.fromTestData')}>
          ${extra.map((f) => html`<option value=${`data:${f.key}`}>${f.label ? this.text(f.label) : f.key}</option>`)}</optgroup>` : nothing}
        ${expression ? nothing : html`<option value="expression">${this.t('scorecard.details.toExpression')}</option>`}
      </select>
      ${expression ? html`<span class="label">${this.t('scorecard.details.valueExpression')}</span>
        <div class="builder"><sc-expression-input .services=${this.services} .expr=${toBuilderExpr(node.value, { engine: this.engine() })} .fields=${this.builderFields()} .label=${this.t('scorecard.details.valueExpression')}
          @expr-change=${(e: CustomEvent<ExprChange>) => { e.stopPropagation(); this.change((n) => ({ ...(n as IndicatorLeaf), value: fromBuilderExpr(e.detail.expr) }), 'scorecard.details.edit.value'); }}></sc-expression-input></div>` : nothing}
      <label for="unit">${this.t('scorecard.details.unit')}</label>
      <input id="unit" .value=${this.text(node.unit)} @change=${(e: Event) => { const text = (e.target as HTMLInputElement).value.trim(); this.change((n) => { const { unit: _unit, ...rest } = n as IndicatorLeaf; return text ? { ...rest, unit: text } : (rest as IndicatorLeaf); }, 'scorecard.details.edit.unit'); }}>
      <label for="direction">${this.t('scorecard.details.direction')}</label>
      <select id="direction" @change=${(e: Event) => this.change((n) => ({ ...(n as IndicatorLeaf), direction: (e.target as HTMLSelectElement).value as 'higher' | 'lower' }), 'scorecard.details.edit.direction')}>
        ${(['higher', 'lower'] as const).map((d) => html`<option value=${d} ?selected=${(node.direction ?? 'higher') === d}>${this.t(`scorecard.details.direction.${d}`)}</option>`)}
      </select>
      <label for="scorer">${this.t('scorecard.details.scorer')}</label>
      <select id="scorer" @change=${(e: Event) => this.setScorer(scorerOfType((e.target as HTMLSelectElement).value as ScorerType, scorer))}>
        ${type === undefined ? html`<option selected>${scorer.type}</option>` : nothing}
        ${SCORER_TYPES.map((t) => html`<option value=${t} ?selected=${t === type}>${this.t(`scorecard.details.scorer.${t}`)}</option>`)}
      </select>
      <span></span><div class="params">${this.renderScorerParams(scorer)}</div>
      <sc-scorer-preview .services=${this.services} .data=${this.previewOf(scorer)}></sc-scorer-preview>
      <fieldset><legend>${this.t('scorecard.details.smart')}</legend><div class="form">
        ${SMART_KEYS.map((k) => html`<label for=${`smart-${k}`}>${this.t(`scorecard.details.smart.${k}`)}</label>
          <textarea id=${`smart-${k}`} .value=${smart[k] ?? ''} @change=${(e: Event) => {
            const text = (e.target as HTMLTextAreaElement).value.trim();
            this.change((n) => {
              const notes: SmartNotes = { ...((n as IndicatorLeaf).smart ?? {}) };
              if (text) notes[k] = text; else delete notes[k];
              return { ...(n as IndicatorLeaf), smart: notes };
            }, 'scorecard.details.edit.smart');
          }}></textarea>`)}
      </div></fieldset>`;
  }

  /** The operators plugins declare, so the builder draws their calls (the default engine without services). */
  private engine(): LogicEngine | undefined {
    return this.services?.ruleOperators.engine;
  }

  /** The scorecard's fields, then the test data's, as the builder's field pickers list them. */
  private builderFields(): FieldInfo[] {
    const declared = this.config?.fields ?? [];
    const keys = new Set(declared.map((f) => f.key));
    return [...declared, ...this.datasetFields.filter((f) => !keys.has(f.key))].map(fieldInfoOf);
  }

  /**
   * The value select: a declared field; a test-data field (declared along with the change, so the
   * scorecard stays valid); or a calculation, edited in the rule builder starting from the field.
   */
  private chooseValue(choice: string): void {
    if (choice === '') return;
    if (choice === 'expression') {
      this.expressionMode = true;
      return;
    }
    this.expressionMode = false;
    const key = choice.startsWith('data:') ? choice.slice(5) : choice;
    const declare = choice.startsWith('data:') ? this.datasetFields.find((f) => f.key === key) : undefined;
    this.change((n) => ({ ...(n as IndicatorLeaf), value: { var: key } }), 'scorecard.details.edit.value',
      declare ? (config) => ({ ...config, fields: [...config.fields, structuredClone(declare)] }) : undefined);
  }

  private param(label: string, value: number | undefined, apply: (n: number) => void, optional = false): TemplateResult {
    return html`<label>${this.t(label)} <input type="number" step="any" .value=${value === undefined ? '' : String(value)}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        if (optional && input.value.trim() === '') { apply(NaN); return; }
        const n = this.number(e);
        if (n !== undefined) apply(n);
      }}></label>`;
  }

  private renderScorerParams(scorer: Scorer): TemplateResult | typeof nothing {
    switch (scorer.type) {
      case 'linear':
        return html`${this.param('scorecard.details.worst', scorer.worst, (worst) => this.setScorer({ ...scorer, worst }))}
          ${this.param('scorecard.details.best', scorer.best, (best) => this.setScorer({ ...scorer, best }))}`;
      case 'target': {
        const set = (key: 'floor' | 'stretch' | 'cap', v: number) => {
          const next = { ...scorer };
          if (Number.isNaN(v)) delete next[key]; else next[key] = v;
          this.setScorer(next);
        };
        return html`${this.param('scorecard.details.target', scorer.target, (target) => this.setScorer({ ...scorer, target }))}
          ${this.param('scorecard.details.floor', scorer.floor, (v) => set('floor', v), true)}
          ${this.param('scorecard.details.stretch', scorer.stretch, (v) => set('stretch', v), true)}
          ${this.param('scorecard.details.cap', scorer.cap, (v) => set('cap', v), true)}`;
      }
      case 'likert':
        return html`<label>${this.t('scorecard.details.points')} <select @change=${(e: Event) => this.setScorer({ ...scorer, points: Number((e.target as HTMLSelectElement).value) as 5 | 7 })}>
            ${[5, 7].map((p) => html`<option value=${p} ?selected=${scorer.points === p}>${p}</option>`)}</select></label>
          <label><input type="checkbox" .checked=${scorer.reverse === true} @change=${(e: Event) => this.setScorer({ ...scorer, reverse: (e.target as HTMLInputElement).checked })}> ${this.t('scorecard.details.reverse')}</label>`;
      case 'pass-fail':
        return html`${this.param('scorecard.details.pass', scorer.pass, (v) => this.setScorer(Number.isNaN(v) ? { type: 'pass-fail', ...(scorer.fail !== undefined ? { fail: scorer.fail } : {}) } : { ...scorer, pass: v }), true)}
          ${this.param('scorecard.details.fail', scorer.fail, (v) => this.setScorer(Number.isNaN(v) ? { type: 'pass-fail', ...(scorer.pass !== undefined ? { pass: scorer.pass } : {}) } : { ...scorer, fail: v }), true)}`;
      default:
        // Bands, JSON-logic and plugin scorers: their parameters as JSON (the whole scorer).
        return html`<textarea class="json" aria-label=${this.t('scorecard.details.scorerJson')} .value=${JSON.stringify(scorer, null, 1)}
          @change=${(e: Event) => this.json(e, (value) => {
            if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') this.setScorer(value as Scorer);
            else this.jsonError = this.t('scorecard.details.scorerNeedsType');
          })}></textarea>`;
    }
  }
}

customElements.define('sc-node-details', NodeDetailsElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-node-details': NodeDetailsElement;
  }
}
