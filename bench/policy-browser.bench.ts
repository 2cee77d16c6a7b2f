// Policy designer benchmark in Chromium (issue: the policy designer): edit-to-results for 100,000
// records and a 20-rule policy through the real test-runner worker. Edit-to-results in the app is
// the runner's debounce (it waits for a pause in typing) plus the worker round trip measured here.
import { DEBOUNCE_MS } from '../plugins/policy-runner/runner-constants.ts';
import { median, type BenchBrowser } from './browser-harness.ts';

interface PolicyRun { edits: number[]; loadMs: number; rows: number; rules: number; fired: number }

export async function runPolicyBrowserBench(bench: BenchBrowser): Promise<void> {
  const run = await bench.runPage<PolicyRun>('policy.html', '__policyBench');
  const sorted = [...run.edits].sort((a, b) => a - b);
  const roundTrip = median(run.edits);
  const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
  console.log(`\nPolicy live testing in Chromium ${bench.browser.version()}: ${run.rows.toLocaleString('en')} records, ${run.rules} rules, ${run.edits.length} edits (records hit: ${run.fired.toLocaleString('en')})`);
  console.log(`load the dataset into the runner worker: ${run.loadMs.toFixed(0)} ms (once per dataset)`);
  console.log(`worker round trip per edit: median ${roundTrip.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms (runs ${run.edits.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(`edit-to-results = debounce ${DEBOUNCE_MS} ms + round trip = ${(DEBOUNCE_MS + roundTrip).toFixed(0)} ms median (target < 250 ms)`);
}
