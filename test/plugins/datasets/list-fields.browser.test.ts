// List fields in the datasets plugin's elements, in Chromium: the grid shows, sorts, filters and
// edits list cells; the import editor proposes a list type for JSON arrays; the generator makes lists.
import { expect } from 'chai';
import { convertCell } from '../../../src/core/data/convert-cell.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { preview } from '../../../src/platform/data-import/index.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import en from '../../../plugins/datasets/l10n/en.json';
import zh from '../../../plugins/datasets/l10n/zh-CN.json';
import { DataGridElement, type GridCellEditDetail } from '../../../plugins/datasets/grid/data-grid.ts';
import { MemoryDataSource } from '../../../plugins/datasets/grid/memory-data-source.ts';
import type { CellsToFix, DatasetRepository, DatasetSummary } from '../../../plugins/datasets/dataset-repository.ts';
import { DatasetGeneratorEditorElement } from '../../../plugins/datasets/generator-editor.ts';
import type { ImportBackend, ImportJob, ImportPreview, ImportPreviewOptions, ImportRequest } from '../../../plugins/datasets/import-backend.ts';
import { DatasetImportEditorElement } from '../../../plugins/datasets/import-editor.ts';
import { Emitter } from '../../../src/base/event.ts';
import { ignoreVirtualizerResizeNotices } from '../../helpers/virtualizer-notices.ts';

ignoreVirtualizerResizeNotices();

before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/src/workbench/theme/theme.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const tick = () => new Promise((r) => setTimeout(r, 0));

