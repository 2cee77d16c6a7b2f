import { expect } from 'chai';
import { validateManifest } from '../../../src/platform/plugins/manifest-validator.ts';
import type { PluginDescriptor } from '../../../src/platform/plugins/plugin-host.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchApi, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import type { PluginContext } from '../../../src/workbench/api.ts';
import manifest from '../../../plugins/plugins-view/plugin.json';
import en from '../../../plugins/plugins-view/l10n/en.json';
import zh from '../../../plugins/plugins-view/l10n/zh-CN.json';
import * as pluginsViewModule from '../../../plugins/plugins-view/index.ts';
import { PluginsViewElement } from '../../../plugins/plugins-view/plugins-view.ts';

const goodPlugin: PluginDescriptor = {
  location: 'test/good',
  manifest: {
    id: 'acme.good',
    name: { en: 'Good Plugin', 'zh-CN': '好插件' },
    version: '2.1.0',
    description: 'Adds scorers',
    activationEvents: ['onStartup'],
    contributes: {
      commands: [{ command: 'acme.hello', title: { en: 'Say Hello', 'zh-CN': '问好' }, category: 'Acme' }],
      keybindings: [{ key: 'ctrl+alt+h', mac: 'cmd+alt+h', command: 'acme.hello' }],
      configuration: { properties: { 'acme.level': { type: 'number', default: 1, title: 'Level' } } },
      scorers: [{ id: 'acme.curve', label: 'Curve scorer' }],
      operators: [{ id: 'acme.weightedAvg' }],
    },
  },
  load: async () => ({
    activate(context: PluginContext<WorkbenchApi>) {
      context.subscriptions.add(context.api.commands.registerCommand('acme.hello', () => 'hello'));
    },
  }),
};

const brokenPlugin: PluginDescriptor = {
  location: 'test/broken',
  manifest: { id: 'acme.broken', name: 'Broken Plugin', version: '0.0.1', activationEvents: ['onStartup'] },
  load: async () => ({
    activate() {
      throw new Error('boom: cannot start');
    },
  }),
};

const lazyPlugin: PluginDescriptor = {
  location: 'test/lazy',
  manifest: { id: 'acme.lazy', name: 'Lazy Plugin', version: '1.0.0', contributes: { commands: [{ command: 'acme.later', title: 'Later' }] } },
  load: async () => ({ activate() {} }),
};

const invalidPlugin: PluginDescriptor = {
  location: 'test/invalid',
  manifest: { id: 'acme.invalid', name: 'Invalid' }, // no version
  load: async () => ({ activate() {} }),
};

const selfPlugin: PluginDescriptor = {
  location: 'plugins/plugins-view',
  manifest,
  load: async () => pluginsViewModule,
  catalogs: { en, 'zh-CN': zh },
};

async function setup(): Promise<{ services: WorkbenchServices; el: PluginsViewElement }> {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  await services.plugins.start([selfPlugin, goodPlugin, brokenPlugin, lazyPlugin, invalidPlugin]);
  const el = new PluginsViewElement();
  el.services = services;
  document.body.append(el);
  await el.updateComplete;
  return { services, el };
}

function row(el: PluginsViewElement, id: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`li[data-plugin-id="${id}"]`);
}

