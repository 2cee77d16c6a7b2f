import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { MemoryStorageService } from '../../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import { ahp } from '../../../../src/core/weighting/ahp.ts';
import type { WeightDerivation } from '../../../../src/core/scorecard/types.ts';
import en from '../../../../plugins/scorecard/l10n/weights.en.json';
import zh from '../../../../plugins/scorecard/l10n/weights.zh-CN.json';
import { AhpMatrixElement, type AhpApplyDetail, type AhpChangeDetail } from '../../../../plugins/scorecard/weights/ahp-matrix.ts';
import type { WeightItem } from '../../../../plugins/scorecard/weights/ahp-judgments.ts';

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

const itemsOf = (names: readonly string[]): WeightItem[] => names.map((name, i) => ({ id: `c${i + 1}`, name }));

/** 选择旅游地 (姜启源《数学模型》): the criteria matrix reproduced in test/core/weighting/ahp-published.test.ts. */
const TOURISM: readonly string[][] = [
  // upper triangle, row by row, as the menu writes the values
  ['1/2', '4', '3', '3'],
  ['7', '5', '5'],
  ['1/2', '1/3'],
  ['1'],
];
const TOURISM_ITEMS = itemsOf(['景色', '费用', '居住', '饮食', '旅途']);

/** Saaty's house example (8×8, CR ≈ 0.169), known for its a_37 = 6. */
const HOUSE = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];
const HOUSE_ITEMS = itemsOf(['Size', 'Transport', 'Neighbourhood', 'Age', 'Yard', 'Facilities', 'Condition', 'Finance']);

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('sc-ahp-matrix', () => {
  let el: AhpMatrixElement | undefined;
  let services: WorkbenchServices;
  let changes: AhpChangeDetail[];
  let applied: AhpApplyDetail[];
  afterEach(() => {
    el?.remove();
    el = undefined;
  });

  async function settle(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await tick();
      await el!.updateComplete;
    }
  }

  async function mount(items: WeightItem[], derivation?: WeightDerivation): Promise<ShadowRoot> {
    services = createServices();
    changes = [];
    applied = [];
    el = new AhpMatrixElement();
    el.services = services;
    el.node = 'goal';
    el.items = items;
    el.derivation = derivation;
    el.addEventListener('ahp-change', (e) => changes.push((e as CustomEvent<AhpChangeDetail>).detail));
    el.addEventListener('ahp-apply', (e) => applied.push((e as CustomEvent<AhpApplyDetail>).detail));
    document.body.append(el);
    await settle();
    return el.shadowRoot!;
  }

  const judgment = (root: ShadowRoot, row: number, col: number) =>
    root.querySelector<HTMLSelectElement>(`select.judgment[data-row="${row}"][data-col="${col}"]`)!;
  const reciprocal = (root: ShadowRoot, row: number, col: number) =>
    root.querySelector<HTMLElement>(`td.reciprocal[data-row="${row}"][data-col="${col}"]`)!.textContent!.trim();
  const shownLabel = (select: HTMLSelectElement) => select.selectedOptions[0]!.textContent!.trim();
  const weightsShown = (root: ShadowRoot) => [...root.querySelectorAll('table.weights td.weight')].map((td) => Number.parseFloat(td.textContent!));
  const measure = (root: ShadowRoot, name: string) => Number(root.querySelector(`dd.${name}`)!.textContent);

  /** Picks a value in a judgment's menu the way a user does: by its words ("3 — …"). */
  async function choose(select: HTMLSelectElement, value: string): Promise<void> {
    const index = [...select.options].findIndex((o) => o.textContent!.trim().startsWith(`${value} — `));
    expect(index, `option ${value}`).to.be.greaterThanOrEqual(0);
    select.selectedIndex = index;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  }

  async function enter(root: ShadowRoot, upper: readonly string[][]): Promise<void> {
    for (let i = 0; i < upper.length; i++) {
      for (let k = 0; k < upper[i]!.length; k++) await choose(judgment(root, i, i + 1 + k), upper[i]![k]!);
    }
  }

  it('is a real table: column and row headers, the diagonal 1, every judgment 1 without a derivation, one Tab stop', async () => {
    const root = await mount(itemsOf(['Quality', 'Speed', 'Cost']));
    const grid = root.querySelector('table.matrix')!;
    expect([...grid.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent!.trim())).to.deep.equal(['Quality', 'Speed', 'Cost']);
    expect([...grid.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent!.trim())).to.deep.equal(['Quality', 'Speed', 'Cost']);
    expect(grid.querySelector('caption')!.textContent).to.contain('row');
    expect(grid.querySelectorAll('td.diagonal')).to.have.length(3);
    expect(grid.querySelectorAll('select.judgment')).to.have.length(3);
    expect(grid.querySelectorAll('td.reciprocal')).to.have.length(3);
    expect(shownLabel(judgment(root, 0, 2))).to.equal('1 — equal');
    expect(judgment(root, 0, 2).getAttribute('aria-label')).to.equal('Quality compared with Cost');
    expect(grid.querySelectorAll('select[tabindex="0"]')).to.have.length(1);
    // the menu runs 9 … 1 … 1/9 in words
    const labels = [...judgment(root, 0, 1).options].map((o) => o.textContent!.trim());
    expect(labels).to.have.length(17);
    expect(labels[0]).to.equal('9 — extremely more important');
    expect(labels[8]).to.equal('1 — equal');
    expect(labels[16]).to.equal('1/9 — extremely less important');
    expect(weightsShown(root)).to.deep.equal([33.34, 33.33, 33.33]);
    expect(changes).to.have.length(0);
  });

  it('the published 选择旅游地 example entered through the cells gives the published weights, λmax, CI and CR', async () => {
    const root = await mount(TOURISM_ITEMS);
    await enter(root, TOURISM);
    // reciprocals filled in below the diagonal, as fractions
    expect(reciprocal(root, 1, 0)).to.equal('2');
    expect(reciprocal(root, 2, 0)).to.equal('1/4');
    expect(reciprocal(root, 2, 1)).to.equal('1/7');
    expect(reciprocal(root, 4, 2)).to.equal('3');
    expect(reciprocal(root, 4, 3)).to.equal('1');
    // The book prints ω = (0.263, 0.475, 0.055, 0.099, 0.110), λ = 5.073, CI = 0.018, RI = 1.12, CR = 0.016
    // (its 3-decimal weights are within 0.002 of the exact eigenvector, see the core's test).
    const printed = [26.3, 47.5, 5.5, 9.9, 11.0];
    weightsShown(root).forEach((w, i) => expect(Math.abs(w - printed[i]!)).to.be.at.most(0.2));
    expect(Math.abs(measure(root, 'lambda-max') - 5.073)).to.be.at.most(0.002);
    expect(measure(root, 'ci')).to.be.closeTo(0.018, 0.0005);
    expect(measure(root, 'ri')).to.equal(1.12);
    expect(measure(root, 'cr')).to.be.closeTo(0.016, 0.0005);
    expect(root.querySelector('.status .consistent')!.textContent).to.contain('Consistent');
    expect(root.querySelector('.warning')).to.equal(null);
    // one ahp-change per judgment entered (4 + 3 + 2 + 1 = 10, the last one a no-op "1" is not a change)
    expect(changes).to.have.length(9);
    const last = changes.at(-1)!.derivation;
    expect(last.items).to.deep.equal(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(last.matrix[0]![1]).to.equal(0.5);
    expect(last.matrix[1]![0]).to.equal(2);
    expect(last.cr).to.be.closeTo(0.016, 0.0005);
  });

  it('switches computation and RI table: 和积法 reproduces the wanglu.net example, the Chinese table gives RI 0.89', async () => {
    const root = await mount(itemsOf(['A', 'B', 'C', 'D']));
    await enter(root, [['3', '2', '4'], ['1/2', '2'], ['3']]);
    const method = root.querySelector<HTMLSelectElement>('select.method')!;
    method.value = 'sum-product';
    method.dispatchEvent(new Event('change'));
    await settle();
    // W = (0.4658, 0.1611, 0.2771, 0.0960), λ = 4.0310, CI = 0.0103, CR = 0.011
    expect(weightsShown(root)).to.deep.equal([46.58, 16.11, 27.71, 9.6]);
    expect(measure(root, 'lambda-max')).to.be.closeTo(4.031, 0.00005);
    expect(measure(root, 'ci')).to.be.closeTo(0.0103, 0.00005);
    expect(measure(root, 'cr')).to.be.closeTo(0.011, 0.0005);
    expect(changes.at(-1)!.derivation.computation).to.equal('sum-product');
    const table = root.querySelector<HTMLSelectElement>('select.ri-table')!;
    table.value = 'chinese';
    table.dispatchEvent(new Event('change'));
    await settle();
    expect(measure(root, 'ri')).to.equal(0.89);
    expect(changes.at(-1)!.derivation.riTable).to.equal('chinese');
  });

  it('an inconsistent matrix warns, names the judgment most worth revising, and applying the suggestion brings CR under 0.10', async () => {
    const derivation: WeightDerivation = { node: 'house', method: 'ahp', items: HOUSE_ITEMS.map((i) => i.id), matrix: HOUSE, computation: 'eigenvector', riTable: 'saaty' };
    const root = await mount(HOUSE_ITEMS, derivation);
    expect(changes).to.have.length(0); // a derivation set by the host is no user change
    expect(measure(root, 'cr')).to.be.closeTo(0.169, 0.0005);
    const warning = root.querySelector('.warning')!;
    expect(warning.querySelector('.inconsistent')!.textContent).to.contain('≥ 0.10');
    const suggestion = warning.querySelector('.suggestion')!.textContent!;
    expect(suggestion).to.contain('Neighbourhood compared with Condition');
    expect(suggestion).to.contain('“6 — strongly to very strongly more important”');
    expect(suggestion).to.contain('“1 — equal”');
    const expectedAfter = ahp(HOUSE).suggestions[0]!.crAfter;
    expect(suggestion).to.contain(expectedAfter.toFixed(4));
    expect(root.querySelector('td.suggested select')).to.equal(judgment(root, 2, 6));

    root.querySelector<HTMLButtonElement>('button.apply-suggestion')!.click();
    await settle();
    expect(shownLabel(judgment(root, 2, 6))).to.equal('1 — equal');
    expect(reciprocal(root, 6, 2)).to.equal('1');
    expect(measure(root, 'cr')).to.be.below(0.1);
    expect(root.querySelector('.warning')).to.equal(null);
    expect(root.querySelector('.status .consistent')).to.not.equal(null);
    expect(changes).to.have.length(1);
    expect(changes[0]!.derivation.node).to.equal('goal');
    expect(changes[0]!.derivation.matrix[2]![6]).to.equal(1);
    expect(changes[0]!.derivation.cr).to.be.below(0.1);
    // the focus lands on the revised judgment
    expect(el!.shadowRoot!.activeElement).to.equal(judgment(root, 2, 6));
  });

  it('keyboard: arrows move between judgments, +/− and PageUp/PageDown step along the scale, the menu keeps its value', async () => {
    const root = await mount(itemsOf(['A', 'B', 'C', 'D']));
    judgment(root, 0, 1).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle();
    expect(el!.shadowRoot!.activeElement).to.equal(judgment(root, 0, 2));
    expect(shownLabel(judgment(root, 0, 1))).to.equal('1 — equal'); // the arrow moved, it did not change the menu
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    expect(el!.shadowRoot!.activeElement).to.equal(judgment(root, 1, 2));
    await sendKeys({ press: 'ArrowDown' }); // (2, 2) is the diagonal: stays
    await settle();
    expect(el!.shadowRoot!.activeElement).to.equal(judgment(root, 1, 2));
    expect(shownLabel(judgment(root, 1, 2))).to.equal('1 — equal');
    await sendKeys({ press: 'End' });
    await settle();
    expect(el!.shadowRoot!.activeElement).to.equal(judgment(root, 1, 3));
    expect(judgment(root, 1, 3).tabIndex).to.equal(0);
    expect(judgment(root, 0, 1).tabIndex).to.equal(-1);

    await sendKeys({ press: '+' });
    await settle();
    expect(shownLabel(judgment(root, 1, 3))).to.equal('2 — equal to moderately more important');
    expect(reciprocal(root, 3, 1)).to.equal('1/2');
    await sendKeys({ press: 'PageUp' });
    await settle();
    expect(shownLabel(judgment(root, 1, 3))).to.equal('3 — moderately more important');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'PageDown' });
    await settle();
    expect(shownLabel(judgment(root, 1, 3))).to.equal('1/3 — moderately less important');
    expect(reciprocal(root, 3, 1)).to.equal('3');
    await sendKeys({ press: '-' });
    await settle();
    expect(shownLabel(judgment(root, 1, 3))).to.equal('1/4 — moderately to strongly less important');
    expect(changes.map((c) => c.derivation.matrix[1]![3])).to.deep.equal([2, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4]);
    expect(el!.shadowRoot!.activeElement).to.equal(judgment(root, 1, 3));
    // the ends of the scale stop stepping without firing
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'PageDown' });
    await settle();
    expect(shownLabel(judgment(root, 1, 3))).to.equal('1/9 — extremely less important');
    expect(changes).to.have.length(12);
  });

  it('Apply weights fires ahp-apply with the AHP derivation and percent weights summing to 100', async () => {
    const root = await mount(itemsOf(['A', 'B', 'C']));
    await enter(root, [['1/3', '1/5'], ['1/3']]);
    root.querySelector<HTMLSelectElement>('select.method')!.value = 'geometric-mean';
    root.querySelector<HTMLSelectElement>('select.method')!.dispatchEvent(new Event('change'));
    root.querySelector<HTMLSelectElement>('select.ri-table')!.value = 'chinese';
    root.querySelector<HTMLSelectElement>('select.ri-table')!.dispatchEvent(new Event('change'));
    await settle();
    root.querySelector<HTMLButtonElement>('button.apply')!.click();
    expect(applied).to.have.length(1);
    const { derivation, weights } = applied[0]!;
    // m.elefans.com example: 0.105, 0.258, 0.637 by 方根法, RI 0.52
    expect(weights).to.deep.equal({ c1: 10.47, c2: 25.83, c3: 63.7 });
    expect(Object.values(weights).reduce((s, w) => s + w, 0)).to.be.closeTo(100, 1e-9);
    const expected = ahp(derivation.matrix, { method: 'geometric-mean', riTable: 'chinese' });
    expect(derivation).to.deep.equal({
      node: 'goal', method: 'ahp', items: ['c1', 'c2', 'c3'],
      matrix: [[1, 1 / 3, 1 / 5], [3, 1, 1 / 3], [5, 3, 1]],
      computation: 'geometric-mean', riTable: 'chinese', lambdaMax: expected.lambdaMax, ci: expected.ci, cr: expected.cr,
    });
  });

  it('n = 1 and n = 2 have CR 0 and no warning; no children and more than 15 are refused with a message', async () => {
    let root = await mount(itemsOf(['Only']));
    expect(root.querySelectorAll('select.judgment')).to.have.length(0);
    expect(weightsShown(root)).to.deep.equal([100]);
    expect(measure(root, 'cr')).to.equal(0);
    expect(root.querySelector('.trivial')).to.not.equal(null);
    el!.remove();

    root = await mount(itemsOf(['A', 'B']));
    await choose(judgment(root, 0, 1), '9');
    expect(weightsShown(root)).to.deep.equal([90, 10]);
    expect(measure(root, 'cr')).to.equal(0);
    expect(root.querySelector('.warning')).to.equal(null);
    el!.remove();

    root = await mount([]);
    expect(root.querySelector('.empty')).to.not.equal(null);
    el!.remove();

    root = await mount(itemsOf(Array.from({ length: 16 }, (_, i) => `I${i + 1}`)));
    expect(root.querySelector('table.matrix')).to.equal(null);
    expect(root.querySelector('.too-many')!.textContent).to.contain('at most 15').and.to.contain('16');
  });

  it('keeps judgments by id when the host reorders the items, and reloads when it sets a new derivation', async () => {
    const items = itemsOf(['A', 'B', 'C']);
    const root = await mount(items);
    await choose(judgment(root, 0, 1), '5'); // A over B = 5
    el!.items = [items[1]!, items[0]!, items[2]!];
    await settle();
    expect(shownLabel(judgment(root, 0, 1))).to.equal('1/5 — strongly less important'); // B over A
    expect(changes).to.have.length(1);
    el!.derivation = undefined;
    el!.derivation = { node: 'goal', method: 'ahp', items: ['c1', 'c3'], matrix: [[1, 0.333333], [3.000003, 1]], computation: 'eigenvector', riTable: 'saaty' };
    await settle();
    expect(shownLabel(judgment(root, 1, 2))).to.equal('1/3 — moderately less important'); // A over C from the stored one
    expect(shownLabel(judgment(root, 0, 1))).to.equal('1 — equal'); // B, A were not compared in it
    expect(changes).to.have.length(1);
  });

  it('shows everything in Chinese after a locale switch', async () => {
    const root = await mount(TOURISM_ITEMS);
    await choose(judgment(root, 0, 1), '9');
    await choose(judgment(root, 0, 2), '1/9');
    await choose(judgment(root, 1, 2), '9');
    services.i18n.setLocale('zh-CN');
    await settle();
    const labels = [...judgment(root, 0, 1).options].map((o) => o.textContent!.trim());
    expect(labels.slice(0, 9)).to.deep.equal([
      '9 — 极端重要', '8 — 介于强烈重要与极端重要之间', '7 — 强烈重要', '6 — 介于明显重要与强烈重要之间', '5 — 明显重要',
      '4 — 介于稍微重要与明显重要之间', '3 — 稍微重要', '2 — 介于同等重要与稍微重要之间', '1 — 同等重要',
    ]);
    expect(judgment(root, 0, 1).getAttribute('aria-label')).to.equal('景色 相对于 费用');
    const methods = [...root.querySelectorAll('select.method option')].map((o) => o.textContent!.trim());
    expect(methods).to.deep.equal(['特征向量法（Saaty）', '和积法', '方根法']);
    expect(root.querySelector('.warning .inconsistent')!.textContent).to.contain('未通过一致性检验');
    expect(root.querySelector('.warning .suggestion')!.textContent).to.contain('最值得修改的判断');
    expect(root.querySelector('button.apply')!.textContent!.trim()).to.equal('应用权重');
    expect(root.querySelector('table.matrix caption')!.textContent).to.contain('对角线以下是其倒数');
  });
});
