import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../src/core/localized-text.ts';
import { updateNode } from '../../../src/core/scorecard/edit/index.ts';
import { isGroup, type IndicatorGroup, type IndicatorLeaf, type IndicatorNode, type ScorecardConfig, type Scorer, type SmartNotes } from '../../../src/core/scorecard/types.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';
import { SCORER_TYPES, scorerOfType, type ScorerType } from './scorer-defaults.ts';
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
    jsonError: { state: true },
  };

  declare config: ScorecardConfig | undefined;
  declare nodeId: string | undefined;
  /** The selected indicator's raw values in the test data (NaN where missing), for the scorer preview. */
  declare values: ArrayLike<number> | undefined;
  declare jsonError: string | undefined;
  /** The last preview, kept while neither the scorer, the values nor the scale change (typing in other inputs). */
  private curve: { scorer: Scorer; values: ArrayLike<number> | undefined; scale: ScorecardConfig['scale']; data: ScorerCurve | undefined } | undefined;

  constructor() {
    super();
    this.config = undefined;
    this.nodeId = undefined;
    this.values = undefined;
    this.jsonError = undefined;
  }

  static override styles = [buttonStyles, css`
    :host { display: block; }
    h3 { font-size: 1em; margin: 0 0 8px; }
    .form { display: grid; grid-template-columns: max-content 1fr; gap: 6px 10px; align-items: center; }
    label { color: var(--vscode-descriptionForeground); }
    input, select, textarea { font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 2px 4px; box-sizing: border-box; }
    input[type=number] { width: 8em; }
    textarea { width: 100%; min-height: 3.5em; }
    textarea.json { font-family: var(--vscode-editor-font-family, monospace); min-height: 5em; }
    input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
    .params { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
    .error { color: var(--vscode-errorForeground); grid-column: 1 / -1; }
    fieldset { grid-column: 1 / -1; border: 1px solid var(--vscode-panel-border); padding: 6px 8px; }
    fieldset .form { grid-template-columns: max-content 1fr; }
    sc-scorer-preview { grid-column: 1 / -1; display: block; }
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

  private change(next: (node: IndicatorNode) => IndicatorNode, label: string): void {
    if (!this.config || this.nodeId === undefined) return;
    const result = updateNode(this.config, this.nodeId, next);
    if (!result.ok) {
      this.services?.notifications.warn(this.text(result.reason));
      return;
    }
    if (result.config === this.config) return;
    // Shown at once, and the base of the next change even before the host passes the config back.
    this.config = result.config;
    this.dispatchEvent(new CustomEvent<NodeChangeDetail>('node-change', { detail: { config: result.config, label: this.t(label) }, bubbles: true, composed: true }));
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
    const scorer = node.scorer;
    const type = (SCORER_TYPES as readonly string[]).includes(scorer.type) ? (scorer.type as ScorerType) : undefined;
    const smart: SmartNotes = node.smart ?? {};
    return html`
      <label for="value">${this.t('scorecard.details.value')}</label>
      <select id="value" @change=${(e: Event) => {
        const key = (e.target as HTMLSelectElement).value;
        if (key) this.change((n) => ({ ...(n as IndicatorLeaf), value: { var: key } }), 'scorecard.details.edit.value');
      }}>
        ${field === undefined ? html`<option value="" selected>${this.t('scorecard.details.expression')}</option>` : nothing}
        ${fields.map((f) => html`<option value=${f.key} ?selected=${f.key === field}>${f.label ? this.text(f.label) : f.key}</option>`)}
      </select>
      ${field === undefined ? html`<label for="value-json">${this.t('scorecard.details.valueJson')}</label>
        <textarea id="value-json" class="json" .value=${JSON.stringify(node.value, null, 1)} @change=${(e: Event) => this.json(e, (value) => this.change((n) => ({ ...(n as IndicatorLeaf), value }), 'scorecard.details.edit.value'))}></textarea>` : nothing}
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
