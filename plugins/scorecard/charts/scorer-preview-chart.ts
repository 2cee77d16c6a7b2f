// <sc-scorer-preview>: the selected indicator's value → score curve, with the sample data's values
// as a shaded distribution behind it (right axis: records), so a manager sees where the
// population sits on the curve while moving worst/best or a target.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { ScorerCurve } from '../../../src/core/scorecard/charts/index.ts';
import { ChartElement, type ChartTable } from './chart-element.ts';
import { type ChartTheme, withAlpha } from './chart-theme.ts';

/**
 * The scorer preview.
 * @property data - scorerCurve(scorer, values, scale)
 */
export class ScorerPreviewElement extends ChartElement<ScorerCurve, 'scatter'> {
  protected override chartTitle(): string {
    return this.t('scorecard.charts.scorer.title');
  }

  protected override emptyText(): string {
    return this.t('scorecard.charts.scorer.empty');
  }

  protected override summary(data: ScorerCurve): string {
    const scored = data.points.filter((p) => p.y !== null);
    const first = scored[0];
    const last = scored[scored.length - 1];
    const base = this.t('scorecard.charts.scorer.summary', {
      from: this.number(first?.x), fromScore: this.number(first?.y), to: this.number(last?.x), toScore: this.number(last?.y),
    });
    return data.count > 0 ? `${base} ${this.t('scorecard.charts.scorer.data', { count: this.number(data.count, 0) })}` : base;
  }

  protected override table(data: ScorerCurve): ChartTable {
    return {
      columns: [this.t('scorecard.charts.scorer.valueRange'), this.t('scorecard.charts.records')],
      rows: data.bins.map((b) => [this.t('scorecard.charts.range', { from: this.number(b.from, 2), to: this.number(b.to, 2) }), this.number(b.count, 0)]),
    };
  }

  protected override chartConfig(data: ScorerCurve, theme: ChartTheme): ChartConfiguration<'scatter'> {
    const curveColor = theme.series[0]!;
    const dataColor = theme.series[1] ?? theme.muted;
    // Each bin as a flat step: its count from its left edge to its right edge.
    const distribution = data.bins.flatMap((b) => [{ x: b.from, y: b.count }, { x: b.to, y: b.count }]);
    return {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: this.t('scorecard.charts.scorer.score'),
            data: data.points.map((p) => ({ x: p.x, y: p.y as number })),
            showLine: true, spanGaps: false, pointRadius: 0, borderColor: curveColor, backgroundColor: curveColor, borderWidth: 2, yAxisID: 'y', order: 0,
          },
          {
            label: this.t('scorecard.charts.records'),
            data: distribution,
            showLine: true, pointRadius: 0, borderWidth: 1, borderColor: withAlpha(dataColor, 0.7), backgroundColor: withAlpha(dataColor, 0.25),
            fill: 'origin', yAxisID: 'y2', order: 1, hidden: distribution.length === 0,
          },
        ],
      },
      options: {
        ...this.baseOptions(theme),
        parsing: false,
        scales: {
          x: {
            type: 'linear', min: data.domain.min, max: data.domain.max,
            title: { display: true, text: this.t('scorecard.charts.scorer.value'), color: theme.foreground },
            ticks: { color: theme.muted, maxRotation: 0 }, grid: { color: theme.grid }, border: { color: theme.grid },
          },
          y: {
            min: data.scale.min, max: Math.max(data.scale.max, ...data.points.map((p) => p.y ?? data.scale.min)),
            title: { display: true, text: this.t('scorecard.charts.scorer.score'), color: theme.foreground },
            ticks: { color: theme.muted }, grid: { color: theme.grid }, border: { color: theme.grid },
          },
          y2: {
            position: 'right', beginAtZero: true, display: data.bins.length > 0,
            title: { display: true, text: this.t('scorecard.charts.records'), color: theme.foreground },
            ticks: { color: theme.muted, precision: 0 }, grid: { display: false }, border: { color: theme.grid },
          },
        },
        plugins: {
          legend: { display: data.bins.length > 0, labels: { color: theme.foreground, boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'scatter'>) => (item.datasetIndex === 0
                ? this.t('scorecard.charts.scorer.pointTooltip', { value: this.number(item.parsed.x, 2), score: this.number(item.parsed.y, 2) })
                : this.t('scorecard.charts.scorer.binTooltip', { count: this.number(item.parsed.y, 0) })),
            },
          },
        },
      },
    };
  }
}

customElements.define('sc-scorer-preview', ScorerPreviewElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-scorer-preview': ScorerPreviewElement;
  }
}
