import { expect } from 'chai';
import { MemoryStorageService, type StorageService } from '../../src/platform/storage/storage-service.ts';
import { WORKBENCH_CATALOGS } from '../../src/workbench/nls/index.ts';
import { QuickInputElement } from '../../src/workbench/parts/quick-input.ts';
import { QUICK_OPEN_COMMAND, SHOW_COMMANDS_COMMAND, registerQuickAccess } from '../../src/workbench/quick-access.ts';
import type { EditorInput } from '../../src/workbench/services/editor-input.ts';
import type { QuickPickItem } from '../../src/workbench/services/quick-input-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../src/workbench/services/workbench-services.ts';

interface Harness {
  services: WorkbenchServices;
  el: QuickInputElement;
}

const cleanups: Array<() => void> = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function setup(storage: StorageService = new MemoryStorageService()): Promise<Harness> {
  const services = createWorkbenchServices(storage, { isMac: false });
  for (const [locale, catalog] of Object.entries(WORKBENCH_CATALOGS)) services.i18n.registerCatalog(locale as 'en' | 'zh-CN', catalog);
  const registration = registerQuickAccess(services);
  await registration.ready;
  const el = document.createElement('sc-quick-input');
  el.services = services;
  document.body.append(el);
  await el.updateComplete;
  cleanups.push(() => {
    services.quickInput.cancel();
    el.remove();
    registration.dispose();
  });
  return { services, el };
}

/** Lets prefix hand-overs (async) and Lit updates run. */
async function settle(el: QuickInputElement): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

function inputOf(el: QuickInputElement): HTMLInputElement {
  const input = el.shadowRoot!.querySelector('input');
  if (!input) throw new Error('the quick input is not shown');
  return input;
}

