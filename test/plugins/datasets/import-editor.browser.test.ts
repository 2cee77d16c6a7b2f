import { expect } from 'chai';
import type { RowProblem } from '../../../src/core/data/types.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import en from '../../../plugins/datasets/l10n/en.json';
import zh from '../../../plugins/datasets/l10n/zh-CN.json';
import type { ImportBackend, ImportJob, ImportOutcome, ImportPreview, ImportPreviewOptions, ImportProgress, ImportRequest } from '../../../plugins/datasets/import-backend.ts';
import { DatasetImportEditorElement } from '../../../plugins/datasets/import-editor.ts';

function createServices(locale: 'en' | 'zh-CN' = 'en'): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  if (locale !== 'en') services.i18n.setLocale(locale);
  return services;
}

/** A job whose progress, completion and failure the test drives. */
class FakeJob implements ImportJob {
  cancelled = 0;
  private listeners: Array<(p: ImportProgress) => void> = [];
  resolve!: (outcome: ImportOutcome) => void;
  reject!: (error: unknown) => void;
  readonly done = new Promise<ImportOutcome>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
  onProgress(listener: (p: ImportProgress) => void): void {
    this.listeners.push(listener);
  }
  report(p: ImportProgress): void {
    for (const l of this.listeners) l(p);
  }
  cancel(): void {
    this.cancelled++;
  }
}

