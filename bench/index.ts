// `npm run bench`: every benchmark the issues ask for, in one process and one run.
import { runEvaluateBench } from './evaluate.bench.ts';
import { runLogicBench } from './logic.bench.ts';

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
const only = process.argv.slice(2);
if (only.length === 0 || only.includes('logic')) runLogicBench();
if (only.length === 0 || only.includes('evaluate')) runEvaluateBench();
