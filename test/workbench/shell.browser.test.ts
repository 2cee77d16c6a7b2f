import { expect } from 'chai';
import { MemoryStorageService } from '../../src/platform/storage/storage-service.ts';
import { registerBuiltinViews } from '../../src/workbench/contributions/builtin-views.ts';
import { installKeyboardDispatcher } from '../../src/workbench/contributions/keyboard-dispatcher.ts';
import { registerStatusItems } from '../../src/workbench/contributions/status-items.ts';
import { registerWorkbenchCommands } from '../../src/workbench/contributions/workbench-commands.ts';
import { registerWorkbenchSettings } from '../../src/workbench/contributions/workbench-settings.ts';
import { WORKBENCH_CATALOGS } from '../../src/workbench/nls/index.ts';
import type { WorkbenchServices } from '../../src/workbench/services/workbench-services.ts';
import { createWorkbenchServices } from '../../src/workbench/services/workbench-services.ts';
import '../../src/workbench/workbench.ts';
import type { WorkbenchShellElement } from '../../src/workbench/workbench.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

// The theme's custom properties, as index.html loads them in the app.
before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/src/workbench/theme/theme.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Finds an element through nested open shadow roots. */
function deepQuery<T extends Element>(root: ParentNode, selector: string): T | null {
  if (root instanceof Element && root.shadowRoot) return deepQuery<T>(root.shadowRoot, selector);
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deepQuery<T>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** `[data-part="x"] selector`, where selector is looked up inside the part's shadow root. */
function inPart<T extends Element>(shell: Element, part: string, selector: string): T | null {
  const host = deepQuery(shell, `[data-part="${part}"]`);
  return host ? deepQuery<T>(host, selector) : null;
}

function inPartAll(shell: Element, part: string, selector: string): Element[] {
  const host = deepQuery(shell, `[data-part="${part}"]`);
  return host ? deepQueryAll(host, selector) : [];
}

function deepQueryAll(root: ParentNode, selector: string): Element[] {
  if (root instanceof Element && root.shadowRoot) return deepQueryAll(root.shadowRoot, selector);
  const out = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepQueryAll(el.shadowRoot, selector));
  return out;
}

async function setup(): Promise<{ services: WorkbenchServices; shell: WorkbenchShellElement }> {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', WORKBENCH_CATALOGS.en);
  services.i18n.registerCatalog('zh-CN', WORKBENCH_CATALOGS['zh-CN']);
  const subs = [registerWorkbenchSettings(services), registerBuiltinViews(services), registerWorkbenchCommands(services), registerStatusItems(services), installKeyboardDispatcher(services)];
  // Two side bar containers with a view each, as plugins would contribute them.
  for (const id of ['one', 'two']) {
    subs.push(services.views.registerContainer({ id, title: { en: `Container ${id}`, 'zh-CN': `容器 ${id}` }, icon: 'files', location: 'sidebar', order: id === 'one' ? 1 : 2, source: 'test' }));
    subs.push(services.views.registerView({ id: `${id}.view`, container: id, name: `View ${id}`, order: 0, source: 'test' }));
    subs.push(services.views.registerViewProvider(`${id}.view`, {
      createView: () => {
        const element = document.createElement('p');
        element.className = 'view-content';
        element.textContent = `content of ${id}`;
        return { element };
      },
    }));
  }
  services.layout.update({ activeContainer: 'one' });
  const shell = document.createElement('sc-workbench');
  shell.services = services;
  document.body.append(shell);
  await shell.updateComplete;
  await nextFrame();
  cleanups.push(() => {
    shell.remove();
    subs.forEach((s) => s.dispose());
    document.documentElement.removeAttribute('data-theme');
  });
  return { services, shell };
}

