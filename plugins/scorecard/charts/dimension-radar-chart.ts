// <sc-dimension-radar>: one record's score on each top-level dimension against the population's
// average; without a selected record, the average alone.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { DimensionRadar } from '../../../src/core/scorecard/charts/index.ts';
import { ChartElement, type ChartTable } from './chart-element.ts';
import { type ChartTheme, withAlpha } from './chart-theme.ts';

/**
 * The dimension radar.
 * @property data - dimensionRadar(config, evaluation, selectedIndex)
 */
export class DimensionRadarElement extends ChartElement<DimensionRadar, 'radar'> {
  protected override chartTitle(): string {
    return this.t('scorecard.charts.radar.title');
  }

  protected override isEmpty(data: DimensionRadar): boolean {
    return data.axes.length === 0 || data.average.every((x) => x === null);
  }

  private recordLabel(data: DimensionRadar): string {
    const r = data.record;
    if (!r) return '';
    return r.name ? this.t('scorecard.charts.recordNamed', { id: r.id, name: r.name }) : this.t('scorecard.charts.record', { id: r.id });
  }

  protected override summary(data: DimensionRadar): string {
    const parts = data.axes.map((axis, a) => data.record
      ? this.t('scorecard.charts.radar.partRecord', { dimension: this.text(axis.name), score: this.number(data.record.scores[a]), average: this.number(data.average[a]) })
      : this.t('scorecard.charts.radar.partAverage', { dimension: this.text(axis.name), average: this.number(data.average[a]) }));
    const list = parts.join(this.t('scorecard.charts.listSeparator'));
    return data.record ? this.t('scorecard.charts.radar.summaryRecord', { record: this.recordLabel(data), parts: list }) : this.t('scorecard.charts.radar.summary', { parts: list });
  }

  protected override table(data: DimensionRadar): ChartTable {
    const columns = [this.t('scorecard.charts.dimension'), this.t('scorecard.charts.radar.average')];
    if (data.record) columns.push(this.recordLabel(data));
    return {
      columns,
      rows: data.axes.map((axis, a) => {
        const row = [this.text(axis.name) || axis.id, this.number(data.average[a])];
        if (data.record) row.push(this.number(data.record.scores[a]));
        return row;
      }),
    };
  }

  protected override chartConfig(data: DimensionRadar, theme: ChartTheme): ChartConfiguration<'radar'> {
    const fill = theme.highContrast ? 0 : 0.15;
    const datasets: ChartDataset<'radar'>[] = [{
      label: this.t('scorecard.charts.radar.average'),
      data: data.average,
      borderColor: theme.accent,
      backgroundColor: withAlpha(theme.accent, fill),
      pointBackgroundColor: theme.accent,
      borderWidth: 2,
      borderDash: [5, 4],
      fill: true,
      spanGaps: true,
    }];
    if (data.record) {
      const color = theme.series[1]!;
      datasets.push({
        label: this.recordLabel(data),
        data: data.record.scores,
        borderColor: color,
        backgroundColor: withAlpha(color, fill),
        pointBackgroundColor: color,
        borderWidth: 2,
        fill: true,
        spanGaps: true,
      });
    }
    return {
      type: 'radar',
      data: { labels: data.axes.map((a) => this.text(a.name) || a.id), datasets },
      options: {
        ...this.baseOptions(theme),
        scales: {
          r: {
            min: data.scale.min,
            max: data.scale.max,
            angleLines: { color: theme.grid },
            grid: { color: theme.grid },
            pointLabels: { color: theme.foreground },
            ticks: { color: theme.muted, backdropColor: 'transparent', maxTicksLimit: 5 },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: theme.foreground } },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'radar'>) => `${item.dataset.label ?? ''}: ${this.number(item.raw as number | null)}`,
            },
          },
        },
      },
    };
  }
}

customElements.define('sc-dimension-radar', DimensionRadarElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-dimension-radar': DimensionRadarElement;
  }
}