class FakeBackend implements ImportBackend {
  /** Problems the preview reports (bad rows in the part read). */
  previewProblems: RowProblem[] = [];
  previews: ImportPreviewOptions[] = [];
  starts: ImportRequest[] = [];
  jobs: FakeJob[] = [];
  async preview(_file: Blob, options: ImportPreviewOptions = {}): Promise<ImportPreview> {
    this.previews.push(options);
    return {
      format: options.format ?? 'csv',
      encoding: options.encoding ?? 'utf-8',
      delimiter: options.delimiter ?? ',',
      columns: ['agent', 'score', 'team'],
      sampleRecords: [
        { agent: 'A-1', score: '91.5', team: '' },
        { agent: 'A-2', team: 'B' },
        { agent: 'A-3', score: null, team: 'C' },
      ],
      inferredFields: [
        { key: 'agent', type: 'string' },
        { key: 'score', type: 'number' },
        { key: 'team', type: 'category' },
      ],
      problems: this.previewProblems,
    };
  }
  start(_file: Blob, request: ImportRequest): ImportJob {
    this.starts.push(request);
    const job = new FakeJob();
    this.jobs.push(job);
    return job;
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

async function settle(el: DatasetImportEditorElement): Promise<void> {
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

const PROBLEMS: RowProblem[] = [
  { line: 3, column: 'score', value: 'abc', code: 'not-a-number', message: { en: '"abc" is not a number', 'zh-CN': '“abc”不是数字' } },
  { line: 7, column: '', value: '', code: 'too-many-cells', message: { en: 'the row has too many cells', 'zh-CN': '该行单元格过多' } },
];

describe('dataset import editor', () => {
  let el: DatasetImportEditorElement | undefined;
  afterEach(() => {
    el?.remove();
    el = undefined;
  });

  async function mount(locale: 'en' | 'zh-CN' = 'en', previewProblems: RowProblem[] = []) {
    const services = createServices(locale);
    const backend = new FakeBackend();
    backend.previewProblems = previewProblems;
    el = new DatasetImportEditorElement();
    el.services = services;
    el.backend = backend;
    el.file = new File(['agent,score,team\nA-1,91.5,\n'], 'scores.csv', { type: 'text/csv' });
    document.body.append(el);
    await waitFor(() => el!.phase === 'ready');
    await settle(el);
    return { el, root: el.shadowRoot!, backend, services };
  }

  const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent!.trim());
  const startButton = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === en['datasets.import.start'] || b.textContent!.trim() === zh['datasets.import.start'])!;

  async function startWith(root: ShadowRoot, component: DatasetImportEditorElement, backend: FakeBackend): Promise<FakeJob> {
    startButton(root).click();
    await settle(component);
    expect(backend.jobs).to.have.length(1);
    return backend.jobs[0]!;
  }

  it('previews the inferred fields and the sample rows, missing cells shown as empty', async () => {
    const { root, backend } = await mount();
    expect(backend.previews).to.deep.equal([{}]);
    expect(texts(root, 'table.fields tbody tr td:first-child')).to.deep.equal(['agent', 'score', 'team']);
    const typeSelects = [...root.querySelectorAll<HTMLSelectElement>('table.fields select')];
    expect(typeSelects.map((s) => s.value)).to.deep.equal(['string', 'number', 'category']);
    expect(typeSelects.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['Type of agent', 'Type of score', 'Type of team']);
    expect(texts(root, 'table.preview thead th')).to.deep.equal(['agent', 'score', 'team']);
    const rows = [...root.querySelectorAll('table.preview tbody tr')].map((tr) => texts(tr, 'td'));
    expect(rows).to.deep.equal([
      ['A-1', '91.5', 'empty'],
      ['A-2', 'empty', 'B'],
      ['A-3', 'empty', 'C'],
    ]);
    expect(root.querySelectorAll('table.preview td.missing')).to.have.length(3);
    expect(root.querySelector<HTMLInputElement>('input[type=text]')!.value).to.equal('scores');
    expect(startButton(root).disabled).to.equal(false);
  });

  it('reads the preview again with the encoding chosen', async () => {
    const { el: component, root, backend } = await mount();
    const encoding = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith('Encoding'))!.querySelector('select')!;
    expect([...encoding.options].map((o) => o.value)).to.deep.equal(['', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be']);
    expect(encoding.options[0]!.textContent!.trim()).to.equal('Automatic (UTF-8)');
    encoding.value = 'gb18030';
    encoding.dispatchEvent(new Event('change'));
    await waitFor(() => backend.previews.length === 2);
    await settle(component);
    expect(backend.previews[1]).to.deep.equal({ encoding: 'gb18030' });
    expect(component.phase).to.equal('ready');
  });

  it('passes the columns, types, bad-row policy and encoding chosen in the start request', async () => {
    const { el: component, root, backend } = await mount();
    const encoding = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith('Encoding'))!.querySelector('select')!;
    encoding.value = 'gb18030';
    encoding.dispatchEvent(new Event('change'));
    await waitFor(() => backend.previews.length === 2 && component.phase === 'ready');
    await settle(component);

    const untick = root.querySelector<HTMLInputElement>('input[type=checkbox][aria-label="Import the column team"]')!;
    untick.checked = false;
    untick.dispatchEvent(new Event('change'));
    await settle(component);
    expect(root.querySelector<HTMLSelectElement>('select[aria-label="Type of team"]')!.disabled).to.equal(true);

    const scoreType = root.querySelector<HTMLSelectElement>('select[aria-label="Type of score"]')!;
    scoreType.value = 'integer';
    scoreType.dispatchEvent(new Event('change'));
    await settle(component);

    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio][name=bad-rows]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['skip', 'keep-empty', 'fix', 'stop']);
    // 91.5 in the preview is not a whole number: rows like it would be imported for fixing, unless the user says otherwise.
    expect(radios.find((r) => r.checked)!.value).to.equal('fix');
    radios[1]!.checked = true;
    radios[1]!.dispatchEvent(new Event('change'));
    await settle(component);

    const name = root.querySelector<HTMLInputElement>('input[type=text]')!;
    name.value = 'March scores';
    name.dispatchEvent(new Event('input'));

    await startWith(root, component, backend);
    expect(backend.starts).to.deep.equal([{
      name: 'March scores',
      fields: [{ key: 'agent', type: 'string' }, { key: 'score', type: 'integer' }],
      badRows: 'keep-empty',
      format: 'csv',
      encoding: 'gb18030',
      delimiter: ',',
    }]);
  });

