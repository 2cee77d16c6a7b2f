// Templates, exports and reports end to end (issue: "e2e: create from the call-centre template,
// generate data, export config, SQL and xlsx, open a person's report"). The call-centre agent
// template is created from the gallery with 300 sample records; its configuration is exported
// through "Export…" (the same bytes twice, accepted by the command-line validator), then SQL for
// DuckDB (a query, the template's lateness rules counting over the clock-in list included) and
// the results as an Excel workbook, whose totals are the core's evaluate() of the
// exported configuration over the same generated records; a person's printable report opens from
// the results grid and prints on one A4 page.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/core/data/xlsx/index.ts';
import { sqlExport } from '../../src/core/export/sql-export.ts';
import { resolveLocalized } from '../../src/core/localized-text.ts';
import { evaluate } from '../../src/core/scorecard/evaluate.ts';
import { SCORECARD_SCHEMA_ID } from '../../src/core/scorecard/export-config.ts';
import { isGroup, type IndicatorNode, type ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { validateConfig } from '../../src/core/scorecard/validate.ts';
import { instantiateTemplate, type ScorecardTemplate } from '../../src/core/templates/index.ts';
import { launchBrowser, openApp, screenshot, type AppPage } from './harness.ts';
import { buildRuntime, closeToasts, command, openTab, quickInput, scorecardEditor } from './scorecard-steps.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATE_ID = 'builtin.call-centre-agent';
const template = JSON.parse(readFileSync(join(root, 'plugins/templates/catalog/call-centre-agent.template.json'), 'utf8')) as ScorecardTemplate;
const RECORDS = 300;
const NAME = 'Call centre November';
/** The gallery previews this many sample records (template-preview-model.ts). */
const PREVIEW_RECORDS = 200;

let browser: Browser;
let app: AppPage;
let dir: string;
/** The standalone runtime the CLI runs on (built in the background). */
let runtimeReady: Promise<string>;


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'templates-e2e-'));
  runtimeReady = buildRuntime('templates-e2e');
  runtimeReady.catch(() => undefined); // awaited, and its failure reported, in the test
  browser = await launchBrowser();
  app = await openApp(browser);
}, 120_000);

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  const runtime = await runtimeReady?.catch(() => undefined);
  if (runtime) rmSync(dirname(runtime), { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const english = (text: unknown): string => resolveLocalized(text as Parameters<typeof resolveLocalized>[0], 'en');
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const editor = scorecardEditor;




/**
 * "Export…" from the scorecard editor's title bar: types the exporter's label into the quick pick,
 * checks it is the one chosen and presses Enter; resolves with the download saved and its bytes.
 */
async function exportAs(page: Page, label: string, saveAs: string): Promise<{ path: string; bytes: Buffer; suggested: string }> {
  await page.locator('[data-part="editor"] sc-menu-actions button[data-command="exports.export"]').click();
  const input = quickInput(page).locator('input');
  await input.waitFor();
  await expect(input.getAttribute('placeholder')).resolves.toBe('Export the scorecard as…');
  await input.fill(label);
  const active = quickInput(page).locator('[role="option"][aria-selected="true"] .label');
  await expect.poll(() => active.textContent()).toBe(label);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.keyboard.press('Enter');
  const file = await download;
  const path = join(dir, saveAs);
  await file.saveAs(path);
  return { path, bytes: readFileSync(path), suggested: file.suggestedFilename() };
}

function treeNames(node: IndicatorNode): string[] {
  return [english(node.name), ...(isGroup(node) ? node.children.flatMap(treeNames) : [])];
}

/** Each node's share among its siblings as the preview prints it ("40%"); the root has none. */
function treeShares(node: IndicatorNode): string[] {
  if (!isGroup(node)) return [];
  const sum = node.children.reduce((s, c) => s + Math.max(0, c.weight), 0);
  return node.children.flatMap((c) => [`${(Math.max(0, c.weight) / sum * 100).toLocaleString('en', { maximumFractionDigits: 1 })}%`, ...treeShares(c)]);
}

interface PdfPage { mediaBox: number[]; lines: string[] }

/**
 * The pages of a PDF as Chromium (Skia) writes it, each with its text, one line per text object:
 * uncompressed object dictionaries, Flate content streams, fonts with single-byte codes and a
 * ToUnicode map. Enough to read back what was printed; not a general PDF reader.
 */
function pdfText(pdf: Buffer): { pages: PdfPage[] } {
  const data = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of data.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const stream = (id: number): string => {
    const object = objects.get(id)!;
    const length = Number(/\/Length (\d+)/.exec(object)![1]);
    const raw = Buffer.from(object.slice(object.search(/stream\r?\n/)).replace(/^stream\r?\n/, '').slice(0, length), 'latin1');
    return (object.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
  };
  const unicodeMap = (fontId: number): Map<number, string> => {
    const map = new Map<number, string>();
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId) ?? '');
    if (!toUnicode) return map;
    const cmap = stream(Number(toUnicode[1]));
    const utf16 = (hex: string): string => Buffer.from(hex, 'hex').swap16().toString('utf16le');
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, text] of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>/g)) map.set(parseInt(code!, 16), utf16(text!));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, first] of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>\s*<(\w+)>/g)) {
        for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code++) map.set(code, String.fromCodePoint(parseInt(first!, 16) + code - parseInt(from!, 16)));
      }
    }
    return map;
  };
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o)).map((page) => {
    const fonts = new Map([...page.matchAll(/\/(F\d+) (\d+) 0 R/g)].map(([, name, id]) => [name!, unicodeMap(Number(id))]));
    const lines: string[] = [];
    let font = new Map<number, string>();
    let line = '';
    for (const m of stream(Number(/\/Contents (\d+) 0 R/.exec(page)![1])).matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\bET\b/g)) {
      if (m[1]) font = fonts.get(m[1]) ?? new Map();
      else if (m[2] !== undefined) line += [...Buffer.from(m[2], 'hex')].map((code) => font.get(code) ?? '\ufffd').join('');
      else {
        if (line.trim()) lines.push(line.trim());
        line = '';
      }
    }
    return { mediaBox: /\/MediaBox \[([^\]]*)\]/.exec(page)![1]!.trim().split(/\s+/).map(Number), lines };
  });
  return { pages };
}

