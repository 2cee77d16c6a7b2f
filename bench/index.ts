// `npm run bench`: every benchmark the issues ask for, in one process and one run.
import { runLogicBench } from './logic.bench.ts';

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
runLogicBench();
