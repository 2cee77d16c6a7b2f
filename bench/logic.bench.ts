// Engine benchmark (issue: the rule engine): the same scorecard-shaped workload through this
// engine, json-logic-js, json-logic-engine (interpreted and build()) and hand-written JavaScript.
// One process, one run; each contender in its own worker thread (see logic-contender.ts).
import { Worker } from 'node:worker_threads';
import { printTable, type Measurement } from './report.ts';
import type { ContenderId, ContenderReport, ContenderTask } from './logic-contender.ts';
import type { WorkloadResult } from './logic-workload.ts';

const RECORDS = 100_000;
/**
 * Fresh workers per fast contender. Now and then V8 settles one isolate into code about 1.7× slower
 * than usual (seen for this engine and json-logic-engine alike, about one worker in six on the
 * 2-core dev machine); the median of three workers' medians is not moved by one such worker.
 */
const WORKERS = 3;

interface Contender {
  name: string;
  id: ContenderId;
  sealed: boolean;
  slow: boolean;
}

// Every realm is sealed (Object.prototype non-extensible) as in the app, its workers and the CLI,
// except one row that shows this engine where the host leaves Object.prototype open (the exported
// runtime inside another team's tool): there each read also asks Object.prototype for the key.
const contenders: Contender[] = [
  { name: 'hand-written JavaScript', id: 'hand', sealed: true, slow: false },
  { name: 'this engine (compileLogic)', id: 'engine', sealed: true, slow: false },
  { name: 'this engine, Object.prototype open', id: 'engine', sealed: false, slow: false },
  { name: 'json-logic-engine build()', id: 'jleBuild', sealed: true, slow: false },
  { name: 'json-logic-engine run()', id: 'jleRun', sealed: true, slow: true },
  { name: 'json-logic-js apply()', id: 'jsonLogicJs', sealed: true, slow: true },
];

function runContender(contender: Contender): Promise<ContenderReport> {
  const task: ContenderTask = {
    id: contender.id, records: RECORDS, sealed: contender.sealed, warmups: contender.slow ? 0 : 4, repeats: contender.slow ? 3 : 7,
  };
  // The worker is the bundled logic-contender.ts next to this bundle (scripts/bench.mjs builds both).
  const worker = new Worker(new URL('./logic-contender.mjs', import.meta.url), { workerData: task });
  return new Promise<ContenderReport>((resolve, reject) => {
    worker.once('message', (report: ContenderReport) => {
      resolve(report);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function sameResult(a: WorkloadResult, b: WorkloadResult): boolean {
  return Math.abs(a.checksum - b.checksum) <= 1e-6 * Math.abs(b.checksum) && JSON.stringify(a.grades) === JSON.stringify(b.grades);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runLogicBench(): Promise<{ rows: Measurement[]; ratios: Record<string, number> }> {
  const medians = new Map<Contender, number[]>(contenders.map((c) => [c, []]));
  let expected: WorkloadResult | undefined;
  // Rounds interleave the contenders, so a slow spell of the machine hits all of them alike.
  for (let round = 0; round < WORKERS; round++) {
    for (const contender of contenders) {
      if (contender.slow && round > 0) continue;
      const report = await runContender(contender);
      expected ??= report.result;
      // Every contender must compute the same totals and grades, or its time means nothing.
      if (!sameResult(report.result, expected)) {
        throw new Error(`${contender.name} computed different results: ${JSON.stringify(report.result)} vs ${JSON.stringify(expected)}`);
      }
      medians.get(contender)!.push(report.medianMs);
    }
  }
  const rows: Measurement[] = contenders.map((c) => ({ name: c.name, medianMs: median(medians.get(c)!), runs: medians.get(c)! }));
  const [base, ours, oursOpen, jleBuild, , jsonLogicJs] = rows as [Measurement, Measurement, Measurement, Measurement, Measurement, Measurement];
  printTable(`JSON-logic engines: 25 linear-scoring rules + penalty + grade chain, ${RECORDS.toLocaleString('en')} records, each contender in its own worker thread`, rows, base);
  const ratios = {
    'this engine ÷ hand-written': ours.medianMs / base.medianMs,
    'this engine (Object.prototype open) ÷ hand-written': oursOpen.medianMs / base.medianMs,
    'json-logic-js ÷ this engine': jsonLogicJs.medianMs / ours.medianMs,
    'json-logic-engine build() ÷ this engine': jleBuild.medianMs / ours.medianMs,
  };
  console.log(`(median of ${WORKERS} workers' medians for the fast contenders; each worker's: ${rows.filter((r) => r.runs.length > 1).map((r) => `${r.name} ${r.runs.map((x) => x.toFixed(1)).join(' / ')}`).join('; ')})`);
  console.log('');
  console.log(`this engine is ${ratios['this engine ÷ hand-written'].toFixed(2)}× hand-written JavaScript (target ≤ 1.5×); ${ratios['this engine (Object.prototype open) ÷ hand-written'].toFixed(2)}× with Object.prototype open`);
  console.log(`json-logic-js is ${ratios['json-logic-js ÷ this engine'].toFixed(1)}× slower than this engine (target ≥ 30×)`);
  console.log(`json-logic-engine build() is ${ratios['json-logic-engine build() ÷ this engine'].toFixed(1)}× slower than this engine (target ≥ 3×)`);
  return { rows, ratios };
}
