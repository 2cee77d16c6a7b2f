import { expect } from 'chai';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import type { WorkbenchApi } from '../../../src/workbench/api.ts';
import type { PolicyDocument, PolicyTestCase } from '../../../src/core/policy/types.ts';
import en from '../../../plugins/policy-runner/l10n/en.json';
import zh from '../../../plugins/policy-runner/l10n/zh-CN.json';
import { RunnerController, type RunnerPort } from '../../../plugins/policy-runner/runner-controller.ts';
import { PolicyResultsElement } from '../../../plugins/policy-runner/results-view.ts';
import { ignoreVirtualizerResizeNotices } from '../../helpers/virtualizer-notices.ts';
import serviceOperators from '../../../plugins/service-operators/plugin.json';
import type { DeclaredOperator } from '../../../src/core/logic/declared-operators.ts';

const RECORDS = 2000;

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

/** The real runner worker, as the plugin creates it. */
const workerPort = (): RunnerPort => new Worker(new URL('../../../plugins/policy-runner/runner-worker.ts', import.meta.url), { type: 'module' }) as unknown as RunnerPort;

function records(): Array<Record<string, unknown>> {
  return Array.from({ length: RECORDS }, (_, i) => ({ name: `agent ${i}`, complaints: i % 5, serious: i % 50 === 0 ? 1 : 0 }));
}

