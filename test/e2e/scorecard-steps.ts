// Steps the scorecard e2e tests share: the command palette, the scorecard editor's tabs, closing
// toasts, and the standalone runtime the CLI checks exports with.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const scorecardEditor = (page: Page): Locator => page.locator('sc-scorecard-editor');
export const editorTab = (page: Page, name: string): Locator => scorecardEditor(page).getByRole('tab', { name, exact: true });
export const quickInput = (page: Page): Locator => page.locator('[data-part="quickinput"]');

/** Runs a command from the palette, once the first option is the one asked for. */
export async function command(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = quickInput(page).locator('input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await expect.poll(() => quickInput(page).locator('[role="option"]').first().locator('.label').textContent()).toContain(title);
  await page.keyboard.press('Enter');
}

/** Closes the notification toasts (the e2e build's deliberately broken plugin announces itself), for clean screenshots and unambiguous notices. */
export async function closeToasts(page: Page): Promise<void> {
  const closes = page.locator('[data-part="notifications"] button.close');
  await expect.poll(async () => {
    for (const close of await closes.all()) await close.click({ timeout: 5_000 }).catch(() => undefined);
    return closes.count();
  }).toBe(0);
}

export async function openTab(page: Page, name: string): Promise<void> {
  await editorTab(page, name).click();
  await expect.poll(() => editorTab(page, name).getAttribute('aria-selected')).toBe('true');
}

/** The standalone runtime the CLI runs on, built into a temporary folder so dist/ is left alone. */
export async function buildRuntime(prefix: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `${prefix}-runtime-`));
  await build({ configFile: join(root, 'vite.runtime.config.ts'), root, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return join(outDir, 'scorecard-runtime.js');
}
