import { expect } from 'chai';
import { Emitter } from '../../../src/base/event.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import en from '../../../plugins/datasets/l10n/en.json';
import zh from '../../../plugins/datasets/l10n/zh-CN.json';
import type { CellsToFix, DatasetChange, DatasetRepository, DatasetSummary } from '../../../plugins/datasets/dataset-repository.ts';
import { DatasetGeneratorEditorElement } from '../../../plugins/datasets/generator-editor.ts';

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

/** Only what the generator uses is real; the rest keeps the datasets in memory. */
class MemoryRepository implements DatasetRepository {
  private readonly changes = new Emitter<DatasetChange>();
  readonly onDidChange = this.changes.event;
  created: { name: string; fields: FieldDef[]; records: Record<string, unknown>[] }[] = [];
  async list(): Promise<DatasetSummary[]> {
    return this.created.map((d, i) => ({ id: `ds-${i + 1}`, name: d.name, rowCount: d.records.length, fieldCount: d.fields.length, updatedAt: i }));
  }
  async fields(id: string): Promise<FieldDef[]> { return this.created[Number(id.slice(3)) - 1]!.fields; }
  async cellsToFix(): Promise<CellsToFix> { return { cells: [], omitted: 0 }; }
  async dismissCellsToFix(): Promise<void> {}
  async loadAll(id: string) { return this.created[Number(id.slice(3)) - 1]!.records.map((record, rowId) => ({ rowId, record })); }
  async updateRecord(): Promise<void> {}
  async addRecords(): Promise<number[]> { return []; }
  async deleteRecords(): Promise<void> {}
  async rename(): Promise<void> {}
  async remove(): Promise<void> {}
  async createFromRecords(name: string, fields: FieldDef[], records: Record<string, unknown>[]): Promise<string> {
    this.created.push({ name, fields, records });
    const id = `ds-${this.created.length}`;
    this.changes.fire({ datasetId: id, origin: 'local' });
    return id;
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

async function settle(el: DatasetGeneratorEditorElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await tick();
    await el.updateComplete;
  }
}

const STARTING_KEYS = ['agentId', 'team', 'satisfaction', 'fcrRate', 'complaints', 'checkIn'];

describe('dataset generator editor', () => {
  let el: DatasetGeneratorEditorElement | undefined;
  afterEach(() => {
    el?.remove();
    el = undefined;
  });

  async function mount() {
    const repository = new MemoryRepository();
    el = new DatasetGeneratorEditorElement();
    el.services = createServices();
    el.repository = repository;
    document.body.append(el);
    await settle(el);
    return { el, root: el.shadowRoot!, repository };
  }

  const previewRows = (root: ShadowRoot) => [...root.querySelectorAll('table.preview tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
  const labelled = <T extends HTMLElement>(root: ParentNode, label: string, selector = 'input'): T =>
    [...root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label))!.querySelector<T>(selector)!;
  const fieldRow = (root: ShadowRoot, key: string) => [...root.querySelectorAll('table.fields tbody tr')].find((tr) => tr.querySelector<HTMLInputElement>('input[type=text]')!.value === key)!;
  const generateButton = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Generate Dataset')!;
  const alerts = (root: ShadowRoot) => [...root.querySelectorAll('[role=alert]')].map((a) => a.textContent!.trim());

  async function change(component: DatasetGeneratorEditorElement, input: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('change'));
    await settle(component);
  }

  it('previews 8 rows of the starting fields', async () => {
    const { root } = await mount();
    expect([...root.querySelectorAll<HTMLInputElement>('table.fields tbody input[type=text][aria-label=Field]')].map((i) => i.value)).to.deep.equal(STARTING_KEYS);
    expect([...root.querySelectorAll('table.preview thead th')].map((th) => th.textContent!.trim())).to.deep.equal(STARTING_KEYS);
    const rows = previewRows(root);
    expect(rows).to.have.length(8);
    for (const row of rows) expect(row).to.have.length(STARTING_KEYS.length);
    // agentId is the id field: unique ids, no distribution.
    expect(fieldRow(root, 'agentId').textContent).to.contain('unique ids');
    expect(new Set(rows.map((r) => r[0])).size).to.equal(8);
    // Teams come from the starting weights; check-in times from 08:10–08:45.
    for (const row of rows) {
      expect(['A', 'B', 'C']).to.include(row[1]);
      expect(row[5]! >= '08:10' && row[5]! <= '08:45', row[5]).to.equal(true);
    }
  });

  it('gives the same preview for the same seed and another for another seed', async () => {
    const { el: component, root } = await mount();
    const first = previewRows(root);
    const seed = labelled<HTMLInputElement>(root, 'Seed');
    await change(component, seed, '2');
    const second = previewRows(root);
    expect(second).to.have.length(8);
    expect(second).to.not.deep.equal(first);
    await change(component, seed, '1');
    expect(previewRows(root)).to.deep.equal(first);
  });

  it('refuses a duplicate field name, creating nothing', async () => {
    const { el: component, root, repository } = await mount();
    const opened: unknown[] = [];
    component.addEventListener('dataset-open', (e) => opened.push(e));
    await change(component, fieldRow(root, 'fcrRate').querySelector<HTMLInputElement>('input[type=text]')!, 'satisfaction');
    generateButton(root).click();
    await settle(component);
    expect(alerts(root)).to.include('The field "satisfaction" appears twice; field names must be unique.');
    expect(repository.created).to.have.length(0);
    expect(opened).to.have.length(0);
  });

  for (const count of ['0', '1000001', '2.5e7', 'lots']) {
    it(`refuses the record count ${count}, creating nothing`, async () => {
      const { el: component, root, repository } = await mount();
      await change(component, labelled<HTMLInputElement>(root, 'Records'), count);
      generateButton(root).click();
      await settle(component);
      expect(alerts(root)).to.include('The number of records must be a whole number from 1 to 1,000,000.');
      expect(repository.created).to.have.length(0);
    });
  }

  it('generates the records asked for and opens the new dataset', async () => {
    const { el: component, root, repository } = await mount();
    const opened: string[] = [];
    component.addEventListener('dataset-open', (e) => opened.push((e as CustomEvent<{ datasetId: string }>).detail.datasetId));
    await change(component, labelled<HTMLInputElement>(root, 'Records'), '500');
    expect(labelled<HTMLInputElement>(root, 'Dataset name').placeholder).to.equal('Sample data (500 records)');
    generateButton(root).click();
    const start = Date.now();
    while (opened.length === 0 && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 10));
    await settle(component);
    expect(repository.created).to.have.length(1);
    const [created] = repository.created;
    expect(created!.name).to.equal('Sample data (500 records)');
    expect(created!.fields.map((f) => f.key)).to.deep.equal(STARTING_KEYS);
    expect(created!.fields.map((f) => f.type)).to.deep.equal(['string', 'category', 'number', 'number', 'integer', 'time']);
    expect(created!.records).to.have.length(500);
    const ids = created!.records.map((r) => r.agentId);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).to.equal(true);
    expect(new Set(ids).size).to.equal(500);
    expect(opened).to.deep.equal(['ds-1']);
    expect(alerts(root)).to.deep.equal([]);
    expect(generateButton(root).disabled).to.equal(false);
  });

