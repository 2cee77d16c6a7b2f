// Engine benchmark (issue: the rule engine): the same scorecard-shaped workload through this
// engine, json-logic-js, json-logic-engine (interpreted and build()) and hand-written JavaScript.
import jsonLogic from 'json-logic-js';
import { LogicEngine } from 'json-logic-engine';
import { compileLogic } from '../src/core/index.ts';
import { measure, printTable, type Measurement } from './report.ts';
import {
  type CompiledWorkload, generateRecords, gradeRule, handWritten, indicatorRules, penaltyRule, type RuleFn, runWorkload,
} from './logic-workload.ts';

const RECORDS = 100_000;

function compileAll(compile: (rule: unknown) => RuleFn): CompiledWorkload {
  return { indicators: indicatorRules.map(compile), penalty: compile(penaltyRule), grade: compile(gradeRule) };
}

export function runLogicBench(): { rows: Measurement[]; ratios: Record<string, number> } {
  // Records reach the engine the way they do in the product: out of IndexedDB or a worker message,
  // i.e. through structured cloning (which also gives V8's usual fast object layout; objects built
  // key by key in a loop would stay in slower dictionary mode for every contender).
  const records = structuredClone(generateRecords(RECORDS));
  const jle = new LogicEngine();
  const contenders: Array<[string, CompiledWorkload]> = [
    ['hand-written JavaScript', handWritten],
    ['this engine (compileLogic)', compileAll((rule) => compileLogic(rule))],
    ['json-logic-engine build()', compileAll((rule) => jle.build(rule as never) as RuleFn)],
    ['json-logic-engine run()', compileAll((rule) => (data) => jle.run(rule as never, data))],
    ['json-logic-js apply()', compileAll((rule) => (data) => jsonLogic.apply(rule as never, data as never))],
  ];

  const expected = runWorkload(handWritten, records);
  const rows: Measurement[] = [];
  for (const [name, workload] of contenders) {
    const result = runWorkload(workload, records);
    // Every contender must compute the same totals and grades, or its time means nothing.
    if (Math.abs(result.checksum - expected.checksum) > 1e-6 * Math.abs(expected.checksum) || JSON.stringify(result.grades) !== JSON.stringify(expected.grades)) {
      throw new Error(`${name} computed different results: ${JSON.stringify(result)} vs ${JSON.stringify(expected)}`);
    }
    rows.push(measure(name, () => runWorkload(workload, records), name.startsWith('json-logic-js') || name.endsWith('run()') ? 3 : 7));
  }
  const base = rows[0]!;
  printTable(`JSON-logic engines: 25 linear-scoring rules + penalty + grade chain, ${RECORDS.toLocaleString('en')} records`, rows, base);
  const ours = rows[1]!.medianMs;
  const ratios = {
    'this engine ÷ hand-written': ours / base.medianMs,
    'json-logic-js ÷ this engine': rows[4]!.medianMs / ours,
    'json-logic-engine build() ÷ this engine': rows[2]!.medianMs / ours,
  };
  console.log('');
  console.log(`this engine is ${ratios['this engine ÷ hand-written'].toFixed(2)}× hand-written JavaScript (target ≤ 1.5×)`);
  console.log(`json-logic-js is ${ratios['json-logic-js ÷ this engine'].toFixed(1)}× slower than this engine (target ≥ 30×)`);
  console.log(`json-logic-engine build() is ${ratios['json-logic-engine build() ÷ this engine'].toFixed(1)}× slower than this engine (target ≥ 3×)`);
  return { rows, ratios };
}