function policy(deduction = -10, tests: PolicyTestCase[] = []): PolicyDocument {
  return {
    format: 'scorecard-policy', version: 1, name: 'Complaints',
    rules: [
      { id: 'complaint', name: 'Each complaint deducts points', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: { '*': [{ var: 'complaints' }, deduction] } } },
      { id: 'serious', name: 'Serious complaint caps at C', when: { '>': [{ var: 'serious' }, 0] }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
    ],
    tests,
  };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('policy test runner', () => {
  ignoreVirtualizerResizeNotices();

  let services: WorkbenchServices;
  let controller: RunnerController;
  let datasetId: string;

  beforeEach(async () => {
    services = createServices();
    const sink = services.workspace.beginImport(undefined, 'Agents');
    await sink.write(records());
    const dataset = await sink.commit({ fields: [{ key: 'name', type: 'string' }, { key: 'complaints', type: 'integer' }, { key: 'serious', type: 'integer' }] });
    datasetId = dataset.id;
    const api: WorkbenchApi = { ...services, pluginId: 'policy-runner', t: (key, args) => services.i18n.t(key, args) };
    controller = new RunnerController(api, workerPort);
  });

  afterEach(() => controller.dispose());

  it('evaluates every record in the worker and counts what each rule fires on', async () => {
    controller.update({ docId: 'p1', document: policy(), datasetId });
    await until(() => controller.state.status === 'done');
    const { evaluation } = controller.state.result!;
    expect(controller.state.records).to.equal(RECORDS);
    // complaints = i % 5: four of every five records have some.
    expect(evaluation.rules.map((r) => [r.id, r.fired])).to.deep.equal([['complaint', 1600], ['serious', 40]]);
    expect(evaluation.totals.points).to.equal(-10 * (1 + 2 + 3 + 4) * (RECORDS / 5));
    expect(evaluation.totals.capped).to.equal(40);
  });

  it('runs only the latest of edits made in quick succession', async () => {
    const runs: number[] = [];
    controller.onDidChange(() => { if (controller.state.status === 'done') runs.push(controller.state.result!.runId); });
    controller.update({ docId: 'p1', document: policy(-1), datasetId });
    controller.update({ docId: 'p1', document: policy(-2), datasetId });
    controller.update({ docId: 'p1', document: policy(-3), datasetId });
    await until(() => controller.state.status === 'done');
    expect(new Set(runs).size).to.equal(1);
    expect(controller.state.result!.evaluation.totals.points).to.equal(-3 * 10 * (RECORDS / 5));
  });

  it('publishes saved test cases to Test Results and failures to Problems', async () => {
    const pass: PolicyTestCase = { id: 'a', name: 'two complaints', record: { complaints: 2, serious: 0 }, expect: { points: -20, veto: 'none' } };
    const fail: PolicyTestCase = { id: 'b', name: 'serious', record: { complaints: 0, serious: 1 }, expect: { veto: 'none' } };
    controller.update({ docId: 'p1', document: policy(-10, [pass, fail]), datasetId });
    const run = services.testResults.all()[0]!;
    expect(run.cases.map((c) => [c.name, c.outcome])).to.deep.equal([['two complaints', 'passed'], ['serious', 'failed']]);
    const markers = services.markers.all();
    expect(markers).to.have.length(1);
    expect(markers[0]!.pointer).to.equal('/tests/1');
    // Breaking the rule breaks the passing test too.
    controller.update({ docId: 'p1', document: policy(-5, [pass, fail]), datasetId });
    expect(services.testResults.all()[0]!.cases.map((c) => c.outcome)).to.deep.equal(['failed', 'failed']);
  });

  it('shows counts, explains a clicked record and pins it as a test case', async () => {
    const pinned: unknown[] = [];
    services.commands.registerCommand('policy.addTestCase', (docId, test) => { pinned.push([docId, test]); return true; });
    const view = new PolicyResultsElement();
    view.services = services;
    view.controller = controller;
    document.body.append(view);
    try {
      controller.update({ docId: 'p1', document: policy(), datasetId });
      await until(() => controller.state.status === 'done');
      await view.updateComplete;
      const fired = [...view.shadowRoot!.querySelectorAll('table.rules td[data-rule]')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
      expect(fired).to.deep.equal(['1,600 (80.0%)', '40 (2.0%)']);
      await view.select(3);
      await until(() => view.explanation !== undefined);
      await view.updateComplete;
      const details = view.shadowRoot!.querySelector('.details')!;
      expect(details.textContent).to.contain('Record 4');
      expect(details.querySelector('ul.trace')).to.exist;
      details.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => pinned.length === 1);
      const [docId, test] = pinned[0] as [string, PolicyTestCase];
      expect(docId).to.equal('p1');
      expect(test.record).to.deep.equal({ name: 'agent 3', complaints: 3, serious: 0 });
      expect(test.expect).to.include({ points: -30, veto: 'none' });
      expect(test.expect.fired).to.deep.equal(['complaint']);
    } finally {
      view.remove();
    }
  });

  it('runs operators that plugins declare, in the worker and in the saved tests on the page', async () => {
    const operators = serviceOperators.contributes.operators.map((o) => ({ name: o.id, logic: o.logic, args: o.args, returns: o.returns })) as DeclaredOperator[];
    // A complaint rate of 50% or more (complaints per 2 contacts here) deducts 20 points.
    const document: PolicyDocument = {
      format: 'scorecard-policy', version: 1, name: 'Rates',
      rules: [{ id: 'rate', name: 'High complaint rate', when: { '>=': [{ 'svc.percent': [{ var: 'complaints' }, 4] }, 50] }, effect: { type: 'points', amount: -20 } }],
      tests: [{ id: 't', name: 'three of four', record: { complaints: 3 }, expect: { fired: ['rate'], points: -20 } }],
    };
    controller.update({ docId: 'p2', document, datasetId, operators });
    expect(controller.state.tests.map((t) => t.outcome)).to.deep.equal(['passed']);
    await until(() => controller.state.status === 'done');
    // complaints = i % 5 ≥ 2 in three of every five records.
    expect(controller.state.result!.evaluation.rules[0]!.fired).to.equal(RECORDS * 3 / 5);
    expect(controller.state.result!.evaluation.totals.errors).to.equal(0);
  });

  it('writes a test case by hand: the outcome shows as the record is typed, expectations can be changed', async () => {
    const saved: PolicyTestCase[] = [];
    services.commands.registerCommand('policy.addTestCase', (_docId, test) => { saved.push(test as PolicyTestCase); return true; });
    const view = new PolicyResultsElement();
    view.services = services;
    view.controller = controller;
    document.body.append(view);
    try {
      controller.update({ docId: 'p1', document: policy(), datasetId, fields: [{ key: 'complaints' }, { key: 'serious' }] });
      view.tab = 'tests';
      await view.updateComplete;
      const form = view.shadowRoot!.querySelector('sc-test-case-form')!;
      await form.updateComplete;
      const textarea = form.shadowRoot!.querySelector('textarea')!;
      expect(JSON.parse(textarea.value)).to.deep.equal({ complaints: 0, serious: 0 });
      textarea.value = '{ "complaints": 2, "serious": 1 }';
      textarea.dispatchEvent(new Event('input'));
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Points -20');
      const points = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=number]')!;
      points.value = '-25';
      points.dispatchEvent(new Event('change'));
      await form.updateComplete;
      [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Save test case')!.click();
      await until(() => saved.length === 1);
      expect(saved[0]!.record).to.deep.equal({ complaints: 2, serious: 1 });
      expect(saved[0]!.expect).to.deep.equal({ fired: ['complaint', 'serious'], points: -25, veto: 'cap' });
      // Invalid JSON is shown, not saved.
      textarea.value = '{ complaints: ';
      textarea.dispatchEvent(new Event('input'));
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[role=alert]')).to.exist;
    } finally {
      view.remove();
    }
  });

  it('filters the grid to the records one rule fires on', async () => {
    const view = new PolicyResultsElement();
    view.services = services;
    view.controller = controller;
    document.body.append(view);
    try {
      controller.update({ docId: 'p1', document: policy(), datasetId });
      await until(() => controller.state.status === 'done');
      await view.updateComplete;
      view.shadowRoot!.querySelectorAll<HTMLElement>('table.rules tbody tr')[1]!.click();
      await view.updateComplete;
      expect(view.shadowRoot!.querySelector('.controls span')!.textContent).to.equal('40 shown');
    } finally {
      view.remove();
    }
  });
});
