import { expect } from 'chai';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import type { DocumentModel, WorkbenchApi } from '../../../src/workbench/api.ts';
import type { IndicatorGroup, IndicatorLeaf, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { validateConfig } from '../../../src/core/scorecard/validate.ts';
import { applyDataWeights } from '../../../src/core/scorecard/derive-weights.ts';
import en from '../../../plugins/scorecard/l10n/en.json';
import zh from '../../../plugins/scorecard/l10n/zh-CN.json';
import weightsEn from '../../../plugins/scorecard/l10n/weights.en.json';
import weightsZh from '../../../plugins/scorecard/l10n/weights.zh-CN.json';
import { newScorecard } from '../../../plugins/scorecard/scorecard-documents.ts';
import { ScorecardEditorElement } from '../../../plugins/scorecard/scorecard-editor.ts';
import { ScorecardResultsController } from '../../../plugins/scorecard/results/results-controller.ts';
import { ignoreVirtualizerResizeNotices } from '../../helpers/virtualizer-notices.ts';

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('scorecard editor', () => {
  ignoreVirtualizerResizeNotices();
  let services: WorkbenchServices;
  let model: DocumentModel<ScorecardConfig>;
  let el: ScorecardEditorElement;

  beforeEach(async () => {
    services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
    services.i18n.registerCatalog('en', { ...en, ...weightsEn });
    services.i18n.registerCatalog('zh-CN', { ...zh, ...weightsZh });
    const doc = await services.workspace.createDocument('scorecard', 'KPI', newScorecard('s1', 'KPI', 'en'));
    model = await services.workspace.open<ScorecardConfig>(doc.id);
    el = new ScorecardEditorElement();
    el.services = services;
    // The plugin validates on every change, as index.ts does.
    el.addEventListener('scorecard-changed', (e) => {
      el.problems = validateConfig((e as CustomEvent<{ document: ScorecardConfig }>).detail.document).problems.map((p) => ({ pointer: p.pointer, severity: p.severity, message: p.message.en }));
    });
    el.model = model;
    document.body.append(el);
    await tick();
    await el.updateComplete;
  });

  /** The first dimension (a group in every configuration these tests build). */
  const dimension = () => model.content.root.children[0] as IndicatorGroup;
  /** The outline's shadow root. */
  const tree = (): ShadowRoot => el.shadowRoot!.querySelector('sc-indicator-tree')!.shadowRoot!;
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 3; i++) {
      await tick();
      await el.updateComplete;
      await el.shadowRoot!.querySelector('sc-indicator-tree')?.updateComplete;
    }
  };
  const key = (target: Element, k: string, init: KeyboardEventInit = {}) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init }));

  afterEach(() => {
    el.remove();
    model.dispose();
  });

  it('a new scorecard is valid and its outline shows every node with its local and absolute weight', () => {
    expect(validateConfig(model.content).valid).to.equal(true);
    const items = [...tree().querySelectorAll('[role=treeitem]')].map((n) => [n.querySelector('.name')!.textContent, n.querySelector<HTMLInputElement>('input.weight')?.value ?? '', n.querySelector('.abs')!.textContent]);
    expect(items).to.deep.equal([['Total', '', '100.0%'], ['Service quality', '100', '100.0%'], ['Customer satisfaction', '100', '100.0%']]);
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('0 errors');
  });

  it('warns when sibling weights do not sum to 100, after an edit (undoable)', async () => {
    const next = structuredClone(model.content);
    next.root.children[0]!.weight = 60;
    model.update(next, 'weight');
    await settle();
    expect(tree().querySelector('.warn')!.textContent).to.contain('sum to 60');
    expect(el.problems.some((p) => p.severity === 'error')).to.equal(true);
    // "Scale to 100" balances the group; undo brings the 60 back.
    [...tree().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Scale to 100')!.click();
    await settle();
    expect(model.content.root.children[0]!.weight).to.equal(100);
    expect(tree().querySelector('.warn')).to.equal(null);
    model.undo();
    await settle();
    expect(model.content.root.children[0]!.weight).to.equal(60);
    model.undo();
    await settle();
    expect(tree().querySelector('.warn')).to.equal(null);
  });

  it('reveals the node a problem points at, and asks for sample data with the fields it reads', async () => {
    el.reveal('/root/children/0/children/0/scorer/worst');
    await settle();
    expect(tree().querySelector('.highlight')!.getAttribute('data-node')).to.equal('csat');
    const asked: unknown[] = [];
    services.commands.registerCommand('datasets.generate', (request) => { asked.push(request); });
    el.generateSampleData();
    await tick();
    expect(asked).to.deep.equal([{ fields: [{ key: 'satisfaction', type: 'number', label: { en: 'Satisfaction', 'zh-CN': '满意度' } }], for: 'KPI' }]);
  });

  it('derives a group\'s weights by AHP in the outline and records the derivation (undoable)', async () => {
    // Two dimensions under the root: "quality" twice as important as "speed".
    const next = structuredClone(model.content);
    next.fields.push({ key: 'aht', type: 'number' });
    next.root.children[0]!.weight = 50;
    next.root.children.push({ id: 'speed', name: 'Speed', weight: 50, children: [{ id: 'aht', name: 'Handling time', weight: 100, value: { var: 'aht' }, scorer: { type: 'linear', worst: 600, best: 180 } }] });
    model.update(next, 'setup');
    await settle();
    [...tree().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Weights by AHP…')!.click();
    await settle();
    const matrix = tree().querySelector('sc-ahp-matrix')!;
    await (matrix as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const judgment = matrix.shadowRoot!.querySelector<HTMLSelectElement>('select.judgment[data-row="0"][data-col="1"]')!;
    judgment.selectedIndex = [...judgment.options].findIndex((o) => o.textContent!.trim().startsWith('2 — '));
    judgment.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    matrix.shadowRoot!.querySelector<HTMLButtonElement>('button.apply')!.click();
    await settle();
    const weights = model.content.root.children.map((c) => Math.round(c.weight * 100) / 100);
    expect(weights[0]! / weights[1]!).to.be.closeTo(2, 0.01);
    expect(model.content.weighting?.find((w) => w.node === 'total')?.method).to.equal('ahp');
    expect(validateConfig(model.content).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    model.undo();
    expect(model.content.root.children.map((c) => c.weight)).to.deep.equal([50, 50]);
  });

  it('derives weights from the test data by entropy in the outline, as the core does, with the scorer preview over the same data', async () => {
    const next = structuredClone(model.content);
    next.fields.push({ key: 'aht', type: 'number' });
    next.root.children[0]!.weight = 50;
    next.root.children.push({ id: 'speed', name: 'Speed', weight: 50, children: [{ id: 'aht', name: 'Handling time', weight: 100, value: { var: 'aht' }, scorer: { type: 'linear', worst: 600, best: 180 }, direction: 'lower' }] });
    model.update(next, 'setup');
    const records = Array.from({ length: 60 }, (_, i) => ({ satisfaction: 60 + (i % 40), aht: 200 + ((i * 37) % 300) }));
    const sink = services.workspace.beginImport(undefined, 'Agents');
    await sink.write(records);
    await sink.commit({ fields: [{ key: 'satisfaction', type: 'number' }, { key: 'aht', type: 'number' }] });
    const api: WorkbenchApi = { ...services, pluginId: 'scorecard', t: (k, a) => services.i18n.t(k, a) };
    const controller = new ScorecardResultsController(api);
    try {
      el.results = controller;
      const datasetId = (await services.workspace.listDocuments('dataset'))[0]!.id;
      await el.chooseDataset(datasetId, false);
      const end = Date.now() + 10_000;
      while (controller.state.status !== 'done' && Date.now() < end) await tick();
      expect(controller.state.status).to.equal('done');
      await settle();
      [...tree().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Weights from data…')!.click();
      await settle();
      const panel = tree().querySelector('sc-data-weights')!;
      await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      panel.shadowRoot!.querySelector<HTMLButtonElement>('button.apply-entropy')!.click();
      await settle();
      const expected = applyDataWeights(next, 'total', 'entropy', records, { dataset: datasetId });
      expect(model.content.root.children.map((c) => c.weight)).to.deep.equal(expected.config.root.children.map((c) => c.weight));
      expect(model.content.weighting?.find((w) => w.node === 'total')).to.deep.include({ method: 'entropy', records: 60, dataset: datasetId });
      // The handling-time indicator's preview shows the 60 values under its curve.
      (tree().querySelector('[data-node="aht"]') as HTMLElement).click();
      await settle();
      const details = el.shadowRoot!.querySelector('sc-node-details')!;
      await (details as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const preview = details.shadowRoot!.querySelector('sc-scorer-preview') as unknown as { data: { count: number } | undefined };
      expect(preview.data?.count).to.equal(60);
      model.undo();
      expect(model.content.root.children.map((c) => c.weight)).to.deep.equal([50, 50]);
    } finally {
      controller.dispose();
    }
  });

  it('offers the test data\'s fields as values (declaring the one picked) and edits a calculated value in the rule builder', async () => {
    const sink = services.workspace.beginImport(undefined, 'Agents');
    await sink.write([{ satisfaction: 90, aht: 300, calls: 40 }]);
    await sink.commit({ fields: [{ key: 'satisfaction', type: 'number' }, { key: 'aht', type: 'number', unit: 's' }, { key: 'calls', type: 'integer' }] });
    await el.chooseDataset((await services.workspace.listDocuments('dataset'))[0]!.id, false);
    (tree().querySelector('[data-node="csat"]') as HTMLElement).click();
    await settle();
    const details = el.shadowRoot!.querySelector('sc-node-details')!;
    const form = (): ShadowRoot => details.shadowRoot!;
    const value = (): HTMLSelectElement => form().querySelector<HTMLSelectElement>('select#value')!;
    expect([...value().querySelectorAll('optgroup option')].map((o) => (o as HTMLOptionElement).value)).to.deep.equal(['data:aht', 'data:calls']);
    value().value = 'data:aht';
    value().dispatchEvent(new Event('change'));
    await settle();
    const leaf = () => dimension().children[0] as IndicatorLeaf;
    expect(leaf().value).to.deep.equal({ var: 'aht' });
    expect(model.content.fields.find((f) => f.key === 'aht')).to.deep.equal({ key: 'aht', type: 'number', unit: 's' });
    expect(validateConfig(model.content).valid).to.equal(true);
    // "Calculate…": the builder edits the value; × 2 as a calculation of the field.
    value().value = 'expression';
    value().dispatchEvent(new Event('change'));
    await settle();
    const input = form().querySelector('sc-expression-input')!;
    expect(input).to.exist;
    const kind = input.shadowRoot!.querySelector<HTMLSelectElement>('select.mode')!;
    kind.value = 'arith';
    kind.dispatchEvent(new Event('change'));
    await settle();
    expect(leaf().value).to.deep.equal({ '*': [{ var: 'aht' }, 1] });
    // A value that is not a plain field opens in the builder directly.
    model.undo();
    model.undo();
    await settle();
    expect(leaf().value).to.deep.equal({ var: 'satisfaction' });
    expect(model.content.fields.some((f) => f.key === 'aht')).to.equal(false);
  });

  it('edits the tree by keyboard: add, rename, move, duplicate, delete — each undoable', async () => {
    const row = (id: string) => tree().querySelector<HTMLElement>(`[data-node="${id}"]`)!;
    // Insert on the indicator adds a sibling indicator after it, selected.
    row('csat').click();
    await settle();
    key(row('csat'), 'Insert');
    await settle();
    const added = dimension().children[1]!;
    expect(added).to.exist;
    expect(tree().querySelector('[aria-selected=true]')!.getAttribute('data-node')).to.equal(added.id);
    // F2 renames in the current language.
    key(row(added.id), 'F2');
    await settle();
    const input = tree().querySelector<HTMLInputElement>('input.name')!;
    input.value = 'First-contact resolution';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    expect(dimension().children[1]!.name).to.deep.include({ en: 'First-contact resolution' });
    // Alt+↑ moves it before csat; Ctrl+D duplicates it; Delete removes the copy.
    key(row(added.id), 'ArrowUp', { altKey: true });
    await settle();
    expect(dimension().children.map((c) => c.id)).to.deep.equal([added.id, 'csat']);
    key(row(added.id), 'd', { ctrlKey: true });
    await settle();
    expect(dimension().children).to.have.length(3);
    const copy = tree().querySelector('[aria-selected=true]')!.getAttribute('data-node')!;
    key(row(copy), 'Delete');
    await settle();
    expect(dimension().children).to.have.length(2);
    // Every step was one undo step.
    for (let i = 0; i < 5; i++) model.undo();
    await settle();
    expect(dimension().children.map((c) => c.id)).to.deep.equal(['csat']);
  });

  it('edits the selected indicator in the details form: scorer kind and parameters, unit, SMART notes; bad numbers are refused', async () => {
    tree().querySelector<HTMLElement>('[data-node="csat"]')!.click();
    await settle();
    const details = el.shadowRoot!.querySelector('sc-node-details')!;
    await details.updateComplete;
    const form = details.shadowRoot!;
    const change = (selector: string, value: string) => {
      const input = form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const leaf = () => dimension().children[0] as IndicatorLeaf;
    change('#scorer', 'target');
    await settle();
    expect(leaf().scorer).to.deep.equal({ type: 'target', target: 100, floor: 60 });
    const stretch = [...form.querySelectorAll('.params label')].find((l) => l.textContent!.includes('Stretch'))!.querySelector('input')!;
    stretch.value = '110';
    stretch.dispatchEvent(new Event('change'));
    await settle();
    expect(leaf().scorer).to.deep.include({ stretch: 110 });
    // A stretch needs the score it reaches there: validation says so until the cap is given.
    expect(validateConfig(model.content).problems.some((p) => p.message.en.includes('without a cap'))).to.equal(true);
    const cap = [...form.querySelectorAll('.params label')].find((l) => l.textContent!.includes('Cap'))!.querySelector('input')!;
    cap.value = '120';
    cap.dispatchEvent(new Event('change'));
    await settle();
    const target = [...form.querySelectorAll('.params label')].find((l) => l.textContent!.includes('Target'))!.querySelector('input')!;
    target.value = 'abc';
    target.dispatchEvent(new Event('change'));
    await settle();
    expect(leaf().scorer).to.deep.include({ target: 100 });
    expect(target.getAttribute('aria-invalid')).to.equal('true');
    change('#unit', '%');
    change('#smart-measurable', 'Average of the post-call survey');
    await settle();
    expect(leaf().unit).to.equal('%');
    expect(leaf().smart).to.deep.equal({ measurable: 'Average of the post-call survey' });
    expect(validateConfig(model.content).problems.filter((p) => p.severity === 'error').map((p) => p.message.en)).to.deep.equal([]);
  });

  it('evaluates the scorecard live over the chosen dataset in a worker, with the charts under the grid', async () => {
    const sink = services.workspace.beginImport(undefined, 'Agents');
    await sink.write(Array.from({ length: 50 }, (_, i) => ({ satisfaction: 55 + i })));
    await sink.commit({ fields: [{ key: 'satisfaction', type: 'number' }] });
    const api: WorkbenchApi = { ...services, pluginId: 'scorecard', t: (k, a) => services.i18n.t(k, a) };
    const controller = new ScorecardResultsController(api);
    try {
      el.results = controller;
      await el.chooseDataset((await services.workspace.listDocuments('dataset'))[0]!.id, false);
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')].find((t) => t.textContent === 'Results')!.click();
      const end = Date.now() + 10_000;
      while (controller.state.status !== 'done' && Date.now() < end) await tick();
      expect(controller.state.status).to.equal('done');
      const run = controller.state.result!;
      expect(run.evaluation.records).to.have.length(50);
      // satisfaction 55…104 on a linear 60 → 100 scorer: the best 11 are A (≥ 90 points means ≥ 96).
      expect(run.evaluation.records.filter((r) => r.grade === 'A')).to.have.length(9);
      await settle();
      expect(el.shadowRoot!.querySelector('sc-scorecard-results sc-chart-board')).to.exist;
      // An edit runs again: the scorer's best becomes 90, so more records reach A.
      const next = structuredClone(model.content);
      ((next.root.children[0] as IndicatorGroup).children[0] as IndicatorLeaf).scorer = { type: 'linear', worst: 60, best: 90 };
      model.update(next, 'scorer');
      const before = run.runId;
      const end2 = Date.now() + 10_000;
      while ((controller.state.result?.runId ?? 0) <= before && Date.now() < end2) await tick();
      expect(controller.state.result!.evaluation.records.filter((r) => r.grade === 'A').length).to.be.greaterThan(9);
    } finally {
      controller.dispose();
    }
  });

  it('shows the configuration as JSON with the scorecard schema', async () => {
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')].find((t) => t.textContent === 'JSON')!.click();
    await el.updateComplete;
    const view = el.shadowRoot!.querySelector('sc-json-document-view')!;
    expect(view).to.exist;
    expect((view as unknown as { schema: { $id?: string } }).schema.$id).to.contain('scorecard.schema.json');
  });

  it('speaks Chinese', async () => {
    services.i18n.setLocale('zh-CN');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=tab]')!.textContent).to.equal('大纲');
  });
});
