// The exports plugin in Chromium with a real IndexedDB workspace: the import tab's report and
// preview (English and Chinese), creating a scorecard only from a valid file, and the "Export…"
// quick pick listing every exporter.
import { expect } from 'chai';
import configJson from '../../fixtures/scorecard/call-centre.json';
import manifest from '../../../plugins/exports/plugin.json';
import en from '../../../plugins/exports/l10n/en.json';
import zh from '../../../plugins/exports/l10n/zh-CN.json';
import { registerConfigImport } from '../../../plugins/exports/config-import.ts';
import type { ConfigImportEditorElement } from '../../../plugins/exports/config-import-editor.ts';
import { registerExportCommands } from '../../../plugins/exports/export-commands.ts';
import type { ExportFile } from '../../../plugins/exports/export-files.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { DomainContribution } from '../../../src/platform/plugins/plugin-manifest.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import type { WorkspaceService } from '../../../src/platform/workspace/workspace-api.ts';
import type { WorkbenchApi } from '../../../src/workbench/api.ts';
import { WORKBENCH_CATALOGS } from '../../../src/workbench/nls/index.ts';
import type { QuickInputElement } from '../../../src/workbench/parts/quick-input.ts';
import '../../../src/workbench/parts/quick-input.ts';
import { createWorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';

const config = (): ScorecardConfig => structuredClone(configJson) as unknown as ScorecardConfig;
const cleanups: Array<() => unknown> = [];
let databases = 0;

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(): Promise<{ api: WorkbenchApi; workspace: WorkspaceService; revealed: unknown[][] }> {
  const name = `exports-test-${Date.now()}-${++databases}`;
  const workspace = await openWorkspace({ name, channel: null });
  cleanups.push(() => new Promise((resolve) => { indexedDB.deleteDatabase(name).onsuccess = resolve; }));
  cleanups.push(() => workspace.close());
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false, workspace });
  for (const [locale, catalog] of Object.entries(WORKBENCH_CATALOGS)) services.i18n.registerCatalog(locale as 'en' | 'zh-CN', catalog);
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  for (const exporter of manifest.contributes.exporters as DomainContribution[]) services.domainContributions.register('exporters', exporter, 'exports');
  for (const importer of manifest.contributes.importers as DomainContribution[]) services.domainContributions.register('importers', importer, 'exports');
  const api: WorkbenchApi = { ...services, pluginId: 'exports', t: (key, args) => services.i18n.t(key, args) };
  // The scorecard plugin's command that opens a scorecard: recorded here.
  const revealed: unknown[][] = [];
  services.commands.registerCommand('scorecard.reveal', (...args: unknown[]) => { revealed.push(args); });
  return { api, workspace, revealed };
}

const settle = async (el: { updateComplete: Promise<unknown> }): Promise<void> => {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
};

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 15));
  }
}

