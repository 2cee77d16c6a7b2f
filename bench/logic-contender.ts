// One contender of the engine benchmark, run in its own worker thread (logic.bench.ts starts one
// per contender). A fresh isolate per contender means no contender runs on call sites another one
// already made polymorphic: in one shared isolate the runner's calls see every contender's
// closures and whoever runs first is measured on a cleaner JIT state.
import { parentPort, workerData } from 'node:worker_threads';
import jsonLogic from 'json-logic-js';
import { LogicEngine } from 'json-logic-engine';
import { compileLogic } from '../src/core/logic/index.ts';
import { measure } from './report.ts';
import {
  type CompiledWorkload, generateRecords, gradeRule, handWritten, indicatorRules, penaltyRule, type RuleFn, runWorkload, type WorkloadResult,
} from './logic-workload.ts';

export type ContenderId = 'hand' | 'engine' | 'jleBuild' | 'jleRun' | 'jsonLogicJs';

export interface ContenderTask {
  id: ContenderId;
  records: number;
  /** Make Object.prototype non-extensible first, as the app and its workers do at start. */
  sealed: boolean;
  /** Untimed runs after the first (whose result is checked) and before the timed ones. */
  warmups: number;
  repeats: number;
}

export interface ContenderReport {
  runs: number[];
  medianMs: number;
  result: WorkloadResult;
}

function compileAll(compile: (rule: unknown) => RuleFn): CompiledWorkload {
  return { indicators: indicatorRules.map(compile), penalty: compile(penaltyRule), grade: compile(gradeRule) };
}

function workloadOf(id: ContenderId): CompiledWorkload {
  switch (id) {
    case 'hand': return handWritten;
    case 'engine': return compileAll((rule) => compileLogic(rule));
    case 'jleBuild': {
      const jle = new LogicEngine();
      return compileAll((rule) => jle.build(rule as never) as RuleFn);
    }
    case 'jleRun': {
      const jle = new LogicEngine();
      return compileAll((rule) => (data) => jle.run(rule as never, data));
    }
    case 'jsonLogicJs': return compileAll((rule) => (data) => jsonLogic.apply(rule as never, data as never));
  }
}

const task = workerData as ContenderTask;
if (task.sealed) Object.preventExtensions(Object.prototype);
// Records reach the engine the way they do in the product: out of IndexedDB or a worker message,
// i.e. through structured cloning (which also gives V8's usual fast object layout; objects built
// key by key in a loop would stay in slower dictionary mode for every contender).
const records = structuredClone(generateRecords(task.records));
const workload = workloadOf(task.id);
const result = runWorkload(workload, records);
for (let i = 0; i < task.warmups; i++) runWorkload(workload, records);
const timing = measure(task.id, () => runWorkload(workload, records), task.repeats);
const report: ContenderReport = { runs: timing.runs, medianMs: timing.medianMs, result };
parentPort!.postMessage(report);
