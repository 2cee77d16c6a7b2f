import { expect } from 'chai';
import { MemoryStorageService } from '../../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import { criticWeights } from '../../../../src/core/weighting/critic-weights.ts';
import { entropyWeights } from '../../../../src/core/weighting/entropy-weights.ts';
import type { CriterionDirection } from '../../../../src/core/weighting/decision-matrix.ts';
import { toPercentWeights } from '../../../../src/core/scorecard/derive-weights.ts';
import en from '../../../../plugins/scorecard/l10n/weights.en.json';
import zh from '../../../../plugins/scorecard/l10n/weights.zh-CN.json';
import { DataWeightsElement, type DataWeightsApplyDetail } from '../../../../plugins/scorecard/weights/data-weights.ts';
import type { DataWeightItem, IndicatorDirection } from '../../../../plugins/scorecard/weights/data-weights-model.ts';

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

/**
 * Tuş & Aytaç Adalı (2019), time-and-attendance software selection: the CRITIC example the core's
 * tests reproduce (weights 0.157, 0.249, 0.168, 0.121, 0.154, 0.151 with every criterion read as
 * "higher is better"). Two more records have a missing value and must be skipped.
 */
const SOFTWARE = [
  [5000, 3, 3, 4, 3, 2],
  [680, 5, 3, 2, 2, 1],
  [2000, 3, 2, 3, 4, 3],
  [600, 4, 3, 1, 2, 2],
  [800, 2, 4, 3, 3, 4],
];
const NAMES = ['Price', 'Storage', 'Controller', 'Functionality', 'Mobility', 'Support'];
const WITH_MISSING = [...SOFTWARE, [900, Number.NaN, 3, 3, 3, 3], [700, 3, 3, 3, 3, Number.NaN]];

