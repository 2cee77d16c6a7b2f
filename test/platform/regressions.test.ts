// Regression tests for bugs found by review of the platform and workbench services.
import { describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/platform/commands/command-registry.ts';
import { SettingsService } from '../../src/platform/settings/settings-service.ts';
import { MemoryStorageService } from '../../src/platform/storage/storage-service.ts';
import { registerContributionHandlers } from '../../src/workbench/contributions/contribution-handlers.ts';
import { WORKBENCH_CATALOGS } from '../../src/workbench/nls/index.ts';
import { EditorService } from '../../src/workbench/services/editor-service.ts';
import { LayoutService, SIDEBAR_MAX } from '../../src/workbench/services/layout-service.ts';
import { StatusBarService } from '../../src/workbench/services/status-bar-service.ts';
import { ViewService } from '../../src/workbench/services/view-service.ts';
import { createWorkbenchServices } from '../../src/workbench/services/workbench-services.ts';

function services() {
  const s = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  s.i18n.registerCatalog('en', WORKBENCH_CATALOGS.en);
  registerContributionHandlers(s);
  return s;
}

describe('settings', () => {
  it('reset() returns a declared setting to its default', async () => {
    const settings = new SettingsService(new MemoryStorageService());
    settings.register({ key: 'a.b', source: 't', schema: { type: 'number', default: 1 } });
    await settings.update('a.b', 5);
    await settings.reset('a.b');
    expect(settings.get('a.b')).toBe(1);
    expect(settings.userValues()).toEqual({});
  });

  it('replaceAll() stores no value equal to its default and reports no change for it', async () => {
    const settings = new SettingsService(new MemoryStorageService());
    settings.register({ key: 'a.b', source: 't', schema: { type: 'number', default: 1 } });
    const changes: string[][] = [];
    settings.onDidChange((keys) => changes.push([...keys]));
    expect(await settings.replaceAll({ 'a.b': 1, 'other.key': 'kept' })).toEqual([]);
    expect(settings.userValues()).toEqual({ 'other.key': 'kept' });
    expect(changes).toEqual([['other.key']]);
  });
});

describe('commands', () => {
  it('disposing one of two registrations of the same function keeps the other', async () => {
    const registry = new CommandRegistry();
    const handler = () => 'ok';
    registry.registerCommand('a.b', handler);
    const second = registry.registerCommand('a.b', handler);
    second.dispose();
    expect(registry.hasHandler('a.b')).toBe(true);
    await expect(registry.executeCommand('a.b')).resolves.toBe('ok');
  });
});

describe('plugin host', () => {
  it('rolls back every contribution of a plugin whose registration fails half-way', async () => {
    const s = services();
    const view = (id: string) => ({ id, name: id });
    await s.plugins.start([
      { manifest: { id: 'a', name: 'A', version: '1.0.0', contributes: { views: { explorer: [view('shared.v')] } } }, load: async () => ({ activate() {} }) },
      { manifest: { id: 'b', name: 'B', version: '1.0.0', contributes: { views: { explorer: [view('b.own'), view('shared.v')] }, operators: [{ id: 'b.op' }] } }, load: async () => ({ activate() {} }) },
    ]);
    expect(s.plugins.get('b')?.state).toBe('failed');
    expect(s.views.getView('b.own')).toBeUndefined();
    expect(s.domainContributions.get('operators', 'b.op')).toBeUndefined();
    expect(s.views.getView('shared.v')?.source).toBe('a');
  });

  it('an invalid manifest does not replace a valid plugin with the same id', async () => {
    const s = services();
    await s.plugins.start([
      { manifest: { id: 'a', name: 'A', version: '1.0.0', activationEvents: ['onStartup'] }, load: async () => ({ activate() {} }) },
      { manifest: { id: 'a', name: 'A', version: 'bad' }, load: async () => ({ activate() {} }), location: 'plugins/a-copy' },
    ]);
    expect(s.plugins.get('a')?.state).toBe('active');
    expect(s.plugins.plugins.filter((p) => p.state === 'invalid')).toHaveLength(1);
  });
});

describe('workbench services', () => {
  it('status bar items expose every option they were created with', () => {
    const bar = new StatusBarService();
    const item = bar.addItem({ id: 'x', alignment: 'left', priority: 7, text: 't', command: 'c.d', args: [1], source: 'p' });
    expect([item.priority, item.args, item.source]).toEqual([7, [1], 'p']);
  });

  it('closing an editor clears its dirty flag even when no pane was created', () => {
    const editors = new EditorService(new MemoryStorageService());
    const input = { uri: 'doc:1', kind: 'doc', title: 'Doc' };
    editors.open(input);
    editors.setDirty('doc:1', true);
    editors.close('doc:1');
    expect(editors.isDirty('doc:1')).toBe(false);
  });

  it('stored layout sizes are clamped on load', async () => {
    const storage = new MemoryStorageService();
    await storage.set('layout', 'parts', { sidebarWidth: 5000, panelHeight: Number.NaN });
    const layout = new LayoutService(storage);
    await layout.load();
    expect(layout.current.sidebarWidth).toBe(SIDEBAR_MAX);
    expect(layout.current.panelHeight).toBe(200);
  });

  it('a second container or editor kind with a taken id is refused, not silently swapped', () => {
    const views = new ViewService();
    views.registerContainer({ id: 'c', title: 'C', icon: 'files', location: 'sidebar', order: 0, source: 'a' });
    expect(() => views.registerContainer({ id: 'c', title: 'C2', icon: 'files', location: 'sidebar', order: 0, source: 'b' })).toThrow(/already contributed by a/);
    const editors = new EditorService(new MemoryStorageService());
    editors.registerKind({ kind: 'k', title: 'K', source: 'a' });
    expect(() => editors.registerKind({ kind: 'k', title: 'K', source: 'b' })).toThrow(/already contributed by a/);
  });
});

describe('settings problems in the display language', () => {
  it('describes an invalid value through the translator it was given', async () => {
    const s = services();
    s.i18n.registerCatalog('zh-CN', WORKBENCH_CATALOGS['zh-CN']);
    s.settings.register({ key: 'a.size', source: 't', schema: { type: 'integer', default: 1, maximum: 10 } });
    s.i18n.setLocale('zh-CN');
    expect(s.settings.check('a.size', 11)).toBe('不能大于 10');
    s.i18n.setLocale('en');
    expect(s.settings.check('a.size', 'x')).toBe('must be of type integer');
  });
});
