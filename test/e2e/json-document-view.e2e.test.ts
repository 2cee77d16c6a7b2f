// The policy editor's JSON view with real Monaco (the component tests cannot load Monaco): the
// document as JSON, edits applied only while the JSON is valid, field completion in {"var": "…"},
// hovers and the validator's problems as squiggles, inside the policy editor's shadow root.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, type AppPage } from './harness.ts';

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser);
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
});

const FIELDS = [{ key: 'complaints', type: 'integer' }, { key: 'handleTime', type: 'number', unit: 'min' }];

function policy(name: string, path: string): Record<string, unknown> {
  return {
    format: 'scorecard-policy',
    version: 1,
    name,
    fields: FIELDS,
    rules: [{ id: 'r1', name: 'Each complaint', when: { '>': [{ var: path }, 0] }, effect: { type: 'points', amount: -10 } }],
  };
}

const view = (page: Page): Locator => page.locator('sc-json-document-view');
const nameInput = (page: Page): Locator => page.locator('sc-policy-editor input.name');

/** The visible text of the editor (Monaco renders spaces as no-break spaces). */
async function editorText(page: Page): Promise<string> {
  return ((await view(page).locator('.monaco-editor .view-lines').textContent()) ?? '').replace(/\u00a0/g, ' ');
}

/**
 * Replaces the whole text as typing would. Keep `text` on one line: typed line breaks get Monaco's
 * auto-indent and bracket handling (an extra closing brace), as they would for a person typing.
 */
async function setJson(page: Page, text: string): Promise<void> {
  await view(page).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function waitForName(page: Page, name: string): Promise<void> {
  await expect.poll(() => nameInput(page).inputValue(), { timeout: 5000 }).toBe(name);
}

/**
 * The last token of the rendered text with `text`, e.g. '"complaints"'. The last, because the
 * one-line document scrolls to its end as it is typed, and the rules (with the var paths) come last.
 */
function token(page: Page, text: string): Locator {
  return view(page).locator('.view-line span[class^="mtk"]', { hasText: text }).last();
}

describe('the policy JSON view', () => {
  it('shows a new policy as JSON in Monaco and applies valid edits', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+P');
    await page.locator('[data-part="quickinput"] input').fill('>New Policy');
    await page.keyboard.press('Enter');
    await page.locator('sc-policy-editor').waitFor();
    await page.locator('sc-policy-editor [role="tab"]', { hasText: 'JSON' }).click();
    await page.waitForSelector('sc-json-document-view[data-json-editor="monaco"]', { timeout: 30000 });
    await view(page).locator('.monaco-editor .view-lines').waitFor();
    // Monaco's CSS reached the policy editor's shadow root: the editor has real layout.
    const height = await view(page).locator('.monaco-editor').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(100);
    await expect.poll(() => editorText(page)).toContain('"format": "scorecard-policy"');

    await setJson(page, JSON.stringify(policy('Edited in JSON', 'nosuch')));
    await waitForName(page, 'Edited in JSON');
  });

  it('shows the validator\'s problems as squiggles on the nodes they name', async () => {
    const { page } = app;
    // "nosuch" is not a declared field: the validator warns at the var's pointer.
    const squiggle = view(page).locator('.monaco-editor [class*="squiggly-"]').first();
    await squiggle.waitFor({ timeout: 10000 });
    const underlined = await squiggle.boundingBox();
    const word = await token(page, '"nosuch"').boundingBox();
    expect(underlined && word).toBeTruthy();
    // Same line, and the squiggle covers the path string.
    expect(Math.abs(underlined!.y + underlined!.height / 2 - (word!.y + word!.height / 2))).toBeLessThan(word!.height);
    expect(underlined!.x).toBeLessThanOrEqual(word!.x + 1);
    expect(underlined!.x + underlined!.width).toBeGreaterThanOrEqual(word!.x + word!.width - 1);
    await screenshot(page, 'policy-json-problem.png');
  });

  it('completes field names inside {"var": "…"} while the JSON is still unfinished', async () => {
    const { page } = app;
    const full = JSON.stringify(policy('Completed', 'complaints'));
    const cut = full.indexOf('{"var":"complaints"}') + '{"var":"'.length;
    // Ends just after {"var":" (Monaco closes the open string and brackets as it would for typing).
    await setJson(page, full.slice(0, cut));
    await page.keyboard.press('Control+Space');
    const rows = view(page).locator('.suggest-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 10000 });
    // Ours are fields (Monaco's word-based suggestions, plain text, would list the words too).
    const fields = rows.filter({ has: page.locator('.codicon-symbol-field') });
    await expect.poll(() => fields.allTextContents()).toEqual([expect.stringMatching(/^complaints/), expect.stringMatching(/^handleTime/)]);
    await screenshot(page, 'policy-json-completion.png');
    await page.keyboard.type('compl');
    await page.keyboard.press('Enter');
    // The rest types over the closing characters Monaco added.
    await page.keyboard.insertText(full.slice(cut + 'complaints'.length));
    await waitForName(page, 'Completed');
    await expect.poll(() => editorText(page)).toContain('{"var":"complaints"}');
  });

  it('hovers a field path with the field\'s type and unit', async () => {
    const { page } = app;
    await token(page, '"complaints"').hover();
    await page.locator('.monaco-hover-content', { hasText: 'Type: Integer' }).first().waitFor({ timeout: 10000 });
  });

  it('applies nothing while the JSON is invalid, says why, and keeps the text', async () => {
    const { page, errors } = app;
    const broken = '{ "format": "scorecard-policy", "name": "Broken",';
    await setJson(page, broken);
    const alert = view(page).locator('.syntax[role="alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('not valid');
    await page.waitForTimeout(600); // longer than the debounce
    await expect(nameInput(page).inputValue()).resolves.toBe('Completed');
    await expect(editorText(page)).resolves.toContain('"name": "Broken"');

    await page.keyboard.insertText(' "version": 1, "rules": [] }');
    await waitForName(page, 'Broken');
    await expect(alert.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