function columns(rows: readonly (readonly number[])[], names: readonly string[] = NAMES, typed = true): DataWeightItem[] {
  return names.map((name, j) => {
    const values = rows.map((row) => row[j] ?? Number.NaN);
    return { id: `i${j + 1}`, name: { en: name, 'zh-CN': `指标${j + 1}` }, values: typed ? Float64Array.from(values) : values };
  });
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('sc-data-weights', () => {
  let el: DataWeightsElement | undefined;
  let services: WorkbenchServices;
  let applied: DataWeightsApplyDetail[];
  afterEach(() => {
    el?.remove();
    el = undefined;
  });

  async function mount(items: DataWeightItem[], direction: Record<string, IndicatorDirection> = {}): Promise<ShadowRoot> {
    services = createServices();
    applied = [];
    el = new DataWeightsElement();
    el.services = services;
    el.node = 'dim';
    el.datasetId = 'agents-2026';
    el.items = items;
    el.direction = direction;
    el.addEventListener('data-weights-apply', (e) => applied.push((e as CustomEvent<DataWeightsApplyDetail>).detail));
    document.body.append(el);
    await tick();
    await el.updateComplete;
    return el.shadowRoot!;
  }

  const shown = (root: ShadowRoot, method: 'entropy' | 'critic') =>
    [...root.querySelectorAll(`td.weight.${method} .number`)].map((s) => Number.parseFloat(s.textContent!));

  it('shows entropy and CRITIC side by side, equal to the core functions, CRITIC matching the published weights', async () => {
    const root = await mount(columns(WITH_MISSING));
    expect(root.querySelector('.records')!.textContent).to.equal('5 records used; 2 skipped for missing values.');
    const benefit: CriterionDirection[] = NAMES.map(() => 'benefit');
    expect(shown(root, 'entropy')).to.deep.equal(toPercentWeights(entropyWeights(SOFTWARE, benefit).weights));
    expect(shown(root, 'critic')).to.deep.equal(toPercentWeights(criticWeights(SOFTWARE, benefit).weights));
    [15.7, 24.9, 16.8, 12.1, 15.4, 15.1].forEach((w, j) => expect(shown(root, 'critic')[j]).to.be.closeTo(w, 0.05));
    expect([...root.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent)).to.deep.equal(NAMES);
    expect(root.querySelector('table.data-weights caption')).to.not.equal(null);
    expect(root.querySelector('ul.methods .entropy')!.textContent).to.contain('differ most between records');
    expect(root.querySelector('ul.methods .critic')!.textContent).to.contain('agree little with the others');
    expect(root.querySelector('.message')).to.equal(null);
  });

  it('reads "lower is better" indicators as costs, and plain arrays as well as typed ones', async () => {
    const root = await mount(columns(SOFTWARE, NAMES, false), { i1: 'lower' });
    const directions: CriterionDirection[] = ['cost', ...NAMES.slice(1).map((): CriterionDirection => 'benefit')];
    expect(shown(root, 'critic')).to.deep.equal(toPercentWeights(criticWeights(SOFTWARE, directions).weights));
    expect(shown(root, 'entropy')).to.deep.equal(toPercentWeights(entropyWeights(SOFTWARE, directions).weights));
    expect(root.querySelector('tr[data-item="0"] td.direction')!.textContent).to.equal('lower');
    expect(root.querySelector('.records')!.textContent).to.equal('5 records used.');
  });

  it('the Apply buttons fire data-weights-apply with the method, percent weights and the derivation', async () => {
    const root = await mount(columns(WITH_MISSING));
    root.querySelector<HTMLButtonElement>('button.apply-critic')!.click();
    root.querySelector<HTMLButtonElement>('button.apply-entropy')!.click();
    expect(applied.map((a) => a.method)).to.deep.equal(['critic', 'entropy']);
    const benefit: CriterionDirection[] = NAMES.map(() => 'benefit');
    const critic = criticWeights(SOFTWARE, benefit).weights;
    const percent = toPercentWeights(critic);
    expect(applied[0]!.weights).to.deep.equal(Object.fromEntries(percent.map((w, j) => [`i${j + 1}`, w])));
    expect(Object.values(applied[0]!.weights).reduce((s, w) => s + w, 0)).to.be.closeTo(100, 1e-9);
    expect(applied[0]!.derivation).to.deep.equal({
      node: 'dim', method: 'critic', items: ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'], weights: critic, records: 5, dataset: 'agents-2026',
    });
    expect(applied[1]!.derivation.method).to.equal('entropy');
    expect(applied[1]!.derivation.weights).to.deep.equal(entropyWeights(SOFTWARE, benefit).weights);
  });

  it('names constant columns (weight 0) and refuses when nothing varies or too few records are complete', async () => {
    const rows = SOFTWARE.map((row) => [row[0]!, row[1]!, 7]);
    let root = await mount(columns(rows, ['Price', 'Storage', 'Fixed']));
    expect(root.querySelector('.message.constant')!.textContent).to.contain('weight 0: Fixed.');
    expect(shown(root, 'entropy')[2]).to.equal(0);
    expect(shown(root, 'critic')[2]).to.equal(0);
    expect(root.querySelector<HTMLButtonElement>('button.apply-entropy')!.disabled).to.equal(false);
    el!.remove();

    root = await mount(columns([[1, 2], [1, 2], [1, 2]], ['A', 'B']));
    expect(root.querySelector('.message.all-constant')!.textContent).to.contain('no weights to apply');
    expect(root.querySelector<HTMLButtonElement>('button.apply-entropy')!.disabled).to.equal(true);
    expect(root.querySelector<HTMLButtonElement>('button.apply-critic')!.disabled).to.equal(true);
    el!.remove();

    root = await mount(columns([[1, 2], [3, Number.NaN], [Number.NaN, 4]], ['A', 'B']));
    expect(root.querySelector('.message.too-few')!.textContent).to.contain('at least 2 complete records; there are 1 (2 skipped');
    expect(root.querySelector('table')).to.equal(null);
    expect(root.querySelector('button')).to.equal(null);
    el!.remove();

    root = await mount([]);
    expect(root.querySelector('.empty')).to.not.equal(null);
  });

  it('shows everything in Chinese after a locale switch', async () => {
    const rows = SOFTWARE.map((row) => [row[0]!, row[1]!, 7]);
    const root = await mount([...columns([...rows, [1, Number.NaN, 7]], ['Price', 'Storage', 'Fixed'])], { i1: 'lower' });
    services.i18n.setLocale('zh-CN');
    await el!.updateComplete;
    expect(root.querySelector('.records')!.textContent).to.equal('使用 5 条记录；1 条因缺失值被跳过。');
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['指标', '方向', '熵权法', 'CRITIC 法']);
    expect(root.querySelector('tr[data-item="0"] td.direction')!.textContent).to.equal('越小越好');
    expect(root.querySelector('tr[data-item="1"] td.direction')!.textContent).to.equal('越大越好');
    expect(root.querySelector('tbody th')!.textContent).to.equal('指标1');
    expect(root.querySelector('.message.constant')!.textContent).to.contain('权重为 0：指标3');
    expect(root.querySelector('button.apply-entropy')!.textContent!.trim()).to.equal('应用熵权法权重');
    expect(root.querySelector('ul.methods .critic')!.textContent).to.contain('相关性低');
  });
});
