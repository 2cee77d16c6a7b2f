// <sc-scorecard-what-if> against the real results controller, its real worker and a dataset in the
// workspace: duplicating, comparing, automatic re-comparison, movers, errors and Chinese.
import { expect } from 'chai';
import { compareEvaluations } from '../../../../src/core/scorecard/compare-evaluations.ts';
import { evaluate } from '../../../../src/core/scorecard/evaluate.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import type { WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import { ScorecardResultsController } from '../../../../plugins/scorecard/results/results-controller.ts';
import { ScorecardWhatIfElement } from '../../../../plugins/scorecard/what-if/what-if-view.ts';
import { WHAT_IF_DEBOUNCE_MS } from '../../../../plugins/scorecard/what-if/what-if-model.ts';
import whatIfEn from '../../../../plugins/scorecard/l10n/whatif.en.json';
import whatIfZh from '../../../../plugins/scorecard/l10n/whatif.zh-CN.json';
import { addDataset, apiOf, config, createServices, records, until } from '../results/results-test-helpers.ts';

const COUNT = 240;

/** How many records change grade from `before` to `after`, as evaluate() says in the page. */
function gradeChanges(before: ScorecardConfig, after: ScorecardConfig, rows: Array<Record<string, unknown>>): number {
  const a = evaluate(before, rows).records;
  const b = evaluate(after, rows).records;
  return a.filter((r, i) => r.grade !== b[i]!.grade).length;
}

/** Quality counts less and efficiency more (siblings still sum to 100). */
function reweighted(base: ScorecardConfig): ScorecardConfig {
  const c = structuredClone(base);
  const children = c.root.children;
  children.find((n) => n.id === 'quality')!.weight = 20;
  children.find((n) => n.id === 'efficiency')!.weight = 50;
  return c;
}

/** Grade B from 70 instead of 80. */
function easierB(base: ScorecardConfig): ScorecardConfig {
  const c = structuredClone(base);
  c.grades.bands.find((b) => b.id === 'B')!.min = 70;
  return c;
}

