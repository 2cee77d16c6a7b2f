// Datasets through the UI: a 100,000-row GBK CSV (as Chinese spreadsheets export it) is imported in
// a worker with progress, opened in the virtualised grid, a cell is edited, and the edit is still
// there after a reload (IndexedDB in real Chromium). Then a small file with bad cells is imported
// with "Import them and let me fix them", and one of them is fixed in the grid, for good.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, waitForBoot, type AppPage } from './harness.ts';

const ROWS = Number(process.env.E2E_ROWS ?? 100_000);

/** GBK bytes of the few Chinese words the file uses (checked against the gb18030 decoder below). */
const GBK: Record<string, number[]> = {
  姓名: [0xd0, 0xd5, 0xc3, 0xfb],
  张三: [0xd5, 0xc5, 0xc8, 0xfd],
  李四: [0xc0, 0xee, 0xcb, 0xc4],
};

function gbkCsv(): Buffer {
  const parts: Buffer[] = [];
  const ascii = (s: string) => parts.push(Buffer.from(s, 'latin1'));
  const word = (w: string) => parts.push(Buffer.from(GBK[w]!));
  const kpis = Array.from({ length: 17 }, (_, i) => `k${i + 1}`);
  ascii('id,');
  word('姓名');
  ascii(`,team,${kpis.join(',')}\r\n`);
  for (let i = 1; i <= ROWS; i++) {
    ascii(`${i},`);
    word(i % 2 ? '张三' : '李四');
    ascii(`,${'ABC'[i % 3]},${kpis.map((_, k) => ((i * 7 + k * 13) % 1000) / 10).join(',')}\r\n`);
  }
  return Buffer.concat(parts);
}

let browser: Browser;
let app: AppPage;
let csvPath: string;
/** Scores with two cells that are not numbers (lines 3 and 5). */
let badCsvPath: string;

beforeAll(async () => {
  const bytes = gbkCsv();
  // The table above really is GBK, or the test would prove nothing.
  expect(new TextDecoder('gb18030').decode(bytes.subarray(0, 40))).toMatch(/^id,姓名,team,k1/);
  csvPath = join(mkdtempSync(join(tmpdir(), 'scorecard-gbk-')), 'agents-gbk.csv');
  writeFileSync(csvPath, bytes);
  badCsvPath = join(mkdtempSync(join(tmpdir(), 'scorecard-fix-')), 'scores-to-fix.csv');
  writeFileSync(badCsvPath, 'agent,score\nA1,90\nA2,"12,5"\nA3,80\nA4,n/a\nA5,70\n');
  browser = await launchBrowser();
  app = await openApp(browser);
}, 60_000);

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
});

