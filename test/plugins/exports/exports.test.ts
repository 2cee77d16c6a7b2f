// The exports plugin in Node: every export gives the same bytes for the same document, a
// configuration survives export and import unchanged, and what the user is told.
import { describe, expect, it } from 'vitest';
import manifest from '../../../plugins/exports/plugin.json';
import { unzipSync } from 'fflate';
import { analyzeImport } from '../../../plugins/exports/import-analysis.ts';
import type { ExportFile } from '../../../plugins/exports/export-files.ts';
import { validateConfig } from '../../../src/core/scorecard/validate.ts';
import type { IndicatorGroup, IndicatorLeaf } from '../../../src/core/scorecard/types.ts';
import { addScorecard, createApi, fixture, registerCommands } from './exports-test-helpers.ts';

const bytes = (file: ExportFile | undefined): Buffer => Buffer.from(typeof file!.content === 'string' ? new TextEncoder().encode(file!.content) : file!.content);

describe('export commands', () => {
  const COMMANDS = ['exports.exportConfig', 'exports.exportSqlDuckdb', 'exports.exportSqlPostgres', 'exports.exportRuntime'];

  it.each(COMMANDS)('%s: the same document twice gives the same bytes', async (command) => {
    const api = createApi();
    const saved: ExportFile[] = [];
    registerCommands(api, saved);
    const id = await addScorecard(api);
    const a = (await api.commands.executeCommand(command, id)) as ExportFile;
    const b = (await api.commands.executeCommand(command, id)) as ExportFile;
    expect(saved).toHaveLength(2);
    expect(bytes(a).equals(bytes(b))).toBe(true);
    expect(a.fileName).toBe(b.fileName);
  });

  it('names files after the scorecard, by kind', async () => {
    const api = createApi();
    const saved: ExportFile[] = [];
    registerCommands(api, saved);
    const id = await addScorecard(api);
    for (const command of COMMANDS) await api.commands.executeCommand(command, id);
    const stem = saved[0]!.fileName.replace(/\.scorecard\.json$/, '');
    expect(saved.map((f) => [f.fileName, f.mime])).toEqual([
      [`${stem}.scorecard.json`, 'application/json;charset=utf-8'],
      [`${stem}.duckdb.sql`, 'application/sql;charset=utf-8'],
      [`${stem}.postgres.sql`, 'application/sql;charset=utf-8'],
      [`${stem}.runtime.zip`, 'application/zip'],
    ]);
    expect(Object.keys(unzipSync(saved[3]!.content as Uint8Array))).toEqual(['README.md', 'package.json', 'scorecard.json', 'scorecard-runtime.js']);
  });

  it('a configuration exported and imported again is the same document', async () => {
    const api = createApi();
    const saved: ExportFile[] = [];
    registerCommands(api, saved);
    const original = fixture();
    const id = await addScorecard(api, original);
    await api.commands.executeCommand('exports.exportConfig', id);
    const analysis = analyzeImport(saved[0]!.content as string);
    expect(analysis.valid).toBe(true);
    const { $schema: _schema, ...withoutSchema } = validateConfig(original).config!;
    expect(analysis.config).toEqual(withoutSchema);
    // Stored, then exported once more: the same bytes as the first export.
    const again = await addScorecard(api, analysis.config);
    await api.commands.executeCommand('exports.exportConfig', again);
    expect(saved[1]!.content).toBe(saved[0]!.content);
  });

  it('refuses a scorecard with errors and says how many, writing nothing', async () => {
    const api = createApi();
    const saved: ExportFile[] = [];
    const runtimeLoads = { count: 0 };
    registerCommands(api, saved, runtimeLoads);
    const broken = fixture();
    broken.grades.bands = [];
    const id = await addScorecard(api, broken);
    const messages: string[] = [];
    api.notifications.onDidAdd((n) => messages.push(`${n.severity}: ${n.message}`));
    for (const command of COMMANDS) expect(await api.commands.executeCommand(command, id)).toBeUndefined();
    expect(saved).toEqual([]);
    expect(runtimeLoads.count).toBe(0);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^error: "Call centre" was not exported: it has \d+ error\(s\)/);
  });

  it('SQL that cannot be generated: the file explains, the user is warned and Output lists every problem (in Chinese too)', async () => {
    const api = createApi();
    api.i18n.setLocale('zh-CN');
    const saved: ExportFile[] = [];
    registerCommands(api, saved);
    const config = fixture();
    ((config.root.children[0] as IndicatorGroup).children[0] as IndicatorLeaf).value = { 'acme.smooth': [{ var: 'csat' }] };
    const id = await addScorecard(api, config);
    const messages: string[] = [];
    api.notifications.onDidAdd((n) => messages.push(`${n.severity}: ${n.message}`));
    await api.commands.executeCommand('exports.exportSqlDuckdb', id);
    expect(saved[0]!.content).toContain('未生成 DuckDB 查询');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^warning: .*\.duckdb\.sql 不含查询：有 1 条规则/);
    expect(api.output.lines('导出').map((l) => l.text).join('\n')).toContain('/root/children/0/children/0/value');
  });

  it('without an argument acts on the active scorecard editor, and says so when there is none', async () => {
    const api = createApi();
    const saved: ExportFile[] = [];
    registerCommands(api, saved);
    const messages: string[] = [];
    api.notifications.onDidAdd((n) => messages.push(n.message));
    await api.commands.executeCommand('exports.exportConfig');
    expect(messages).toEqual(['Open a scorecard to export it.']);
    const id = await addScorecard(api);
    api.editors.model.open({ uri: `scorecard:${id}`, kind: 'scorecard', title: 'Call centre', data: { documentId: id } });
    await api.commands.executeCommand('exports.exportConfig');
    expect(saved).toHaveLength(1);
  });
});