async function settle(el: PluginsViewElement): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('plugins-view plugin', () => {
  let el: PluginsViewElement | undefined;
  afterEach(() => {
    el?.remove();
    el = undefined;
  });

  it('has a valid manifest and matching catalogs', () => {
    expect(validateManifest(manifest).ok).to.equal(true);
    expect(Object.keys(zh).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of ['plugins-view.plugin.name', 'plugins-view.container.title', 'plugins-view.list.name', 'plugins-view.command.focus']) {
      expect(en).to.have.property(key);
    }
  });

  it('lists every plugin with name, id, version and a localized state', async () => {
    let services: WorkbenchServices;
    ({ services, el } = await setup());
    const ids = [...el.shadowRoot!.querySelectorAll('li[data-plugin-id]')].map((li) => li.getAttribute('data-plugin-id'));
    expect(ids).to.have.members(['plugins-view', 'acme.good', 'acme.broken', 'acme.lazy', 'acme.invalid']);

    const good = row(el, 'acme.good')!;
    expect(good.querySelector('.name')!.textContent).to.equal('Good Plugin');
    expect(good.querySelector('.id')!.textContent).to.equal('acme.good');
    expect(good.querySelector('.version')!.textContent).to.equal('v2.1.0');
    expect(good.querySelector('.badge')!.textContent).to.equal('Active');
    expect(good.querySelector('.time')!.textContent).to.match(/^Activated in \d+ ms$/);
    expect(good.querySelector('.description')!.textContent).to.equal('Adds scorers');

    const broken = row(el, 'acme.broken')!;
    expect(broken.dataset.state).to.equal('failed');
    expect(broken.querySelector('.badge')!.textContent).to.equal('Failed');
    expect(broken.querySelector('.error')!.textContent).to.contain('boom: cannot start');

    expect(row(el, 'acme.lazy')!.querySelector('.badge')!.textContent).to.equal('Inactive');
    const invalid = row(el, 'acme.invalid')!;
    expect(invalid.querySelector('.badge')!.textContent).to.equal('Invalid');
    expect(invalid.querySelector('.error')!.textContent).to.contain('version');

    services.i18n.setLocale('zh-CN');
    await el.updateComplete;
    expect(row(el, 'acme.good')!.querySelector('.name')!.textContent).to.equal('好插件');
    expect(row(el, 'acme.good')!.querySelector('.badge')!.textContent).to.equal('已激活');
    expect(row(el, 'acme.broken')!.querySelector('.badge')!.textContent).to.equal('失败');
    expect(row(el, 'acme.good')!.querySelector('button.toggle')!.textContent!.trim()).to.equal('禁用');
  });

  it('filters by name or id', async () => {
    ({ el } = await setup());
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'broken';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('li[data-plugin-id]')].map((li) => li.getAttribute('data-plugin-id'))).to.deep.equal(['acme.broken']);

    input.value = 'ACME.L';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('li[data-plugin-id]')].map((li) => li.getAttribute('data-plugin-id'))).to.deep.equal(['acme.lazy']);

    input.value = 'nothing-like-this';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li[data-plugin-id]').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('.message')!.textContent).to.contain('No plugins match');
  });

  it('disables and re-enables a plugin; no toggle for invalid plugins or itself', async () => {
    let services: WorkbenchServices;
    ({ services, el } = await setup());
    expect(row(el, 'acme.invalid')!.querySelector('button.toggle')).to.equal(null);
    expect(row(el, 'plugins-view')!.querySelector('button.toggle')).to.equal(null);

    const toggle = () => row(el!, 'acme.good')!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle().textContent!.trim()).to.equal('Disable');
    expect(toggle().getAttribute('aria-label')).to.equal('Disable Good Plugin');
    toggle().click();
    await settle(el);
    expect(services.plugins.get('acme.good')!.state).to.equal('disabled');
    expect(services.commands.hasHandler('acme.hello')).to.equal(false);
    expect(row(el, 'acme.good')!.querySelector('.badge')!.textContent).to.equal('Disabled');
    expect(toggle().textContent!.trim()).to.equal('Enable');

    toggle().click();
    await settle(el);
    expect(services.plugins.get('acme.good')!.state).to.equal('active');
    expect(row(el, 'acme.good')!.querySelector('.badge')!.textContent).to.equal('Active');
  });

  it('expands the contributions of a plugin', async () => {
    ({ el } = await setup());
    const good = row(el, 'acme.good')!;
    const expander = good.querySelector<HTMLButtonElement>('button.expander')!;
    expect(expander.getAttribute('aria-expanded')).to.equal('false');
    expect(expander.textContent).to.contain('(5)');
    expect(good.querySelector('.contributions')).to.equal(null);
    expander.click();
    await el.updateComplete;
    expect(expander.getAttribute('aria-expanded')).to.equal('true');
    const sections = [...good.querySelectorAll<HTMLElement>('.contributions section')];
    const byPoint = Object.fromEntries(sections.map((s) => [s.dataset.point, s]));
    expect(Object.keys(byPoint)).to.deep.equal(['commands', 'keybindings', 'settings', 'operators', 'scorers']);
    expect(byPoint.commands!.querySelector('h4')!.textContent).to.equal('Commands');
    expect(byPoint.commands!.textContent).to.contain('Acme: Say Hello').and.to.contain('acme.hello');
    expect(byPoint.keybindings!.textContent).to.contain('ctrl+alt+h');
    expect(byPoint.settings!.textContent).to.contain('acme.level');
    expect(byPoint.scorers!.textContent).to.contain('Curve scorer').and.to.contain('acme.curve');
    expect(byPoint.operators!.textContent).to.contain('acme.weightedAvg');
    expander.click();
    await el.updateComplete;
    expect(good.querySelector('.contributions')).to.equal(null);
  });

  it('provides the view and reveals its container through workbench.view.show', async () => {
    const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
    const shown: unknown[] = [];
    services.commands.registerCommand('workbench.view.show', (id) => shown.push(id));
    await services.plugins.start([selfPlugin]);
    expect(services.plugins.get('plugins-view')!.state).to.equal('inactive');

    const pane = await services.views.createView('pluginsView.list');
    expect(services.plugins.get('plugins-view')!.state).to.equal('active');
    expect(pane!.element).to.be.instanceOf(PluginsViewElement);

    await services.commands.executeCommand('pluginsView.focus');
    expect(shown).to.deep.equal(['plugins']);
  });
});
