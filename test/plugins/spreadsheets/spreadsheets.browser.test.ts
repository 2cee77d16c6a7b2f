import { expect } from 'chai';
import { treeToCsv, treeToXlsx, treeFromCsv } from '../../../src/core/export/tree-sheet-files.ts';
import { TREE_COLUMNS, treeToRows } from '../../../src/core/export/tree-sheet.ts';
import { toCsv } from '../../../src/core/data/to-csv.ts';
import { xlsxToRecords } from '../../../src/core/data/xlsx/index.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { activate } from '../../../plugins/spreadsheets/index.ts';
import { exportResults } from '../../../plugins/spreadsheets/export-actions.ts';
import { importTreeFile } from '../../../plugins/spreadsheets/import-actions.ts';
import { TreeImportReportElement } from '../../../plugins/spreadsheets/import-report.ts';
import { type Setup, captureDownloads, config, contextOf, setup, until } from './spreadsheets-test-helpers.ts';

const encoder = new TextEncoder();

/** The fixture's tree sheet with three broken rows: an unknown parent, a weight in words, bad scorer JSON. */
function brokenSheet(): { bytes: Uint8Array; leafRow: number } {
  const rows = treeToRows(config());
  rows[3] = { ...rows[3], path: '9.1' };
  rows[4] = { ...rows[4], weight: 'forty' };
  const leaf = rows.findIndex((r, i) => i > 4 && typeof r.scorer === 'string' && r.scorer !== '');
  rows[leaf] = { ...rows[leaf], scorerParams: '{worst: 1' };
  return { bytes: encoder.encode(toCsv(rows, TREE_COLUMNS)), leafRow: leaf + 2 };
}

describe('spreadsheets plugin', () => {
  let s: Setup;
  beforeEach(async () => { s = await setup(); });
  afterEach(async () => { await s.dispose(); });

  it('exports results as xlsx from a worker that reads IndexedDB, equal to evaluate() in the page', async () => {
    expect(s.api.workspace.persistent).to.equal(true);
    const saved: Array<{ blob: Blob; name: string }> = [];
    await exportResults(s.api, 'xlsx', { save: (blob, name) => saved.push({ blob, name }) });
    expect(saved).to.have.length(1);
    expect(saved[0]!.name).to.equal('Call-centre agent monthly KPI.results.xlsx');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    const sheet = xlsxToRecords(bytes);
    expect(sheet.sheets).to.deep.equal(['Results', 'Indicators']);
    const expected = evaluate(config(), s.rows).records;
    expect(sheet.records.map((r) => [r.Id, r.Total === '' ? null : Number(r.Total)])).to.deep.equal(expected.map((r) => [r.id, r.total]));
  });

  it('exports the results of a scorecard named by id (the Export… pick) over the dataset its editor chose', async () => {
    const other = await s.api.workspace.createDocument<ScorecardConfig>('scorecard', 'Other', { ...config(), id: 'other', name: 'Other' });
    await s.api.storage.set('scorecard.dataset', other.id, s.datasetId);
    const saved: Array<{ blob: Blob; name: string }> = [];
    await exportResults(s.api, 'csv', { documentId: other.id, save: (blob, name) => saved.push({ blob, name }) });
    expect(saved.map((f) => f.name)).to.deep.equal(['Other.results.csv']);
    const text = await saved[0]!.blob.text();
    expect(text.split('\r\n').filter((line) => line !== '')).to.have.length(s.rows.length + 1);
  });

  it('runs the export command from the palette: the tree as CSV in Chinese, downloaded', async () => {
    const context = contextOf(s.api);
    activate(context);
    s.api.i18n.setLocale('zh-CN');
    const downloads = captureDownloads();
    try {
      await s.api.commands.executeCommand('spreadsheets.exportTreeCsv');
      await until(() => downloads.files.length === 1);
      const text = new TextDecoder().decode(await downloads.files[0]!.bytes);
      expect(downloads.files[0]!.name).to.equal('呼叫中心坐席月度绩效考核.indicators.csv');
      expect(text.split('\r\n')[0]).to.contain('层级');
      expect(treeFromCsv(text).root).to.deep.equal(config().root);
    } finally {
      downloads.stop();
      context.subscriptions.dispose();
      s.api.i18n.setLocale('en');
    }
  });

  it('refuses a broken sheet, changes nothing, and reports each row in the display language', async () => {
    const before = s.model.content;
    const { bytes, leafRow } = brokenSheet();
    const report = await importTreeFile(s.api, { name: 'tree.csv', bytes }, 'active');
    expect(report.outcome).to.equal('rejected');
    expect(report.problems.map((p) => [p.row, p.code])).to.deep.equal([[5, 'unknown-parent'], [6, 'weight-not-number'], [leafRow, 'scorer-json']]);
    expect(s.model.content).to.equal(before);

    s.api.i18n.setLocale('zh-CN');
    const element = new TreeImportReportElement();
    element.services = s.api;
    element.report = report;
    document.body.append(element);
    try {
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.contain('发现 3 个问题，未做任何更改');
      const cells = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
      expect(cells.map((c) => c[0])).to.deep.equal(['5', '6', String(leafRow)]);
      expect(cells[1]![1]).to.equal('权重（%）');
      expect(cells[0]![2]).to.match(/^第 5 行：/);
      let again = 0;
      element.addEventListener('import-again', () => again++);
      root.querySelector<HTMLButtonElement>('button')!.click();
      expect(again).to.equal(1);
    } finally {
      element.remove();
      s.api.i18n.setLocale('en');
    }
  });

  it('imports an xlsx sheet into the active scorecard as one undo step', async () => {
    const before = s.model.content;
    const changed = config();
    changed.root.children[0]!.weight = 55;
    changed.root.children[1]!.weight -= 15;
    const report = await importTreeFile(s.api, { name: 'tree.xlsx', bytes: treeToXlsx(changed, 'zh-CN') }, 'active');
    expect(report.outcome).to.equal('replaced');
    expect(s.model.content.root).to.deep.equal(changed.root);
    expect(s.model.content.policies).to.deep.equal(before.policies);
    expect(s.model.undo()).to.equal(true);
    expect(s.model.content.root).to.deep.equal(before.root);
  });

  it('imports a sheet as a new scorecard that validates', async () => {
    const report = await importTreeFile(s.api, { name: 'Agents.indicators.csv', bytes: encoder.encode(treeToCsv(config(), 'en')) }, 'new');
    expect(report.outcome).to.equal('created');
    expect(report.configErrors).to.equal(0);
    const doc = await s.api.workspace.getDocument<ScorecardConfig>(report.documentId!);
    expect(doc!.name).to.equal('Agents');
    expect(doc!.content.root).to.deep.equal(config().root);
    expect(doc!.content.fields.map((f) => f.key)).to.include('qaScore');
  });
});