describe('the manifest', () => {
  it('puts Export… in the scorecard editor title menu and gives every exporter a command it contributes', () => {
    expect(manifest.contributes.menus['editor/title']).toEqual([{ command: 'exports.export', when: 'activeEditorKind == scorecard' }]);
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const entry of [...manifest.contributes.exporters, ...manifest.contributes.importers]) expect(commands.has(entry.command), entry.id).toBe(true);
  });
});

describe('analyzeImport', () => {
  it('a file that is not JSON, or not a scorecard, creates nothing', () => {
    const notJson = analyzeImport('{"version": 1,');
    expect(notJson.valid).toBe(false);
    expect(notJson.unreadable?.reason).toBe('not-json');
    const shape = analyzeImport('{"version": 1, "id": "x"}');
    expect(shape.valid).toBe(false);
    expect(shape.config).toBeUndefined();
    expect(shape.problems.some((p) => p.severity === 'error' && p.message['zh-CN'].length > 0)).toBe(true);
  });

  it('a file from a later version is refused as validateConfig refuses it', () => {
    const future = JSON.stringify({ ...fixture(), version: 2 });
    const analysis = analyzeImport(future);
    expect(analysis.valid).toBe(false);
    expect(analysis.problems.map((p) => [p.pointer, p.code])).toEqual([['/version', 'version-newer']]);
  });

  it('a file without a version is read as version 1, with an info', () => {
    const { version: _v, ...unversioned } = fixture();
    const analysis = analyzeImport(`\uFEFF${JSON.stringify(unversioned)}`);
    expect(analysis.valid).toBe(true);
    expect(analysis.config?.version).toBe(1);
    expect(analysis.problems.map((p) => [p.severity, p.code])).toEqual([['info', 'version-missing']]);
  });

  it('previews the counts and the top two levels of the tree', () => {
    const config = fixture();
    const { preview } = analyzeImport(JSON.stringify(config));
    expect(preview).toMatchObject({ id: config.id, fields: config.fields.length, policies: config.policies?.length ?? 0, grades: config.grades.bands.length });
    expect(preview!.root.children.map((c) => c.id)).toEqual(config.root.children.map((c) => c.id));
    expect(preview!.root.children.every((c) => c.children.every((g) => g.children.length === 0))).toBe(true);
    expect(preview!.indicators).toBe(preview!.root.children.reduce((n, c) => n + c.indicators, 0));
  });
});
