// The policy designer end to end (issue: the policy designer): a generated dataset is imported
// through the Data view; the three headline rules are built in the visual builder by mouse and by
// keyboard; the live test runner (a real worker over IndexedDB) shows how many records each rule
// fires on; a record's trace opens; the record is saved as a test case; changing a rule breaks the
// test and the failure shows in Test Results and Problems.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, type AppPage } from './harness.ts';

const RECORDS = 1000;

interface Agent { agent: string; complaints: number; serious: number; signIns: string[] }

/**
 * Deterministic sample agents: complaints 0–4, a serious complaint for every 40th, and a month of
 * 20 clock-in times of which 0–6 are after 08:30 (08:30 itself, on time, appears in every month).
 */
function agents(): Agent[] {
  return Array.from({ length: RECORDS }, (_, i) => {
    const lateDays = (i * 3) % 7;
    const signIns = Array.from({ length: 20 }, (_, j) => (j < lateDays ? `08:${31 + j}` : j % 2 === 1 ? '08:30' : `08:${String(10 + j).padStart(2, '0')}`));
    return { agent: `agent-${i + 1}`, complaints: (i * 7) % 5, serious: i % 40 === 3 ? 1 : 0, signIns };
  });
}

const lateCount = (a: Agent): number => a.signIns.filter((t) => t > '08:30').length;

let browser: Browser;
let app: AppPage;
let jsonPath: string;

beforeAll(async () => {
  jsonPath = join(mkdtempSync(join(tmpdir(), 'scorecard-policy-')), 'agents.json');
  writeFileSync(jsonPath, JSON.stringify(agents()));
  browser = await launchBrowser();
  app = await openApp(browser);
}, 60_000);

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
});

const editor = (page: Page): Locator => page.locator('sc-policy-editor');
const ruleCard = (page: Page, i: number): Locator => editor(page).locator('section.rule').nth(i);
const results = (page: Page): Locator => page.locator('sc-policy-results');

