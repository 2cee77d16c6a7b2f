import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { toPercentWeights } from '../../../src/core/scorecard/derive-weights.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';
import { percentById } from './ahp-judgments.ts';
import {
  computeDataWeights, type DataDerivation, type DataWeightItem, type DataWeightMethod, type DataWeightsOutcome, type IndicatorDirection,
  toDataDerivation,
} from './data-weights-model.ts';
import { weightsStyles } from './weights-styles.ts';

/** detail of `data-weights-apply`: weights out of 100 (summing to 100) by item id, and the derivation to record. */
export interface DataWeightsApplyDetail {
  readonly method: DataWeightMethod;
  readonly weights: Record<string, number>;
  readonly derivation: DataDerivation;
}

const METHODS: readonly DataWeightMethod[] = ['entropy', 'critic'];

/**
 * Objective weights for a node's leaf indicators from the current dataset: the entropy weight
 * method (熵权法) and CRITIC side by side, computed by the core over the records where every
 * indicator has a value, with how many records were used and skipped, what each method rewards,
 * and why nothing can be applied when the data cannot tell the indicators apart.
 *
 * @fires data-weights-apply - detail {@link DataWeightsApplyDetail} when the user applies one method's weights
 */
export class DataWeightsElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    items: { attribute: false },
    direction: { attribute: false },
    node: { type: String },
    datasetId: { attribute: 'dataset-id' },
  };

  /** The leaf indicators under the node, each with its dataset column (NaN for a missing value). */
  declare items: readonly DataWeightItem[];
  /** Whether a higher or a lower raw value is better, by item id; default 'higher'. */
  declare direction: Readonly<Record<string, IndicatorDirection>>;
  /** Id of the node whose children are weighed; recorded as the derivation's `node`. */
  declare node: string;
  /** Id of the dataset the columns came from, recorded in the derivation when given. */
  declare datasetId: string | undefined;

  private outcome: DataWeightsOutcome = { kind: 'empty' };

  constructor() {
    super();
    this.items = [];
    this.direction = {};
    this.node = '';
    this.datasetId = undefined;
  }

  static override styles = [buttonStyles, weightsStyles, css`
    ul.methods { margin: 8px 0 0; padding-left: 1.2em; }
    ul.methods li { margin: 2px 0; }
    td.weight { white-space: nowrap; }
    td.weight .bar { margin-right: 6px; }
  `];

  /** The current computation (for the host and tests). */
  get result(): DataWeightsOutcome {
    return this.outcome;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('items') || changed.has('direction')) this.outcome = computeDataWeights(this.items, this.direction);
  }

  override render(): TemplateResult {
    const outcome = this.outcome;
    switch (outcome.kind) {
      case 'empty':
        return html`<p class="hint empty">${this.t('scorecard.weights.data.empty')}</p>`;
      case 'too-few':
        return this.message('too-few', this.t('scorecard.weights.data.tooFew', { used: outcome.used, skipped: outcome.skipped }));
      case 'weights':
        return this.renderWeights(outcome);
    }
  }

  private message(kind: string, text: string): TemplateResult {
    return html`<div class="message ${kind}"><sc-codicon name="warning"></sc-codicon><div><p>${text}</p></div></div>`;
  }

  private renderWeights(outcome: Extract<DataWeightsOutcome, { kind: 'weights' }>): TemplateResult {
    const names = this.items.map((item) => this.text(item.name) || item.id);
    const allConstant = outcome.constant.length === this.items.length;
    const percent = { entropy: toPercentWeights(outcome.entropy), critic: toPercentWeights(outcome.critic) };
    const list = new Intl.ListFormat(this.services?.i18n.locale ?? 'en', { type: 'conjunction' });
    return html`
      <p class="records">${outcome.skipped > 0
        ? this.t('scorecard.weights.data.records', { used: outcome.used, skipped: outcome.skipped })
        : this.t('scorecard.weights.data.recordsAll', { used: outcome.used })}</p>
      ${allConstant
        ? this.message('all-constant', this.t('scorecard.weights.data.allConstant'))
        : outcome.constant.length > 0
          ? this.message('constant', this.t('scorecard.weights.data.constant', { names: list.format(outcome.constant.map((j) => names[j] ?? '')) }))
          : nothing}
      <div class="scroll"><table class="data-weights">
        <caption>${this.t('scorecard.weights.data.caption')}</caption>
        <thead><tr>
          <th scope="col">${this.t('scorecard.weights.item')}</th>
          <th scope="col">${this.t('scorecard.weights.data.direction')}</th>
          ${METHODS.map((m) => html`<th scope="col">${this.t(`scorecard.weights.data.${m}`)}</th>`)}
        </tr></thead>
        <tbody>${this.items.map((item, j) => html`<tr data-item=${j}>
          <th scope="row">${names[j]}</th>
          <td class="direction">${this.t(this.direction[item.id] === 'lower' ? 'scorecard.weights.data.lower' : 'scorecard.weights.data.higher')}</td>
          ${METHODS.map((m) => html`<td class="weight ${m}">
            <span class="bar" aria-hidden="true"><span style=${styleMap({ width: `${allConstant ? 0 : percent[m][j] ?? 0}%` })}></span></span>
            <span class="number">${allConstant ? '—' : `${(percent[m][j] ?? 0).toFixed(2)}%`}</span>
          </td>`)}
        </tr>`)}</tbody>
      </table></div>
      <ul class="methods">${METHODS.map((m) => html`<li class=${m}><strong>${this.t(`scorecard.weights.data.${m}`)}</strong>: ${this.t(`scorecard.weights.data.${m}.explain`)}</li>`)}</ul>
      <div class="buttons">${METHODS.map((m) => html`<button class="button apply-${m}" ?disabled=${allConstant}
        @click=${() => this.apply(m, outcome)}>${this.t(`scorecard.weights.data.apply.${m}`)}</button>`)}</div>`;
  }

  private apply(method: DataWeightMethod, outcome: Extract<DataWeightsOutcome, { kind: 'weights' }>): void {
    const weights = method === 'entropy' ? outcome.entropy : outcome.critic;
    const detail: DataWeightsApplyDetail = {
      method,
      weights: percentById(this.items, weights),
      derivation: toDataDerivation(this.node, method, this.items, weights, outcome.used, this.datasetId),
    };
    this.dispatchEvent(new CustomEvent<DataWeightsApplyDetail>('data-weights-apply', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('sc-data-weights', DataWeightsElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-data-weights': DataWeightsElement;
  }
}
