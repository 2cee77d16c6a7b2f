import { expect } from 'chai';
import { validateManifest } from '../../../src/platform/plugins/manifest-validator.ts';
import type { PluginDescriptor } from '../../../src/platform/plugins/plugin-host.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import { DIRTY_CHANGE_EVENT } from '../../../src/workbench/api.ts';
import manifest from '../../../plugins/settings/plugin.json';
import en from '../../../plugins/settings/l10n/en.json';
import zh from '../../../plugins/settings/l10n/zh-CN.json';
import * as settingsModule from '../../../plugins/settings/index.ts';
import { SettingsEditorElement } from '../../../plugins/settings/settings-editor.ts';
import type { SettingItemElement } from '../../../plugins/settings/setting-item.ts';
import { buildSettingsJsonSchema } from '../../../plugins/settings/settings-json-model.ts';

const noMonaco = (): Promise<never> => Promise.reject(new Error('Monaco is not loadable in component tests'));

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  const section = { en: 'Test Section', 'zh-CN': '测试分区' };
  services.settings.register({ key: 'test.flag', source: 'test', section, schema: { type: 'boolean', default: false, title: { en: 'Flag', 'zh-CN': '标志' }, description: 'Turns the flag on.' } });
  services.settings.register({
    key: 'test.mode', source: 'test', section,
    schema: { type: 'string', enum: ['fast', 'slow'], enumLabels: [{ en: 'Fast', 'zh-CN': '快速' }, { en: 'Slow', 'zh-CN': '慢速' }], default: 'fast', title: 'Mode' },
  });
  services.settings.register({ key: 'test.limit', source: 'test', section, schema: { type: 'integer', minimum: 1, maximum: 10, default: 5, title: 'Limit', description: 'How many rows to show.' } });
  services.settings.register({ key: 'other.name', source: 'other', section: 'Other Section', schema: { type: 'string', pattern: '^[a-z]+$', default: 'abc', title: 'Name' } });
  services.settings.register({ key: 'other.tags', source: 'other', section: 'Other Section', schema: { type: 'array', items: { type: 'string' }, default: [], title: 'Tags' } });
  return services;
}

async function mount(services: WorkbenchServices, mode: 'form' | 'json' = 'form'): Promise<SettingsEditorElement> {
  const el = new SettingsEditorElement();
  el.services = services;
  el.jsonEditorLoader = noMonaco;
  el.mode = mode;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function item(el: SettingsEditorElement, key: string): SettingItemElement {
  const found = [...el.shadowRoot!.querySelectorAll('sc-setting-item')].find((i) => i.descriptor?.key === key);
  if (!found) throw new Error(`no item for ${key}`);
  return found;
}

function control<T extends HTMLElement>(el: SettingsEditorElement, key: string): T {
  return item(el, key).shadowRoot!.getElementById('control') as T;
}

async function settle(el: SettingsEditorElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    for (const i of el.shadowRoot!.querySelectorAll('sc-setting-item')) await i.updateComplete;
  }
}