/** The "Fires on" count the runner shows for a rule id. */
async function firedCount(page: Page, ruleId: string): Promise<string> {
  return ((await results(page).locator(`td[data-rule="${ruleId}"]`).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function pickField(scope: Locator, key: string): Promise<void> {
  const picker = scope.locator('sc-field-picker').first();
  await picker.getByRole('button', { name: 'Show fields' }).click();
  await picker.locator(`[role=option][data-key="${key}"]`).click();
}

describe('the policy designer', () => {
  it('builds three rules by mouse and keyboard, shows counts and a trace, and catches a broken test case', async () => {
    const { page } = app;
    const data = agents();
    const expected = {
      complaint: data.filter((a) => a.complaints > 0).length,
      serious: data.filter((a) => a.serious > 0).length,
      late: data.filter((a) => lateCount(a) > 3).length,
    };

    // 1. Sample data through the Data view.
    await page.locator('[data-part="activitybar"] button[data-container="data"]').click();
    const chooser = page.waitForEvent('filechooser');
    await page.locator('sc-datasets-view button', { hasText: 'Import…' }).click();
    await (await chooser).setFiles(jsonPath);
    const importer = page.locator('sc-dataset-import-editor');
    await importer.locator('table.fields').waitFor({ timeout: 30_000 });
    // The clock-in arrays are proposed as a list of times.
    await expect(importer.getByRole('combobox', { name: 'Type of signIns' }).inputValue()).resolves.toBe('list:time');
    await importer.locator('button', { hasText: /^Import$/ }).click();
    await importer.locator('.done').waitFor({ timeout: 60_000 });

    // 2. A new policy; the editor picks the dataset as test data, the runner panel follows it.
    await page.locator('[data-part="activitybar"] button[data-container="policies"]').click();
    await page.locator('sc-document-list button', { hasText: 'New policy' }).click();
    await editor(page).waitFor();
    await page.keyboard.press('Control+Shift+P');
    await page.locator('[data-part="quickinput"] input').fill('>Show Policy Results');
    await page.keyboard.press('Enter');
    await results(page).waitFor();

    // Rule 1 by mouse: each complaint deducts 10 points.
    await editor(page).locator('.toolbar button', { hasText: 'Add rule' }).click();
    const r1 = ruleCard(page, 0);
    await r1.getByRole('textbox', { name: 'Rule name' }).fill('Each complaint deducts 10');
    await r1.getByRole('textbox', { name: 'Rule name' }).press('Tab');
    const effect1 = r1.locator('sc-effect-editor');
    await effect1.getByRole('combobox', { name: 'Kind of Amount' }).selectOption('arith');
    await effect1.getByRole('combobox', { name: 'Kind of Operand 1' }).selectOption('field');
    await pickField(effect1, 'complaints');
    await effect1.getByRole('spinbutton', { name: 'Operand 2' }).or(effect1.getByRole('textbox', { name: 'Operand 2' })).first().fill('-10');
    await effect1.getByRole('spinbutton', { name: 'Operand 2' }).or(effect1.getByRole('textbox', { name: 'Operand 2' })).first().press('Tab');
    await expect.poll(() => firedCount(page, 'r1'), { timeout: 15_000 }).toContain(`${expected.complaint.toLocaleString('en')} (`);

    // Rule 2 by mouse: a serious complaint caps the grade at C.
    await editor(page).locator('.toolbar button', { hasText: 'Add rule' }).click();
    const r2 = ruleCard(page, 1);
    await r2.getByRole('textbox', { name: 'Rule name' }).fill('A serious complaint caps the grade at C');
    await r2.getByRole('textbox', { name: 'Rule name' }).press('Tab');
    await pickField(r2.locator('sc-condition-row').first(), 'serious');
    await r2.locator('sc-effect-editor select').first().selectOption('veto-cap');
    await r2.locator('sc-effect-editor').getByRole('textbox', { name: 'Highest grade' }).fill('C');
    await r2.locator('sc-effect-editor').getByRole('textbox', { name: 'Highest grade' }).press('Tab');
    await expect.poll(() => firedCount(page, 'r2'), { timeout: 15_000 }).toContain(`${expected.serious} (`);

    // Rule 3 by keyboard only: late after 08:30 more than 3 times deducts 5. Picking the list of
    // clock-in times makes the condition "count of its items where the item is later than …".
    await page.keyboard.press('Control+Shift+P');
    await page.locator('[data-part="quickinput"] input').fill('>Add Rule');
    await page.keyboard.press('Enter');
    const r3 = ruleCard(page, 2);
    await r3.getByRole('textbox', { name: 'Rule name' }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Late after 08:30 more than 3 times');
    await page.keyboard.press('Tab');
    const field3 = r3.locator('sc-condition-row').first().getByRole('combobox', { name: 'Field' });
    await field3.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('signIns');
    await page.keyboard.press('Enter');
    const limit3 = r3.locator('sc-condition-row').first().getByLabel('Limit (HH:mm)', { exact: true });
    await limit3.focus();
    await limit3.fill('08:30');
    await page.keyboard.press('Tab');
    const value3 = r3.locator('sc-condition-row').first().getByRole('spinbutton', { name: 'Value' }).or(r3.locator('sc-condition-row').first().getByRole('textbox', { name: 'Value' })).first();
    await value3.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect.poll(() => firedCount(page, 'r3'), { timeout: 15_000 }).toContain(`${expected.late} (`);
    await screenshot(page, 'policy-designer-rules.png');

    // The plain-language summary reads the three rules.
    const summary = (await editor(page).locator('section.summary').textContent()) ?? '';
    expect(summary).toMatch(/deduct/i);
    expect(summary).toMatch(/C/);

    // 3. A record's trace: the 5th record (3 complaints, 5 late days: -30 - 5 points).
    await results(page).locator('.grid [role=option][data-index="4"]').click();
    const details = results(page).locator('.details');
    await details.locator('h3', { hasText: 'Record 5' }).waitFor();
    await details.locator('summary', { hasText: 'Trace' }).first().click();
    await expect(details.locator('ul.trace').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'policy-designer-trace.png');

    // 4. Save it as a test case; it passes.
    await details.locator('button', { hasText: 'Save as test case' }).click();
    await results(page).getByRole('tab', { name: /Test cases/ }).click();
    await expect.poll(async () => (await results(page).locator('ul.tests li').first().getAttribute('class')) ?? '').toBe('passed');

    // json-logic-js agrees on the classic rules; it has no time.after, so the lateness rule is listed as not checked.
    await results(page).getByRole('tab', { name: 'Cross-check' }).click();
    await results(page).locator('button', { hasText: 'Run cross-check' }).click();
    await results(page).getByText('json-logic-js agrees on every record.').waitFor({ timeout: 20_000 });
    await results(page).getByText(/Not checked: .*Late after 08:30 more than 3 times/).first().waitFor();

    // A named version to compare with later (the Version History view in the Explorer).
    await page.locator('[data-part="activitybar"] button[data-container="explorer"]').click();
    const history = page.locator('sc-history-view');
    await history.getByRole('textbox', { name: 'Name of the new version' }).fill('Before the change');
    await history.locator('button', { hasText: 'Save version' }).click();
    await history.getByText('Before the change').first().waitFor();

    // 5. Break it: the first rule now deducts 5 per complaint.
    await effect1.getByRole('spinbutton', { name: 'Operand 2' }).or(effect1.getByRole('textbox', { name: 'Operand 2' })).first().fill('-5');
    await effect1.getByRole('spinbutton', { name: 'Operand 2' }).or(effect1.getByRole('textbox', { name: 'Operand 2' })).first().press('Tab');
    await results(page).getByRole('tab', { name: /Test cases/ }).click();
    await expect.poll(async () => (await results(page).locator('ul.tests li').first().getAttribute('class')) ?? '', { timeout: 10_000 }).toBe('failed');
    await expect(results(page).locator('ul.tests li .message').first().textContent()).resolves.toContain('expected -35, got -20');
    // The failure is in the Problems panel, and the Test Results panel.
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('sc-problems-view').getByText('Test "Record 5" failed').first().waitFor({ timeout: 10_000 });
    await page.getByRole('tab', { name: 'Test Results' }).click();
    await page.locator('sc-test-results-view').getByText('Record 5').first().waitFor({ timeout: 10_000 }).catch(async (error: unknown) => { await screenshot(page, 'policy-designer-test-results.png'); throw error; });
    await screenshot(page, 'policy-designer-broken-test.png');

    // Compared with the saved version, every record with a complaint changes outcome.
    await page.getByRole('tab', { name: 'Policy Results' }).click();
    await results(page).getByRole('tab', { name: 'Compare versions' }).click();
    const versions = results(page).locator('label', { hasText: 'Compare with' }).locator('select');
    await expect.poll(() => versions.locator('option').count()).toBeGreaterThan(1);
    const value = await versions.locator('option', { hasText: 'Before the change' }).getAttribute('value');
    await versions.selectOption(value!);
    await results(page).getByText(`${expected.complaint} of 1000 records change outcome`).waitFor({ timeout: 20_000 });

    // Sample data for exactly the fields the rules read.
    await editor(page).locator('.toolbar button', { hasText: 'Generate test data' }).click();
    const generator = page.locator('sc-dataset-generator-editor');
    await generator.waitFor();
    for (const key of ['complaints', 'serious', 'signIns']) await generator.getByRole('combobox', { name: `Type of ${key}` }).waitFor();
    expect(app.errors).toEqual([]);
  }, 180_000);
});
