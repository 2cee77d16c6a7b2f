import { expect } from 'chai';
import { Emitter } from '../../../src/base/event.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import en from '../../../plugins/datasets/l10n/en.json';
import zh from '../../../plugins/datasets/l10n/zh-CN.json';
import type { CellsToFix, DatasetChange, DatasetRepository, DatasetSummary } from '../../../plugins/datasets/dataset-repository.ts';
import { DatasetsViewElement } from '../../../plugins/datasets/datasets-view.ts';

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

class MemoryRepository implements DatasetRepository {
  private readonly changes = new Emitter<DatasetChange>();
  readonly onDidChange = this.changes.event;
  renames: [string, string][] = [];
  removals: string[] = [];
  constructor(public datasets: DatasetSummary[]) {}
  async list(): Promise<DatasetSummary[]> { return this.datasets.map((d) => ({ ...d })); }
  async fields(): Promise<FieldDef[]> { return []; }
  async cellsToFix(): Promise<CellsToFix> { return { cells: [], omitted: 0 }; }
  async dismissCellsToFix(): Promise<void> {}
  async loadAll() { return []; }
  async updateRecord(): Promise<void> {}
  async addRecords(): Promise<number[]> { return []; }
  async deleteRecords(): Promise<void> {}
  async rename(id: string, name: string): Promise<void> {
    this.renames.push([id, name]);
    this.datasets = this.datasets.map((d) => (d.id === id ? { ...d, name, updatedAt: Date.now() } : d));
    this.changes.fire({ datasetId: id, origin: 'local' });
  }
  async remove(id: string): Promise<void> {
    this.removals.push(id);
    this.datasets = this.datasets.filter((d) => d.id !== id);
    this.changes.fire({ datasetId: id, origin: 'local' });
  }
  async createFromRecords(): Promise<string> { throw new Error('not used'); }
  /** A change made elsewhere (another tab). */
  add(summary: DatasetSummary): void {
    this.datasets = [...this.datasets, summary];
    this.changes.fire({ datasetId: summary.id, origin: 'remote' });
  }
}

const DATASETS: DatasetSummary[] = [
  { id: 'old', name: 'January', rowCount: 1200, fieldCount: 3, updatedAt: 1000 },
  { id: 'new', name: 'March', rowCount: 5, fieldCount: 1, updatedAt: 3000 },
  { id: 'mid', name: 'February', rowCount: 0, fieldCount: 12, updatedAt: 2000 },
];

const tick = () => new Promise((r) => setTimeout(r, 0));

async function settle(el: DatasetsViewElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await tick();
    await el.updateComplete;
  }
}

