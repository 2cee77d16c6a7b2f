import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTIFACTS = new URL('../artifacts/', import.meta.url);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** A fresh browser context (empty IndexedDB) with the app loaded and booted. */
export async function openApp(browser: Browser, options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: options.locale ?? 'en-US', colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(inject('baseUrl'));
  await waitForBoot(page);
  return { page, context, errors };
}

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export async function waitForBoot(page: Page): Promise<void> {
  await page.waitForSelector('html[data-workbench-ready="true"]', { timeout: 30000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL(name, ARTIFACTS).pathname });
}

/** Presses the primary-modifier chord (Ctrl here: the tests run on Linux). */
export async function press(page: Page, keys: string): Promise<void> {
  await page.keyboard.press(keys);
}
