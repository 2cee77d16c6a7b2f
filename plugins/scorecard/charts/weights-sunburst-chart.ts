// <sc-weights-sunburst>: the weight tree as a sunburst drawn with Chart.js's doughnut: one ring per
// depth (dimensions inside, indicators outside), each node's arc its share of the total, and a
// branch's nodes in shades of one colour. Gap segments (under a leaf that stops above the outer
// rings) are transparent and have no tooltip.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { WeightRings, WeightSegment } from '../../../src/core/scorecard/charts/index.ts';
import { ChartElement, type ChartTable } from './chart-element.ts';
import { type ChartTheme, shade } from './chart-theme.ts';

/**
 * The weights sunburst.
 * @property data - weightRings(config)
 */
export class WeightsSunburstElement extends ChartElement<WeightRings, 'doughnut'> {
  protected override chartTitle(): string {
    return this.t('scorecard.charts.weights.title');
  }

  protected override isEmpty(data: WeightRings): boolean {
    return data.rings.length === 0;
  }

  /** "Service quality › Customer satisfaction". */
  private path(segment: WeightSegment): string {
    return segment.path.map((name) => this.text(name)).join(' › ');
  }

  /** The tree in pre-order (a node, then its children), from the rings. */
  private preOrder(data: WeightRings): WeightSegment[] {
    const byParent = new Map<string | null, WeightSegment[]>();
    for (const ring of data.rings) {
      for (const s of ring.segments) {
        if (s.id === null) continue;
        const key = ring.depth === 1 ? null : s.parent;
        let list = byParent.get(key);
        if (!list) byParent.set(key, (list = []));
        list.push(s);
      }
    }
    const out: WeightSegment[] = [];
    const walk = (parent: string | null): void => {
      for (const s of byParent.get(parent) ?? []) {
        out.push(s);
        walk(s.id);
      }
    };
    walk(null);
    return out;
  }

  protected override summary(data: WeightRings): string {
    const top = data.rings[0]?.segments.filter((s) => s.id !== null) ?? [];
    const parts = top.map((s) => this.t('scorecard.charts.weights.part', { name: this.path(s), share: this.percent(s.value) }));
    return this.t('scorecard.charts.weights.summary', {
      nodes: this.number(data.nodes, 0),
      levels: this.number(data.rings.length, 0),
      parts: parts.join(this.t('scorecard.charts.listSeparator')),
    });
  }

  protected override table(data: WeightRings): ChartTable {
    return {
      columns: [this.t('scorecard.charts.weights.path'), this.t('scorecard.charts.weights.local'), this.t('scorecard.charts.weights.absolute')],
      rows: this.preOrder(data).map((s) => [this.path(s), this.percent(s.local), this.percent(s.value, 2)]),
    };
  }

  protected override chartConfig(data: WeightRings, theme: ChartTheme): ChartConfiguration<'doughnut'> {
    const deepest = data.rings.length;
    // Chart.js draws the first dataset outermost, so the deepest ring comes first.
    const rings = [...data.rings].reverse();
    const toward = theme.background;
    const datasets: ChartDataset<'doughnut'>[] = rings.map((ring) => ({
      label: this.t('scorecard.charts.weights.level', { depth: ring.depth }),
      data: ring.segments.map((s) => s.value),
      backgroundColor: ring.segments.map((s) => (s.id === null ? 'transparent' : shade(theme.series[s.branch % theme.series.length]!, deepest > 1 ? ((ring.depth - 1) / deepest) * 0.6 : 0, toward))),
      borderColor: ring.segments.map((s) => (s.id === null ? 'transparent' : theme.background)),
      borderWidth: theme.highContrast ? 2 : 1,
      hoverOffset: 0,
    }));
    return {
      type: 'doughnut',
      data: { labels: [], datasets },
      options: {
        ...this.baseOptions(theme),
        cutout: '22%',
        plugins: {
          legend: { display: false },
          tooltip: {
            filter: (item: TooltipItem<'doughnut'>) => rings[item.datasetIndex]?.segments[item.dataIndex]?.id != null,
            callbacks: {
              title: (items: TooltipItem<'doughnut'>[]) => {
                const s = items[0] ? rings[items[0].datasetIndex]?.segments[items[0].dataIndex] : undefined;
                return s ? this.path(s) : '';
              },
              label: (item: TooltipItem<'doughnut'>) => {
                const s = rings[item.datasetIndex]?.segments[item.dataIndex];
                return s ? this.t('scorecard.charts.weights.tooltip', { absolute: this.percent(s.value, 2), local: this.percent(s.local) }) : '';
              },
            },
          },
        },
      },
    };
  }
}

customElements.define('sc-weights-sunburst', WeightsSunburstElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-weights-sunburst': WeightsSunburstElement;
  }
}
