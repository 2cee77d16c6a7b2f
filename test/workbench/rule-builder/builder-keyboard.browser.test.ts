import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { activeElement, byName, deepAll, mount, rows, rule, settle, unmount } from './builder-fixtures.ts';

const TEAM_A = { '==': [{ var: 'team' }, 'A'] };

/** The row whose handle has focus, by index among all rows (-1 when focus is elsewhere). */
function focusedRow(root: HTMLElement): number {
  const active = activeElement();
  return rows(root).findIndex((row) => row.shadowRoot!.querySelector('.handle') === active);
}

/** Presses a key with modifiers ("Alt+Shift+ArrowRight"), holding the modifiers down as a user would. */
async function press(combo: string): Promise<void> {
  const keys = combo.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  await settle();
}

describe('condition builder: keyboard only', () => {
  afterEach(unmount);

  it('adds a condition, picks a field, types a value, moves it with Alt+arrows and duplicates it with Ctrl+D', async () => {
    const { el, changes } = await mount(rule({ and: [TEAM_A] }));

    // Tab reaches the add button eventually; start at the group's select.
    byName<HTMLSelectElement>(el, 'select', 'How the conditions of When combine').focus();
    for (let i = 0; i < 40 && activeElement()?.textContent?.trim() !== 'Add condition'; i++) await press('Tab');
    expect(activeElement()?.textContent?.trim()).to.equal('Add condition');
    await press('Enter');
    expect(changes.at(-1)!.label).to.equal('Add condition');
    expect(rows(el)).to.have.length(2);
    // Focus goes to the new condition's handle.
    expect(focusedRow(el)).to.equal(1);

    // Tab to the field combobox, type part of a label, pick with Enter.
    await press('Tab');
    expect(activeElement()?.getAttribute('role')).to.equal('combobox');
    await sendKeys({ type: 'compl' });
    await settle();
    await press('Enter');
    expect(changes.at(-1)!.label).to.equal('Change field');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [TEAM_A, { '>': [{ var: 'complaints' }, 0] }] });

    // Operator, kind of value, then the value itself.
    await press('Tab');
    expect(activeElement()?.getAttribute('aria-label')).to.equal('Operator');
    await press('Tab');
    expect(activeElement()?.getAttribute('aria-label')).to.equal('Kind of Value');
    await press('Tab');
    expect(activeElement()?.getAttribute('aria-label')).to.equal('Value');
    await sendKeys({ type: '3' });
    await press('Tab'); // leaving the input commits it
    expect(changes.at(-1)!.label).to.equal('Change value');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [TEAM_A, { '>': [{ var: 'complaints' }, 3] }] });

    // Back to the handle (Shift+Tab) and move the condition up, then down again: focus follows it.
    for (let i = 0; i < 10 && focusedRow(el) !== 1; i++) await press('Shift+Tab');
    expect(focusedRow(el)).to.equal(1);
    await press('Alt+ArrowUp');
    expect(changes.at(-1)!.label).to.equal('Move condition');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [{ '>': [{ var: 'complaints' }, 3] }, TEAM_A] });
    expect(focusedRow(el)).to.equal(0);
    await press('Alt+ArrowDown');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [TEAM_A, { '>': [{ var: 'complaints' }, 3] }] });
    expect(focusedRow(el)).to.equal(1);

    // Moving past the end does nothing and fires nothing.
    const before = changes.length;
    await press('Alt+ArrowDown');
    expect(changes.length).to.equal(before);

    await press('Control+d');
    expect(changes.at(-1)!.label).to.equal('Duplicate condition');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [TEAM_A, { '>': [{ var: 'complaints' }, 3] }, { '>': [{ var: 'complaints' }, 3] }] });
    expect(focusedRow(el)).to.equal(2);

    // Delete on the handle removes; focus moves to the condition above.
    await press('Delete');
    expect(changes.at(-1)!.label).to.equal('Delete condition');
    expect(rows(el)).to.have.length(2);
    expect(focusedRow(el)).to.equal(1);
  });

  it('indents into the group above with Alt+Shift+ArrowRight and outdents with Alt+Shift+ArrowLeft', async () => {
    const { el, changes } = await mount(rule({ and: [{ or: [TEAM_A] }, { '>': [{ var: 'complaints' }, 0] }] }));
    rows(el)[1]!.shadowRoot!.querySelector<HTMLElement>('.handle')!.focus();
    await press('Alt+Shift+ArrowRight');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [{ or: [TEAM_A, { '>': [{ var: 'complaints' }, 0] }] }] });
    expect(focusedRow(el)).to.equal(1);
    await press('Alt+Shift+ArrowLeft');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [{ or: [TEAM_A] }, { '>': [{ var: 'complaints' }, 0] }] });
    expect(focusedRow(el)).to.equal(1);
  });

  it('reaches every control by Tab, each with an accessible name', async () => {
    const { el } = await mount(rule({ and: [TEAM_A, { or: [{ '>': [{ var: 'complaints' }, 0] }] }] }));
    const controls = deepAll(el, 'input, select, textarea, button').filter((c) => !c.hidden && !c.closest('[hidden]') && c.tabIndex >= 0);
    for (const c of controls) {
      const named = c.getAttribute('aria-label') || c.textContent?.trim() || c.closest('label')?.textContent?.trim();
      expect(named, c.outerHTML).to.not.equal('');
      expect(named, c.outerHTML).to.not.equal(undefined);
    }
    // Tab walks through all of them in order (the focus ring is the browser's :focus-visible outline).
    // From the block's first control (the rule editor's own controls are tested with it, in the policy plugin).
    byName<HTMLSelectElement>(el, 'select', 'How the conditions of When combine').focus();
    const seen = new Set<Element>();
    for (let i = 0; i < controls.length + 5; i++) {
      const active = activeElement();
      if (active) seen.add(active);
      await sendKeys({ press: 'Tab' });
    }
    const visible = controls.filter((c) => !(c instanceof HTMLTextAreaElement && c.closest('[hidden]')));
    expect(visible.filter((c) => !seen.has(c)).map((c) => c.getAttribute('aria-label') ?? c.textContent?.trim())).to.deep.equal([]);
  });
});