async function waitFor(check: () => boolean, what = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const signIns: FieldDef = { key: 'signIns', type: 'list', items: 'time', label: { en: 'Sign-ins', 'zh-CN': '签到' } };
const FIELDS: FieldDef[] = [{ key: 'id', type: 'string' }, signIns];
const MONTH = Array.from({ length: 21 }, (_, i) => `08:${String(10 + i).padStart(2, '0')}`);

describe('data grid: list cells', () => {
  async function mount() {
    const services = createServices();
    const source = new MemoryDataSource(FIELDS, [
      { id: 'A1', signIns: ['08:12', '08:41'] },
      { id: 'A2', signIns: MONTH },
      { id: 'A3', signIns: [] },
      { id: 'A4', signIns: null },
    ]);
    const box = document.createElement('div');
    box.style.cssText = 'width: 900px; height: 400px; display: flex; flex-direction: column;';
    const grid = new DataGridElement();
    grid.services = services;
    grid.dataSource = source;
    box.append(grid);
    document.body.append(box);
    cleanups.push(() => {
      box.remove();
      source.dispose();
      services.theme.set('light');
      document.documentElement.removeAttribute('data-theme');
    });
    await grid.updateComplete;
    const root = grid.shadowRoot!;
    await waitFor(() => root.querySelectorAll('.body [role="row"]').length === 4, 'the rows');
    return { grid, source, services, root, table: root.querySelector<HTMLElement>('.grid')! };
  }

  const cell = (root: ShadowRoot, row: number) => root.querySelector<HTMLElement>(`.body [role="row"][data-row="${row}"] [role="gridcell"][data-col="1"]`)!;
  const text = (root: ShadowRoot, row: number) => cell(root, row).textContent!.trim();
  const editor = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('.cell.editing .editor');
  async function settle(grid: DataGridElement): Promise<void> {
    await grid.updateComplete;
    await nextFrame();
    await grid.updateComplete;
  }
  async function typeInto(grid: DataGridElement, value: string): Promise<HTMLInputElement> {
    const input = editor(grid.shadowRoot!)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(grid);
    return input;
  }

  it('shows items joined with commas, long lists cut with the rest in the tooltip, empty and missing lists apart', async () => {
    const { root } = await mount();
    expect(text(root, 0)).to.equal('08:12, 08:41');
    expect(cell(root, 0).title).to.equal('08:12, 08:41');
    expect(text(root, 1)).to.match(/^08:10, 08:11, .*, … \(\+\d+\)$/);
    expect(cell(root, 1).title).to.equal(MONTH.join(', '));
    expect(text(root, 2)).to.equal('(no items)');
    expect(cell(root, 3).querySelector('.missing')!.textContent).to.equal('(empty)');
  });

  it('names the type in the column header, in both languages and themes', async () => {
    const { grid, root, services } = await mount();
    const header = () => root.querySelector('.headers [data-key="signIns"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(header()).to.equal('Sign-ins list of time');
    const type = root.querySelector<HTMLElement>('.headers [data-key="signIns"] .type')!;
    const light = getComputedStyle(type).color;
    services.theme.set('dark');
    await settle(grid);
    expect(getComputedStyle(type).color).to.not.equal(light);
    services.i18n.setLocale('zh-CN');
    await settle(grid);
    expect(header()).to.equal('签到 时间列表');
    expect(text(root, 2)).to.equal('（空列表）');
    services.i18n.setLocale('en');
  });

  it('sorts by the number of items, missing lists last', async () => {
    const { grid, root } = await mount();
    root.querySelector<HTMLButtonElement>('.headers [data-key="signIns"] button.sort')!.click();
    await settle(grid);
    expect(grid.viewRowIds).to.deep.equal([3, 1, 2, 4]);
    root.querySelector<HTMLButtonElement>('.headers [data-key="signIns"] button.sort')!.click();
    await settle(grid);
    expect(grid.viewRowIds).to.deep.equal([2, 1, 3, 4]);
  });

  it('filters on an item or on the number of items', async () => {
    const { grid, root } = await mount();
    const input = root.querySelector<HTMLInputElement>('.filters [data-key="signIns"] input')!;
    expect(input.placeholder).to.equal('e.g. < 09:30 · count: # > 3');
    const filter = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(grid);
      return grid.viewRowIds;
    };
    expect(await filter('> 08:30')).to.deep.equal([1]);
    expect(await filter('08:25')).to.deep.equal([2]);
    expect(await filter('# > 3')).to.deep.equal([2]);
    expect(await filter('#0')).to.deep.equal([3]);
    expect(await filter('is empty')).to.deep.equal([4]);
    expect(await filter('> 8:6x')).to.deep.equal([1, 2, 3, 4]);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('edits a list as "08:12, 08:41" text, storing the parsed items', async () => {
    const { grid, root, table, source } = await mount();
    const edits: GridCellEditDetail[] = [];
    grid.addEventListener('grid-cell-edit', (e) => edits.push(e.detail));
    grid.selectCell(1, 'signIns');
    table.focus();
    press(table, 'Enter');
    await settle(grid);
    const input = editor(root)!;
    expect([input.type, input.value]).to.deep.equal(['text', '08:12, 08:41']);
    await typeInto(grid, '08:12, 8:41；09:05');
    press(input, 'Enter');
    await settle(grid);
    expect(source.getValue(1, 'signIns')).to.deep.equal(['08:12', '08:41', '09:05']);
    expect(edits).to.deep.equal([{ rowId: 1, key: 'signIns', value: ['08:12', '08:41', '09:05'], previous: ['08:12', '08:41'] }]);
    expect(text(root, 0)).to.equal('08:12, 08:41, 09:05');

    // Typing into the empty list replaces it; the same items again store nothing.
    grid.selectCell(3, 'signIns');
    table.focus();
    press(table, '0');
    await settle(grid);
    await typeInto(grid, '07:59');
    press(editor(root)!, 'Enter');
    await settle(grid);
    expect(source.getValue(3, 'signIns')).to.deep.equal(['07:59']);
    grid.selectCell(3, 'signIns');
    press(table, 'Enter');
    await settle(grid);
    press(editor(root)!, 'Enter');
    await settle(grid);
    expect(edits).to.have.length(2);
  });

  it('rejects a bad item with the converter\'s message, keeps the text, and Escape cancels', async () => {
    const { grid, root, table, source } = await mount();
    grid.selectCell(1, 'signIns');
    table.focus();
    press(table, 'F2');
    await settle(grid);
    const input = await typeInto(grid, '08:12, 8:6x');
    press(input, 'Enter');
    await settle(grid);
    const conversion = convertCell('08:12, 8:6x', signIns);
    if (conversion.ok) throw new Error('8:6x is not a time');
    expect(editor(root)).to.equal(input);
    expect(input.value).to.equal('08:12, 8:6x');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('.cell.editing [role="alert"]')!.textContent).to.equal(conversion.message.en);
    expect(conversion.message.en).to.contain('"8:6x" (item 2 of the list)');
    expect(source.getValue(1, 'signIns')).to.deep.equal(['08:12', '08:41']);
    press(input, 'Escape');
    await settle(grid);
    expect(editor(root)).to.equal(null);
    expect(source.getValue(1, 'signIns')).to.deep.equal(['08:12', '08:41']);
    expect(text(root, 0)).to.equal('08:12, 08:41');
  });
});

describe('import editor: JSON arrays', () => {
  /** A backend whose preview is the import pipeline's own, over the real file. */
  class PipelineBackend implements ImportBackend {
    starts: ImportRequest[] = [];
    async preview(file: Blob & { name?: string }, options: ImportPreviewOptions = {}): Promise<ImportPreview> {
      return preview(file, { ...options, ...(file.name ? { fileName: file.name } : {}) });
    }
    start(_file: Blob, request: ImportRequest): ImportJob {
      this.starts.push(request);
      return { onProgress: () => {}, done: new Promise(() => {}), cancel: () => {} };
    }
  }

  it('proposes a list of times for arrays of clock times and shows their items', async () => {
    const services = createServices();
    const backend = new PipelineBackend();
    const el = new DatasetImportEditorElement();
    el.services = services;
    el.backend = backend;
    el.file = new File(['[{"agent": "A1", "signIns": ["08:12", "08:41"], "scores": [90, 85.5]},\n {"agent": "A2", "signIns": [], "scores": [70]}]'], 'month.json', { type: 'application/json' });
    document.body.append(el);
    cleanups.push(() => el.remove());
    await waitFor(() => el.phase === 'ready', 'the preview');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('select[aria-label="Type of signIns"]')!;
    expect(select.value).to.equal('list:time');
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('List of times');
    expect(root.querySelector<HTMLSelectElement>('select[aria-label="Type of scores"]')!.value).to.equal('list:number');
    // Lists sit in their own group of options, one select for the type and the item type.
    expect(select.querySelector('optgroup')!.label).to.equal('Lists');
    expect([...select.querySelectorAll('optgroup option')].map((o) => (o as HTMLOptionElement).value)).to.include.members(['list:date', 'list:string']);
    const rows = [...root.querySelectorAll('table.preview tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows).to.deep.equal([['A1', '08:12, 08:41', '90, 85.5'], ['A2', '[]', '70']]);

    // Another item type is one keyboard choice away, and the import asks for it.
    select.value = 'list:string';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Import')!.click();
    await tick();
    expect(backend.starts[0]!.fields).to.deep.equal([
      { key: 'agent', type: 'string' },
      { key: 'signIns', type: 'list', items: 'string' },
      { key: 'scores', type: 'list', items: 'number' },
    ]);
  });
});

describe('generator editor: list fields', () => {
  class MemoryRepository implements DatasetRepository {
    private readonly changes = new Emitter<{ datasetId: string; origin: 'local' | 'remote' }>();
    readonly onDidChange = this.changes.event;
    created: { name: string; fields: FieldDef[]; records: Record<string, unknown>[] }[] = [];
    async list(): Promise<DatasetSummary[]> { return []; }
    async fields(): Promise<FieldDef[]> { return []; }
    async cellsToFix(): Promise<CellsToFix> { return { cells: [], omitted: 0 }; }
    async dismissCellsToFix(): Promise<void> {}
    async loadAll() { return []; }
    async updateRecord(): Promise<void> {}
    async addRecords(): Promise<number[]> { return []; }
    async deleteRecords(): Promise<void> {}
    async rename(): Promise<void> {}
    async remove(): Promise<void> {}
    async createFromRecords(name: string, fields: FieldDef[], records: Record<string, unknown>[]): Promise<string> {
      this.created.push({ name, fields, records });
      return `ds-${this.created.length}`;
    }
  }

  async function mount(fields?: FieldDef[]) {
    const repository = new MemoryRepository();
    const el = new DatasetGeneratorEditorElement();
    el.services = createServices();
    el.repository = repository;
    if (fields) el.useFields(fields);
    document.body.append(el);
    cleanups.push(() => el.remove());
    for (let i = 0; i < 3; i++) {
      await tick();
      await el.updateComplete;
    }
    return { el, root: el.shadowRoot!, repository };
  }

  const fieldRow = (root: ShadowRoot, key: string) => [...root.querySelectorAll('table.fields tbody tr')].find((tr) => tr.querySelector<HTMLInputElement>('input[type=text]')!.value === key)!;
  const labelled = (row: Element, label: string) => [...row.querySelectorAll('label')].find((l) => l.textContent!.trim() === label)!.querySelector('input')!;
  const previewColumn = (root: ShadowRoot, col: number) => [...root.querySelectorAll('table.preview tbody tr')].map((tr) => tr.querySelectorAll('td')[col]!);

  it('starts a policy\'s list of times (datasets.generate) as a month of check-ins around 08:20', async () => {
    const { el, root, repository } = await mount([{ key: 'agentId', type: 'string' }, { key: 'signIns', type: 'list', items: 'time' }]);
    const row = fieldRow(root, 'signIns');
    expect(row.querySelector<HTMLSelectElement>('select[aria-label="Type of signIns"]')!.value).to.equal('list:time');
    const items = row.querySelector<HTMLSelectElement>('select[aria-label="Distribution of the items of signIns"]')!;
    expect(items.selectedOptions[0]!.textContent!.trim()).to.equal('Each item: Time range');
    expect(['fewest items', 'most items', 'from', 'to', 'mean', 'sd (minutes)'].map((l) => labelled(row, l).value)).to.deep.equal(['20', '22', '07:30', '09:30', '08:20', '8']);
    for (const td of previewColumn(root, 1)) {
      expect(td.textContent!.trim()).to.match(/^\d\d:\d\d, .*… \(\+\d+\)$/);
      expect(td.title.split(', ').length).to.be.within(20, 22);
    }
    await el.generate();
    const [created] = repository.created;
    expect(created!.fields[1]).to.deep.equal({ key: 'signIns', type: 'list', items: 'time' });
    const lists = created!.records.map((r) => r.signIns).filter((v) => v !== null) as string[][];
    expect(lists.length).to.be.greaterThan(950);
    expect(lists.every((l) => Array.isArray(l) && l.every((t) => t >= '07:30' && t <= '09:30'))).to.equal(true);
  });

  it('adds a list field from the type select and follows its length and item parameters', async () => {
    const { el, root } = await mount();
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Add Field')!.click();
    await el.updateComplete;
    const type = root.querySelector<HTMLSelectElement>('select[aria-label="Type of field7"]')!;
    type.value = 'list:integer';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const set = async (label: string, value: string) => {
      const input = labelled(fieldRow(root, 'field7'), label);
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      return input;
    };
    await set('fewest items', '2');
    await set('most items', '3');
    // Integer items start as counts (Poisson); a uniform 1..1 makes every item 1.
    const items = fieldRow(root, 'field7').querySelector<HTMLSelectElement>('select[aria-label="Distribution of the items of field7"]')!;
    expect(items.value).to.equal('poisson');
    items.value = 'uniform';
    items.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await set('min', '1');
    await set('max', '1');
    for (const td of previewColumn(root, 6)) expect(td.textContent!.trim()).to.be.oneOf(['1, 1', '1, 1, 1']);
    const bad = await set('most items', '1.5');
    expect(bad.classList.contains('invalid')).to.equal(true);
    // most < fewest is the generator's to refuse, in the preview.
    await set('most items', '1');
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('length.max');
  });
});