describe('datasets', () => {
  it('imports a 100,000-row GBK CSV through the UI, edits a cell, and keeps the edit after a reload', async () => {
    const { page } = app;
    await page.locator('[data-part="activitybar"] button[data-container="data"]').click();
    const chooser = page.waitForEvent('filechooser');
    await page.locator('sc-datasets-view button', { hasText: 'Import…' }).click();
    await (await chooser).setFiles(csvPath);

    const editor = page.locator('sc-dataset-import-editor');
    await editor.locator('table.fields').waitFor({ timeout: 30_000 });
    await expect(editor.locator('select').nth(1).locator('option').first().textContent()).resolves.toContain('GB18030');
    await expect(editor.locator('table.preview td', { hasText: '张三' }).count()).resolves.toBeGreaterThan(0);
    await editor.locator('input[type="text"]').first().fill('Agents March');
    // Two distinct names look like a category; the user makes the column free text before importing.
    await expect(editor.locator('select[aria-label="Type of 姓名"]').inputValue()).resolves.toBe('category');
    await editor.locator('select[aria-label="Type of 姓名"]').selectOption('string');

    const started = Date.now();
    await editor.locator('button', { hasText: /^Import$/ }).click();
    await editor.locator('progress').waitFor({ timeout: 10_000 }).catch(() => undefined); // may finish before it paints
    await editor.locator('.done').waitFor({ timeout: 120_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'datasets-import-failed.png');
      throw new Error(`the import did not finish: ${await editor.evaluate((e) => e.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(-600))}; console: ${app.errors.join(' | ')}`, { cause: error });
    });
    const seconds = (Date.now() - started) / 1000;
    console.log(`e2e: imported ${ROWS.toLocaleString('en')} GBK rows through the UI in ${seconds.toFixed(1)} s`);
    await expect(editor.locator('.done').textContent()).resolves.toContain(`Imported ${ROWS.toLocaleString('en')} rows`);
    await screenshot(page, 'datasets-import-done.png');

    await editor.locator('button', { hasText: 'Open Dataset' }).click();
    const grid = page.locator('sc-dataset-editor sc-data-grid');
    const firstRowName = grid.locator('[role="row"][data-row="0"] [role="gridcell"][data-col="1"]');
    await firstRowName.waitFor({ timeout: 30_000 });
    await expect(firstRowName.textContent()).resolves.toContain('张三');
    // Only a window of the 100,000 rows is in the DOM.
    await expect(grid.locator('[role="row"][data-row]').count()).resolves.toBeLessThan(200);

    // Keyboard only: into the grid, first column, one to the right (the name), F2 edits.
    await firstRowName.click();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('F2');
    const input = grid.locator('input.editor');
    await input.waitFor();
    await input.fill('王五');
    await input.press('Enter');
    await expect(firstRowName.textContent()).resolves.toContain('王五');
    await screenshot(page, 'datasets-grid-edited.png');

    await page.waitForTimeout(500); // the write is already awaited by the grid; leave room for the tab to settle
    await page.reload();
    await waitForBoot(page);
    // The layout comes back as it was: the Data view open (clicking its icon again would close it).
    await page.locator('sc-datasets-view li', { hasText: 'Agents March' }).click();
    const reloaded = page.locator('sc-dataset-editor sc-data-grid [role="row"][data-row="0"] [role="gridcell"][data-col="1"]');
    await reloaded.waitFor({ timeout: 30_000 });
    await expect(reloaded.textContent()).resolves.toContain('王五');
    await expect(page.locator('sc-datasets-view li', { hasText: 'Agents March' }).textContent()).resolves.toContain(`${ROWS.toLocaleString('en')} rows`);

    // The edit can still be undone after the reload (Ctrl+Z in the grid), and redone.
    await reloaded.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => reloaded.textContent()).toContain('张三');
    const redoButton = page.locator('sc-dataset-editor .toolbar button', { hasText: 'Redo' });
    await expect.poll(() => redoButton.isDisabled()).toBe(false);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => reloaded.textContent()).toContain('王五');
    expect(app.errors).toEqual([]);
  }, 240_000);

  it('imports rows with bad cells for fixing, leads to them, and a fix stays fixed after a reload', async () => {
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.locator('sc-datasets-view button', { hasText: 'Import…' }).click();
    await (await chooser).setFiles(badCsvPath);
    const importer = page.locator('sc-dataset-import-editor:visible');
    await importer.locator('table.fields').waitFor({ timeout: 30_000 });
    // "12,5" and "n/a" make the column text; declared a number, the preview shows bad rows and the choice follows.
    await importer.locator('select[aria-label="Type of score"]').selectOption('number');
    await expect(importer.locator('input[type="radio"][value="fix"]').isChecked()).resolves.toBe(true);
    await expect(importer.locator('[role="radiogroup"] label', { hasText: 'Import them and let me fix them' }).count()).resolves.toBe(1);
    await importer.locator('button', { hasText: /^Import$/ }).click();
    await importer.locator('.to-fix').waitFor({ timeout: 30_000 });
    await expect(importer.locator('.to-fix').textContent()).resolves.toContain('2 rows have cells to fix');
    await importer.locator('button', { hasText: 'Open Dataset' }).click();

    const editor = page.locator('sc-dataset-editor:visible');
    const banner = editor.locator('.fix-banner .message');
    await banner.waitFor({ timeout: 30_000 });
    await expect(banner.textContent()).resolves.toContain('2 rows have cells to fix');
    await editor.locator('.fix-banner button', { hasText: 'Show Only Rows to Fix' }).click();
    await expect.poll(() => editor.locator('sc-data-grid .body [role="row"]').count()).toBe(2);
    await expect(editor.locator('sc-data-grid .cell.noted').first().getAttribute('title')).resolves.toContain('Was "12,5": not a number (line 3)');
    await screenshot(page, 'datasets-cells-to-fix.png');

    // Keyboard: to the first cell to fix, F2 opens it with its original text, corrected, Enter.
    await editor.locator('.fix-banner button', { hasText: 'Next Cell to Fix' }).click();
    await page.keyboard.press('F2');
    const input = editor.locator('sc-data-grid input.editor');
    await expect(input.inputValue()).resolves.toBe('12,5');
    await input.fill('12.5');
    await input.press('Enter');
    await expect.poll(() => banner.textContent()).toContain('1 row has cells to fix');
    await expect(editor.locator('sc-data-grid .cell.noted').count()).resolves.toBe(1);

    await page.waitForTimeout(500);
    await page.reload();
    await waitForBoot(page);
    await page.locator('sc-datasets-view li', { hasText: 'scores-to-fix' }).click();
    const reloaded = page.locator('sc-dataset-editor:visible .fix-banner .message');
    await reloaded.waitFor({ timeout: 30_000 });
    await expect(reloaded.textContent()).resolves.toContain('1 row has cells to fix');
    await page.locator('sc-dataset-editor:visible .fix-banner button', { hasText: 'Dismiss' }).click();
    await expect.poll(() => page.locator('sc-dataset-editor:visible .fix-banner').count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 120_000);
});
