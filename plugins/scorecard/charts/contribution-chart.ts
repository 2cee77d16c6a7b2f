// <sc-contribution-chart>: how each indicator made up one record's total — the points it earned and
// those it missed, as one stacked bar per indicator, and the points rules added or deducted.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { RecordContribution } from '../../../src/core/scorecard/charts/index.ts';
import { ChartElement, type ChartTable } from './chart-element.ts';
import { type ChartTheme, withAlpha } from './chart-theme.ts';

/** Characters of an indicator name shown on the axis. */
const MAX_LABEL = 24;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The contribution chart of one record.
 * @property data - recordContribution(config, evaluation, index), or undefined when no record is selected
 */
export class ContributionChartElement extends ChartElement<RecordContribution, 'bar'> {
  protected override chartTitle(): string {
    return this.t('scorecard.charts.contribution.title');
  }

  protected override emptyText(): string {
    return this.t('scorecard.charts.contribution.select');
  }

  protected override isEmpty(data: RecordContribution): boolean {
    return data.items.length === 0;
  }

  /** One bar row per indicator and rule, so many indicators get a taller chart rather than squeezed bars. */
  protected override chartHeight(data: RecordContribution): number {
    return Math.max(240, (data.items.length + data.policies.length) * 22 + 80);
  }

  private recordLabel(data: RecordContribution): string {
    return data.name ? this.t('scorecard.charts.recordNamed', { id: data.id, name: data.name }) : this.t('scorecard.charts.record', { id: data.id });
  }

  private labels(data: RecordContribution): string[] {
    return [
      ...data.items.map((item) => this.text(item.name) || item.id),
      ...data.policies.map((p) => this.t('scorecard.charts.contribution.rule', { name: this.text(p.name) || p.policy })),
    ];
  }

  protected override summary(data: RecordContribution): string {
    const earned = data.items.reduce((s, x) => s + (x.earned ?? 0), 0);
    const possible = data.items.reduce((s, x) => s + (x.possible ?? 0), 0);
    const weakest = data.items
      .filter((x) => (x.lost ?? 0) > 0)
      .sort((a, b) => b.lost! - a.lost!)
      .slice(0, 3)
      .map((x) => this.t('scorecard.charts.contribution.lostPart', { name: this.text(x.name) || x.id, points: this.number(x.lost) }));
    const adjustment = data.policies.reduce((s, p) => s + p.amount, 0);
    let text = this.t('scorecard.charts.contribution.summary', {
      record: this.recordLabel(data),
      earned: this.number(earned),
      possible: this.number(possible),
      total: this.number(data.total, 2),
    });
    if (adjustment !== 0) text += ` ${this.t('scorecard.charts.contribution.rulesPart', { points: this.number(adjustment) })}`;
    if (weakest.length) text += ` ${this.t('scorecard.charts.contribution.weakest', { parts: weakest.join(this.t('scorecard.charts.listSeparator')) })}`;
    return text;
  }

  protected override table(data: RecordContribution): ChartTable {
    const labels = this.labels(data);
    return {
      columns: [
        this.t('scorecard.charts.indicator'), this.t('scorecard.charts.score'), this.t('scorecard.charts.contribution.weight'),
        this.t('scorecard.charts.contribution.earned'), this.t('scorecard.charts.contribution.possible'),
      ],
      rows: [
        ...data.items.map((x, i) => [labels[i]!, this.number(x.score), this.percent(x.weight), this.number(x.earned, 2), this.number(x.possible, 2)]),
        ...data.policies.map((p, j) => [labels[data.items.length + j]!, '—', '—', this.number(p.amount, 2), '—']),
      ],
    };
  }

  protected override chartConfig(data: RecordContribution, theme: ChartTheme): ChartConfiguration<'bar'> {
    // Indicators of one dimension share a colour; rules are green when they add, red when they deduct.
    const branches = [...new Set(data.items.map((x) => x.dimension))];
    const itemColors = data.items.map((x) => theme.series[branches.indexOf(x.dimension) % theme.series.length]!);
    const ruleColors = data.policies.map((p) => (p.amount >= 0 ? theme.series[2]! : theme.series[4]!));
    const colors = [...itemColors, ...ruleColors];
    const earned = [...data.items.map((x) => x.earned ?? 0), ...data.policies.map((p) => p.amount)];
    const missed = [...data.items.map((x) => x.lost ?? 0), ...data.policies.map(() => 0)];
    const labels = this.labels(data);
    return {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            label: this.t('scorecard.charts.contribution.earned'),
            data: earned,
            backgroundColor: theme.highContrast ? colors : colors.map((c) => withAlpha(c, 0.85)),
            borderColor: colors,
            borderWidth: theme.highContrast ? 1 : 0,
          },
          {
            label: this.t('scorecard.charts.contribution.missed'),
            data: missed,
            backgroundColor: withAlpha(theme.muted, theme.highContrast ? 0.35 : 0.2),
            borderColor: theme.muted,
            borderWidth: theme.highContrast ? 1 : 0,
          },
        ],
      },
      options: {
        ...this.baseOptions(theme),
        indexAxis: 'y',
        scales: {
          x: {
            stacked: true,
            title: { display: true, text: this.t('scorecard.charts.contribution.points'), color: theme.foreground },
            ticks: { color: theme.muted },
            grid: { color: theme.grid },
            border: { color: theme.grid },
          },
          y: {
            stacked: true,
            // Chart.js gives the label axis at most half the width; long names are shortened there
            // and stay whole in the tooltip and the table.
            ticks: { color: theme.foreground, autoSkip: false, callback: (_value, index) => shorten(labels[index] ?? '', MAX_LABEL) },
            grid: { display: false },
            border: { color: theme.grid },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: theme.foreground } },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'bar'>) => {
                const x = data.items[item.dataIndex];
                if (!x) return `${item.dataset.label ?? ''}: ${this.number(item.raw as number, 2)}`;
                return item.datasetIndex === 0
                  ? this.t('scorecard.charts.contribution.tooltip', { earned: this.number(x.earned, 2), possible: this.number(x.possible, 2), score: this.number(x.score), weight: this.percent(x.weight) })
                  : `${item.dataset.label ?? ''}: ${this.number(x.lost, 2)}`;
              },
            },
          },
        },
      },
    };
  }
}

customElements.define('sc-contribution-chart', ContributionChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-contribution-chart': ContributionChartElement;
  }
}
