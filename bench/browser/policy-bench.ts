// Runs in Chromium (driven by bench/policy-browser.bench.ts): the policy designer's live testing.
// 100,000 records × 20 fields are stored in IndexedDB, the real test-runner worker loads them, and
// a 20-rule policy is edited again and again (a threshold changes each time); each edit's time is
// measured from the moment the runner posts the document to the moment the results are back on
// the page. Results go to window.__policyBench.
import { generateRecords } from '../../src/core/data/generate-records.ts';
import type { PolicyDocument, PolicyRule } from '../../src/core/policy/types.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';
import { openWorkspace } from '../../src/platform/workspace/open-workspace.ts';
import type { RunnerRequest, RunnerResponse } from '../../plugins/policy-runner/runner-protocol.ts';

const ROWS = 100_000;
const EDITS = 15;

declare global {
  interface Window { __policyBench?: { edits: number[]; loadMs: number; rows: number; rules: number; fired: number } | { error: string } }
}

const fields: FieldDef[] = [{ key: 'id', type: 'string' }, { key: 'team', type: 'category', values: ['A', 'B', 'C'] }];
for (let i = 0; i < 12; i++) fields.push({ key: `n${i}`, type: 'number' });
for (let i = 0; i < 4; i++) fields.push({ key: `c${i}`, type: 'integer' });
fields.push({ key: 'checkIn', type: 'time' }, { key: 'trained', type: 'boolean' });

/** 20 service rules of the kinds managers write: thresholds, per-count deductions, caps, flags, a lateness rule, a decision table. */
function policy(edit: number): PolicyDocument {
  const rules: PolicyRule[] = [];
  for (let i = 0; i < 12; i++) {
    rules.push({ id: `n${i}`, name: `n${i} below threshold`, when: { '<': [{ var: `n${i}` }, 30 + ((i + edit) % 7)] }, effect: { type: 'points', amount: -2 } });
  }
  for (let i = 0; i < 4; i++) {
    rules.push({ id: `c${i}`, name: `per c${i}`, when: { '>': [{ var: `c${i}` }, 0] }, effect: { type: 'points', amount: { '*': [{ var: `c${i}` }, -1 - edit % 3] }, min: -30 } });
  }
  rules.push({ id: 'late', name: 'late after 08:30', when: { 'time.after': [{ var: 'checkIn' }, '08:30'] }, effect: { type: 'points', amount: -5 } });
  rules.push({ id: 'cap', name: 'cap at C', when: { and: [{ '==': [{ var: 'team' }, 'C'] }, { '<': [{ var: 'n0' }, 10 + edit] }] }, effect: { type: 'veto', mode: 'cap', grade: 'C' } });
  rules.push({ id: 'flag', name: 'untrained', when: { '!': { var: 'trained' } }, effect: { type: 'flag', flag: 'training' } });
  rules.push({ id: 'bonus', name: 'team bonus', when: { in: [{ var: 'team' }, ['A', 'B']] }, effect: { type: 'money', amount: { if: [{ '>': [{ var: 'n1' }, 80] }, 200, 50] } } });
  return { format: 'scorecard-policy', version: 1, name: 'bench', rules };
}

async function run(): Promise<void> {
  const databaseName = `policy-bench-${Date.now()}`;
  const workspace = await openWorkspace({ name: databaseName, channel: null });
  const sink = workspace.beginImport(undefined, 'bench');
  const records = generateRecords(fields, ROWS, { seed: 9, idField: 'id' });
  for (let i = 0; i < records.length; i += 5000) await sink.write(records.slice(i, i + 5000));
  const dataset = await sink.commit({ fields });
  await workspace.close();

  const worker = new Worker(new URL('../../plugins/policy-runner/runner-worker.ts', import.meta.url), { type: 'module' });
  const next = (type: RunnerResponse['type']): Promise<RunnerResponse> => new Promise((resolve, reject) => {
    const listener = (e: MessageEvent<RunnerResponse>) => {
      if (e.data.type === type) { worker.removeEventListener('message', listener); resolve(e.data); }
      else if (e.data.type === 'run-failed' || e.data.type === 'load-failed') { worker.removeEventListener('message', listener); reject(new Error(e.data.message)); }
    };
    worker.addEventListener('message', listener);
  });
  const send = (m: RunnerRequest): void => worker.postMessage(m);

  const loadStart = performance.now();
  const loaded = next('loaded');
  send({ type: 'load', datasetId: dataset.id, revision: dataset.revision, databaseName });
  await loaded;
  const loadMs = performance.now() - loadStart;

  let fired = 0;
  const edits: number[] = [];
  for (let i = 0; i < EDITS + 3; i++) {
    const start = performance.now();
    const result = next('result');
    send({ type: 'run', runId: i + 1, document: policy(i) });
    const m = await result;
    const ms = performance.now() - start;
    if (m.type === 'result') fired = m.evaluation.totals.fired;
    if (i >= 3) edits.push(ms); // the first runs warm the engine up
  }
  worker.terminate();
  window.__policyBench = { edits, loadMs, rows: ROWS, rules: policy(0).rules.length, fired };
  indexedDB.deleteDatabase(databaseName);
}

run().catch((error: unknown) => { window.__policyBench = { error: error instanceof Error ? error.stack ?? error.message : String(error) }; });