describe('<sc-scorecard-what-if>', () => {
  let services: WorkbenchServices;
  let controller: ScorecardResultsController;
  let datasetId: string;
  let docId: string;
  let rows: Array<Record<string, unknown>>;
  let view: ScorecardWhatIfElement;

  const shadow = () => view.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(selector: string) => shadow().querySelector<T>(selector);
  const emptyState = () => $('.body .empty')?.getAttribute('data-state');
  const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const select = () => $<HTMLSelectElement>('select.variant')!;

  async function putContent(id: string, next: (c: ScorecardConfig) => ScorecardConfig): Promise<void> {
    const doc = (await services.workspace.getDocument<ScorecardConfig>(id))!;
    await services.workspace.putDocument(id, next(doc.content), doc.revision);
  }

  async function duplicate(): Promise<string> {
    const created: string[] = [];
    const listener = (e: Event) => created.push((e as CustomEvent<{ id: string }>).detail.id);
    view.addEventListener('variant-created', listener);
    $<HTMLButtonElement>('button.duplicate')!.click();
    await until(() => created.length === 1);
    view.removeEventListener('variant-created', listener);
    await view.updateComplete;
    return created[0]!;
  }

  async function compared(): Promise<void> {
    await until(() => !view.busy && (view.comparison !== undefined || view.error !== undefined));
    await view.updateComplete;
  }

  async function mount(withResults = true): Promise<void> {
    view = new ScorecardWhatIfElement();
    view.services = services;
    view.controller = controller;
    view.docId = docId;
    view.config = config();
    document.body.append(view);
    if (withResults) {
      controller.update({ docId, config: config(), datasetId });
      await until(() => controller.state.status === 'done');
    }
    await view.updateComplete;
  }

  beforeEach(async () => {
    services = createServices();
    services.i18n.registerCatalog('en', whatIfEn);
    services.i18n.registerCatalog('zh-CN', whatIfZh);
    rows = records(COUNT);
    datasetId = await addDataset(services, rows);
    docId = (await services.workspace.createDocument<ScorecardConfig>('scorecard', 'Call centre', config())).id;
    controller = new ScorecardResultsController(apiOf(services));
  });

  afterEach(() => {
    view?.remove();
    controller.dispose();
    services.i18n.setLocale('en');
  });

  it('says what is missing: a dataset, results, a variant', async () => {
    await mount(false);
    expect(emptyState()).to.equal('noResults');
    expect($<HTMLButtonElement>('button.compare')!.disabled).to.equal(true);
    controller.update({ docId, config: config(), datasetId: undefined });
    await until(() => controller.state.status === 'no-dataset');
    await view.updateComplete;
    expect(emptyState()).to.equal('noDataset');
    expect(text('.body')).to.contain('Choose a dataset');
    controller.update({ docId, config: config(), datasetId });
    await until(() => controller.state.status === 'done');
    await view.updateComplete;
    expect(emptyState()).to.equal('noVariant');
    expect(text('.body')).to.contain('No variant yet');
    expect(select().disabled).to.equal(true);
  });

  it('duplicates the scorecard as a variant document with the copied content and suffixed names, and picks it', async () => {
    await mount();
    const id = await duplicate();
    const doc = (await services.workspace.getDocument<ScorecardConfig>(id))!;
    expect(doc.kind).to.equal('scorecard');
    expect(doc.name).to.equal('Call centre (variant)');
    const { id: newId, name, ...rest } = doc.content;
    const { id: oldId, name: _oldName, ...original } = config();
    expect(rest).to.deep.equal(original);
    expect(newId).to.be.a('string').and.not.equal(oldId);
    expect(name).to.deep.equal({ en: 'Call-centre agent monthly KPI (variant)', 'zh-CN': '呼叫中心坐席月度绩效考核（方案）' });
    expect(view.variantId).to.equal(id);
    await until(() => select().value === id);
    expect(select().querySelector(`optgroup option[value="${id}"]`)!.parentElement!.getAttribute('label')).to.equal('Variants of this scorecard');
    // The current scorecard is not offered as its own variant.
    expect(select().querySelector(`option[value="${docId}"]`)).to.equal(null);
    expect(emptyState()).to.equal('notCompared');
  });

  it('a Chinese name gets the Chinese suffix, and a name given once becomes bilingual', async () => {
    services.i18n.setLocale('zh-CN');
    await mount();
    view.config = { ...config(), name: '客服考核' };
    await view.updateComplete;
    const id = await duplicate();
    const doc = (await services.workspace.getDocument<ScorecardConfig>(id))!;
    expect(doc.name).to.equal('Call centre（方案）');
    expect(doc.content.name).to.deep.equal({ en: '客服考核 (variant)', 'zh-CN': '客服考核（方案）' });
  });

  it('the same configuration changes no grade', async () => {
    await mount();
    await duplicate();
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    const c = view.comparison!;
    expect(c.records).to.equal(COUNT);
    expect(c.gradeChanged).to.equal(0);
    expect(text('.records')).to.equal(String(COUNT));
    expect(text('.grade-changed')).to.match(/^0 \(0%\)/);
    // Everything on the diagonal, and no movers either way.
    const cells = [...shadow().querySelectorAll<HTMLElement>('.matrix td.cell')];
    expect(cells).to.have.length(c.grades.length ** 2);
    expect(cells.filter((td) => td.classList.contains('changed'))).to.have.length(0);
    const diagonal = cells.filter((td) => td.classList.contains('diag')).reduce((n, td) => n + Number(td.textContent), 0);
    expect(diagonal).to.equal(COUNT);
    expect(shadow().querySelectorAll('tr.mover')).to.have.length(0);
    expect(text('.movers.up')).to.contain('Nobody moves');
  });

  it('a changed weight in the variant: the expected grade changes, the matrix and the movers, compared again automatically', async () => {
    await mount();
    const id = await duplicate();
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    expect(view.comparison!.gradeChanged).to.equal(0);
    // Edited through the workspace (as its editor would save it): the view compares again by itself.
    await putContent(id, reweighted);
    const expected = gradeChanges(config(), reweighted(config()), rows);
    expect(expected).to.be.greaterThan(0);
    await until(() => view.comparison?.gradeChanged === expected);
    await view.updateComplete;
    expect(text('.grade-changed')).to.match(new RegExp(`^${expected} \\(`));
    // The matrix holds the same counts as comparing evaluate()'s results.
    const exact = compareEvaluations(evaluate(config(), rows), evaluate(reweighted(config()), rows), { grades: ['A', 'B', 'C', 'D'] });
    const matrix = exact.grades.map((_, r) => exact.grades.map((__, c) => Number($(`.matrix td[data-from="${r}"][data-to="${c}"]`)!.textContent)));
    expect(matrix).to.deep.equal(exact.gradeMatrix);
    const offDiagonal = [...shadow().querySelectorAll('.matrix td.changed')].reduce((n, td) => n + Number(td.textContent), 0);
    expect(offDiagonal).to.equal(expected);
    expect([...shadow().querySelectorAll('.matrix thead th')].map((th) => th.textContent!.trim()).slice(1, 5)).to.deep.equal(['Excellent', 'Good', 'Satisfactory', 'Unsatisfactory']);
    // Movers, each with total before → after and its signed change.
    const movers = [...shadow().querySelectorAll<HTMLElement>('tr.mover')];
    expect(movers.length).to.be.greaterThan(0);
    const first = exact.largestTotalMovers[0]!;
    const row = $(`tr.mover[data-index="${first.index}"]`)!;
    expect(row.querySelector('.subject')!.textContent).to.contain(first.id);
    expect(row.querySelector('.total')!.textContent).to.contain('→').and.contain(first.deltaTotal! > 0 ? '+' : '-');
    expect(text('.largest-total')).to.equal(new Intl.NumberFormat('en', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(first.deltaTotal!));
  });

  it('a grade band moved in the variant: the expected number of grade changes, all of them upwards', async () => {
    await mount();
    const id = await duplicate();
    await putContent(id, easierB);
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    const expected = gradeChanges(config(), easierB(config()), rows);
    expect(expected).to.be.greaterThan(0);
    expect(view.comparison!.gradeChanged).to.equal(expected);
    expect(view.comparison!.gradeUp).to.equal(expected);
    // C → B only: row C (2), column B (1).
    expect(Number(text('.matrix td[data-from="2"][data-to="1"]'))).to.equal(expected);
    expect($('.matrix td[data-from="2"][data-to="1"]')!.classList.contains('up')).to.equal(true);
    // Totals do not change with a grade band, so neither do ranks: no movers.
    expect(view.comparison!.totalChanged).to.equal(0);
  });

  it('compares again when the current scorecard changes', async () => {
    await mount();
    await duplicate();
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    expect(view.comparison!.gradeChanged).to.equal(0);
    // The editor sends the edit to the controller and the view; the variant stays the original.
    controller.update({ docId, config: easierB(config()), datasetId });
    view.config = easierB(config());
    const expected = gradeChanges(easierB(config()), config(), rows);
    await until(() => view.comparison?.gradeChanged === expected);
    expect(view.comparison!.gradeDown).to.equal(expected);
  });

  it('waits for a pause in edits before comparing again', async () => {
    await mount();
    const id = await duplicate();
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    const first = view.comparison;
    await putContent(id, reweighted);
    await new Promise((r) => setTimeout(r, WHAT_IF_DEBOUNCE_MS / 3));
    expect(view.comparison).to.equal(first);
    await until(() => view.comparison !== first);
  });

  it('lists the movers up and down by total or by rank; clicking one fires sc-record-select with its record index', async () => {
    await mount();
    const id = await duplicate();
    await putContent(id, reweighted);
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    const c = view.comparison!;
    const shown = (kind: string) => [...shadow().querySelectorAll(`.movers.${kind} tr.mover`)].map((tr) => Number(tr.getAttribute('data-index')));
    // By total (the default): this variant raises every total it changes.
    expect(shown('up')).to.deep.equal(c.largestTotalMovers.filter((m) => m.deltaTotal! > 0).map((m) => m.index));
    expect(shown('down')).to.deep.equal(c.largestTotalMovers.filter((m) => m.deltaTotal! < 0).map((m) => m.index));
    // By rank: some fall behind others who gained more.
    $<HTMLButtonElement>('.movers-by button.rank')!.click();
    await view.updateComplete;
    expect($('.movers-by button.rank')!.getAttribute('aria-checked')).to.equal('true');
    expect(shown('up')).to.deep.equal(c.largestRankMovers.filter((m) => m.deltaRank! < 0).map((m) => m.index));
    expect(shown('down')).to.deep.equal(c.largestRankMovers.filter((m) => m.deltaRank! > 0).map((m) => m.index));
    expect(shown('down').length).to.be.greaterThan(0);
    const first = c.largestRankMovers.find((m) => m.deltaRank! > 0)!;
    const row = $(`.movers.down tr.mover[data-index="${first.index}"]`)!;
    expect(text(`.movers.down tr.mover[data-index="${first.index}"] .rank`)).to.equal(`${first.rankBefore} → ${first.rankAfter} ▼${first.deltaRank}`);
    const picked: number[] = [];
    document.body.addEventListener('sc-record-select', (e) => picked.push((e as CustomEvent<{ index: number }>).detail.index), { once: true });
    row.click();
    expect(picked).to.deep.equal([first.index]);
    // The keyboard does the same.
    const fired: number[] = [];
    view.addEventListener('sc-record-select', (e) => fired.push((e as CustomEvent<{ index: number }>).detail.index));
    const up = $('.movers.up tr.mover')!;
    up.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(fired).to.deep.equal([Number(up.getAttribute('data-index'))]);
  });

  it('an invalid variant shows the error without crashing, and fixing it compares again', async () => {
    await mount();
    const id = await duplicate();
    await putContent(id, (c) => ({ ...c, grades: { bands: [] } }));
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    expect(view.comparison).to.equal(undefined);
    expect(text('[role=alert]')).to.equal('Comparison failed: The variant has errors and cannot be compared.');
    expect($<HTMLButtonElement>('button.compare')!.disabled).to.equal(false);
    await putContent(id, () => reweighted(config()));
    await until(() => view.comparison !== undefined);
    await view.updateComplete;
    expect($('[role=alert]')).to.equal(null);
    expect(view.comparison!.gradeChanged).to.equal(gradeChanges(config(), reweighted(config()), rows));
  });

  it('a deleted variant is no longer picked', async () => {
    await mount();
    const id = await duplicate();
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    await services.workspace.deleteDocument(id);
    await until(() => view.variantId === undefined);
    await until(() => emptyState() === 'noVariant');
    expect(view.comparison).to.equal(undefined);
  });

  it('remembers the variant made for this scorecard, and lists the other scorecards too', async () => {
    const other = (await services.workspace.createDocument<ScorecardConfig>('scorecard', 'Another', config())).id;
    await mount();
    expect(view.variantId).to.equal(undefined);
    expect(emptyState()).to.equal('noVariant');
    expect(select().disabled).to.equal(false);
    const id = await duplicate();
    view.remove();
    await mount();
    await until(() => view.variantId === id);
    await view.updateComplete;
    expect([...select().querySelectorAll('optgroup')].map((g) => [...g.querySelectorAll('option')].map((o) => o.value))).to.deep.equal([[id], [other]]);
    // "None" asks to pick one of the variants; picking another scorecard compares with it.
    select().value = '';
    select().dispatchEvent(new Event('change'));
    await view.updateComplete;
    expect(view.variantId).to.equal(undefined);
    expect(emptyState()).to.equal('pickVariant');
    select().value = other;
    select().dispatchEvent(new Event('change'));
    await view.updateComplete;
    expect(view.variantId).to.equal(other);
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    expect(view.comparison!.gradeChanged).to.equal(0);
    expect(text('.title')).to.contain('Another');
  });

  it('fires variant-open for the picked variant', async () => {
    await mount();
    const id = await duplicate();
    const opened: string[] = [];
    view.addEventListener('variant-open', (e) => opened.push((e as CustomEvent<{ id: string }>).detail.id));
    $<HTMLButtonElement>('button.open')!.click();
    expect(opened).to.deep.equal([id]);
  });

  it('speaks Chinese', async () => {
    await mount();
    const id = await duplicate();
    await putContent(id, reweighted);
    $<HTMLButtonElement>('button.compare')!.click();
    await compared();
    services.i18n.setLocale('zh-CN');
    await view.updateComplete;
    expect(text('button.duplicate')).to.equal('复制为对比方案');
    expect(text('button.compare')).to.equal('对比');
    expect([...shadow().querySelectorAll('.matrix thead th')].map((th) => th.textContent!.trim()).slice(1, 5)).to.deep.equal(['优秀', '良好', '合格', '不合格']);
    expect(text('.matrix caption')).to.equal('等级变化（行：当前等级，列：对比方案下的等级）');
    expect(text('.summary')).to.contain('等级变化人数').and.contain('参与对比的记录');
    expect(text('.movers.up h4')).to.equal('上升最多');
    expect(text('.movers.down h4')).to.equal('下降最多');
    expect(text('.movers-by button.rank')).to.equal('排名');
    expect([...shadow().querySelectorAll('.movers.up th')].map((th) => th.textContent!.trim())).to.deep.equal(['考核对象', '总分', '排名', '等级']);
  });
});
