import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { INITIAL_JS_BUDGET, initialJsSize } from '../../scripts/initial-size.mjs';
import { launchBrowser, openApp, screenshot, waitForBoot, type AppPage } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function tabTitles(page: Page): Promise<string[]> {
  return page.locator('[data-part="editor"] [role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-uri') ?? ''));
}

/** Runs a command through the palette; with `thenPick`, chooses that option of the picker it opens. */
async function runFromPalette(page: Page, query: string, thenPick?: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('[data-part="quickinput"] input');
  await input.waitFor();
  await input.fill(`>${query}`);
  await page.keyboard.press('Enter');
  if (thenPick) await page.locator('[data-part="quickinput"] [role="option"]', { hasText: thenPick }).click();
  await input.waitFor({ state: 'hidden' });
}

describe('the workbench, built and served', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp(browser);
  });

  afterAll(async () => {
    await app?.context.close();
  });

  it('boots with every part and no console errors, despite a broken plugin', async () => {
    const { page, errors } = app;
    for (const part of ['activitybar', 'sidebar', 'editor', 'panel', 'statusbar']) {
      await expect(page.locator(`[data-part="${part}"]`).count()).resolves.toBe(1);
    }
    expect(errors).toEqual([]);
    // Object.prototype was sealed before any other module ran (src/base/seal-object-prototype.ts),
    // and every plugin and dependency booted with it so.
    expect(await page.evaluate(() => Object.isExtensible(Object.prototype))).toBe(false);
    // The welcome page opens on first start.
    expect(await tabTitles(page)).toEqual(['welcome:']);
    // The broken plugin is reported in Output and the rest of the app keeps working.
    await page.locator('[data-part="panel"] [role="tab"]', { hasText: 'Output' }).click();
    await expect(page.locator('[data-part="panel"] pre').textContent()).resolves.toContain('Plugin test-broken failed to activate');
    await expect(page.locator('[data-part="statusbar"] [data-item="testSample.status"]').textContent()).resolves.toContain('Sample ready');
    await page.keyboard.press('Control+Alt+H');
    await page.locator('[data-part="notifications"] .toast', { hasText: 'Hello from the sample plugin' }).waitFor();
  });

  it('runs a command from the palette, which shows its keybinding', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('[data-part="quickinput"] input');
    await input.fill('>say hello');
    const option = page.locator('[data-part="quickinput"] [role="option"]').first();
    await expect(option.textContent()).resolves.toContain('Sample: Say Hello');
    await expect(option.locator('kbd').allTextContents()).resolves.toEqual(['Ctrl', 'Alt', 'H']);
    await page.keyboard.press('Enter');
    await page.locator('[data-part="notifications"]', { hasText: 'Hello from the sample plugin' }).waitFor();
    // Escape closes the palette without running anything.
    await page.keyboard.press('Control+Shift+P');
    await input.waitFor();
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'hidden' });
  });

  it('opens, reorders and closes tabs', async () => {
    const { page } = app;
    await runFromPalette(page, 'open three documents');
    expect(await tabTitles(page)).toEqual(['welcome:', 'test-doc:alpha', 'test-doc:beta', 'test-doc:gamma']);
    // Drag gamma onto alpha: it moves before it.
    const tab = (uri: string) => page.locator(`[data-part="editor"] [role="tab"][data-uri="${uri}"]`);
    await tab('test-doc:gamma').dragTo(tab('test-doc:alpha'), { targetPosition: { x: 4, y: 10 } });
    expect(await tabTitles(page)).toEqual(['welcome:', 'test-doc:gamma', 'test-doc:alpha', 'test-doc:beta']);
    // Close beta with its close button; the neighbour becomes active.
    await tab('test-doc:beta').hover();
    await tab('test-doc:beta').locator('button, [data-action="close"]').first().click();
    expect(await tabTitles(page)).toEqual(['welcome:', 'test-doc:gamma', 'test-doc:alpha']);
  });

  it('quick open (Ctrl+P) finds and opens a document', async () => {
    const { page } = app;
    await page.keyboard.press('Control+P');
    const input = page.locator('[data-part="quickinput"] input');
    await input.fill('beta');
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    expect(await tabTitles(page)).toContain('test-doc:beta');
    await expect(page.locator('[data-part="editor"] [role="tab"][aria-selected="true"]').getAttribute('data-uri')).resolves.toBe('test-doc:beta');
  });

  it('switches to Chinese and back from the palette without losing open tabs', async () => {
    const { page } = app;
    const before = await tabTitles(page);
    await page.keyboard.press('Control+Shift+P');
    await page.locator('[data-part="quickinput"] input').fill('>configure display language');
    await page.keyboard.press('Enter');
    await page.locator('[data-part="quickinput"] [role="option"]', { hasText: '简体中文' }).click();
    await page.waitForSelector('html[lang="zh-CN"]');
    await expect(page.locator('[data-part="panel"] [role="tab"]').first().textContent()).resolves.toContain('问题');
    expect(await tabTitles(page)).toEqual(before);
    await screenshot(page, 'workbench-zh-CN.png');
    // And back, through the Chinese palette.
    await page.keyboard.press('Control+Shift+P');
    await page.locator('[data-part="quickinput"] input').fill('>配置显示语言');
    await page.keyboard.press('Enter');
    await page.locator('[data-part="quickinput"] [role="option"]', { hasText: 'English' }).click();
    await page.waitForSelector('html[lang="en"]');
    await expect(page.locator('[data-part="panel"] [role="tab"]').first().textContent()).resolves.toContain('Problems');
    expect(await tabTitles(page)).toEqual(before);
  });

  it('restores tabs and layout after a reload', async () => {
    const { page } = app;
    const tabs = await tabTitles(page);
    const active = await page.locator('[data-part="editor"] [role="tab"][aria-selected="true"]').getAttribute('data-uri');
    // Change the layout: hide the panel, widen the side bar with the keyboard.
    await page.keyboard.press('Control+J');
    await page.locator('[data-part="panel"]').waitFor({ state: 'detached' });
    const sash = page.locator('sc-sash[data-sash="sidebar"]');
    await sash.focus();
    await page.keyboard.press('Shift+ArrowRight');
    const width = await page.locator('[data-part="sidebar"]').evaluate((el) => el.getBoundingClientRect().width);
    await page.waitForTimeout(200); // layout writes are debounced by 50 ms
    await page.reload();
    await waitForBoot(page);
    expect(await tabTitles(page)).toEqual(tabs);
    await expect(page.locator('[data-part="editor"] [role="tab"][aria-selected="true"]').getAttribute('data-uri')).resolves.toBe(active);
    await expect(page.locator('[data-part="panel"]').count()).resolves.toBe(0);
    const restoredWidth = await page.locator('[data-part="sidebar"]').evaluate((el) => el.getBoundingClientRect().width);
    expect(restoredWidth).toBe(width);
    await page.keyboard.press('Control+J');
    await page.locator('[data-part="panel"]').waitFor();
  });

  it('saves screenshots of the shell in light and dark theme', async () => {
    const { page } = app;
    await runFromPalette(page, 'Preferences: Color Theme', 'Dark');
    await page.waitForSelector('html[data-theme="dark"]');
    const background = await page.locator('[data-part="statusbar"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(24, 24, 24)');
    await screenshot(page, 'workbench-dark.png');
    await runFromPalette(page, 'Preferences: Color Theme', 'Light');
    await page.waitForSelector('html[data-theme="light"]');
    await screenshot(page, 'workbench-light.png');
  });
});

describe('the built app', () => {
  it(`keeps the initial JavaScript under ${INITIAL_JS_BUDGET / 1024} KB gzip`, () => {
    const { total, files } = initialJsSize(fileURLToPath(new URL('../../dist-e2e', import.meta.url))) as { total: number; files: unknown[] };
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(INITIAL_JS_BUDGET);
  });
});
