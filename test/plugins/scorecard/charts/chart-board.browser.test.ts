import { expect } from 'chai';
import type { Chart } from 'chart.js';
import type { WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import { ChartBoardElement } from '../../../../plugins/scorecard/charts/chart-board.ts';
import type { ChartElement } from '../../../../plugins/scorecard/charts/chart-element.ts';
import { config, createServices, evaluated, population } from './chart-test-helpers.ts';
import { populationCharts } from '../../../../src/core/scorecard/charts/index.ts';

const TAGS = ['sc-score-histogram', 'sc-grade-shares', 'sc-dimension-radar', 'sc-score-rank', 'sc-weights-sunburst', 'sc-contribution-chart'] as const;

type AnyChart = ChartElement<unknown, 'bar'>;

function charts(board: ChartBoardElement): Record<(typeof TAGS)[number], AnyChart> {
  const out = {} as Record<(typeof TAGS)[number], AnyChart>;
  for (const tag of TAGS) out[tag] = board.shadowRoot!.querySelector(tag) as unknown as AnyChart;
  return out;
}

async function ready(board: ChartBoardElement): Promise<Record<(typeof TAGS)[number], Chart | undefined>> {
  await board.updateComplete;
  const els = charts(board);
  const out = {} as Record<(typeof TAGS)[number], Chart | undefined>;
  for (const tag of TAGS) out[tag] = (await els[tag].chartReady()) as Chart | undefined;
  return out;
}

describe('<sc-chart-board>', () => {
  let services: WorkbenchServices;
  let board: ChartBoardElement;

  beforeEach(() => {
    services = createServices();
    board = new ChartBoardElement();
    board.services = services;
    board.style.width = '1100px';
    document.body.append(board);
  });
  afterEach(() => board.remove());

  it('draws the population charts from the data the results worker prepared, equal to computing it here', async () => {
    const evaluation = evaluated(population(300));
    const prepared = structuredClone(populationCharts(config, evaluation));
    board.config = config;
    board.evaluation = evaluation;
    board.prepared = prepared;
    await ready(board);
    const els = charts(board);
    expect((els['sc-score-histogram'] as unknown as { data: unknown }).data).to.equal(prepared.histogram);
    expect((els['sc-grade-shares'] as unknown as { data: unknown }).data).to.equal(prepared.shares);
    expect(prepared).to.deep.equal(populationCharts(config, evaluation));
  });

  it('lays out the six charts; the record charts wait for a selection', async () => {
    board.config = config;
    board.evaluation = evaluated(population(400));
    const drawn = await ready(board);
    expect(Object.keys(drawn).filter((tag) => drawn[tag as (typeof TAGS)[number]] !== undefined)).to.deep.equal(TAGS.slice(0, 5));
    expect(charts(board)['sc-contribution-chart'].shadowRoot!.querySelector('.empty')).to.not.equal(null);
    expect(drawn['sc-dimension-radar']!.data.datasets).to.have.length(1);
    // Two columns or more at this width: the histogram and the grade shares side by side.
    const a = charts(board)['sc-score-histogram'].getBoundingClientRect();
    const b = charts(board)['sc-grade-shares'].getBoundingClientRect();
    expect(b.left).to.be.greaterThan(a.right - 1);
    expect(b.top).to.equal(a.top);
  });

  it('a new selection redraws the record charts on the same instances and leaves the population charts alone', async () => {
    board.config = config;
    board.evaluation = evaluated(population(400));
    board.selected = 3;
    const before = await ready(board);
    const histogramData = charts(board)['sc-score-histogram'].data;
    expect(before['sc-contribution-chart']).to.not.equal(undefined);
    expect(before['sc-score-rank']!.data.datasets).to.have.length(2);
    board.selected = 7;
    const after = await ready(board);
    for (const tag of TAGS) expect(after[tag], tag).to.equal(before[tag]);
    expect(charts(board)['sc-score-histogram'].data).to.equal(histogramData); // not recomputed
    const record = board.evaluation!.records[7]!;
    expect(after['sc-dimension-radar']!.data.datasets[1]!.label).to.equal(`${record.id} (${record.name})`);
    expect(after['sc-score-rank']!.data.datasets[1]!.data).to.deep.equal([{ x: record.rank, y: record.total }]);
  });

  it('follows edits: a new evaluation updates every chart in place', async () => {
    board.config = config;
    board.evaluation = evaluated(population(400));
    board.selected = 0;
    const before = await ready(board);
    const edited = { ...config, root: { ...config.root, children: config.root.children.map((c, i) => ({ ...c, weight: i === 0 ? 10 : i === 1 ? 60 : c.weight })) } };
    board.config = edited;
    board.evaluation = evaluated(population(400), edited);
    const after = await ready(board);
    for (const tag of TAGS) expect(after[tag], tag).to.equal(before[tag]);
    expect(after['sc-weights-sunburst']!.data.datasets[1]!.data).to.deep.equal([0.1, 0.6, 0.2, 0.1]);
  });
});
