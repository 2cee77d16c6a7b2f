import { expect } from 'chai';
import type { Chart } from 'chart.js';
import {
  dimensionRadar, gradeShares, recordContribution, scoreHistogram, scoreRankPoints, scorerCurve, weightRings,
} from '../../../../src/core/scorecard/charts/index.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import type { WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import { chartJsRequested } from '../../../../plugins/scorecard/charts/chart-loader.ts';
import { ScoreHistogramElement } from '../../../../plugins/scorecard/charts/score-histogram-chart.ts';
import { GradeSharesElement } from '../../../../plugins/scorecard/charts/grade-shares-chart.ts';
import { DimensionRadarElement } from '../../../../plugins/scorecard/charts/dimension-radar-chart.ts';
import { ContributionChartElement } from '../../../../plugins/scorecard/charts/contribution-chart.ts';
import { WeightsSunburstElement } from '../../../../plugins/scorecard/charts/weights-sunburst-chart.ts';
import { ScoreRankElement } from '../../../../plugins/scorecard/charts/score-rank-chart.ts';
import { ScorerPreviewElement } from '../../../../plugins/scorecard/charts/scorer-preview-chart.ts';
import { config, createServices, evaluated, loadThemeCss, population, tableCells } from './chart-test-helpers.ts';

type AnyChartElement = HTMLElement & { services: WorkbenchServices | undefined; data: unknown; chart: Chart | undefined; chartReady(): Promise<Chart | undefined>; updateComplete: Promise<boolean> };

/** The configured chart type (Chart.js's config union hides it for per-dataset-typed configs). */
const chartType = (chart: { config: unknown }): string | undefined => (chart.config as { type?: string }).type;