async function waitFor(check: () => boolean, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('datasets view', () => {
  let el: DatasetsViewElement | undefined;
  let services: WorkbenchServices | undefined;
  afterEach(() => {
    services?.quickInput.cancel();
    el?.remove();
    el = undefined;
  });

  async function mount(datasets = DATASETS) {
    const repository = new MemoryRepository(datasets.map((d) => ({ ...d })));
    services = createServices();
    el = new DatasetsViewElement();
    el.repository = repository;
    el.services = services;
    document.body.append(el);
    await waitFor(() => el!.datasets !== undefined);
    await settle(el);
    return { el, root: el.shadowRoot!, repository, services };
  }

  const items = (root: ShadowRoot) => [...root.querySelectorAll<HTMLLIElement>('li[role=option]')];
  const names = (root: ShadowRoot) => items(root).map((li) => li.querySelector('.name')?.textContent!.trim());
  const item = (root: ShadowRoot, id: string) => root.querySelector<HTMLLIElement>(`li[data-id="${id}"]`)!;
  const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

  it('lists the datasets newest first with their size', async () => {
    const { root } = await mount();
    expect(root.querySelector('ul[role=listbox]')!.getAttribute('aria-label')).to.equal('Datasets');
    expect(names(root)).to.deep.equal(['March', 'February', 'January']);
    expect(items(root).map((li) => li.querySelector('.meta')!.textContent!.trim())).to.deep.equal(['5 rows · 1 fields', '0 rows · 12 fields', '1,200 rows · 3 fields']);
  });

  it('says so when there are no datasets', async () => {
    const { root } = await mount([]);
    expect(items(root)).to.have.length(0);
    expect(root.querySelector('.empty')!.textContent!.trim()).to.equal('No datasets yet. Import a file or generate sample data.');
  });

  it('opens a dataset on Enter and on click', async () => {
    const { el: view, root } = await mount();
    const opened: string[] = [];
    view.addEventListener('dataset-open', (e) => opened.push((e as CustomEvent<{ datasetId: string }>).detail.datasetId));
    key(item(root, 'mid'), 'Enter');
    item(root, 'old').click();
    expect(opened).to.deep.equal(['mid', 'old']);
  });

  it('moves focus between items with the arrow keys', async () => {
    const { root } = await mount();
    item(root, 'new').focus();
    key(item(root, 'new'), 'ArrowDown');
    expect(root.activeElement).to.equal(item(root, 'mid'));
    key(item(root, 'mid'), 'ArrowUp');
    expect(root.activeElement).to.equal(item(root, 'new'));
  });

  it('renames inline on F2, committing with Enter', async () => {
    const { el: view, root, repository } = await mount();
    const opened: unknown[] = [];
    view.addEventListener('dataset-open', (e) => opened.push(e));
    key(item(root, 'old'), 'F2');
    await settle(view);
    const input = item(root, 'old').querySelector<HTMLInputElement>('input')!;
    expect(input).to.not.equal(null);
    expect(input.getAttribute('aria-label')).to.equal('New name');
    expect(input.value).to.equal('January');
    expect(root.activeElement).to.equal(input);
    input.value = '  Q1 2026  ';
    key(input, 'Enter');
    await settle(view);
    await waitFor(() => names(root).includes('Q1 2026'));
    // Exactly once: the blur that follows Enter's re-render must not commit again.
    expect(repository.renames).to.deep.equal([['old', 'Q1 2026']]);
    expect(opened).to.have.length(0); // Enter in the input does not open the dataset
    expect(root.querySelector('li input')).to.equal(null);
    expect(names(root)[0]).to.equal('Q1 2026'); // renamed just now: newest
  });

  // Escape ends the rename; the blur Chromium fires when the input goes must not commit it.
  it('cancels a rename with Escape', async () => {
    const { el: view, root, repository } = await mount();
    key(item(root, 'old'), 'F2');
    await settle(view);
    const input = item(root, 'old').querySelector<HTMLInputElement>('input')!;
    input.value = 'Something else';
    key(input, 'Escape');
    await settle(view);
    expect(repository.renames).to.deep.equal([]);
    expect(names(root)).to.deep.equal(['March', 'February', 'January']);
  });

  it('deletes on Delete only after confirmation', async () => {
    const { el: view, root, repository, services: s } = await mount();
    key(item(root, 'old'), 'Delete');
    await waitFor(() => s.quickInput.current !== undefined);
    let request = s.quickInput.current!;
    expect(request.placeholder).to.equal('Delete the dataset "January"?');
    expect(request.items.map((i) => i.id)).to.deep.equal(['yes', 'no']);
    expect(request.items.map((i) => i.label)).to.deep.equal(['Delete "January" and its 1,200 rows', 'Keep it']);
    s.quickInput.accept(request.items[1]!);
    await settle(view);
    expect(repository.removals).to.deep.equal([]);
    expect(names(root)).to.deep.equal(['March', 'February', 'January']);

    key(item(root, 'old'), 'Delete');
    await waitFor(() => s.quickInput.current !== undefined);
    s.quickInput.cancel();
    await settle(view);
    expect(repository.removals).to.deep.equal([]);

    key(item(root, 'old'), 'Delete');
    await waitFor(() => s.quickInput.current !== undefined);
    request = s.quickInput.current!;
    s.quickInput.accept(request.items[0]!);
    await waitFor(() => repository.removals.length === 1);
    expect(repository.removals).to.deep.equal(['old']);
    await waitFor(() => !names(root).includes('January'));
    expect(names(root)).to.deep.equal(['March', 'February']);
  });

  it('refreshes when the repository reports a change', async () => {
    const { root, repository } = await mount();
    repository.add({ id: 'apr', name: 'April', rowCount: 42, fieldCount: 4, updatedAt: 4000 });
    await waitFor(() => items(root).length === 4);
    expect(names(root)).to.deep.equal(['April', 'March', 'February', 'January']);
    expect(item(root, 'apr').querySelector('.meta')!.textContent!.trim()).to.equal('42 rows · 4 fields');
  });

  it('stops listening to the repository once removed', async () => {
    const { el: view, repository } = await mount();
    view.remove();
    repository.add({ id: 'apr', name: 'April', rowCount: 42, fieldCount: 4, updatedAt: 4000 });
    await settle(view);
    expect(view.datasets!.map((d) => d.id)).to.not.include('apr');
  });

  it('fires dataset-files for files dropped on it', async () => {
    const { el: view, root } = await mount();
    const received: File[][] = [];
    view.addEventListener('dataset-files', (e) => received.push((e as CustomEvent<{ files: File[] }>).detail.files));
    const drop = root.querySelector<HTMLElement>('.drop')!;
    expect(drop.textContent!.trim()).to.equal('Drop CSV, JSON or Excel files here to import them');

    const transfer = new DataTransfer();
    const file = new File(['a,b\n1,2\n'], 'scores.csv', { type: 'text/csv' });
    transfer.items.add(file);
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await settle(view);
    expect(drop.classList.contains('over')).to.equal(true);
    const event = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    drop.dispatchEvent(event);
    await settle(view);
    expect(event.defaultPrevented).to.equal(true);
    expect(drop.classList.contains('over')).to.equal(false);
    expect(received).to.have.length(1);
    expect(received[0]!.map((f) => f.name)).to.deep.equal(['scores.csv']);
    expect(await received[0]![0]!.text()).to.equal('a,b\n1,2\n');

    // A drop without files (e.g. text) fires nothing.
    const text = new DataTransfer();
    text.setData('text/plain', 'hello');
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: text, bubbles: true, cancelable: true }));
    expect(received).to.have.length(1);
  });

  it('fires dataset-generate from its Generate button and shows Chinese labels in zh-CN', async () => {
    const { el: view, root, services: s } = await mount();
    let generate = 0;
    view.addEventListener('dataset-generate', () => generate++);
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal(['Import…', 'Generate']);
    buttons()[1]!.click();
    expect(generate).to.equal(1);
    s.i18n.setLocale('zh-CN');
    await settle(view);
    expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal([zh['datasets.view.import'], zh['datasets.view.generate']]);
    expect(item(root, 'new').querySelector('.meta')!.textContent!.trim()).to.equal(zh['datasets.view.meta'].replace('{rows}', '5').replace('{fields}', '1'));
  });
});
