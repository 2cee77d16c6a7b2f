// Focused benchmark for engine work (not run by `npm run bench`): hand-written JS, this engine and
// json-logic-engine build() over the bench workload, interleaved many times, medians per contender.
// Run: npx esbuild bench/logic-micro.ts --bundle --platform=node --format=esm --packages=external \
//        --outfile=node_modules/.cache/bench/micro.mjs && node node_modules/.cache/bench/micro.mjs [rounds]
import { LogicEngine } from 'json-logic-engine';
import { compileLogic } from '../src/core/index.ts';
import { type CompiledWorkload, generateRecords, gradeRule, handWritten, indicatorRules, penaltyRule, type RuleFn, runWorkload } from './logic-workload.ts';

const records = generateRecords(100_000);
const compileAll = (compile: (rule: unknown) => RuleFn): CompiledWorkload => ({ indicators: indicatorRules.map(compile), penalty: compile(penaltyRule), grade: compile(gradeRule) });
const jle = new LogicEngine();
const contenders: Array<[string, CompiledWorkload]> = [
  ['hand', handWritten],
  ['ours', compileAll((rule) => compileLogic(rule as never))],
  ['jle build', compileAll((rule) => jle.build(rule as never) as RuleFn)],
];
const rounds = Number(process.argv[2] ?? 9);
const times = new Map<string, number[]>(contenders.map(([n]) => [n, []]));
for (const [, w] of contenders) runWorkload(w, records);
for (let i = 0; i < rounds; i++) {
  for (const [name, w] of contenders) {
    const start = performance.now();
    runWorkload(w, records);
    times.get(name)!.push(performance.now() - start);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(times.get('hand')!);
for (const [name, xs] of times) console.log(`${name.padEnd(10)} ${median(xs).toFixed(1).padStart(8)} ms  ${(median(xs) / base).toFixed(2)}×`);
