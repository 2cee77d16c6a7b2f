import { expect } from 'chai';
import { compileScorecard } from '../../../../src/core/scorecard/compile-scorecard.ts';
import { compareEvaluations } from '../../../../src/core/scorecard/compare-evaluations.ts';
import { evaluate } from '../../../../src/core/scorecard/evaluate.ts';
import { explainRecord } from '../../../../src/core/scorecard/explain-record.ts';
import type { ScorecardEvaluation } from '../../../../src/core/scorecard/result-types.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import type { WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import { createResultsWorker, ScorecardResultsController } from '../../../../plugins/scorecard/results/results-controller.ts';
import type { ResultsResponse } from '../../../../plugins/scorecard/results/results-protocol.ts';
import { ScorecardResultsElement } from '../../../../plugins/scorecard/results/results-view.ts';
import { ignoreVirtualizerResizeNotices } from '../../../helpers/virtualizer-notices.ts';
import { addDataset, apiOf, config, countingWorker, createServices, records, until } from './results-test-helpers.ts';

const COUNT = 240;

/** A variant: the policies' complaint deduction doubled. */
function harsher(base: ScorecardConfig, factor: number): ScorecardConfig {
  const c = structuredClone(base);
  const p = c.policies!.find((x) => x.id === 'complaint-deduction')!;
  if (p.effect.type === 'points') p.effect.amount = { '*': [-10 * factor, { var: 'complaints' }] };
  return c;
}

const totals = (e: ScorecardEvaluation) => e.records.map((r) => [r.total, r.grade, r.rank]);

