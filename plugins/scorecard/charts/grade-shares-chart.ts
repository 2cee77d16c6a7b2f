// <sc-grade-shares>: the share of records in each grade, best grade first; under a forced
// distribution the target shares stand next to the actual ones.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { GradeShares } from '../../../src/core/scorecard/charts/index.ts';
import { ChartElement, type ChartTable } from './chart-element.ts';
import { type ChartTheme, withAlpha } from './chart-theme.ts';

/**
 * The grade shares bar chart.
 * @property data - gradeShares(config, evaluation)
 */
export class GradeSharesElement extends ChartElement<GradeShares, 'bar'> {
  protected override chartTitle(): string {
    return this.t('scorecard.charts.shares.title');
  }

  protected override isEmpty(data: GradeShares): boolean {
    return data.grades.length === 0 || data.graded === 0;
  }

  protected override emptyText(): string {
    return this.data && this.data.grades.length === 0 ? this.t('scorecard.charts.shares.noGrades') : this.t('scorecard.charts.empty');
  }

  private label(grade: GradeShares['grades'][number]): string {
    return this.text(grade.label) || grade.id;
  }

  protected override summary(data: GradeShares): string {
    const parts = data.grades.map((g) => this.t('scorecard.charts.shares.part', { grade: this.label(g), share: this.percent(g.share), count: this.number(g.count, 0) }));
    let text = this.t('scorecard.charts.shares.summary', { count: this.number(data.graded, 0), parts: parts.join(this.t('scorecard.charts.listSeparator')) });
    if (data.failed > 0) text += ` ${this.t('scorecard.charts.failed', { count: this.number(data.failed, 0) })}`;
    return text;
  }

  protected override table(data: GradeShares): ChartTable {
    const columns = [this.t('scorecard.charts.grade'), this.t('scorecard.charts.records'), this.t('scorecard.charts.shares.share')];
    if (data.forced) columns.push(this.t('scorecard.charts.shares.target'));
    return {
      columns,
      rows: data.grades.map((g) => {
        const row = [this.label(g), this.number(g.count, 0), this.percent(g.share)];
        if (data.forced) row.push(this.percent(g.target ?? 0));
        return row;
      }),
    };
  }

  protected override chartConfig(data: GradeShares, theme: ChartTheme): ChartConfiguration<'bar'> {
    const colors = data.grades.map((g) => g.color);
    const datasets: ChartDataset<'bar'>[] = [{
      label: this.t('scorecard.charts.shares.share'),
      data: data.grades.map((g) => g.share * 100),
      backgroundColor: theme.highContrast ? colors : colors.map((c) => withAlpha(c, 0.85)),
      borderColor: colors,
      borderWidth: 1,
    }];
    if (data.forced) {
      datasets.push({
        label: this.t('scorecard.charts.shares.target'),
        data: data.grades.map((g) => (g.target ?? 0) * 100),
        // An outline only: the target is a reference, the filled bars are the result.
        backgroundColor: 'transparent',
        borderColor: theme.foreground,
        borderWidth: 2,
      });
    }
    return {
      type: 'bar',
      data: { labels: data.grades.map((g) => this.label(g)), datasets },
      options: {
        ...this.baseOptions(theme),
        scales: {
          x: { ticks: { color: theme.foreground }, grid: { display: false }, border: { color: theme.grid } },
          y: {
            beginAtZero: true,
            suggestedMax: 100,
            title: { display: true, text: this.t('scorecard.charts.shares.share'), color: theme.foreground },
            ticks: { color: theme.muted, callback: (value) => this.percent(Number(value) / 100, 0) },
            grid: { color: theme.grid },
            border: { color: theme.grid },
          },
        },
        plugins: {
          legend: { display: data.forced, labels: { color: theme.foreground } },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'bar'>) => {
                const g = data.grades[item.dataIndex];
                if (!g) return '';
                return item.datasetIndex === 0
                  ? this.t('scorecard.charts.shares.tooltip', { share: this.percent(g.share), count: this.number(g.count, 0) })
                  : this.t('scorecard.charts.shares.targetTooltip', { share: this.percent(g.target ?? 0) });
              },
            },
          },
        },
      },
    };
  }
}

customElements.define('sc-grade-shares', GradeSharesElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-grade-shares': GradeSharesElement;
  }
}