describe('templates, exports and reports', () => {
  it('creates the call-centre scorecard from its template with 300 records, exports configuration, SQL and xlsx, and opens a person\'s one-page report', async () => {
    const { page } = app;
    const { records } = instantiateTemplate(template, { count: RECORDS });

    // 1. The gallery, from the command palette; the call-centre agent template picked by mouse.
    await command(page, 'New Scorecard from Template…');
    const gallery = page.locator('sc-template-gallery');
    await gallery.locator('[role=listbox]').waitFor();
    const option = gallery.locator(`[role=option][data-template="${TEMPLATE_ID}"]`);
    await option.click();
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => gallery.locator('.detail h2').textContent()).toBe(english(template.name));

    // The preview: the tree with each node's share among its siblings, and the sample's grades as the core counts them.
    const preview = gallery.locator('sc-template-preview');
    await expect.poll(() => preview.locator('ul.tree li .node-name').allTextContents()).toEqual(treeNames(template.scorecard.root));
    expect(await preview.locator('ul.tree li .weight').allTextContents()).toEqual(treeShares(template.scorecard.root));
    await expect(preview.locator('#sample-heading').textContent()).resolves.toBe(`Sample results (${PREVIEW_RECORDS} generated records)`);
    const sample = instantiateTemplate(template, { count: PREVIEW_RECORDS });
    const sampleStats = evaluate(sample.scorecard, sample.records).stats;
    const previewCounts: Record<string, number> = {};
    for (const row of await preview.locator('tbody tr').all()) previewCounts[(await row.getAttribute('data-grade'))!] = Number(((await row.locator('td.count').textContent()) ?? '').replace(/,/g, ''));
    expect(previewCounts).toEqual(Object.fromEntries(template.scorecard.grades.bands.map((b) => [b.id, sampleStats.grades[b.id] ?? 0])));
    expect(Object.values(previewCounts).reduce((a, b) => a + b, 0)).toBe(PREVIEW_RECORDS);
    await expect(preview.locator('.mean').textContent()).resolves.toBe(`Mean total: ${sampleStats.mean!.toLocaleString('en', { maximumFractionDigits: 1 })}`);

    // Name and sample size (the template's 500 by default), then Create.
    const nameInput = gallery.getByRole('textbox', { name: 'Scorecard name' });
    await expect(nameInput.inputValue()).resolves.toBe(english(template.name));
    await nameInput.fill(NAME);
    const countInput = gallery.getByRole('spinbutton', { name: 'Sample records' });
    await expect(countInput.inputValue()).resolves.toBe(String(template.sample.count));
    await countInput.fill(String(RECORDS));
    await closeToasts(page);
    await screenshot(page, 'templates-gallery.png');
    await gallery.getByRole('button', { name: 'Create Scorecard', exact: true }).click();

    // The scorecard editor opens on the new scorecard, with the generated records as its test data; the live results hold all 300.
    await editor(page).locator('.toolbar .name').filter({ hasText: NAME }).waitFor({ timeout: 30_000 });
    const datasetSelect = editor(page).getByRole('combobox', { name: 'Test data', exact: true });
    await expect.poll(async () => (await datasetSelect.locator('option:checked').textContent())?.trim()).toBe(`${NAME} – sample records`);
    await openTab(page, 'Results');
    const results = editor(page).locator('sc-scorecard-results');
    await results.locator('.header').getByText(`${RECORDS} records`).waitFor({ timeout: 30_000 });
    await results.locator('.header .time').waitFor({ timeout: 30_000 });
    await expect.poll(() => results.locator('.shown').textContent()).toBe(`${RECORDS} shown`);

    // 2. The configuration through Export…: $schema first, the template's tree and rules, the same bytes twice, valid for the CLI.
    await closeToasts(page);
    const configFile = await exportAs(page, 'Configuration (JSON)', 'first.scorecard.json');
    expect(configFile.suggested).toBe(`${NAME}.scorecard.json`);
    const text = configFile.bytes.toString('utf8');
    expect(text.startsWith(`{\n  "$schema": ${JSON.stringify(SCORECARD_SCHEMA_ID)},\n`)).toBe(true);
    const config = JSON.parse(text) as ScorecardConfig;
    expect(config.$schema).toBe(SCORECARD_SCHEMA_ID);
    expect(config.name).toBe(NAME);
    expect(config.root).toEqual(template.scorecard.root);
    expect(config.policies?.map((p) => p.id)).toEqual(template.scorecard.policies?.map((p) => p.id));
    await page.locator('[data-part="notifications"]').getByText(`Saved ${NAME}.scorecard.json.`).waitFor();
    const again = await exportAs(page, 'Configuration (JSON)', 'second.scorecard.json');
    expect(again.bytes.equals(configFile.bytes)).toBe(true);
    const runtime = await runtimeReady;
    const cli = await run(process.execPath, ['bin/scorecard.mjs', 'validate', configFile.path], { cwd: root, env: { ...process.env, SCORECARD_RUNTIME: runtime }, timeout: 60_000 });
    expect(cli.stdout).toMatch(/^valid\b/m);
    expect(cli.stdout).not.toMatch(/invalid|^error/m);

    // What the core computes for the exported configuration over the records the template generated.
    const expected = evaluate(config, records);
    expect(expected.stats.count).toBe(RECORDS);
    expect(expected.stats.failed).toBe(0);
    // The grid's grade filter agrees with it.
    const gradeOptions = await results.locator('select.grade-filter option').allTextContents();
    expect(gradeOptions.slice(1)).toEqual(config.grades.bands.map((b) => `${english(b.label)} (${expected.stats.grades[b.id] ?? 0})`));

    // 3. SQL for DuckDB: the lateness rules count late clock-ins over the signIns list (the rule
    // builder's count, a "reduce"), which toSQL translates to a lambda over the list: the file holds the query.
    await closeToasts(page);
    const sqlFile = await exportAs(page, 'SQL for DuckDB', 'export.duckdb.sql');
    expect(sqlFile.suggested).toBe(`${NAME}.duckdb.sql`);
    const sql = sqlFile.bytes.toString('utf8');
    const reference = sqlExport(validateConfig(config).config!, { dialect: 'duckdb', fileName: sqlFile.suggested, locale: 'en' });
    expect(reference.problems).toEqual([]);
    expect(reference.hasQuery).toBe(true);
    expect(sql).toBe(reference.text);
    expect(sql).toContain('list_filter("signIns", lambda item: ');
    // Its first line says how to run it.
    expect(sql.split('\n')[0]).toContain('duckdb mydb.duckdb < ');
    await page.locator('[data-part="notifications"]').getByText(`Saved ${NAME}.duckdb.sql.`).waitFor();

    // 4. The results as an Excel workbook: a results sheet of 300 rows whose totals and grades are evaluate()'s, and the indicator tree.
    await closeToasts(page);
    const xlsxFile = await exportAs(page, 'Appraisal results with the indicator tree (Excel)', 'results.xlsx');
    expect(xlsxFile.suggested).toBe(`${NAME}.results.xlsx`);
    await page.locator('[data-part="notifications"]').getByText(`Exported the results of ${RECORDS} records to ${NAME}.results.xlsx.`).waitFor({ timeout: 30_000 });
    const bytes = new Uint8Array(xlsxFile.bytes);
    const sheet = readXlsx(bytes, { sheet: 'Results' });
    expect(sheet.sheets).toEqual(['Results', 'Indicators']);
    const [header, ...rows] = sheet.rows;
    expect(rows).toHaveLength(RECORDS);
    const col = (name: string): number => {
      const i = header!.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    const [idCol, totalCol, gradeCol, statusCol] = [col('Id'), col('Total'), col('Grade'), col('Status')];
    const gradeLabel = new Map(config.grades.bands.map((b) => [b.id, english(b.label)]));
    expect(rows.map((r) => r[idCol])).toEqual(expected.records.map((r) => r.id));
    expect(rows.map((r) => r[totalCol])).toEqual(expected.records.map((r) => r.total));
    expect(rows.map((r) => r[gradeCol])).toEqual(expected.records.map((r) => (r.grade === null ? undefined : gradeLabel.get(r.grade))));
    expect(rows.every((r) => r[statusCol] === 'OK')).toBe(true);
    const treeSheet = readXlsx(bytes, { sheet: 'Indicators' });
    const treeText = treeSheet.rows.slice(1).map((r) => r.map((c) => String(c ?? '')).join(' '));
    expect(treeSheet.rows.length).toBeGreaterThan(treeNames(config.root).length - 1);
    for (const name of treeNames(config.root).slice(1)) expect(treeText.some((t) => t.includes(name)), name).toBe(true);

    // 5. A person's report: a row of the grid picked, its explanation's "Open the printable report".
    await closeToasts(page);
    const index = 3;
    const person = expected.records[index]!;
    await results.locator(`.grid [role=option][data-index="${index}"]`).click();
    await results.locator('.details h3').filter({ hasText: person.id }).waitFor();
    await results.getByRole('button', { name: 'Open the printable report', exact: true }).click();
    const report = page.locator('sc-report-editor');
    await report.locator('.status').filter({ hasText: `${RECORDS} persons in ${NAME} – sample records` }).waitFor({ timeout: 30_000 });
    const sheetPage = report.locator(`sc-report-book .page.person[data-subject="${person.id}"]`);
    await sheetPage.waitFor({ timeout: 30_000 });
    expect(await report.locator('sc-report-book .page').count()).toBe(1);
    const personName = person.name ? `${person.name} (${person.id})` : person.id;
    await expect(sheetPage.locator('h1').textContent()).resolves.toBe(`Appraisal report: ${personName}`);
    const figure = async (label: string): Promise<string> => ((await sheetPage.locator('.figure', { has: page.locator('.label', { hasText: new RegExp(`^${label}$`) }) }).locator('.value').textContent()) ?? '').trim();
    expect(await figure('Total')).toBe(number.format(person.total!));
    expect(await figure('Grade')).toBe(gradeLabel.get(person.grade!));
    await expect(sheetPage.locator('.grade-chip').textContent()).resolves.toBe(gradeLabel.get(person.grade!));
    await closeToasts(page);
    await screenshot(page, 'templates-person-report.png');

    // It prints on one A4 page: headless Chromium's PDF of the tab (the plugin's beforeprint handler
    // puts the report in its print host) has one A4 page, and that page is this person's report.
    const pdf = pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pdf.pages).toHaveLength(1);
    const [width, height] = pdf.pages[0]!.mediaBox.slice(2);
    expect(width! / 72 * 25.4).toBeCloseTo(210, 0);
    expect(height! / 72 * 25.4).toBeCloseTo(297, 0);
    const printed = pdf.pages[0]!.lines;
    expect(printed).toContain(`Appraisal report: ${personName}`);
    expect(printed[printed.indexOf('Total') + 1]).toBe(number.format(person.total!));
    expect(printed).toContain(gradeLabel.get(person.grade!));
    // The last thing on the page, the signature lines, made it onto the one page.
    expect(printed.slice(-3)).toEqual(['Appraisee', 'Manager', 'Date']);

    expect(app.errors).toEqual([]);
  }, 120_000);
});