async function type(el: SettingsEditorElement, key: string, text: string): Promise<void> {
  const input = control<HTMLInputElement>(el, key);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

function problem(el: SettingsEditorElement, key: string): string | undefined {
  return item(el, key).shadowRoot!.querySelector('.problem')?.textContent?.trim();
}

async function waitFor(check: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function openJson(el: SettingsEditorElement): Promise<HTMLTextAreaElement> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.mode-toggle')!.click();
  await waitFor(() => el.dataset.jsonEditor === 'textarea');
  await el.updateComplete;
  return el.querySelector('textarea')!;
}

function edit(textarea: HTMLTextAreaElement, text: string): void {
  textarea.value = text;
  textarea.dispatchEvent(new Event('input'));
}

describe('settings plugin', () => {
  let el: SettingsEditorElement | undefined;
  afterEach(() => {
    el?.dispose();
    el?.remove();
    el = undefined;
  });

  it('has a valid manifest and matching catalogs', () => {
    expect(validateManifest(manifest).ok).to.equal(true);
    expect(Object.keys(zh).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('opens the settings editor from its commands and offers it in quick open', async () => {
    const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
    const descriptor: PluginDescriptor = { location: 'plugins/settings', manifest, load: async () => settingsModule, catalogs: { en, 'zh-CN': zh } };
    await services.plugins.start([descriptor]);
    expect(services.keybindings.lookupLabel('settings.open')).to.equal('Ctrl+,');
    await services.commands.executeCommand('settings.openJson');
    const input = services.editors.model.activeEditor!;
    expect(input).to.deep.include({ uri: 'settings:', kind: 'settings', icon: 'settings-gear' });
    const pane = await services.editors.getPane(input, services.editors.model.activeGroup.id);
    const editor = pane.element as SettingsEditorElement;
    expect(editor.mode).to.equal('json');
    await services.commands.executeCommand('settings.open');
    expect(editor.mode).to.equal('form');
    expect(pane.isDirty!()).to.equal(false);
    pane.dispose!();
    const entries = await services.quickOpen.entries();
    expect(entries.find((e) => e.input.uri === 'settings:')?.label).to.equal('Settings');
  });

  it('groups settings by section with a control per type', async () => {
    el = await mount(createServices());
    const headings = [...el.shadowRoot!.querySelectorAll('section h2')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['Other Section', 'Test Section']);
    expect(control<HTMLInputElement>(el, 'test.flag').type).to.equal('checkbox');
    expect(control(el, 'test.mode').tagName).to.equal('SELECT');
    const limit = control<HTMLInputElement>(el, 'test.limit');
    expect([limit.type, limit.min, limit.max, limit.value]).to.deep.equal(['number', '1', '10', '5']);
    expect(control<HTMLInputElement>(el, 'other.name').type).to.equal('text');
    expect(control(el, 'other.tags').tagName).to.equal('TEXTAREA');
    const limitItem = item(el, 'test.limit').shadowRoot!;
    expect(limitItem.querySelector('label')!.textContent).to.equal('Limit');
    expect(limitItem.querySelector('.description')!.textContent).to.equal('How many rows to show.');
  });

  it('saves a boolean at once, marks it modified and resets it', async () => {
    const services = createServices();
    el = await mount(services);
    const checkbox = control<HTMLInputElement>(el, 'test.flag');
    expect(item(el, 'test.flag').shadowRoot!.querySelector('.modified-label')).to.equal(null);
    checkbox.click();
    await settle(el);
    expect(services.settings.get('test.flag')).to.equal(true);
    const root = item(el, 'test.flag').shadowRoot!;
    expect(root.querySelector('.modified-label')!.textContent).to.equal('Modified');
    const reset = root.querySelector<HTMLButtonElement>('button.reset')!;
    expect(reset.getAttribute('aria-label')).to.equal('Reset "Flag" to its default value');
    reset.click();
    await settle(el);
    expect(services.settings.get('test.flag')).to.equal(false);
    expect(services.settings.userValues()).to.deep.equal({});
    expect(root.querySelector('button.reset')).to.equal(null);
    expect(control<HTMLInputElement>(el, 'test.flag').checked).to.equal(false);
  });

  it('saves an enum choice with localized labels', async () => {
    const services = createServices();
    el = await mount(services);
    const select = control<HTMLSelectElement>(el, 'test.mode');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Fast', 'Slow']);
    expect(select.selectedIndex).to.equal(0);
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(services.settings.get('test.mode')).to.equal('slow');
    services.i18n.setLocale('zh-CN');
    await settle(el);
    expect([...control<HTMLSelectElement>(el, 'test.mode').options].map((o) => o.textContent)).to.deep.equal(['快速', '慢速']);
    await services.settings.update('test.mode', 'fast');
    await settle(el);
    expect(control<HTMLSelectElement>(el, 'test.mode').selectedIndex).to.equal(0);
  });

  it('saves a valid number and rejects an invalid one inline without saving', async () => {
    const services = createServices();
    el = await mount(services);
    await type(el, 'test.limit', '7');
    expect(services.settings.get('test.limit')).to.equal(7);
    expect(problem(el, 'test.limit')).to.equal(undefined);

    await type(el, 'test.limit', '42');
    expect(services.settings.get('test.limit')).to.equal(7);
    expect(problem(el, 'test.limit')).to.match(/^Invalid value: .*10/);
    expect(control(el, 'test.limit').getAttribute('aria-invalid')).to.equal('true');
    expect(control<HTMLInputElement>(el, 'test.limit').value).to.equal('42');

    await type(el, 'test.limit', '2.5');
    expect(services.settings.get('test.limit')).to.equal(7);
    expect(problem(el, 'test.limit')).to.contain('integer');

    await type(el, 'test.limit', '3');
    expect(services.settings.get('test.limit')).to.equal(3);
    expect(problem(el, 'test.limit')).to.equal(undefined);

    services.i18n.setLocale('zh-CN');
    await type(el, 'test.limit', '0');
    expect(problem(el, 'test.limit')).to.match(/^无效的值：/);
    expect(services.settings.get('test.limit')).to.equal(3);
  });

  it('validates strings against their pattern and JSON values as JSON', async () => {
    const services = createServices();
    el = await mount(services);
    await type(el, 'other.name', 'Bad Name');
    expect(problem(el, 'other.name')).to.contain('pattern');
    expect(services.settings.get('other.name')).to.equal('abc');
    await type(el, 'other.name', 'good');
    expect(services.settings.get('other.name')).to.equal('good');

    await type(el, 'other.tags', '["a", ');
    expect(problem(el, 'other.tags')).to.match(/^Invalid JSON:/);
    await type(el, 'other.tags', '[1]');
    expect(problem(el, 'other.tags')).to.match(/^Invalid value:/);
    expect(services.settings.get('other.tags')).to.deep.equal([]);
    await type(el, 'other.tags', '["a", "b"]');
    expect(services.settings.get('other.tags')).to.deep.equal(['a', 'b']);
    expect(problem(el, 'other.tags')).to.equal(undefined);
  });

  it('filters by key, title or description and follows schema and value changes', async () => {
    const services = createServices();
    el = await mount(services);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const keys = () => [...el!.shadowRoot!.querySelectorAll('sc-setting-item')].map((i) => i.descriptor!.key);
    search.value = 'rows';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(keys()).to.deep.equal(['test.limit']);
    search.value = 'other.';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(keys()).to.deep.equal(['other.name', 'other.tags']);
    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.equal('No settings found.');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;

    const registration = services.settings.register({ key: 'late.added', source: 'late', schema: { type: 'boolean', default: true } });
    await settle(el);
    expect(keys()).to.include('late.added');
    expect(item(el, 'late.added').shadowRoot!.querySelector('#label')!.textContent).to.equal('late.added');
    registration.dispose();
    await settle(el);
    expect(keys()).not.to.include('late.added');

    await services.settings.update('test.limit', 9);
    await settle(el);
    expect(control<HTMLInputElement>(el, 'test.limit').value).to.equal('9');
  });

  it('falls back to a textarea when Monaco cannot load and applies JSON all or nothing', async () => {
    const services = createServices();
    await services.settings.update('test.limit', 8);
    el = await mount(services);
    const dirtyEvents: boolean[] = [];
    el.addEventListener(DIRTY_CHANGE_EVENT, (e) => dirtyEvents.push((e as CustomEvent<{ dirty: boolean }>).detail.dirty));

    const textarea = await openJson(el);
    expect(el.getAttribute('mode')).to.equal('json');
    expect(textarea.parentElement!.slot).to.equal('json');
    expect(el.shadowRoot!.querySelector('.notice.fallback')!.textContent).to.contain('plain text box');
    expect(JSON.parse(textarea.value)).to.deep.equal({ 'test.limit': 8 });
    const save = () => el!.shadowRoot!.querySelector<HTMLButtonElement>('button.save')!;
    expect(save().disabled).to.equal(true);

    edit(textarea, '{ "test.limit": 99, "test.mode": "medium", "test.flag": true }');
    await el.updateComplete;
    expect(dirtyEvents).to.deep.equal([true]);
    expect(el.isDirty).to.equal(true);
    save().click();
    await settle(el);
    const problems = [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^test\.limit: Invalid value: /);
    expect(problems[1]).to.match(/^test\.mode: Invalid value: /);
    expect(services.settings.userValues()).to.deep.equal({ 'test.limit': 8 });
    expect(el.isDirty).to.equal(true);

    edit(textarea, '{ "test.limit": ');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.problems')).to.equal(null);
    save().click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.problems li')!.textContent).to.match(/^JSON syntax error: /);

    edit(textarea, '[]');
    save().click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.problems li')!.textContent).to.equal('(root): Settings must be a JSON object.');

    edit(textarea, '{ "test.limit": 2, "test.flag": true }');
    save().click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.problems')).to.equal(null);
    expect(services.settings.get('test.limit')).to.equal(2);
    expect(services.settings.get('test.flag')).to.equal(true);
    expect(el.isDirty).to.equal(false);
    expect(dirtyEvents).to.deep.equal([true, false]);

    // Back in form mode the saved values show.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.mode-toggle')!.click();
    await settle(el);
    expect(control<HTMLInputElement>(el, 'test.limit').value).to.equal('2');
  });

  it('saves with Ctrl+S in the JSON editor and follows outside changes unless dirty', async () => {
    const services = createServices();
    el = await mount(services);
    const textarea = await openJson(el);
    await services.settings.update('test.flag', true);
    await el.updateComplete;
    expect(JSON.parse(textarea.value)).to.deep.equal({ 'test.flag': true });

    edit(textarea, '{ "test.flag": true, "test.limit": 4 }');
    await services.settings.update('test.mode', 'slow');
    await el.updateComplete;
    expect(textarea.value).to.equal('{ "test.flag": true, "test.limit": 4 }'); // unsaved edits are kept
    expect(el.isDirty).to.equal(true);

    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true }));
    await settle(el);
    expect(services.settings.userValues()).to.deep.equal({ 'test.flag': true, 'test.limit': 4 });
    expect(el.isDirty).to.equal(false);
  });

  it('falls back when the real Monaco import fails in this environment', async function () {
    this.timeout(30000);
    const services = createServices();
    const editor = new SettingsEditorElement();
    editor.services = services;
    el = editor;
    document.body.append(editor);
    editor.mode = 'json';
    await waitFor(() => editor.dataset.jsonEditor !== undefined && editor.dataset.jsonEditor !== 'loading', 25000);
    // Under Vite this is "monaco"; this test runner cannot load the Monaco module (Vite-only
    // `?worker` and CSS imports), so here the textarea takes over.
    expect(editor.dataset.jsonEditor).to.be.oneOf(['monaco', 'textarea']);
  });

  it('builds a JSON schema for completion from the descriptors', () => {
    const services = createServices();
    const schema = buildSettingsJsonSchema(services.settings.list(), (v) => services.i18n.text(v));
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(properties['test.mode']).to.deep.include({ type: 'string', enum: ['fast', 'slow'], default: 'fast', enumDescriptions: ['Fast', 'Slow'] });
    expect(properties['test.limit']).to.deep.include({ type: 'integer', minimum: 1, maximum: 10, description: 'How many rows to show.' });
  });
});
