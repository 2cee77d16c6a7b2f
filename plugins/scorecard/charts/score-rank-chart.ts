// <sc-score-rank>: every record's total against its rank (thinned to about 2,000 points for large
// populations), coloured by the grade it got — so a veto shows as a point off its band's colour —
// with the grade bands behind, and the selected record ringed.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { PropertyDeclarations } from 'lit';
import type { ScoreRankData } from '../../../src/core/scorecard/charts/index.ts';
import { ChartElement, type ChartTable } from './chart-element.ts';
import type { ChartTheme } from './chart-theme.ts';
import { gradeBandsPlugin } from './grade-bands-plugin.ts';

/** The record to ring on the chart. */
export interface ScoreRankHighlight {
  rank: number;
  total: number;
  /** "A002 (李四)". */
  label: string;
}

/**
 * Total against rank.
 * @property data - scoreRankPoints(config, evaluation)
 * @property highlight - the selected record, ringed
 */
export class ScoreRankElement extends ChartElement<ScoreRankData, 'scatter'> {
  static override properties: PropertyDeclarations = {
    ...ChartElement.properties,
    highlight: { attribute: false },
  };

  declare highlight: ScoreRankHighlight | undefined;

  constructor() {
    super();
    this.highlight = undefined;
  }

  protected override chartTitle(): string {
    return this.t('scorecard.charts.scoreRank.title');
  }

  protected override isEmpty(data: ScoreRankData): boolean {
    return data.count === 0;
  }

  private bandLabel(data: ScoreRankData, band: number): string {
    const b = data.bands[band];
    return b ? this.text(b.label) || b.id : '—';
  }

  protected override summary(data: ScoreRankData): string {
    const first = data.points[0]!;
    const last = data.points.at(-1)!;
    let text = this.t('scorecard.charts.scoreRank.summary', {
      count: this.number(data.count, 0),
      best: this.number(first.total, 2),
      worstRank: this.number(last.rank, 0),
      worst: this.number(last.total, 2),
    });
    if (data.sampled) text += ` ${this.t('scorecard.charts.scoreRank.sampled', { shown: this.number(data.points.length, 0), count: this.number(data.count, 0) })}`;
    return text;
  }

  /** Per grade rather than per point: a table of 2,000 rows would help nobody. */
  protected override table(data: ScoreRankData): ChartTable {
    return {
      columns: [
        this.t('scorecard.charts.grade'), this.t('scorecard.charts.records'), this.t('scorecard.charts.scoreRank.ranks'),
        this.t('scorecard.charts.scoreRank.highest'), this.t('scorecard.charts.scoreRank.lowest'),
      ],
      rows: data.summary.map((s) => [
        this.bandLabel(data, s.band),
        this.number(s.count, 0),
        s.bestRank === null ? '—' : this.t('scorecard.charts.range', { from: this.number(s.bestRank, 0), to: this.number(s.worstRank, 0) }),
        this.number(s.highest, 2),
        this.number(s.lowest, 2),
      ]),
    };
  }

  protected override chartConfig(data: ScoreRankData, theme: ChartTheme): ChartConfiguration<'scatter'> {
    const colors = data.points.map((p) => data.bands[p.band]?.color ?? theme.series[0]!);
    const datasets: ChartDataset<'scatter'>[] = [{
      label: this.t('scorecard.charts.records'),
      data: data.points.map((p) => ({ x: p.rank, y: p.total })),
      pointBackgroundColor: colors,
      pointBorderColor: colors,
      pointRadius: data.points.length > 500 ? 1.5 : 3,
      pointHoverRadius: 5,
    }];
    const highlight = this.highlight;
    if (highlight) {
      datasets.push({
        label: highlight.label,
        data: [{ x: highlight.rank, y: highlight.total }],
        pointBackgroundColor: 'transparent',
        pointBorderColor: theme.foreground,
        pointBorderWidth: 2,
        pointRadius: 7,
        pointHoverRadius: 8,
      });
    }
    const totals = data.points.map((p) => p.total);
    return {
      type: 'scatter',
      plugins: [gradeBandsPlugin],
      data: { datasets },
      options: {
        ...this.baseOptions(theme),
        scales: {
          x: {
            type: 'linear',
            min: 1,
            // The worst rank, not the count: tied records at the bottom share a rank (competition ranking).
            max: Math.max(1, data.points.at(-1)?.rank ?? 1),
            title: { display: true, text: this.t('scorecard.charts.scoreRank.rank'), color: theme.foreground },
            ticks: { color: theme.muted, precision: 0 },
            grid: { color: theme.grid },
            border: { color: theme.grid },
          },
          y: {
            type: 'linear',
            min: Math.min(data.scale.min, ...totals),
            max: Math.max(data.scale.max, ...totals),
            title: { display: true, text: this.t('scorecard.charts.total'), color: theme.foreground },
            ticks: { color: theme.muted },
            grid: { color: theme.grid },
            border: { color: theme.grid },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'scatter'>) => {
                if (item.datasetIndex === 1) return highlight?.label ?? '';
                const p = data.points[item.dataIndex];
                if (!p) return '';
                return this.t('scorecard.charts.scoreRank.tooltip', { rank: this.number(p.rank, 0), total: this.number(p.total, 2), grade: this.bandLabel(data, p.band) });
              },
            },
          },
          scGradeBands: {
            axis: 'y',
            bands: data.bands.map((band) => ({ from: band.min, to: band.max, color: band.color, label: this.text(band.label) || band.id })),
            fillAlpha: theme.highContrast ? 0.18 : 0.08,
            labelColor: theme.muted,
            font: `11px ${theme.fontFamily}`,
          },
        },
      },
    };
  }
}

customElements.define('sc-score-rank', ScoreRankElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-score-rank': ScoreRankElement;
  }
}