/** Imports `text` through the command and shows the import tab's element. */
const registered = new WeakSet<WorkbenchApi>();
async function openImport(api: WorkbenchApi, text: string): Promise<ConfigImportEditorElement> {
  if (!registered.has(api)) {
    registered.add(api);
    const registration = registerConfigImport(api, { pickFile: () => Promise.resolve(undefined) });
    cleanups.push(() => registration.dispose());
  }
  await api.commands.executeCommand('exports.importConfig', { name: 'call-centre.json', text });
  const pane = await api.editors.getPane(api.editors.model.activeEditor!, api.editors.model.activeGroup.id);
  const el = pane.element as ConfigImportEditorElement;
  document.body.append(el);
  cleanups.push(() => el.remove());
  await settle(el);
  return el;
}

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('import of a configuration file', () => {
  it('shows the preview of a valid file, and Create stores one scorecard equal to the file and opens it', async () => {
    const { api, workspace, revealed } = await setup();
    const el = await openImport(api, JSON.stringify(config()));
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('Import call-centre.json');
    expect(root.querySelector('.status')!.textContent).to.match(/^Ready to import: no errors, 0 warning\(s\)/);
    const c = config();
    const leaves = JSON.stringify(c.root).match(/"scorer"/g)!.length;
    expect(root.querySelector('.counts')!.textContent).to.contain(`${c.fields.length} field(s), ${leaves} indicator(s)`);
    // The root, its dimensions and their children: two levels below the root.
    expect(texts(root, '.preview .name')).to.deep.equal([c.name && typeof c.name === 'object' ? c.name.en! : String(c.name)]);
    const grandchildren = c.root.children.reduce((n, d) => n + ('children' in d ? d.children.length : 0), 0);
    expect(root.querySelectorAll('ul.tree li')).to.have.length(1 + c.root.children.length + grandchildren);
    expect(texts(root, 'ul.tree li .node-name')[1]).to.equal(typeof c.root.children[0]!.name === 'object' ? c.root.children[0]!.name.en : c.root.children[0]!.name);
    expect(root.querySelector('table.problems')).to.equal(null);

    expect(await workspace.listDocuments('scorecard')).to.have.length(0);
    root.querySelector<HTMLButtonElement>('button.create')!.click();
    await until(async () => (await workspace.listDocuments('scorecard')).length === 1 && revealed.length === 1);
    const [doc] = await workspace.listDocuments('scorecard');
    const { $schema: _schema, ...expected } = c;
    expect(doc!.content).to.deep.equal(expected);
    expect(revealed[0]).to.deep.equal([doc!.id, '']);
    expect(api.editors.model.allEditors().some((e) => e.kind === 'scorecard-import')).to.equal(false);
  });

  it('lists the problems of an invalid file in Chinese (severity, pointer, message), offers no Create and stores nothing', async () => {
    const { api, workspace } = await setup();
    api.i18n.setLocale('zh-CN');
    const broken = config();
    broken.root.children[0]!.weight = -5;
    broken.grades.bands = [];
    const el = await openImport(api, JSON.stringify(broken));
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('导入 call-centre.json');
    expect(root.querySelector('.status')!.textContent).to.match(/^此文件有 \d+ 个错误，不会创建任何内容/);
    const rows = [...root.querySelectorAll('table.problems tbody tr')].map((tr) => texts(tr, 'td'));
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every(([severity]) => ['错误', '警告', '提示'].includes(severity!))).to.equal(true);
    expect(rows.some(([, pointer, message]) => pointer!.startsWith('/') && /[\u4e00-\u9fff]/.test(message!))).to.equal(true);
    expect(texts(root, 'th')).to.deep.equal(['级别', '位置', '问题']);
    expect(root.querySelector('button.create')).to.equal(null);
    // The language can change while the tab is open.
    api.i18n.setLocale('en');
    await settle(el);
    expect(texts(root, 'th')).to.deep.equal(['Severity', 'Where', 'Problem']);
    expect(await workspace.listDocuments()).to.have.length(0);
  });

  it('a file that is not JSON, or from a later version, creates nothing and says why', async () => {
    const { api, workspace } = await setup();
    const notJson = await openImport(api, '{"version": 1, "id": ');
    expect(shadow(notJson).querySelector('.status.error')!.textContent).to.match(/^This file is not JSON \(.+\)\. Nothing was created\./);
    api.i18n.setLocale('zh-CN');
    const later = await openImport(api, JSON.stringify({ ...config(), version: 2 }));
    const rows = [...shadow(later).querySelectorAll('table.problems tbody tr')].map((tr) => texts(tr, 'td'));
    expect(rows).to.have.length(1);
    expect(rows[0]![1]).to.equal('/version');
    expect(rows[0]![2]).to.contain('更新版本');
    expect(shadow(later).querySelector('button.create')).to.equal(null);
    expect(await workspace.listDocuments()).to.have.length(0);
  });
});

