// <sc-score-histogram>: how the totals are distributed, bars coloured by grade, the grade bands
// drawn behind them.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { ScoreHistogram } from '../../../src/core/scorecard/charts/index.ts';
import { ChartElement, type ChartTable } from './chart-element.ts';
import { type ChartTheme, withAlpha } from './chart-theme.ts';
import { gradeBandsPlugin } from './grade-bands-plugin.ts';

/**
 * The score distribution histogram.
 * @property data - scoreHistogram(config, evaluation)
 */
export class ScoreHistogramElement extends ChartElement<ScoreHistogram, 'bar'> {
  protected override chartTitle(): string {
    return this.t('scorecard.charts.histogram.title');
  }

  protected override isEmpty(data: ScoreHistogram): boolean {
    return data.count === 0;
  }

  private range(data: ScoreHistogram, b: number): string {
    const bin = data.bins[b]!;
    return this.t('scorecard.charts.range', { from: this.number(bin.from, 2), to: this.number(bin.to, 2) });
  }

  private bandLabel(data: ScoreHistogram, band: number): string {
    const b = data.bands[band];
    return b ? this.text(b.label) || b.id : '—';
  }

  protected override summary(data: ScoreHistogram): string {
    let peak = 0;
    data.bins.forEach((bin, b) => {
      if (bin.count > data.bins[peak]!.count) peak = b;
    });
    return this.t('scorecard.charts.histogram.summary', {
      count: this.number(data.count, 0),
      mean: this.number(data.mean),
      peak: this.range(data, peak),
      peakCount: this.number(data.bins[peak]!.count, 0),
    });
  }

  protected override table(data: ScoreHistogram): ChartTable {
    return {
      columns: [this.t('scorecard.charts.histogram.range'), this.t('scorecard.charts.grade'), this.t('scorecard.charts.records')],
      rows: data.bins.map((bin, b) => [this.range(data, b), this.bandLabel(data, bin.band), this.number(bin.count, 0)]),
    };
  }

  protected override chartConfig(data: ScoreHistogram, theme: ChartTheme): ChartConfiguration<'bar'> {
    const colors = data.bins.map((bin) => data.bands[bin.band]?.color ?? theme.series[0]!);
    const total = data.count || 1;
    return {
      type: 'bar',
      plugins: [gradeBandsPlugin],
      data: {
        labels: data.bins.map((_, b) => this.range(data, b)),
        datasets: [{
          label: this.t('scorecard.charts.records'),
          data: data.bins.map((bin) => bin.count),
          backgroundColor: theme.highContrast ? colors : colors.map((c) => withAlpha(c, 0.8)),
          borderColor: colors,
          borderWidth: theme.highContrast ? 1 : 0,
          barPercentage: 1,
          categoryPercentage: 0.92,
        }],
      },
      options: {
        ...this.baseOptions(theme),
        scales: {
          x: {
            title: { display: true, text: this.t('scorecard.charts.total'), color: theme.foreground },
            ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, callback: (_value, index) => this.number(data.bins[index]?.from, 2) },
            grid: { display: false },
            border: { color: theme.grid },
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: this.t('scorecard.charts.records'), color: theme.foreground },
            ticks: { color: theme.muted, precision: 0 },
            grid: { color: theme.grid },
            border: { color: theme.grid },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'bar'>[]) => (items[0] ? this.range(data, items[0].dataIndex) : ''),
              label: (item: TooltipItem<'bar'>) => this.t('scorecard.charts.histogram.tooltip', {
                count: this.number(data.bins[item.dataIndex]?.count, 0),
                share: this.percent((data.bins[item.dataIndex]?.count ?? 0) / total),
                grade: this.bandLabel(data, data.bins[item.dataIndex]?.band ?? -1),
              }),
            },
          },
          scGradeBands: {
            axis: 'x',
            domain: [data.bins[0]?.from ?? data.scale.min, data.bins.at(-1)?.to ?? data.scale.max],
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

customElements.define('sc-score-histogram', ScoreHistogramElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-score-histogram': ScoreHistogramElement;
  }
}