  it("defaults to 'Import them and let me fix them' while the preview shows cells that do not fit, until the user picks", async () => {
    const { el: component, root, backend } = await mount();
    const checked = () => root.querySelector<HTMLInputElement>('input[type=radio][name=bad-rows]:checked')!.value;
    const setType = async (column: string, type: string) => {
      const select = root.querySelector<HTMLSelectElement>(`select[aria-label="Type of ${column}"]`)!;
      select.value = type;
      select.dispatchEvent(new Event('change'));
      await settle(component);
    };
    expect(checked()).to.equal('skip');
    expect(root.querySelector('p.found')).to.equal(null);
    await setType('agent', 'number'); // are not numbers
    expect(checked()).to.equal('fix');
    expect(root.querySelector('p.found')!.textContent!.trim()).to.equal('The preview already has 3 rows with cells that do not fit.');
    expect(texts(root, 'p.hint')).to.include(en['datasets.import.badRows.fixHint']);
    await setType('agent', 'string');
    expect(checked()).to.equal('skip');
    // Once the user chose, what the preview finds no longer changes the choice.
    const keep = root.querySelector<HTMLInputElement>('input[type=radio][value=keep-empty]')!;
    keep.checked = true;
    keep.dispatchEvent(new Event('change'));
    await setType('agent', 'number');
    expect(checked()).to.equal('keep-empty');
    await startWith(root, component, backend);
    expect(backend.starts[0]!.badRows).to.equal('keep-empty');
  });

  it("imports with 'fix' when the preview reported bad rows, and says how many rows have cells to fix", async () => {
    const { el: component, root, backend } = await mount('en', PROBLEMS);
    expect(root.querySelector<HTMLInputElement>('input[type=radio][name=bad-rows]:checked')!.value).to.equal('fix');
    expect(root.querySelector('p.found')!.textContent!.trim()).to.equal('The preview already has 2 rows with cells that do not fit.');
    const job = await startWith(root, component, backend);
    expect(backend.starts[0]!.badRows).to.equal('fix');
    job.resolve({ datasetId: 'ds-9', rows: 1234, skippedRows: 0, problems: PROBLEMS, problemCount: 2, rowsToFix: 2 });
    await settle(component);
    expect(root.querySelector('p.done')!.textContent!.trim()).to.equal('Imported 1,234 rows; 0 rows skipped.');
    expect(root.querySelector('p.to-fix')!.textContent!.trim()).to.equal('2 rows have cells to fix: open the dataset to fix them.');
  });

  it('passes the stop policy when chosen', async () => {
    const { el: component, root, backend } = await mount();
    const stop = root.querySelector<HTMLInputElement>('input[type=radio][value=stop]')!;
    stop.checked = true;
    stop.dispatchEvent(new Event('change'));
    await startWith(root, component, backend);
    expect(backend.starts[0]!.badRows).to.equal('stop');
    expect(backend.starts[0]!.fields.map((f) => f.key)).to.deep.equal(['agent', 'score', 'team']);
  });

  it('refuses to start with no column ticked', async () => {
    const { el: component, root, backend } = await mount();
    for (const box of root.querySelectorAll<HTMLInputElement>('table.fields input[type=checkbox]')) {
      box.checked = false;
      box.dispatchEvent(new Event('change'));
      await settle(component);
    }
    startButton(root).click();
    await settle(component);
    expect(backend.starts).to.have.length(0);
    expect(root.querySelector('[role=alert]')!.textContent!.trim()).to.equal('Choose at least one column to import.');
  });