describe('the Export… quick pick', () => {
  async function pickSetup() {
    const { api, workspace } = await setup();
    const saved: ExportFile[] = [];
    const registration = registerExportCommands(api, { save: (f) => saved.push(f), loadRuntimeSource: () => Promise.resolve('export {};\n') });
    cleanups.push(() => registration.dispose());
    // Another plugin's exporter is listed too, and runs its own command with the document id.
    const others: unknown[] = [];
    api.domainContributions.register('exporters', { id: 'acme.csv', label: { en: 'Acme CSV', 'zh-CN': 'Acme 表格' }, command: 'acme.exportCsv', order: 50 }, 'acme');
    api.commands.registerCommand('acme.exportCsv', (id: unknown) => { others.push(id); });
    const doc = await workspace.createDocument('scorecard', 'Call centre', config());
    const el = document.createElement('sc-quick-input') as QuickInputElement;
    el.services = api;
    document.body.append(el);
    cleanups.push(() => { api.quickInput.cancel(); el.remove(); });
    await el.updateComplete;
    return { api, el, saved, others, docId: doc.id };
  }

  const labels = (el: QuickInputElement): string[] => texts(shadow(el), '[role="option"] .label');
  const pick = async (el: QuickInputElement, typed: string): Promise<void> => {
    const input = shadow(el).querySelector('input')!;
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  };

  it('lists the registered exporters in order and runs the chosen one for the scorecard', async () => {
    const { api, el, saved, others, docId } = await pickSetup();
    const done = api.commands.executeCommand('exports.export', docId);
    await settle(el);
    expect(labels(el)).to.deep.equal(['Configuration (JSON)', 'SQL for DuckDB', 'SQL for PostgreSQL', 'Runtime bundle (.zip)', 'Acme CSV']);
    expect(shadow(el).querySelector('input')!.placeholder).to.equal('Export the scorecard as…');
    await pick(el, 'duckdb');
    expect(await done).to.equal('exports.sql-duckdb');
    expect(saved.map((f) => f.fileName)).to.deep.equal([`${(configJson.name as { en: string }).en}.duckdb.sql`]);

    const again = api.commands.executeCommand('exports.export', docId);
    await settle(el);
    await pick(el, 'acme');
    await again;
    expect(others).to.deep.equal([docId]);
  });

  it('speaks Chinese, and the runtime bundle downloads as a zip', async () => {
    const { api, el, saved, docId } = await pickSetup();
    api.i18n.setLocale('zh-CN');
    const done = api.commands.executeCommand('exports.export', docId);
    await settle(el);
    expect(labels(el)).to.deep.equal(['配置（JSON）', 'DuckDB 的 SQL', 'PostgreSQL 的 SQL', '运行时包（.zip）', 'Acme 表格']);
    expect(shadow(el).querySelector('input')!.placeholder).to.equal('将评分卡导出为…');
    const messages: string[] = [];
    api.notifications.onDidAdd((n) => messages.push(n.message));
    await pick(el, '运行时');
    await done;
    await until(() => saved.length === 1);
    expect(saved[0]!.mime).to.equal('application/zip');
    expect(saved[0]!.fileName).to.match(/\.runtime\.zip$/);
    expect(messages).to.deep.equal([`已保存 ${saved[0]!.fileName}。`]);
  });

  it('Import… lists the importers and runs the chosen one; the configuration importer opens its report tab', async () => {
    const { api, el, docId } = await pickSetup();
    const registration = registerConfigImport(api, { pickFile: () => Promise.resolve({ name: 'picked.json', text: JSON.stringify(config()) }) });
    cleanups.push(() => registration.dispose());
    api.domainContributions.register('importers', { id: 'acme.tree', label: 'Acme tree', command: 'acme.importTree' }, 'acme');
    const intoScorecard: unknown[] = [];
    api.commands.registerCommand('acme.importTree', (id: unknown) => { intoScorecard.push(id); });
    api.editors.model.open({ uri: `scorecard:${docId}`, kind: 'scorecard', title: 'Call centre', data: { documentId: docId } });

    const first = api.commands.executeCommand('exports.import');
    await settle(el);
    expect(labels(el)).to.deep.equal(['Scorecard configuration (JSON)', 'Acme tree']);
    expect(shadow(el).querySelector('input')!.placeholder).to.equal('Import from…');
    await pick(el, 'acme');
    await first;
    expect(intoScorecard).to.deep.equal([docId]);

    const second = api.commands.executeCommand('exports.import');
    await settle(el);
    await pick(el, 'configuration');
    await second;
    await until(() => api.editors.model.activeEditor?.kind === 'scorecard-import');
  });
});

