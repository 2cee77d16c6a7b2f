import { expect } from 'chai';
import { validateManifest } from '../../../src/platform/plugins/manifest-validator.ts';
import type { PluginDescriptor } from '../../../src/platform/plugins/plugin-host.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import manifest from '../../../plugins/welcome/plugin.json';
import en from '../../../plugins/welcome/l10n/en.json';
import zh from '../../../plugins/welcome/l10n/zh-CN.json';
import * as welcomeModule from '../../../plugins/welcome/index.ts';
import { START_ACTIONS, WelcomePageElement } from '../../../plugins/welcome/welcome-page.ts';

const descriptor: PluginDescriptor = { location: 'plugins/welcome', manifest, load: async () => welcomeModule, catalogs: { en, 'zh-CN': zh } };

/** Starts the real welcome plugin, opens the page through its command and returns the page element. */
async function openWelcome(): Promise<{ services: WorkbenchServices; page: WelcomePageElement }> {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  await services.plugins.start([descriptor]);
  await services.commands.executeCommand('welcome.show');
  const input = services.editors.model.activeEditor!;
  const pane = await services.editors.getPane(input, services.editors.model.activeGroup.id);
  const page = pane.element as WelcomePageElement;
  document.body.append(page);
  await page.updateComplete;
  return { services, page };
}

describe('welcome plugin', () => {
  let page: WelcomePageElement | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
  });

  it('has a valid manifest and matching catalogs', () => {
    expect(validateManifest(manifest).ok).to.equal(true);
    expect(Object.keys(zh).sort()).to.deep.equal(Object.keys(en).sort());
    for (const action of START_ACTIONS) expect(en).to.have.property(action.label);
  });

  it('is lazy: welcome.show activates it and opens the welcome editor', async () => {
    const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
    await services.plugins.start([descriptor]);
    expect(services.plugins.get('welcome')!.state).to.equal('inactive');
    await services.commands.executeCommand('welcome.show');
    expect(services.plugins.get('welcome')!.state).to.equal('active');
    expect(services.editors.model.activeEditor).to.deep.equal({ uri: 'welcome:', kind: 'welcome', title: 'welcome.title', icon: 'home' });
    expect(services.i18n.text(services.editors.model.activeEditor!.title)).to.equal('Welcome');
    expect(services.settings.describe('welcome.showOnStartup')!.schema.default).to.equal(true);
  });

  it('offers the welcome page in quick open', async () => {
    const { services } = await openWelcome();
    const entries = await services.quickOpen.entries();
    const entry = entries.find((e) => e.input.uri === 'welcome:');
    expect(entry?.label).to.equal('Welcome');
    expect(entry?.input.kind).to.equal('welcome');
  });

  it('shows the product, its purpose and the start actions with keybindings', async () => {
    let services: WorkbenchServices;
    ({ services, page } = await openWelcome());
    services.keybindings.register({ key: 'ctrl+shift+p', command: 'workbench.action.showCommands', source: 'workbench' });
    await page.updateComplete;
    const root = page.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.equal('Scorecard Designer');
    expect(root.querySelector('.tagline')!.textContent).to.contain('weighted KPI scorecards');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.action')];
    expect(buttons.map((b) => b.dataset.command)).to.deep.equal([
      'workbench.action.showCommands', 'settings.open', 'pluginsView.focus', 'workbench.action.configureLanguage', 'workbench.action.selectTheme',
    ]);
    expect(buttons[0]!.querySelector('kbd')!.textContent).to.equal('Ctrl+Shift+P');
    expect(buttons[1]!.querySelector('kbd')).to.equal(null);
    expect(buttons[1]!.textContent).to.contain('Open Settings');

    services.i18n.setLocale('zh-CN');
    await page.updateComplete;
    expect(root.querySelector('h1')!.textContent).to.equal('计分卡设计器');
    expect(root.querySelector('button[data-command="settings.open"]')!.textContent).to.contain('打开设置');
  });

  it('runs the commands of the start list and reports failures', async () => {
    let services: WorkbenchServices;
    ({ services, page } = await openWelcome());
    const ran: string[] = [];
    for (const action of START_ACTIONS.slice(0, 4)) services.commands.registerCommand(action.command, () => ran.push(action.command));
    const root = page.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button[data-command="settings.open"]')!.click();
    root.querySelector<HTMLButtonElement>('button[data-command="pluginsView.focus"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).to.deep.equal(['settings.open', 'pluginsView.focus']);

    const errors: string[] = [];
    services.notifications.onDidAdd((n) => errors.push(n.message));
    root.querySelector<HTMLButtonElement>('button[data-command="workbench.action.selectTheme"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('Change Color Theme').and.to.contain('workbench.action.selectTheme');
  });

  it('binds the "show on startup" checkbox to welcome.showOnStartup', async () => {
    let services: WorkbenchServices;
    ({ services, page } = await openWelcome());
    const checkbox = page.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(checkbox.checked).to.equal(true);
    expect(checkbox.closest('label')!.textContent).to.contain('Show welcome page on startup');
    checkbox.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(services.settings.get('welcome.showOnStartup')).to.equal(false);
    expect(services.settings.userValues()).to.deep.equal({ 'welcome.showOnStartup': false });

    await services.settings.update('welcome.showOnStartup', true);
    await page.updateComplete;
    expect(checkbox.checked).to.equal(true);
  });
});