  it('shows progress with a Cancel button that cancels the job, then the cancelled message with the form usable', async () => {
    const { el: component, root, backend } = await mount();
    const job = await startWith(root, component, backend);
    expect(root.querySelector('progress')).to.not.equal(null);
    expect(startButton(root).disabled).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('table.fields input[type=checkbox]')!.disabled).to.equal(true);

    job.report({ bytes: 50, totalBytes: 200, rows: 1500 });
    await settle(component);
    const progress = root.querySelector('progress')!;
    expect(progress.value).to.equal(25);
    expect(progress.getAttribute('aria-label')).to.equal('Import progress');
    expect(root.querySelector('.progress [role=status]')!.textContent!.trim()).to.equal('25% · 1,500 rows');

    const cancel = [...root.querySelectorAll<HTMLButtonElement>('.progress button')].find((b) => b.textContent!.trim() === 'Cancel')!;
    expect(cancel).to.not.equal(undefined);
    cancel.click();
    expect(job.cancelled).to.equal(1);

    job.reject(new DOMException('The import was aborted.', 'AbortError'));
    await settle(component);
    expect(root.querySelector('progress')).to.equal(null);
    expect(root.querySelector('[role=alert]')!.textContent!.trim()).to.equal('The import was cancelled; nothing was stored.');
    expect(startButton(root).disabled).to.equal(false);
    expect(root.querySelector<HTMLInputElement>('table.fields input[type=checkbox]')!.disabled).to.equal(false);
    expect(root.querySelector<HTMLSelectElement>('select[aria-label="Type of score"]')!.disabled).to.equal(false);

    // And the form starts another import.
    startButton(root).click();
    await settle(component);
    expect(backend.starts).to.have.length(2);
  });

  it('reports a failed import with its error', async () => {
    const { el: component, root, backend } = await mount();
    const job = await startWith(root, component, backend);
    job.reject(new Error('disk full'));
    await settle(component);
    expect(root.querySelector('[role=alert]')!.textContent!.trim()).to.equal('The import failed and nothing was stored: disk full');
    expect(startButton(root).disabled).to.equal(false);
  });

  it('reports a completed import with the rows, the skipped rows and the problems by line', async () => {
    const { el: component, root, backend } = await mount();
    const imported: string[] = [];
    const opened: string[] = [];
    component.addEventListener('dataset-imported', (e) => imported.push((e as CustomEvent<{ datasetId: string }>).detail.datasetId));
    component.addEventListener('dataset-open', (e) => opened.push((e as CustomEvent<{ datasetId: string }>).detail.datasetId));
    const job = await startWith(root, component, backend);
    job.resolve({ datasetId: 'ds-42', rows: 1234, skippedRows: 2, problems: PROBLEMS, problemCount: 2 });
    await settle(component);
    expect(root.querySelector('progress')).to.equal(null);
    expect(root.querySelector('p.done')!.textContent!.trim()).to.equal('Imported 1,234 rows; 2 rows skipped.');
    expect(texts(root, 'h3')).to.include('2 problems');
    expect(texts(root, 'ul.problems li')).to.deep.equal(['Line 3, score: "abc" is not a number', 'Line 7: the row has too many cells']);
    expect(imported).to.deep.equal(['ds-42']);
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Open Dataset')!.click();
    expect(opened).to.deep.equal(['ds-42']);
  });

  it('shows everything in Chinese when the display language is zh-CN', async () => {
    const { el: component, root, backend } = await mount('zh-CN');
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('导入数据');
    expect(texts(root, 'table.fields thead th')).to.deep.equal(['列', '导入', '类型']);
    expect(texts(root, 'table.preview tbody td.missing')).to.have.length(3);
    expect(root.querySelector('table.preview tbody td.missing')!.textContent!.trim()).to.equal(zh['datasets.missing']);
    expect(root.querySelector('select[aria-label="score 的类型"]')).to.not.equal(null);
    expect([...root.querySelectorAll('[role=radiogroup] label')].map((l) => l.textContent!.trim())).to.deep.equal(['跳过该行', '保留该行，单元格留空', '导入并让我修正', '停止导入']);
    expect(texts(root, 'h3')).to.include('预览（前 3 行）');

    const job = await startWith(root, component, backend);
    job.report({ bytes: 1, totalBytes: 2, rows: 10 });
    await settle(component);
    expect(root.querySelector('progress')!.getAttribute('aria-label')).to.equal('导入进度');
    expect([...root.querySelectorAll('.progress button')].map((b) => b.textContent!.trim())).to.deep.equal(['取消']);
    job.resolve({ datasetId: 'ds-1', rows: 10, skippedRows: 1, problems: PROBLEMS, problemCount: 2 });
    await settle(component);
    expect(root.querySelector('p.done')!.textContent!.trim()).to.equal('已导入 10 行，跳过 1 行。');
    expect(texts(root, 'ul.problems li')[0]).to.equal(zh['datasets.problem.cell'].replace('{line}', '3').replace('{column}', 'score').replace('{message}', '“abc”不是数字'));
  });

  it('switches to Chinese while open', async () => {
    const { el: component, root, services } = await mount();
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('Import data');
    services.i18n.setLocale('zh-CN');
    await settle(component);
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('导入数据');
    expect(startButton(root).textContent!.trim()).to.equal('导入');
  });
});