/** Reads a scale option through Chart.js's resolved options. */
function scaleOption(chart: Chart, axis: string, path: string[]): unknown {
  let value: unknown = (chart.options.scales as Record<string, unknown>)[axis];
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

describe('scorecard charts', () => {
  let services: WorkbenchServices;
  const mounted: HTMLElement[] = [];

  before(loadThemeCss);
  beforeEach(() => {
    services = createServices();
  });
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    document.documentElement.removeAttribute('data-theme');
  });

  async function mount<T extends AnyChartElement>(element: T, data: unknown): Promise<T> {
    element.services = services;
    element.data = data;
    element.style.width = '480px';
    document.body.append(element);
    mounted.push(element);
    await element.chartReady();
    return element;
  }

  it('loads nothing while no chart has data, and says there is nothing yet', async () => {
    const el = new ScoreHistogramElement();
    el.services = services;
    document.body.append(el);
    mounted.push(el);
    await el.chartReady();
    expect(chartJsRequested()).to.equal(false);
    expect(el.chart).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('No results yet');
  });

  describe('<sc-score-histogram>', () => {
    it('draws the bins on a canvas, coloured by grade, with the grade bands plugin', async () => {
      const evaluation = evaluated(population(200));
      const data = scoreHistogram(config, evaluation);
      const el = await mount(new ScoreHistogramElement(), data);
      const chart = el.chart!;
      expect(chartJsRequested()).to.equal(true);
      expect(chart.canvas).to.equal(el.shadowRoot!.querySelector('canvas'));
      expect(chart.canvas.width).to.be.greaterThan(0);
      expect(chartType(chart)).to.equal('bar');
      expect(chart.data.datasets).to.have.length(1);
      expect(chart.data.datasets[0]!.data).to.deep.equal(data.bins.map((b) => b.count));
      expect(chart.data.labels).to.have.length(20);
      expect(chart.data.labels![18]).to.equal('90–95');
      const colors = chart.data.datasets[0]!.borderColor as string[];
      expect(colors[18]).to.equal('#2e7d32'); // A
      expect(colors[0]).to.equal('#c62828'); // D
      expect((chart.options.plugins as Record<string, { bands?: unknown[] }>).scGradeBands!.bands).to.have.length(4);
    });

    it('updates the same Chart instance when the data changes', async () => {
      const el = await mount(new ScoreHistogramElement(), scoreHistogram(config, evaluated(population(100))));
      const chart = el.chart!;
      const dataset = chart.data.datasets[0];
      const next = scoreHistogram(config, evaluated(population(300, 5)));
      for (let i = 0; i < 5; i++) {
        el.data = { ...next };
        await el.chartReady();
      }
      expect(el.chart).to.equal(chart);
      expect(chart.data.datasets[0]).to.equal(dataset); // updated in place, not replaced
      expect(chart.data.datasets[0]!.data).to.deep.equal(next.bins.map((b) => b.count));
    });

    it('follows the theme: text and grid colours come from the workbench CSS variables', async () => {
      const el = await mount(new ScoreHistogramElement(), scoreHistogram(config, evaluated()));
      const chart = el.chart!;
      expect(scaleOption(chart, 'y', ['ticks', 'color'])).to.equal('#6f6f6f');
      expect(scaleOption(chart, 'y', ['grid', 'color'])).to.equal('#e5e5e5');
      services.theme.set('dark');
      await el.chartReady();
      expect(el.chart).to.equal(chart);
      expect(scaleOption(chart, 'y', ['ticks', 'color'])).to.equal('#9d9d9d');
      expect(scaleOption(chart, 'y', ['grid', 'color'])).to.equal('#313131');
      expect(scaleOption(chart, 'x', ['title', 'color'])).to.equal('#cccccc');
      services.theme.set('high-contrast');
      await el.chartReady();
      expect(scaleOption(chart, 'y', ['grid', 'color'])).to.equal('#6fc3df');
    });

    it('speaks the display language in the chart, its summary and its table', async () => {
      const el = await mount(new ScoreHistogramElement(), scoreHistogram(config, evaluated()));
      const chart = el.chart!;
      expect(chart.data.datasets[0]!.label).to.equal('Records');
      expect(scaleOption(chart, 'x', ['title', 'text'])).to.equal('Total score');
      services.i18n.setLocale('zh-CN');
      await el.chartReady();
      expect(el.chart).to.equal(chart);
      expect(chart.data.datasets[0]!.label).to.equal('人数');
      expect(scaleOption(chart, 'x', ['title', 'text'])).to.equal('总分');
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('得分分布');
      expect(tableCells(el.shadowRoot!)[0]).to.deep.equal(['分数段', '等级', '人数']);
      expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('4 个总分');
    });

    it('is an image with a summary, and a hidden table of the same numbers', async () => {
      const evaluation = evaluated(population(200));
      const data = scoreHistogram(config, evaluation);
      const el = await mount(new ScoreHistogramElement(), data);
      const img = el.shadowRoot!.querySelector('[role="img"]')!;
      expect(img.contains(el.shadowRoot!.querySelector('canvas'))).to.equal(true);
      expect(img.getAttribute('aria-label')).to.match(/^Histogram of 200 totals, mean [\d.]+; the most common range is [\d.]+–[\d.]+ with \d+ records\.$/);
      const cells = tableCells(el.shadowRoot!);
      expect(cells[0]).to.deep.equal(['Score range', 'Grade', 'Records']);
      expect(cells.slice(1).map((row) => Number(row[2]))).to.deep.equal(data.bins.map((b) => b.count));
      expect(cells[19]![0]).to.equal('90–95');
      expect(cells[19]![1]).to.equal('Excellent');
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
      expect(table.querySelector('caption')!.textContent).to.equal('Score distribution');
    });

    it('gives up the Chart instance when removed, and draws a new one when put back', async () => {
      const el = await mount(new ScoreHistogramElement(), scoreHistogram(config, evaluated()));
      const chart = el.chart!;
      el.remove();
      expect(el.chart).to.equal(undefined);
      expect(chart.canvas === null || chart.ctx === null).to.equal(true); // destroyed
      document.body.append(el);
      await el.chartReady();
      expect(el.chart).to.be.an('object').and.not.equal(chart);
    });
  });

  describe('<sc-grade-shares>', () => {
    it('shows each grade’s share in band order, with the table of counts', async () => {
      const data = gradeShares(config, evaluated());
      const el = await mount(new GradeSharesElement(), data);
      const chart = el.chart!;
      expect(chart.data.labels).to.deep.equal(['Excellent', 'Good', 'Satisfactory', 'Unsatisfactory']);
      expect(chart.data.datasets.map((d) => d.data)).to.deep.equal([[25, 0, 0, 75]]);
      expect(tableCells(el.shadowRoot!)).to.deep.equal([
        ['Grade', 'Records', 'Share'],
        ['Excellent', '1', '25%'], ['Good', '0', '0%'], ['Satisfactory', '0', '0%'], ['Unsatisfactory', '3', '75%'],
      ]);
      expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('Grades of 4 records: Excellent 25% (1); Good 0% (0); Satisfactory 0% (0); Unsatisfactory 75% (3).');
    });

    it('adds the target shares of a forced distribution as a second dataset, on the same chart', async () => {
      const el = await mount(new GradeSharesElement(), gradeShares(config, evaluated(population(100))));
      const chart = el.chart!;
      expect(chart.data.datasets).to.have.length(1);
      const forced: ScorecardConfig = { ...config, grades: { ...config.grades, forced: { shares: [{ grade: 'A', share: 10 }, { grade: 'B', share: 20 }, { grade: 'C', share: 50 }, { grade: 'D', share: 20 }] } } };
      const data = gradeShares(forced, evaluated(population(100), forced));
      el.data = data;
      await el.chartReady();
      expect(el.chart).to.equal(chart);
      expect(chart.data.datasets).to.have.length(2);
      expect(chart.data.datasets[1]!.data).to.deep.equal([10, 20, 50, 20]);
      expect(chart.data.datasets[0]!.data).to.deep.equal(data.grades.map((g) => g.share * 100));
      expect(tableCells(el.shadowRoot!)[0]).to.deep.equal(['Grade', 'Records', 'Share', 'Target share']);
    });
  });

  describe('<sc-dimension-radar>', () => {
    it('draws the population average and the selected record on the four dimensions', async () => {
      const evaluation = evaluated();
      const data = dimensionRadar(config, evaluation, 1);
      const el = await mount(new DimensionRadarElement(), data);
      const chart = el.chart!;
      expect(chartType(chart)).to.equal('radar');
      expect(chart.data.labels).to.deep.equal(['Service quality', 'Efficiency', 'Complaint handling', 'Discipline']);
      expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Average', 'A002 (李四)']);
      expect(chart.data.datasets[1]!.data).to.deep.equal(data.record!.scores);
      const cells = tableCells(el.shadowRoot!);
      expect(cells[0]).to.deep.equal(['Dimension', 'Average', 'A002 (李四)']);
      expect(cells[1]).to.deep.equal(['Service quality', '70.8', '68.5']);
      el.data = dimensionRadar(config, evaluation);
      await el.chartReady();
      expect(el.chart).to.equal(chart);
      expect(chart.data.datasets).to.have.length(1);
    });
  });

  describe('<sc-contribution-chart>', () => {
    it('stacks points earned and missed per indicator, then the rules', async () => {
      const data = recordContribution(config, evaluated(), 1);
      const el = await mount(new ContributionChartElement(), data);
      const chart = el.chart!;
      expect(chart.options.indexAxis).to.equal('y');
      expect(chart.data.labels).to.have.length(9 + 2);
      expect(chart.data.labels![9]).to.equal('Rule: Complaint deduction');
      const [earned, missed] = chart.data.datasets.map((d) => d.data as number[]);
      expect(earned!.slice(0, 9).reduce((s, x) => s + x, 0)).to.be.closeTo(data.totalBefore!, 1e-9);
      expect(earned!.slice(9)).to.deep.equal([-20, -4]);
      expect(earned![0]! + missed![0]!).to.be.closeTo(16, 1e-9); // 40% × 40% of 100
      const cells = tableCells(el.shadowRoot!);
      expect(cells[1]).to.deep.equal(['Customer satisfaction', '72.5', '16%', '11.6', '16']);
      expect(cells.at(-1)).to.deep.equal(['Rule: Lateness deduction', '—', '—', '-4', '—']);
    });

    it('asks for a record when none is selected', async () => {
      const el = new ContributionChartElement();
      el.services = services;
      document.body.append(el);
      mounted.push(el);
      await el.chartReady();
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('Select a record');
    });
  });

  describe('<sc-weights-sunburst>', () => {
    it('draws one ring per level, deepest outside, with paths and absolute weights in the tooltips', async () => {
      const el = await mount(new WeightsSunburstElement(), weightRings(config));
      const chart = el.chart!;
      expect(chartType(chart)).to.equal('doughnut');
      expect(chart.data.datasets).to.have.length(2);
      expect(chart.data.datasets[1]!.data).to.deep.equal([0.4, 0.3, 0.2, 0.1]);
      expect((chart.data.datasets[0]!.data as number[]).reduce((s, x) => s + x, 0)).to.be.closeTo(1, 1e-12);
      const callbacks = (chart.options.plugins as unknown as { tooltip: { callbacks: { title(items: unknown[]): string; label(item: unknown): string } } }).tooltip.callbacks;
      expect(callbacks.title([{ datasetIndex: 0, dataIndex: 0 }])).to.equal('Service quality › Customer satisfaction');
      expect(callbacks.label({ datasetIndex: 0, dataIndex: 0 })).to.equal('16% of the total (40% among siblings)');
      const cells = tableCells(el.shadowRoot!);
      expect(cells.slice(1, 3)).to.deep.equal([['Service quality', '40%', '40%'], ['Service quality › Customer satisfaction', '40%', '16%']]);
      expect(cells).to.have.length(1 + 4 + 9);
    });

    it('leaves a gap outside an indicator that sits right under the root, so the rings stay aligned', async () => {
      const flat: ScorecardConfig = { ...config, root: { ...config.root, children: [...config.root.children, { id: 'extra', name: 'Extra', weight: 10, value: { var: 'csat' }, scorer: { type: 'likert', points: 5 } }] } };
      const el = await mount(new WeightsSunburstElement(), weightRings(flat));
      const [outer, inner] = el.chart!.data.datasets;
      expect((outer!.backgroundColor as string[]).at(-1)).to.equal('transparent');
      expect((outer!.data as number[]).at(-1)).to.be.closeTo(10 / 110, 1e-12);
      expect((inner!.data as number[]).at(-1)).to.be.closeTo(10 / 110, 1e-12);
    });
  });

  describe('<sc-score-rank>', () => {
    it('plots totals against rank, thinned for a large population, and rings the selected record', async () => {
      const evaluation = evaluated(population(5000));
      const data = scoreRankPoints(config, evaluation);
      const el = await mount(new ScoreRankElement(), data);
      const chart = el.chart!;
      expect(chartType(chart)).to.equal('scatter');
      expect(data.sampled).to.equal(true);
      expect(chart.data.datasets[0]!.data).to.have.length(data.points.length);
      expect(chart.data.datasets[0]!.data[0]).to.deep.equal({ x: 1, y: data.points[0]!.total });
      el.highlight = { rank: 10, total: data.points[5]!.total, label: 'P9' };
      await el.chartReady();
      expect(el.chart).to.equal(chart);
      expect(chart.data.datasets).to.have.length(2);
      expect(chart.data.datasets[1]!.data).to.deep.equal([{ x: 10, y: data.points[5]!.total }]);
      const cells = tableCells(el.shadowRoot!);
      expect(cells[0]).to.deep.equal(['Grade', 'Records', 'Ranks', 'Highest total', 'Lowest total']);
      expect(cells.slice(1).map((r) => Number(r[1]!.replace(/,/g, '')))).to.deep.equal(data.summary.map((s) => s.count));
      expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain(`${data.points.length.toLocaleString('en')} of 5,000 records are drawn`);
    });
  });

  describe('<sc-scorer-preview>', () => {
    it('draws the value → score curve with the data\'s distribution on a second axis, in the display language', async () => {
      const values = Float64Array.from({ length: 300 }, (_, i) => 40 + (i % 60));
      const data = scorerCurve({ type: 'linear', worst: 50, best: 90 }, values);
      const el = await mount(new ScorerPreviewElement(), data);
      const chart = el.chart!;
      expect(chartType(chart)).to.equal('scatter');
      const [curve, distribution] = chart.data.datasets;
      expect((curve!.data as Array<{ x: number; y: number }>).find((p) => p.x === 90)!.y).to.equal(100);
      expect(distribution!.yAxisID).to.equal('y2');
      expect(distribution!.hidden).to.equal(false);
      const counted = (distribution!.data as Array<{ y: number }>).filter((_, i) => i % 2 === 0).reduce((s, p) => s + p.y, 0);
      expect(counted).to.equal(300);
      expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('300 records');
      services.i18n.setLocale('zh-CN');
      await el.chartReady();
      expect(scaleOption(chart, 'x', ['title', 'text'])).to.equal('指标取值');
    });

    it('says when a scorer has no curve of its own', async () => {
      const el = new ScorerPreviewElement();
      el.services = services;
      el.data = scorerCurve({ type: 'acme.curve', params: {} });
      document.body.append(el);
      mounted.push(el);
      await el.chartReady();
      expect(el.chart).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('no curve');
    });
  });
});