describe('workbench shell', () => {
  it('renders every part with its data-part attribute', async () => {
    const { shell } = await setup();
    for (const part of ['activitybar', 'sidebar', 'editor', 'panel', 'statusbar', 'quickinput', 'notifications']) {
      expect(deepQuery(shell, `[data-part="${part}"]`), part).to.not.equal(null);
    }
  });

  it('activity bar: another icon switches the container, the active one hides the side bar', async () => {
    const { shell, services } = await setup();
    const button = (id: string) => inPart<HTMLButtonElement>(shell, 'activitybar', `button[data-container="${id}"]`)!;
    expect(button('one').getAttribute('aria-selected')).to.equal('true');
    expect(deepQuery(shell, '.view-content')!.textContent).to.equal('content of one');
    button('two').click();
    await nextFrame();
    expect(services.layout.current.activeContainer).to.equal('two');
    expect(deepQuery(shell, '.view-content')!.textContent).to.equal('content of two');
    button('two').click();
    await nextFrame();
    expect(deepQuery(shell, '[data-part="sidebar"]')).to.equal(null);
    button('two').click();
    await nextFrame();
    expect(deepQuery(shell, '[data-part="sidebar"]')).to.not.equal(null);
  });

  it('side bar sections collapse and expand, keeping the state in the layout', async () => {
    const { shell, services } = await setup();
    const header = deepQuery<HTMLButtonElement>(shell, 'section[data-view="one.view"] .section-header')!;
    expect(header.getAttribute('aria-expanded')).to.equal('true');
    header.click();
    await nextFrame();
    expect(services.layout.current.collapsedViews).to.deep.equal(['one.view']);
    expect(deepQuery(shell, '.view-content')).to.equal(null);
    deepQuery<HTMLButtonElement>(shell, 'section[data-view="one.view"] .section-header')!.click();
    await nextFrame();
    expect(deepQuery(shell, '.view-content')).to.not.equal(null);
  });

  it('the side bar sash resizes with the keyboard', async () => {
    const { shell, services } = await setup();
    const sash = deepQuery<HTMLElement>(shell, 'sc-sash[data-sash="sidebar"]')!;
    const before = services.layout.current.sidebarWidth;
    sash.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    sash.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, composed: true }));
    expect(services.layout.current.sidebarWidth).to.equal(before + 60);
    await nextFrame();
    expect(Math.round(deepQuery<HTMLElement>(shell, '[data-part="sidebar"]')!.getBoundingClientRect().width)).to.equal(before + 60);
  });

  it('panel tabs switch views; markers show in Problems and in the status bar', async () => {
    const { shell, services } = await setup();
    const tabs = inPartAll(shell, 'panel', '[role="tab"]').map((t) => t.textContent!.trim());
    expect(tabs).to.deep.equal(['Problems', 'Output', 'Test Results']);
    services.markers.changeMarkers('test', 'doc:1', [{ severity: 'error', message: 'Weights do not sum to 100', resource: 'doc:1', pointer: '/root' }]);
    await nextFrame();
    expect(deepQuery(deepQuery(shell, 'sc-problems-view')!, 'li')!.textContent).to.contain('Weights do not sum to 100');
    expect(deepQuery(shell, '[data-item="workbench.problems"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 0');
    services.output.append('plugins', 'a line of output');
    inPart<HTMLButtonElement>(shell, 'panel', '[role="tab"][data-view="workbench.panel.output"]')!.click();
    await nextFrame();
    expect(deepQuery(deepQuery(shell, 'sc-output-view')!, 'pre')!.textContent).to.contain('a line of output');
    services.testResults.publish({ suite: 's', title: 'Policy tests', finishedAt: Date.now(), cases: [{ name: 'case 1', outcome: 'passed' }, { name: 'case 2', outcome: 'failed', message: 'expected 10' }] });
    await services.commands.executeCommand('workbench.action.showTestResults');
    await nextFrame();
    expect(deepQuery(shell, 'sc-test-results-view')!.shadowRoot!.textContent).to.contain('1 passed, 1 failed');
  });

  it('keyboard shortcuts toggle the side bar and the panel (Ctrl+B, Ctrl+J)', async () => {
    const { shell, services } = await setup();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', ctrlKey: true, bubbles: true }));
    await nextFrame();
    expect(services.layout.current.panelVisible).to.equal(false);
    expect(deepQuery(shell, '[data-part="panel"]')).to.equal(null);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', code: 'KeyB', ctrlKey: true, bubbles: true }));
    await nextFrame();
    expect(deepQuery(shell, '[data-part="sidebar"]')).to.equal(null);
  });

  it('toasts show actions, run them and close', async () => {
    const { shell, services } = await setup();
    let ran = 0;
    services.notifications.notify({ severity: 'warning', message: 'Storage is almost full', actions: [{ label: 'Export backup', run: () => { ran++; } }] });
    await nextFrame();
    const toast = inPart<HTMLElement>(shell, 'notifications', '.toast')!;
    expect(toast.textContent).to.contain('Storage is almost full');
    inPart<HTMLButtonElement>(shell, 'notifications', '.actions button')!.click();
    await nextFrame();
    expect(ran).to.equal(1);
    expect(inPart(shell, 'notifications', '.toast')).to.equal(null);
  });

  it('themes and language apply from settings, with <html lang> following', async () => {
    const { shell, services } = await setup();
    await services.settings.update('workbench.colorTheme', 'high-contrast');
    expect(document.documentElement.getAttribute('data-theme')).to.equal('high-contrast');
    const statusBar = deepQuery<HTMLElement>(shell, '[data-part="statusbar"]')!;
    expect(getComputedStyle(statusBar).backgroundColor).to.equal('rgb(0, 0, 0)');
    await services.settings.update('workbench.language', 'zh-CN');
    await nextFrame();
    expect(document.documentElement.lang).to.equal('zh-CN');
    expect(inPart(shell, 'panel', '[role="tab"]')!.textContent!.trim()).to.equal('问题');
    await services.settings.update('workbench.language', 'en');
    expect(document.documentElement.lang).to.equal('en');
  });
});