  it('uses the name typed and the same seed gives the same dataset', async () => {
    const { el: component, root, repository } = await mount();
    await change(component, labelled<HTMLInputElement>(root, 'Records'), '50');
    const name = labelled<HTMLInputElement>(root, 'Dataset name');
    name.value = 'Trial';
    name.dispatchEvent(new Event('input'));
    await component.generate();
    await component.generate();
    expect(repository.created.map((d) => d.name)).to.deep.equal(['Trial', 'Trial']);
    expect(repository.created[1]!.records).to.deep.equal(repository.created[0]!.records);
  });

  it('follows a changed distribution parameter in the preview', async () => {
    const { el: component, root } = await mount();
    // team declares the values A, B, C: weights over one of them draw only it.
    const weights = labelled<HTMLInputElement>(fieldRow(root, 'team'), 'values:weights');
    expect(weights.value).to.equal('A:2, B:2, C:1');
    await change(component, weights, 'C:1');
    expect(previewRows(root).map((r) => r[1])).to.deep.equal(Array(8).fill('C'));

    // A bad value is marked and leaves the distribution as it was.
    const input = labelled<HTMLInputElement>(fieldRow(root, 'team'), 'values:weights');
    input.value = 'C:-1';
    input.dispatchEvent(new Event('change'));
    await settle(component);
    expect(input.classList.contains('invalid')).to.equal(true);
    expect(input.title).to.equal('Not a valid value for this parameter.');
    expect(previewRows(root).map((r) => r[1])).to.deep.equal(Array(8).fill('C'));

    // Weights name the values: a new one ("Z") becomes an allowed value of the declared category.
    await change(component, labelled<HTMLInputElement>(fieldRow(root, 'team'), 'values:weights'), 'Z:1');
    expect(previewRows(root).map((r) => r[1])).to.deep.equal(Array(8).fill('Z'));

    // A category field typed in (no declared values) takes any value names: "X:1" gives X everywhere.
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Add Field')!.click();
    await settle(component);
    await change(component, root.querySelector<HTMLSelectElement>('select[aria-label="Type of field7"]')!, 'category');
    const added = labelled<HTMLInputElement>(fieldRow(root, 'field7'), 'values:weights');
    expect(added.value).to.equal('A:1, B:1, C:1');
    await change(component, added, 'X:1');
    expect(previewRows(root).map((r) => r[6])).to.deep.equal(Array(8).fill('X'));

    // A numeric parameter: a normal with no spread and bounds at 70 gives 70 everywhere.
    const satisfaction = fieldRow(root, 'satisfaction');
    await change(component, labelled<HTMLInputElement>(satisfaction, 'mean'), '70');
    await change(component, labelled<HTMLInputElement>(fieldRow(root, 'satisfaction'), 'sd'), '0');
    expect(previewRows(root).map((r) => Number(r[2]))).to.deep.equal(Array(8).fill(70));
  });

  it('adds and removes fields, in the preview too', async () => {
    const { el: component, root } = await mount();
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Add Field')!.click();
    await settle(component);
    expect([...root.querySelectorAll('table.preview thead th')].map((th) => th.textContent!.trim())).to.deep.equal([...STARTING_KEYS, 'field7']);
    root.querySelector<HTMLButtonElement>('button[aria-label="Remove team"]')!.click();
    await settle(component);
    expect([...root.querySelectorAll('table.preview thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['agentId', 'satisfaction', 'fcrRate', 'complaints', 'checkIn', 'field7']);
    expect(previewRows(root)).to.have.length(8);
  });
});
