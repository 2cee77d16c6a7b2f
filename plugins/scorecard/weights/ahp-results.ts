// The live outcome of the judgments beside the matrix: each item's weight (bar and percent), the
// consistency measures, and — when CR ≥ 0.10 — the warning naming the judgment most worth revising.
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { AhpResult } from '../../../src/core/weighting/ahp.ts';
import type { AhpSuggestion } from '../../../src/core/weighting/ahp-suggestions.ts';
import { DEFAULT_CR_THRESHOLD } from '../../../src/core/weighting/ahp.ts';
import { judgmentLabel, type Translate } from './saaty-options.ts';

export interface AhpResultsView {
  readonly t: Translate;
  /** Item names in matrix order. */
  readonly names: readonly string[];
  /** Weights out of 100 (two decimals, summing to 100) in matrix order. */
  readonly percent: readonly number[];
  readonly result: AhpResult;
  readonly onApplySuggestion: (suggestion: AhpSuggestion) => void;
}

const THRESHOLD = DEFAULT_CR_THRESHOLD.toFixed(2);

export function renderWeights(view: AhpResultsView): TemplateResult {
  const { t, names, percent } = view;
  return html`<table class="weights">
    <caption>${t('scorecard.weights.weights')}</caption>
    <thead><tr>
      <th scope="col">${t('scorecard.weights.item')}</th>
      <th scope="col"><span class="visually-hidden">${t('scorecard.weights.share')}</span></th>
      <th scope="col" class="number">${t('scorecard.weights.percent')}</th>
    </tr></thead>
    <tbody>${names.map((name, i) => html`<tr data-item=${i}>
      <th scope="row">${name}</th>
      <td><span class="bar" aria-hidden="true"><span style=${styleMap({ width: `${percent[i] ?? 0}%` })}></span></span></td>
      <td class="number weight">${(percent[i] ?? 0).toFixed(2)}%</td>
    </tr>`)}</tbody>
  </table>`;
}

export function renderConsistency(view: AhpResultsView): TemplateResult {
  const { t, result } = view;
  const n = result.weights.length;
  const table = t(`scorecard.weights.ahp.ri.${result.riTable}`);
  return html`<dl class="measures">
      <div><dt>${t('scorecard.weights.ahp.lambdaMax')}</dt><dd class="number lambda-max">${result.lambdaMax.toFixed(4)}</dd></div>
      <div><dt>${t('scorecard.weights.ahp.ci')}</dt><dd class="number ci">${result.ci.toFixed(4)}</dd></div>
      <div><dt>${t('scorecard.weights.ahp.ri', { table })}</dt><dd class="number ri">${result.ri.toFixed(2)}</dd></div>
      <div><dt>${t('scorecard.weights.ahp.cr')}</dt><dd class="number cr">${result.cr.toFixed(4)}</dd></div>
    </dl>
    <div role="status" class="status">${n <= 2
      ? html`<p class="hint trivial">${t('scorecard.weights.ahp.trivial')}</p>`
      : result.consistent
        ? html`<p class="consistent">${t('scorecard.weights.ahp.consistent', { cr: result.cr.toFixed(4), threshold: THRESHOLD })}</p>`
        : renderWarning(view)}</div>`;
}

function renderWarning(view: AhpResultsView): TemplateResult {
  const { t, names, result } = view;
  const suggestion = result.suggestions[0];
  const args = suggestion && {
    row: names[suggestion.row] ?? '',
    column: names[suggestion.column] ?? '',
    current: judgmentLabel(t, suggestion.current),
    suggested: judgmentLabel(t, suggestion.suggested),
    after: suggestion.crAfter.toFixed(4),
  };
  return html`<div class="message warning">
    <sc-codicon name="warning"></sc-codicon>
    <div>
      <p class="inconsistent">${t('scorecard.weights.ahp.inconsistent', { cr: result.cr.toFixed(4), threshold: THRESHOLD })}</p>
      ${suggestion && args ? html`
        <p class="suggestion">${t(suggestion.crAfter < DEFAULT_CR_THRESHOLD ? 'scorecard.weights.ahp.suggestion' : 'scorecard.weights.ahp.suggestionNotEnough', args)}</p>
        <button class="button secondary apply-suggestion" title=${t('scorecard.weights.ahp.applySuggestionTitle', args)}
          @click=${() => view.onApplySuggestion(suggestion)}>${t('scorecard.weights.ahp.applySuggestion')}</button>` : nothing}
    </div>
  </div>`;
}