describe('scorecard live results', () => {
  ignoreVirtualizerResizeNotices();

  let services: WorkbenchServices;
  let controller: ScorecardResultsController;
  let datasetId: string;
  let rows: Array<Record<string, unknown>>;
  const sent = { runs: 0 };

  beforeEach(async () => {
    services = createServices();
    rows = records(COUNT);
    datasetId = await addDataset(services, rows);
    sent.runs = 0;
    controller = new ScorecardResultsController(apiOf(services), countingWorker(sent));
  });

  afterEach(() => controller.dispose());

  it('evaluates in the worker exactly as evaluate() does in the page', async () => {
    controller.update({ docId: 's1', config: config(), datasetId });
    await until(() => controller.state.status === 'done');
    const { evaluation, config: evaluated, ms } = controller.state.result!;
    const expected = evaluate(config(), rows);
    expect(controller.state.records).to.equal(COUNT);
    expect(totals(evaluation)).to.deep.equal(totals(expected));
    expect(Array.from(evaluation.scores)).to.deep.equal(Array.from(expected.scores));
    expect(evaluation.stats).to.deep.equal(expected.stats);
    expect(evaluated.id).to.equal('call-centre-agent-monthly');
    expect(ms).to.be.greaterThan(0);
    // The subject id field names each record (the fixture's own records come first).
    expect(evaluation.records[0]!.id).to.equal('A001');
  });

  it('runs only the newest of quick edits, and a result never goes back to an older configuration', async () => {
    const seen: number[] = [];
    controller.onDidChange(() => {
      const r = controller.state.result;
      if (controller.state.status === 'done' && r && seen.at(-1) !== r.runId) seen.push(r.runId);
    });
    controller.update({ docId: 's1', config: harsher(config(), 1), datasetId });
    controller.update({ docId: 's1', config: harsher(config(), 2), datasetId });
    controller.update({ docId: 's1', config: harsher(config(), 3), datasetId });
    await until(() => controller.state.status === 'done');
    expect(sent.runs).to.equal(1);
    expect(totals(controller.state.result!.evaluation)).to.deep.equal(totals(evaluate(harsher(config(), 3), rows)));
    // An edit while a run is going: the newer one wins.
    controller.update({ docId: 's1', config: harsher(config(), 1), datasetId });
    // The run may finish between two polls of a fast machine: once it has been sent, the edit below is the newer one either way.
    await until(() => controller.state.status === 'running' || sent.runs === 2);
    controller.update({ docId: 's1', config: harsher(config(), 2), datasetId });
    await until(() => controller.state.status === 'done' && sent.runs === 3);
    expect(totals(controller.state.result!.evaluation)).to.deep.equal(totals(evaluate(harsher(config(), 2), rows)));
    expect([...seen].sort((a, b) => a - b)).to.deep.equal(seen);
  });

  it('hands the columns of the result two runs back to the worker, whose reuse changes no result', async () => {
    const shown: ScorecardEvaluation[] = [];
    for (let f = 1; f <= 4; f++) {
      controller.update({ docId: 's1', config: harsher(config(), f), datasetId });
      await until(() => controller.state.status === 'done' && sent.runs === f && controller.state.result?.evaluation !== shown.at(-1));
      shown.push(controller.state.result!.evaluation);
    }
    // Transferred back: the page's two oldest results no longer hold their columns, the last two do.
    expect(shown.map((e) => e.scores.length > 0)).to.deep.equal([false, false, true, true]);
    // Runs 3 and 4 wrote into reused buffers: every number is still this configuration's own.
    for (const f of [3, 4]) {
      const expected = evaluate(harsher(config(), f), rows);
      expect(totals(shown[f - 1]!)).to.deep.equal(totals(expected));
      expect(Array.from(shown[f - 1]!.scores)).to.deep.equal(Array.from(expected.scores));
      expect(Array.from(shown[f - 1]!.values)).to.deep.equal(Array.from(expected.values));
    }
  });

  it('the worker skips or drops runs a newer one superseded', async () => {
    const port = createResultsWorker();
    const responses: ResultsResponse[] = [];
    port.addEventListener('message', (e) => responses.push(e.data));
    try {
      // Enough records that the first run is still evaluating when the later ones arrive.
      port.postMessage({ type: 'load', datasetId: 'd', revision: 1, rows: records(20_000).map((record, rowId) => ({ rowId, record })) });
      await until(() => responses.some((r) => r.type === 'loaded'));
      for (let runId = 1; runId <= 3; runId++) port.postMessage({ type: 'run', runId, config: harsher(config(), runId) });
      await until(() => responses.some((r) => r.type === 'result'));
      await new Promise((r) => setTimeout(r, 50));
      const runs = responses.filter((r) => r.type !== 'loaded').map((r) => [r.type, 'runId' in r ? r.runId : -1]);
      expect(runs).to.have.deep.members([['superseded', 1], ['superseded', 2], ['result', 3]]);
    } finally {
      port.terminate();
    }
  });

  it('reports an invalid configuration instead of running it', async () => {
    const bad = config();
    bad.grades.bands = [];
    controller.update({ docId: 's1', config: bad, datasetId });
    await until(() => controller.state.status === 'invalid');
    expect(sent.runs).to.equal(0);
    expect(controller.state.error!.problems!.length).to.be.greaterThan(0);
    expect(controller.state.error!.message).to.match(/^Not evaluated: the scorecard has \d+ error/);
    // Fixing it runs again.
    controller.update({ docId: 's1', config: config(), datasetId });
    await until(() => controller.state.status === 'done');
    expect(sent.runs).to.equal(1);
  });

  it('loads the dataset once, and again when its records change', async () => {
    const loads: number[] = [];
    let previous = controller.state.status;
    controller.onDidChange(() => {
      if (controller.state.status === 'loading' && previous !== 'loading') loads.push(Date.now());
      previous = controller.state.status;
    });
    controller.update({ docId: 's1', config: config(), datasetId });
    await until(() => controller.state.status === 'done');
    controller.update({ docId: 's1', config: harsher(config(), 2), datasetId });
    await until(() => controller.state.status === 'done' && sent.runs === 2);
    expect(loads).to.have.length(1);
    const fewer = rows.slice(0, 10);
    await addDataset(services, fewer, datasetId);
    await until(() => controller.state.status === 'done' && controller.state.records === 10);
    expect(loads).to.have.length(2);
    expect(totals(controller.state.result!.evaluation)).to.deep.equal(totals(evaluate(harsher(config(), 2), fewer)));
  });

  it('fetches one record and compares a variant over the same records', async () => {
    controller.update({ docId: 's1', config: config(), datasetId });
    await until(() => controller.state.status === 'done');
    const found = await controller.record(5);
    expect(found!.record).to.deep.equal(rows[5]);
    const comparison = await controller.compareWith(harsher(config(), 3));
    const expected = compareEvaluations(evaluate(config(), rows), evaluate(harsher(config(), 3), rows), { grades: ['A', 'B', 'C', 'D'] });
    expect(comparison).to.deep.equal(expected);
    expect(comparison.gradeDown).to.be.greaterThan(0);
  });

  describe('<sc-scorecard-results>', () => {
    let view: ScorecardResultsElement;

    beforeEach(async () => {
      view = new ScorecardResultsElement();
      view.services = services;
      view.controller = controller;
      document.body.append(view);
      view.style.height = '600px';
      controller.update({ docId: 's1', config: config(), datasetId });
      await until(() => controller.state.status === 'done');
      await view.updateComplete;
    });

    afterEach(() => view.remove());

    const shadow = () => view.shadowRoot!;
    const renderedIndexes = () => [...shadow().querySelectorAll<HTMLElement>('.row')].map((r) => Number(r.dataset.index));
    const header = (sort: string) => shadow().querySelector<HTMLButtonElement>(`.grid-head button[data-sort="${sort}"]`)!;

    it('shows status, time, and a row per record with grade colours and a column per dimension', async () => {
      await until(() => shadow().querySelectorAll('.row').length > 0);
      expect(shadow().querySelector('.header')!.textContent).to.contain(`${COUNT} records`).and.match(/Evaluated in \d+ ms/);
      const heads = [...shadow().querySelectorAll('.grid-head [role=columnheader]')].map((b) => b.textContent!.trim());
      // Record order is the initial sort.
      expect(heads).to.deep.equal(['# ▲', 'Subject', 'Total', 'Grade', 'Rank', 'Percentile', 'Service quality', 'Efficiency', 'Complaint handling', 'Discipline']);
      const first = shadow().querySelector('.row[data-index="0"]')!;
      const expected = evaluate(config(), rows).records[0]!;
      expect(first.querySelector('.total')!.textContent).to.equal(String(expected.total));
      expect((first.querySelector('.grade') as HTMLElement).dataset.grade).to.equal(expected.grade);
      const band = config().grades.bands.find((b) => b.id === expected.grade)!;
      expect(getComputedStyle(first.querySelector('.swatch')!).backgroundColor).to.equal(hexToRgb(band.color!));
    });

    it('sorts by a clicked column and reverses on a second click', async () => {
      const evaluation = controller.state.result!.evaluation;
      header('total').click();
      await view.updateComplete;
      let order = Array.from(view.visibleRows()).map((i) => evaluation.records[i]!.total!);
      expect(order).to.deep.equal([...order].sort((a, b) => b - a));
      await until(() => renderedIndexes().length > 0);
      expect(renderedIndexes()[0]).to.equal(view.visibleRows()[0]);
      expect(header('total').closest('[role=columnheader]')!.getAttribute('aria-sort')).to.equal('descending');
      header('total').click();
      await view.updateComplete;
      order = Array.from(view.visibleRows()).map((i) => evaluation.records[i]!.total!);
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      // A dimension's score column.
      const k = evaluation.nodes.findIndex((n) => n.id === 'quality');
      header(`node:${k}`).click();
      await view.updateComplete;
      const K = evaluation.nodes.length;
      const scores = Array.from(view.visibleRows()).map((i) => evaluation.scores[i * K + k]!);
      expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
      header('rank').click();
      await view.updateComplete;
      const ranks = Array.from(view.visibleRows()).map((i) => evaluation.records[i]!.rank!);
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    });

    it('filters by grade', async () => {
      const evaluation = controller.state.result!.evaluation;
      const select = shadow().querySelector<HTMLSelectElement>('select.grade-filter')!;
      select.value = 'C';
      select.dispatchEvent(new Event('change'));
      await view.updateComplete;
      const shown = Array.from(view.visibleRows());
      expect(shown.length).to.equal(evaluation.stats.grades.C).and.be.greaterThan(0);
      expect(shown.every((i) => evaluation.records[i]!.grade === 'C')).to.equal(true);
      expect(shadow().querySelector('.shown')!.textContent).to.equal(`${shown.length} shown`);
      // The virtualizer re-renders its rows on its next frame.
      await until(() => renderedIndexes().length > 0 && renderedIndexes().every((i) => evaluation.records[i]!.grade === 'C'));
      expect(renderedIndexes()[0]).to.equal(shown[0]);
    });

    it('explains a clicked record, and moves with the arrow keys', async () => {
      const picked: number[] = [];
      view.addEventListener('sc-record-select', (e) => picked.push((e as CustomEvent<{ index: number }>).detail.index));
      await until(() => shadow().querySelector('.row[data-index="1"]') !== null);
      shadow().querySelector<HTMLElement>('.row[data-index="1"]')!.click();
      await view.updateComplete;
      const compiled = compileScorecard(config());
      const expected = explainRecord(compiled, controller.state.result!.evaluation, 1, 'en');
      const details = shadow().querySelector('.details')!;
      expect(details.querySelector('h3')!.textContent).to.contain(expected.id);
      expect([...details.querySelectorAll('ul.sentences li')].map((li) => li.textContent)).to.deep.equal(expected.sentences);
      expect(details.querySelectorAll('table.nodes tbody tr')).to.have.length(expected.nodes.length);
      expect(details.textContent).to.contain('To reach the next grade');
      expect(picked).to.deep.equal([1]);
      shadow().querySelector<HTMLElement>('.grid')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
      await view.updateComplete;
      expect(view.selected).to.equal(2);
      expect(picked).to.deep.equal([1, 2]);
      expect(shadow().querySelector('.row[data-index="2"]')!.getAttribute('aria-selected')).to.equal('true');
    });

    it('speaks Chinese', async () => {
      view.selected = 0;
      services.i18n.setLocale('zh-CN');
      await view.updateComplete;
      const expected = explainRecord(compileScorecard(config()), controller.state.result!.evaluation, 0, 'zh-CN');
      expect(shadow().querySelector('.header')!.textContent).to.contain(`${COUNT} 条记录`).and.contain('计算用时');
      expect([...shadow().querySelectorAll('.grid-head [role=columnheader]')].map((b) => b.textContent!.trim()).slice(1, 4)).to.deep.equal(['考核对象', '总分', '等级']);
      expect([...shadow().querySelectorAll('ul.sentences li')].map((li) => li.textContent)).to.deep.equal(expected.sentences);
      expect(expected.sentences[0]).to.match(/^总分/);
      expect(shadow().querySelector('.details h4')!.textContent).to.equal('触发的规则');
      services.i18n.setLocale('en');
    });

    it('offers a charts slot', () => {
      expect(shadow().querySelector('slot[name="charts"]')).to.exist;
    });
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
