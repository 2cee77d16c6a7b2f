// The dataset editor over the real workspace store (IndexedDB in Chromium), after an import that
// chose "Import them and let me fix them": the banner, showing only the rows to fix, the marks on
// the bad cells, an edit that fixes one (persisted: a new editor still shows the rest), Dismiss.
import { expect } from 'chai';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { runImport } from '../../../src/platform/data-import/index.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { openWorkspace } from '../../../src/platform/workspace/index.ts';
import type { DatasetContent, WorkspaceService } from '../../../src/platform/workspace/index.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import en from '../../../plugins/datasets/l10n/en.json';
import zh from '../../../plugins/datasets/l10n/zh-CN.json';
import { DatasetEditorElement } from '../../../plugins/datasets/dataset-editor.ts';
import type { DataGridElement } from '../../../plugins/datasets/grid/data-grid.ts';
import { WorkspaceDatasetRepository } from '../../../plugins/datasets/workspace-dataset-repository.ts';
import { ignoreVirtualizerResizeNotices } from '../../helpers/virtualizer-notices.ts';

ignoreVirtualizerResizeNotices();

const FIELDS: FieldDef[] = [
  { key: 'agent', type: 'string' },
  { key: 'score', type: 'number' },
  { key: 'day', type: 'date' },
];

/**
 * 40 rows; bad cells on lines 3 (score "12,5"), 6 (score "95%" and day "2024-02-30"), 10 (day
 * "soon") and a row with too few cells on line 12. Rows are numbered from 1, line = row id + 1.
 */
