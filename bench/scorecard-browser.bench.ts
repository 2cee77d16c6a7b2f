// Scorecard designer benchmark in Chromium (issue: the scorecard designer): edit-to-charts for
// 100,000 records and a 25-indicator scorecard through the real results worker. In the app an edit
// first waits for a pause in typing (the controller's debounce), then does what is measured here.
import { RESULTS_DEBOUNCE_MS } from '../plugins/scorecard/results/results-controller.ts';
import { median, type BenchBrowser } from './browser-harness.ts';
import type { ScorecardBenchRun } from './browser/scorecard-bench.ts';

export async function runScorecardBrowserBench(bench: BenchBrowser): Promise<void> {
  const run = await bench.runPage<ScorecardBenchRun>('scorecard.html', '__scorecardBench');
  const part = (key: keyof ScorecardBenchRun['edits'][number]): number => median(run.edits.map((e) => e[key]));
  const total = part('total');
  console.log(`\nScorecard live results in Chromium ${bench.browser.version()}: ${run.rows.toLocaleString('en')} records, ${run.indicators} indicators, ${run.edits.length} weight edits (grade A: ${run.gradeA.toLocaleString('en')})`);
  console.log(`load the dataset into the results worker: ${run.loadMs.toFixed(0)} ms (once per dataset)`);
  console.log(`per edit, medians: validate ${part('validate').toFixed(0)} ms · worker ${part('worker').toFixed(0)} ms (evaluate and chart data ${part('evaluate').toFixed(0)} ms) · on the page ${part('charts').toFixed(0)} ms`);
  console.log(`edit-to-charts = debounce ${RESULTS_DEBOUNCE_MS} ms + ${total.toFixed(0)} ms = ${(RESULTS_DEBOUNCE_MS + total).toFixed(0)} ms median (target < 300 ms; runs ${run.edits.map((e) => e.total.toFixed(0)).join(', ')})`);
}