async function type(el: QuickInputElement, text: string): Promise<void> {
  const input = inputOf(el);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

async function press(el: QuickInputElement, key: string): Promise<void> {
  inputOf(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await settle(el);
}

function rows(el: QuickInputElement): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

function labels(el: QuickInputElement): string[] {
  return rows(el).map((row) => row.querySelector('.label')!.textContent!.trim());
}

function activeLabel(el: QuickInputElement): string | undefined {
  return el.shadowRoot!.querySelector('.row.active .label')?.textContent?.trim();
}

function isShown(el: QuickInputElement): boolean {
  return el.shadowRoot!.querySelector('.widget') !== null;
}

function addCommand(services: WorkbenchServices, id: string, title: string, run: () => unknown = () => undefined, extra: { enablement?: string; category?: string } = {}): void {
  cleanups.push(() => {
    command.dispose();
    metadata.dispose();
  });
  const command = services.commands.registerCommand(id, run);
  const metadata = services.commands.registerMetadata({ id, title, source: 'test', ...extra });
}

const items: QuickPickItem[] = [
  { id: 'reload', label: 'Reload Window' },
  { id: 'palette', label: 'Open Command Palette' },
  { id: 'copy', label: 'Toggle Output Copy' },
];

describe('sc-quick-input', () => {
  it('marks itself as the quick input part and stays empty while nothing is picked', async () => {
    const { el } = await setup();
    expect(el.dataset['part']).to.equal('quickinput');
    expect(isShown(el)).to.equal(false);
  });

  it('filters fuzzily as the user types and highlights the matched letters', async () => {
    const { services, el } = await setup();
    void services.quickInput.pick({ items, placeholder: 'Pick one' });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(inputOf(el));
    expect(labels(el)).to.deep.equal(['Reload Window', 'Open Command Palette', 'Toggle Output Copy']);

    await type(el, 'ocp');
    expect(labels(el)).to.deep.equal(['Open Command Palette', 'Toggle Output Copy']);
    const marks = [...rows(el)[0]!.querySelectorAll('.highlight')].map((m) => m.textContent).join('');
    expect(marks).to.equal('OCP');
    const input = inputOf(el);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-activedescendant')).to.equal(rows(el)[0]!.id);
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('listbox');

    await type(el, 'xyzzy');
    expect(rows(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent!.trim()).to.equal('No matching results');
  });

  it('moves with the arrow keys (wrapping) and accepts with Enter', async () => {
    const { services, el } = await setup();
    const result = services.quickInput.pick({ items });
    await settle(el);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(activeLabel(el)).to.equal('Toggle Output Copy');
    await press(el, 'ArrowDown');
    expect(activeLabel(el)).to.equal('Reload Window');
    await press(el, 'ArrowUp');
    expect(activeLabel(el)).to.equal('Toggle Output Copy');
    await press(el, 'PageUp');
    expect(activeLabel(el)).to.equal('Reload Window');
    await press(el, 'PageDown');
    expect(activeLabel(el)).to.equal('Toggle Output Copy');
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    expect((await result)?.id).to.equal('palette');
    expect(isShown(el)).to.equal(false);
  });

  it('cancels with Escape and with a click outside; a click on an item accepts it', async () => {
    const { services, el } = await setup();
    let result = services.quickInput.pick({ items });
    await settle(el);
    await press(el, 'Escape');
    expect(await result).to.equal(undefined);
    expect(isShown(el)).to.equal(false);

    result = services.quickInput.pick({ items });
    await settle(el);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(await result).to.equal(undefined);

    result = services.quickInput.pick({ items });
    await settle(el);
    rows(el)[2]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    rows(el)[2]!.click();
    expect((await result)?.id).to.equal('copy');
  });

  it('keeps the caller order for an empty query, with group separators, and renders at most 200 rows', async () => {
    const { services, el } = await setup();
    const many: QuickPickItem[] = Array.from({ length: 500 }, (_, i) => ({ id: String(i), label: `Item ${i}`, group: i < 2 ? 'first' : 'rest' }));
    void services.quickInput.pick({ items: many });
    await settle(el);
    expect(rows(el)).to.have.length(200);
    expect(labels(el).slice(0, 3)).to.deep.equal(['Item 0', 'Item 1', 'Item 2']);
    expect([...el.shadowRoot!.querySelectorAll('.group')].map((g) => g.textContent)).to.deep.equal(['first', 'rest']);
    await type(el, 'item 4');
    expect(el.shadowRoot!.querySelectorAll('.group')).to.have.length(0);
  });

  it('lists commands with their keybindings in the palette and runs the chosen one', async () => {
    const { services, el } = await setup();
    const ran: string[] = [];
    addCommand(services, 'test.sayHello', 'Say Hello', () => ran.push('hello'), { category: 'Test' });
    addCommand(services, 'test.other', 'Another Thing', () => ran.push('other'));
    cleanups.push(() => binding.dispose());
    const binding = services.keybindings.register({ key: 'ctrl+alt+h', command: 'test.sayHello', source: 'test' });

    await services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(el);
    expect(inputOf(el).value).to.equal('>');
    expect(inputOf(el).placeholder).to.equal('Type the name of a command to run.');
    expect(labels(el)).to.deep.equal(['Another Thing', 'Go to File...', 'Test: Say Hello']);
    const hello = rows(el)[2]!;
    expect([...hello.querySelectorAll('kbd')].map((k) => k.textContent)).to.deep.equal(['Ctrl', 'Alt', 'H']);
    expect([...rows(el)[1]!.querySelectorAll('kbd')].map((k) => k.textContent)).to.deep.equal(['Ctrl', 'P']);

    await type(el, '>sayh');
    expect(labels(el)).to.deep.equal(['Test: Say Hello']);
    await press(el, 'Enter');
    expect(isShown(el)).to.equal(false);
    expect(ran).to.deep.equal(['hello']);
  });

  it('reports a failing command as an error notification', async () => {
    const { services, el } = await setup();
    addCommand(services, 'test.fail', 'Fail Loudly', () => {
      throw new Error('boom');
    });
    await services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(el);
    await type(el, '>fail');
    await press(el, 'Enter');
    await settle(el);
    const errors = services.notifications.active.filter((n) => n.severity === 'error').map((n) => n.message);
    expect(errors).to.deep.equal(['Command "Fail Loudly" failed: boom']);
  });

  it('puts the recently used command first next time, also after a reload', async () => {
    const storage = new MemoryStorageService();
    const { services, el } = await setup(storage);
    addCommand(services, 'test.alpha', 'Alpha');
    addCommand(services, 'test.zulu', 'Zulu');
    await services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.group')).to.have.length(0);
    await type(el, '>zulu');
    await press(el, 'Enter');

    await services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(el);
    expect(labels(el)).to.deep.equal(['Zulu', 'Alpha', 'Go to File...']);
    expect([...el.shadowRoot!.querySelectorAll('.group')].map((g) => g.textContent)).to.deep.equal(['recently used', 'other commands']);
    await press(el, 'Escape');
    expect(await storage.get('quickinput', 'recentCommands')).to.deep.equal(['test.zulu']);

    // A new session reading the same storage.
    const again = await setup(storage);
    addCommand(again.services, 'test.alpha', 'Alpha');
    addCommand(again.services, 'test.zulu', 'Zulu');
    await again.services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(again.el);
    expect(labels(again.el)[0]).to.equal('Zulu');
  });

  it('hides a command whose enablement does not hold', async () => {
    const { services, el } = await setup();
    addCommand(services, 'test.gated', 'Gated Command', () => undefined, { enablement: 'test.ready' });
    await services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(el);
    expect(labels(el)).to.not.include('Gated Command');
    await press(el, 'Escape');

    services.contextKeys.set('test.ready', true);
    await services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(el);
    expect(labels(el)).to.include('Gated Command');
  });

  it('switches quick open to the commands on ">" and back when it is deleted', async () => {
    const { services, el } = await setup();
    const doc = (uri: string, title: string): EditorInput => ({ uri, kind: 'test-doc', title, icon: 'file' });
    cleanups.push(() => provider.dispose());
    const provider = services.quickOpen.registerProvider({
      provideEntries: () => [
        { input: doc('doc:sales', 'Sales Scorecard'), description: 'scorecards' },
        { input: doc('doc:policy', 'Late Delivery Policy') },
      ],
    });
    addCommand(services, 'test.sayHello', 'Say Hello');

    await services.commands.executeCommand(QUICK_OPEN_COMMAND);
    await settle(el);
    expect(inputOf(el).value).to.equal('');
    expect(labels(el)).to.deep.equal(['Sales Scorecard', 'Late Delivery Policy']);
    expect(rows(el)[0]!.querySelector('sc-codicon')!.getAttribute('name')).to.equal('file');
    expect(rows(el)[0]!.querySelector('.description')!.textContent).to.equal('scorecards');

    await type(el, '>');
    expect(labels(el)).to.include('Say Hello');
    expect(labels(el)).to.not.include('Sales Scorecard');
    expect(inputOf(el).value).to.equal('>');
    await type(el, '>say');
    expect(labels(el)).to.deep.equal(['Say Hello']);

    await type(el, 'late');
    expect(labels(el)).to.deep.equal(['Late Delivery Policy']);
    expect(inputOf(el).placeholder).to.equal('Search documents by name (type > to run a command)');
    await press(el, 'Enter');
    expect(services.editors.model.activeEditor?.uri).to.equal('doc:policy');

    // The opened document is listed first from now on.
    await services.commands.executeCommand(QUICK_OPEN_COMMAND);
    await settle(el);
    expect(labels(el)).to.deep.equal(['Late Delivery Policy', 'Sales Scorecard']);
    expect([...el.shadowRoot!.querySelectorAll('.group')].map((g) => g.textContent)).to.deep.equal(['recently opened', 'documents']);
  });

  it('shows Chinese labels after switching the language', async () => {
    const { services, el } = await setup();
    cleanups.push(() => {
      en.dispose();
      zh.dispose();
    });
    const en = services.i18n.registerCatalog('en', { 'test.hello': 'Say Hello', 'test.category': 'Test' });
    const zh = services.i18n.registerCatalog('zh-CN', { 'test.hello': '打招呼', 'test.category': '测试' });
    addCommand(services, 'test.sayHello', 'test.hello', () => undefined, { category: 'test.category' });
    services.i18n.setLocale('zh-CN');

    await services.commands.executeCommand(SHOW_COMMANDS_COMMAND);
    await settle(el);
    expect(labels(el)).to.deep.equal(['测试: 打招呼', '转到文件...']);
    expect(inputOf(el).placeholder).to.equal('键入要运行的命令的名称。');
    await type(el, '>dz');
    expect(el.shadowRoot!.querySelector('.empty')!.textContent!.trim()).to.equal('没有匹配的命令');
    await type(el, '>打');
    expect(labels(el)).to.deep.equal(['测试: 打招呼']);
  });
});