function csv(): string {
  const lines = ['agent,score,day'];
  for (let i = 1; i <= 40; i++) {
    const score = i === 2 ? '"12,5"' : i === 5 ? '95%' : String(60 + i);
    const day = i === 5 ? '2024-02-30' : i === 9 ? 'soon' : `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(i === 11 ? `A${i},${score}` : `A${i},${score},${day}`);
  }
  return `${lines.join('\n')}\n`;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function waitFor(check: () => boolean, what = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

async function until(check: () => Promise<boolean>, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function createServices(locale: 'en' | 'zh-CN'): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  if (locale !== 'en') services.i18n.setLocale(locale);
  return services;
}

let counter = 0;
const workspaces: WorkspaceService[] = [];
const cleanups: Array<() => void> = [];
afterEach(async () => {
  while (cleanups.length) cleanups.pop()!();
  await Promise.all(workspaces.splice(0).map((w) => w.close()));
});

/** A workspace holding the imported dataset. */
async function importedDataset(): Promise<{ workspace: WorkspaceService; datasetId: string }> {
  const workspace = await openWorkspace({ name: `dataset-editor-test-${Date.now()}-${++counter}`, channel: null, locks: null });
  workspaces.push(workspace);
  const result = await runImport(new Blob([csv()]), { fields: FIELDS, badRows: 'fix', fileName: 'scores.csv' }, workspace.beginImport(undefined, 'Scores'), {
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  return { workspace, datasetId: result.document.id };
}

interface Mounted {
  editor: DatasetEditorElement;
  grid: DataGridElement;
  root: ShadowRoot;
  gridRoot: ShadowRoot;
  repository: WorkspaceDatasetRepository;
}

async function mount(workspace: WorkspaceService, datasetId: string, locale: 'en' | 'zh-CN' = 'en'): Promise<Mounted> {
  const repository = new WorkspaceDatasetRepository(workspace);
  const editor = new DatasetEditorElement();
  editor.services = createServices(locale);
  editor.repository = repository;
  editor.datasetId = datasetId;
  const box = document.createElement('div');
  box.style.cssText = 'width: 900px; height: 600px; display: flex; flex-direction: column;';
  box.append(editor);
  document.body.append(box);
  cleanups.push(() => {
    box.remove();
    editor.dispose();
    repository.dispose();
  });
  await waitFor(() => !!editor.shadowRoot?.querySelector('sc-data-grid'), 'the grid');
  const grid = editor.shadowRoot!.querySelector('sc-data-grid')!;
  await waitFor(() => grid.shadowRoot!.querySelectorAll('.body [role="row"]').length > 0, 'the rows');
  return { editor, grid, root: editor.shadowRoot!, gridRoot: grid.shadowRoot!, repository };
}

async function settle(m: Mounted): Promise<void> {
  await m.editor.updateComplete;
  await m.grid.updateComplete;
  await nextFrame();
  await m.grid.updateComplete;
}

const bannerText = (root: ShadowRoot) => root.querySelector('.fix-banner .message')?.textContent?.replace(/\s+/g, ' ').trim();
const button = (root: ShadowRoot, name: 'filter' | 'next' | 'dismiss') => root.querySelector<HTMLButtonElement>(`.fix-banner button.${name}`);
const colOf = (key: string) => FIELDS.findIndex((f) => f.key === key);
const cellOf = (gridRoot: ShadowRoot, rowId: number, key: string) =>
  gridRoot.querySelector<HTMLElement>(`.body [role="row"][data-row-id="${rowId}"] [role="gridcell"][data-col="${colOf(key)}"]`);
const notedCells = (gridRoot: ShadowRoot) => [...gridRoot.querySelectorAll<HTMLElement>('.body .cell.noted')].map((c) => {
  const row = c.closest<HTMLElement>('[role="row"]')!.dataset.rowId;
  return `${row}:${FIELDS[Number(c.dataset.col)]!.key}`;
});
const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
const storedFixes = async (workspace: WorkspaceService, id: string) => (await workspace.getDocument<DatasetContent>(id))!.content.source?.needsFixing ?? [];

describe('dataset editor: cells to fix', () => {
  it('shows a banner with the rows to fix and marks each bad cell with its original text and problem', async () => {
    const { workspace, datasetId } = await importedDataset();
    const m = await mount(workspace, datasetId);
    expect(bannerText(m.root)).to.equal(`4 rows have cells to fix: the import left them empty because their text did not fit the column's type.`);
    expect(m.root.querySelector('.fix-banner')!.getAttribute('role')).to.equal('region');
    expect(notedCells(m.gridRoot)).to.deep.equal(['2:score', '5:score', '5:day', '9:day']);

    const bad = cellOf(m.gridRoot, 2, 'score')!;
    expect(bad.title.split('\n')[0]).to.equal('Was "12,5": not a number (line 3)');
    // Then the import's full message, which says what to write instead.
    expect(bad.title.split('\n')[1]).to.contain('is not a number: write digits');
    expect(bad.getAttribute('aria-description')).to.equal(bad.title);
    expect(bad.textContent!.trim()).to.equal('(empty)');
    expect(cellOf(m.gridRoot, 5, 'day')!.title.split('\n')[0]).to.equal('Was "2024-02-30": not a date (line 6)');
    // The outline is the warning colour of the theme (or VS Code's).
    expect(getComputedStyle(bad).boxShadow).to.match(/inset/);
    // A whole-row problem marks the row's number.
    const gutter = m.gridRoot.querySelector<HTMLElement>('.body [role="row"][data-row-id="11"] .gutter')!;
    expect(gutter.classList.contains('noted')).to.equal(true);
    expect(gutter.title).to.match(/^Line 12: /);
  });

  it('filters the grid to exactly the rows to fix, and back to all rows', async () => {
    const { workspace, datasetId } = await importedDataset();
    const m = await mount(workspace, datasetId);
    expect(m.grid.viewRowIds).to.have.length(40);
    const filter = button(m.root, 'filter')!;
    expect(filter.textContent!.trim()).to.equal('Show Only Rows to Fix');
    filter.click();
    await settle(m);
    expect([...m.grid.viewRowIds]).to.deep.equal([2, 5, 9, 11]);
    expect(m.gridRoot.querySelector('.status .count')!.textContent!.trim()).to.equal('4 of 40 rows');
    expect(button(m.root, 'filter')!.textContent!.trim()).to.equal('Show All Rows');
    button(m.root, 'filter')!.click();
    await settle(m);
    expect(m.grid.viewRowIds).to.have.length(40);
  });

  it('goes from one cell to fix to the next with the banner button and F8, showing the note in the status line', async () => {
    const { workspace, datasetId } = await importedDataset();
    const m = await mount(workspace, datasetId);
    button(m.root, 'next')!.click();
    await settle(m);
    expect(m.grid.activeCell).to.deep.equal({ rowId: 2, key: 'score' });
    expect(m.gridRoot.activeElement).to.equal(m.gridRoot.querySelector('.grid'));
    expect(m.gridRoot.querySelector('.status .note')!.textContent!.trim()).to.match(/^Was "12,5": not a number \(line 3\)/);
    const table = m.gridRoot.querySelector('.grid')!;
    press(table, 'F8');
    await settle(m);
    expect(m.grid.activeCell).to.deep.equal({ rowId: 5, key: 'score' });
    press(table, 'F8');
    press(table, 'F8');
    press(table, 'F8'); // the row with too few cells: its first column
    await settle(m);
    expect(m.grid.activeCell).to.deep.equal({ rowId: 11, key: 'agent' });
    expect(m.gridRoot.querySelector('.status .note')!.textContent!.trim()).to.match(/^Line 12: /);
    press(table, 'F8', { shiftKey: true });
    await settle(m);
    expect(m.grid.activeCell).to.deep.equal({ rowId: 9, key: 'day' });
  });

  it('a valid edit of a marked cell takes it off the list, in the store too; an invalid one does not', async () => {
    const { workspace, datasetId } = await importedDataset();
    const m = await mount(workspace, datasetId);
    m.grid.selectCell(2, 'score');
    await settle(m);
    const table = m.gridRoot.querySelector('.grid')!;
    // F2 opens the editor with the original text, to correct.
    press(table, 'F2');
    await settle(m);
    const input = m.gridRoot.querySelector<HTMLInputElement>('.cell.editing .editor')!;
    expect(input.value).to.equal('12,5');
    press(input, 'Enter'); // still not a number: rejected, the cell stays to fix
    await settle(m);
    expect(m.gridRoot.querySelector('.cell.editing')).to.not.equal(null);
    expect((await storedFixes(workspace, datasetId)).map((c) => c.rowId)).to.deep.equal([2, 5, 5, 9, 11]);

    input.value = '12.5';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    press(input, 'Enter');
    await waitFor(() => !cellOf(m.gridRoot, 2, 'score')!.classList.contains('noted'), 'the mark to go');
    expect(cellOf(m.gridRoot, 2, 'score')!.textContent!.trim()).to.equal('12.5');
    expect(cellOf(m.gridRoot, 2, 'score')!.title).to.equal('');
    await settle(m);
    expect(bannerText(m.root)).to.match(/^3 rows have cells to fix/);
    // The grid shows the edit at once; the store has it (with the list narrowed) when the write is done.
    await until(async () => (await storedFixes(workspace, datasetId)).length === 4);
    expect((await storedFixes(workspace, datasetId)).map((c) => `${c.rowId}:${c.column}`)).to.deep.equal(['5:score', '5:day', '9:day', '11:']);
    expect((await workspace.readRecords(datasetId, { offset: 1, limit: 1 }))[0]!.record).to.deep.equal({ agent: 'A2', score: 12.5, day: '2024-03-03' });

    // A new editor (as after a reload) shows what is left.
    cleanups.pop()!();
    const again = await mount(workspace, datasetId);
    expect(bannerText(again.root)).to.match(/^3 rows have cells to fix/);
    expect(notedCells(again.gridRoot)).to.deep.equal(['5:score', '5:day', '9:day']);
  });

  it('Dismiss clears the list and the marks without changing the data', async () => {
    const { workspace, datasetId } = await importedDataset();
    const before = await workspace.loadAll(datasetId);
    const m = await mount(workspace, datasetId);
    button(m.root, 'filter')!.click();
    await settle(m);
    button(m.root, 'dismiss')!.click();
    await waitFor(() => !m.root.querySelector('.fix-banner'), 'the banner to go');
    await settle(m);
    expect(m.grid.viewRowIds).to.have.length(40);
    expect(notedCells(m.gridRoot)).to.deep.equal([]);
    const doc = (await workspace.getDocument<DatasetContent>(datasetId))!;
    expect(doc.content.source).to.deep.include({ fileName: 'scores.csv', skippedRows: 0 });
    expect(doc.content.source!.needsFixing).to.equal(undefined);
    expect(await workspace.loadAll(datasetId)).to.deep.equal(before);
  });

  it('speaks Chinese', async () => {
    const { workspace, datasetId } = await importedDataset();
    const m = await mount(workspace, datasetId, 'zh-CN');
    expect(bannerText(m.root)).to.equal('有 4 行包含需要修正的单元格：其内容不符合该列的类型，导入时已留空。');
    expect([...m.root.querySelectorAll('.fix-banner button')].map((b) => b.textContent!.trim())).to.deep.equal(['只显示待修正的行', '下一个待修正单元格', '忽略']);
    expect(cellOf(m.gridRoot, 2, 'score')!.title.split('\n')[0]).to.equal('原为“12,5”：不是数字（第 3 行）');
    expect(cellOf(m.gridRoot, 2, 'score')!.title.split('\n')[1]).to.contain('不是数字：请写成半角数字');
  });
});
