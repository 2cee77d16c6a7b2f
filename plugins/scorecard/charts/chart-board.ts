// <sc-chart-board>: the six result charts of a scorecard in a responsive grid. It prepares each
// chart's data from (config, evaluation, selected record) — the population charts' data comes
// ready from the results worker when it can — and recomputes only what an input change affects: a new selection touches the radar, the contribution and the highlighted point,
// not the passes over every record.
import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  type DimensionRadar, type PopulationCharts, type RecordContribution, type WeightRings,
  dimensionRadar, populationCharts, recordContribution, weightRings,
} from '../../../src/core/scorecard/charts/index.ts';
import type { ScorecardEvaluation } from '../../../src/core/scorecard/result-types.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { WorkbenchElement } from '../../../src/workbench/api.ts';
import type { ScoreRankHighlight } from './score-rank-chart.ts';
import './contribution-chart.ts';
import './dimension-radar-chart.ts';
import './grade-shares-chart.ts';
import './score-histogram-chart.ts';
import './score-rank-chart.ts';
import './weights-sunburst-chart.ts';

/** Everything the board derives from the evaluation alone (one pass over the records each). */
type PopulationData = PopulationCharts;

/**
 * The results charts of a scorecard.
 * @property config - the scorecard configuration (names, grades, weights)
 * @property evaluation - evaluate(config, records); undefined while none is available
 * @property selected - index of the record to compare and break down
 */
export class ChartBoardElement extends WorkbenchElement {
  static override properties: PropertyDeclarations = {
    ...WorkbenchElement.properties,
    config: { attribute: false },
    evaluation: { attribute: false },
    selected: { attribute: false },
    prepared: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
    }
    .board {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
      gap: 16px;
      align-items: start;
    }
    .board > * {
      padding: 8px;
      border: 1px solid var(--vscode-widget-border);
      border-radius: 4px;
      background: var(--vscode-editor-background);
    }
    .wide {
      grid-column: 1 / -1;
    }
  `;

  declare config: ScorecardConfig | undefined;
  declare evaluation: ScorecardEvaluation | undefined;
  declare selected: number | undefined;
  /** The population charts' data when the results worker prepared it for this evaluation (else computed here). */
  declare prepared: PopulationCharts | undefined;

  private population: PopulationData | undefined;
  private rings: WeightRings | undefined;
  private radar: DimensionRadar | undefined;
  private contribution: RecordContribution | undefined;
  private highlight: ScoreRankHighlight | undefined;

  constructor() {
    super();
    this.config = undefined;
    this.evaluation = undefined;
    this.selected = undefined;
    this.prepared = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const { config, evaluation, selected } = this;
    if (changed.has('config')) this.rings = config ? weightRings(config) : undefined;
    if (changed.has('config') || changed.has('evaluation') || changed.has('prepared')) {
      this.population = config && evaluation ? this.prepared ?? populationCharts(config, evaluation) : undefined;
    }
    if (changed.has('config') || changed.has('evaluation') || changed.has('selected')) {
      const record = selected === undefined ? undefined : evaluation?.records[selected];
      this.radar = config && evaluation && this.population ? dimensionRadar(config, evaluation, record ? selected : undefined, this.population.averages) : undefined;
      this.contribution = config && evaluation && record ? recordContribution(config, evaluation, selected!) : undefined;
      this.highlight = record && record.rank !== null && record.total !== null
        ? { rank: record.rank, total: record.total, label: record.name ? `${record.id} (${record.name})` : record.id }
        : undefined;
    }
  }

  override render(): TemplateResult {
    const p = this.population;
    return html`
      <div class="board" role="group" aria-label=${this.t('scorecard.charts.board.label')}>
        <sc-score-histogram .services=${this.services} .data=${p?.histogram}></sc-score-histogram>
        <sc-grade-shares .services=${this.services} .data=${p?.shares}></sc-grade-shares>
        <sc-dimension-radar .services=${this.services} .data=${this.radar}></sc-dimension-radar>
        <sc-score-rank .services=${this.services} .data=${p?.scoreRank} .highlight=${this.highlight}></sc-score-rank>
        <sc-weights-sunburst .services=${this.services} .data=${this.rings}></sc-weights-sunburst>
        <sc-contribution-chart .services=${this.services} .data=${this.contribution}></sc-contribution-chart>
      </div>
    `;
  }
}

customElements.define('sc-chart-board', ChartBoardElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-chart-board': ChartBoardElement;
  }
}
