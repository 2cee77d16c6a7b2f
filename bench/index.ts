// `npm run bench`: every benchmark the issues ask for, in one process and one run.
// `npm run bench -- logic evaluate sql datasets policy scorecard` runs only the named ones.
// Sealed like the app, its workers and the CLI (the engine benchmark's open-realm row runs in its own worker).
import '../src/base/seal-object-prototype.ts';
import { openBenchBrowser } from './browser-harness.ts';
import { runDatasetBrowserBench } from './dataset-browser.bench.ts';
import { runPolicyBrowserBench } from './policy-browser.bench.ts';
import { runScorecardBrowserBench } from './scorecard-browser.bench.ts';
import { runEvaluateBench } from './evaluate.bench.ts';
import { runLogicBench } from './logic.bench.ts';
import { runSqlBench } from './sql.bench.ts';

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
const only = process.argv.slice(2);
const wanted = (name: string): boolean => only.length === 0 || only.includes(name);
if (wanted('logic')) await runLogicBench();
if (wanted('evaluate')) runEvaluateBench();
if (wanted('sql')) await runSqlBench();
if (wanted('datasets') || wanted('policy') || wanted('scorecard')) {
  const bench = await openBenchBrowser();
  try {
    if (wanted('datasets')) await runDatasetBrowserBench(bench);
    if (wanted('policy')) await runPolicyBrowserBench(bench);
    if (wanted('scorecard')) await runScorecardBrowserBench(bench);
  } finally {
    await bench.close();
  }
}
