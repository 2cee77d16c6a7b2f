// evaluate() benchmark (issue: scorecard core): a 25-indicator scorecard over 100,000 records on
// one core, including compilation, ranking and grading.
import { evaluate } from '../src/core/index.ts';
import { measure } from './report.ts';
import { benchRecords, benchScorecard } from './scorecard-workload.ts';

const RECORDS = 100_000;

export function runEvaluateBench(): { medianMs: number } {
  const config = benchScorecard();
  const records = benchRecords(RECORDS);
  const check = evaluate(config, records);
  if (check.stats.count !== RECORDS || check.stats.mean === null) throw new Error('evaluate produced no totals');
  const m = measure('evaluate', () => evaluate(config, records), 5);
  console.log(`\nScorecard evaluate(): 25 indicators in 5 dimensions, 2 policies, grades, ranking; ${RECORDS.toLocaleString('en')} records`);
  console.log(`median ${m.medianMs.toFixed(1)} ms (runs ${m.runs.map((r) => r.toFixed(0)).join(', ')}); ${((RECORDS / m.medianMs) * 1000).toLocaleString('en', { maximumFractionDigits: 0 })} records/s; mean total ${check.stats.mean.toFixed(2)}`);
  return { medianMs: m.medianMs };
}
