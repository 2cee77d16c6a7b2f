import { describe, expect, it, vi } from 'vitest';
import { CommandNotFoundError } from '../../../src/platform/commands/command-registry.ts';
import type { MessageCatalog } from '../../../src/platform/i18n/i18n-service.ts';
import { PLUGIN_OUTPUT_CHANNEL, type PluginContext, type PluginDescriptor, type PluginModule } from '../../../src/platform/plugins/plugin-host.ts';
import { MemoryStorageService, type StorageService } from '../../../src/platform/storage/storage-service.ts';
import { registerContributionHandlers } from '../../../src/workbench/contributions/contribution-handlers.ts';
import { WORKBENCH_CATALOGS } from '../../../src/workbench/nls/index.ts';
import type { EditorInput, EditorPane } from '../../../src/workbench/services/editor-input.ts';
import type { ViewPane } from '../../../src/workbench/services/view-service.ts';
import { type WorkbenchApi, type WorkbenchServices, createWorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';

type Context = PluginContext<WorkbenchApi>;
type Activate = (context: Context) => void | Promise<void>;

interface TestPlugin extends PluginDescriptor {
  /** How often load() ran. */
  readonly loads: () => number;
  readonly activate: ReturnType<typeof vi.fn<Activate>>;
  readonly deactivate: ReturnType<typeof vi.fn<() => void>>;
}

function plugin(
  manifest: Record<string, unknown>,
  activate: Activate = () => undefined,
  options: { catalogs?: PluginDescriptor['catalogs']; loadDelay?: number; module?: () => unknown } = {},
): TestPlugin {
  let loads = 0;
  const activateFn = vi.fn<Activate>(activate);
  const deactivateFn = vi.fn<() => void>(() => undefined);
  return {
    manifest: { version: '1.0.0', name: `${String(manifest.id)} name`, ...manifest },
    location: `plugins/${String(manifest.id)}`,
    catalogs: options.catalogs,
    loads: () => loads,
    activate: activateFn,
    deactivate: deactivateFn,
    load: async () => {
      loads++;
      if (options.loadDelay) await delay(options.loadDelay);
      if (options.module) return options.module();
      const module: PluginModule<WorkbenchApi> = { activate: activateFn, deactivate: deactivateFn };
      return module;
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A stand-in for a DOM element: the services never touch it. */
function fakeElement(name: string): HTMLElement {
  return { name } as unknown as HTMLElement;
}

async function boot(descriptors: PluginDescriptor[], storage: StorageService = new MemoryStorageService()): Promise<WorkbenchServices> {
  const services = createWorkbenchServices(storage, { isMac: false });
  services.i18n.registerCatalog('en', WORKBENCH_CATALOGS.en);
  await services.settings.load();
  registerContributionHandlers(services);
  await services.plugins.start(descriptors);
  return services;
}

function errorLines(services: WorkbenchServices): string[] {
  return services.output.lines(PLUGIN_OUTPUT_CHANNEL).filter((l) => l.severity === 'error').map((l) => l.text);
}

const RICH_CATALOGS: Partial<Record<'en' | 'zh-CN', MessageCatalog>> = {
  en: { 'acme.run.title': 'Run Acme', 'acme.hello': 'Hello from Acme' },
  'zh-CN': { 'acme.run.title': '运行 Acme', 'acme.hello': '来自 Acme 的问候' },
};

function richPlugin(activate: Activate = () => undefined): TestPlugin {
  return plugin(
    {
      id: 'acme',
      contributes: {
        commands: [{ command: 'acme.run', title: 'acme.run.title', category: 'Acme', icon: 'play' }],
        keybindings: [{ key: 'ctrl+alt+r', command: 'acme.run' }],
        configuration: { title: 'Acme', properties: { 'acme.level': { type: 'string', default: 'low', enum: ['low', 'high'] } } },
        viewsContainers: { activitybar: [{ id: 'acme', title: 'Acme', icon: 'tools', order: 3 }] },
        views: { acme: [{ id: 'acme.list', name: 'List' }] },
        editors: [{ kind: 'policy', title: 'Policy', icon: 'law' }],
        localization: [{ locale: 'en', path: 'l10n/en.json' }, { locale: 'zh-CN', path: 'l10n/zh-CN.json' }],
        operators: [{ id: 'acme.avg', label: 'Average' }],
        scorers: [{ id: 'acme.linear' }],
        templates: [{ id: 'acme.starter' }],
      },
    },
    activate,
    { catalogs: RICH_CATALOGS },
  );
}

describe('PluginHost: declarative contributions', () => {
  it('registers every contribution before (and without) loading any code', async () => {
    const acme = richPlugin();
    const services = await boot([acme]);

    expect(acme.loads()).toBe(0);
    expect(services.plugins.get('acme')?.state).toBe('inactive');

    expect(services.commands.getMetadata('acme.run')).toMatchObject({ id: 'acme.run', title: 'acme.run.title', category: 'Acme', icon: 'play', source: 'acme' });
    expect(services.commands.hasHandler('acme.run')).toBe(false);
    expect(services.keybindings.getRules()).toContainEqual(expect.objectContaining({ key: 'ctrl+alt+r', command: 'acme.run', source: 'acme' }));
    expect(services.settings.describe('acme.level')).toMatchObject({ source: 'acme', section: 'Acme' });
    expect(services.settings.get('acme.level')).toBe('low');
    await expect(services.settings.update('acme.level', 'extreme')).rejects.toThrow();
    expect(services.views.getContainer('acme')).toMatchObject({ location: 'sidebar', order: 3, source: 'acme' });
    expect(services.views.getView('acme.list')).toMatchObject({ container: 'acme', source: 'acme' });
    expect(services.views.getContainers('sidebar').map((c) => c.id)).toContain('acme');
    expect(services.editors.getKind('policy')).toMatchObject({ title: 'Policy', source: 'acme' });
    expect(services.i18n.t('acme.hello')).toBe('Hello from Acme');
    expect(services.i18n.text('acme.run.title')).toBe('Run Acme');
    services.i18n.setLocale('zh-CN');
    expect(services.i18n.t('acme.hello')).toBe('来自 Acme 的问候');
    expect(services.domainContributions.get('operators', 'acme.avg')).toMatchObject({ label: 'Average', source: 'acme' });
    expect(services.domainContributions.list('scorers').map((s) => s.id)).toEqual(['acme.linear']);
    expect(services.domainContributions.list('templates').map((s) => s.id)).toEqual(['acme.starter']);

    expect(acme.loads()).toBe(0);
  });

  it('lists the plugin with its implied activation events', async () => {
    const services = await boot([richPlugin()]);
    const info = services.plugins.get('acme')!;
    expect(info.manifest?.id).toBe('acme');
    expect(info.location).toBe('plugins/acme');
    expect([...info.activationEvents].sort()).toEqual(['onCommand:acme.run', 'onEditor:policy', 'onView:acme.list']);
    expect(info.problems).toEqual([]);
    expect(services.plugins.plugins.map((p) => p.id)).toEqual(['acme']);
  });

  it('a contribution that cannot be registered fails the plugin and rolls back its other contributions', async () => {
    const first = plugin({ id: 'first', contributes: { configuration: { properties: { 'shared.key': { type: 'number', default: 1 } } } } });
    const second = plugin({
      id: 'second',
      activationEvents: ['onStartup'],
      contributes: {
        commands: [{ command: 'second.run', title: 'Run' }],
        configuration: { properties: { 'shared.key': { type: 'number', default: 2 } } },
      },
    });
    const services = await boot([first, second]);
    const info = services.plugins.get('second')!;
    expect(info.state).toBe('failed');
    expect(info.error).toMatch(/shared\.key/);
    expect(services.commands.getMetadata('second.run')).toBeUndefined();
    expect(services.settings.describe('shared.key')?.source).toBe('first');
    expect(second.loads()).toBe(0);
    expect(errorLines(services).some((l) => l.includes('second'))).toBe(true);
    expect(services.plugins.get('first')?.state).toBe('inactive');
  });
});

describe('PluginHost: activation', () => {
  it('activates onStartup plugins during start, with a context bound to the plugin', async () => {
    let seen: Context | undefined;
    const startup = plugin({ id: 'boot-me', activationEvents: ['onStartup'] }, (ctx) => {
      seen = ctx;
    });
    const lazy = plugin({ id: 'lazy', activationEvents: ['onCommand:lazy.go'] });
    const services = await boot([startup, lazy]);
    expect(services.plugins.get('boot-me')?.state).toBe('active');
    expect(startup.activate).toHaveBeenCalledTimes(1);
    expect(seen?.id).toBe('boot-me');
    expect(seen?.manifest.id).toBe('boot-me');
    expect(seen?.api.pluginId).toBe('boot-me');
    expect(seen?.api.commands).toBe(services.commands);
    expect(seen?.api.t('host.plugin.enabled', { id: 'x' })).toBe('Enabled plugin x');
    expect(lazy.loads()).toBe(0);
    expect(services.plugins.get('lazy')?.state).toBe('inactive');
  });

  it('activates "*" plugins at start', async () => {
    const star = plugin({ id: 'star', activationEvents: ['*'] });
    const services = await boot([star]);
    expect(services.plugins.get('star')?.state).toBe('active');
    expect(star.activate).toHaveBeenCalledTimes(1);
  });

  it('activates a command-contributing plugin lazily on executeCommand, and the command runs', async () => {
    const calls: unknown[][] = [];
    const acme = plugin(
      { id: 'acme', contributes: { commands: [{ command: 'acme.double', title: 'Double' }] } },
      ({ api, subscriptions }) => {
        subscriptions.add(api.commands.registerCommand('acme.double', (...args: unknown[]) => {
          calls.push(args);
          return (args[0] as number) * 2;
        }));
      },
    );
    const services = await boot([acme]);
    expect(acme.loads()).toBe(0);
    expect(await services.commands.executeCommand<number>('acme.double', 21)).toBe(42);
    expect(calls).toEqual([[21]]);
    expect(services.plugins.get('acme')?.state).toBe('active');
    expect(await services.commands.executeCommand<number>('acme.double', 1)).toBe(2);
    expect(acme.loads()).toBe(1);
    expect(acme.activate).toHaveBeenCalledTimes(1);
  });

  it('activates onView through views.createView', async () => {
    const pane: ViewPane = { element: fakeElement('acme-view') };
    const acme = plugin(
      { id: 'acme', contributes: { viewsContainers: { activitybar: [{ id: 'acme', title: 'Acme', icon: 'tools' }] }, views: { acme: [{ id: 'acme.list', name: 'List' }] } } },
      ({ api, subscriptions }) => {
        subscriptions.add(api.views.registerViewProvider('acme.list', { createView: () => pane }));
      },
    );
    const services = await boot([acme]);
    expect(services.views.hasProvider('acme.list')).toBe(false);
    expect(await services.views.createView('acme.list')).toBe(pane);
    expect(services.plugins.get('acme')?.state).toBe('active');
    expect(await services.views.createView('acme.list')).toBe(pane);
    expect(acme.activate).toHaveBeenCalledTimes(1);
  });

  it('activates onEditor through editors.getPane', async () => {
    const created: EditorInput[] = [];
    const acme = plugin(
      { id: 'acme', contributes: { editors: [{ kind: 'policy', title: 'Policy' }] } },
      ({ api, subscriptions }) => {
        subscriptions.add(api.editors.registerEditorProvider('policy', {
          createEditor: (input): EditorPane => {
            created.push(input);
            return { element: fakeElement(input.uri) };
          },
        }));
      },
    );
    const services = await boot([acme]);
    const input: EditorInput = { uri: 'policy:1', kind: 'policy', title: 'P1' };
    const pane = await services.editors.getPane(input, 1);
    expect(pane.element).toEqual({ name: 'policy:1' });
    expect(created).toEqual([input]);
    expect(services.plugins.get('acme')?.state).toBe('active');
  });

  it('only activates the plugins waiting for the event', async () => {
    const a = plugin({ id: 'a', activationEvents: ['onView:a.v'] });
    const b = plugin({ id: 'b', activationEvents: ['onView:b.v'] });
    const services = await boot([a, b]);
    await services.plugins.activateByEvent('onView:a.v');
    expect(services.plugins.get('a')?.state).toBe('active');
    expect(services.plugins.get('b')?.state).toBe('inactive');
    expect(b.loads()).toBe(0);
  });

  it('concurrent activations of the same plugin activate it once', async () => {
    let running = 0;
    let maxRunning = 0;
    const slow = plugin(
      { id: 'slow', activationEvents: ['onView:slow.v', 'onCommand:slow.cmd'] },
      async ({ api, subscriptions }) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await delay(20);
        subscriptions.add(api.commands.registerCommand('slow.cmd', () => 'done'));
        running--;
      },
      { loadDelay: 10 },
    );
    const services = await boot([slow]);
    const results = await Promise.all([
      services.plugins.activateByEvent('onView:slow.v'),
      services.plugins.activateByEvent('onView:slow.v'),
      services.commands.executeCommand<string>('slow.cmd'),
      services.plugins.activateByEvent('onCommand:slow.cmd'),
    ]);
    expect(results[2]).toBe('done');
    expect(slow.loads()).toBe(1);
    expect(slow.activate).toHaveBeenCalledTimes(1);
    expect(maxRunning).toBe(1);
    expect(services.plugins.get('slow')?.state).toBe('active');
  });

  it('every caller waits for the activation to finish', async () => {
    const slow = plugin({ id: 'slow', activationEvents: ['onView:slow.v'] }, async () => {
      await delay(15);
    });
    const services = await boot([slow]);
    const first = services.plugins.activateByEvent('onView:slow.v');
    expect(services.plugins.get('slow')?.state).toBe('activating');
    await services.plugins.activateByEvent('onView:slow.v');
    expect(services.plugins.get('slow')?.state).toBe('active');
    await first;
  });

  it('records the activation time and logs it', async () => {
    const slow = plugin({ id: 'slow', activationEvents: ['onStartup'] }, async () => {
      await delay(30);
    });
    const fast = plugin({ id: 'fast', activationEvents: ['onStartup'] });
    const services = await boot([slow, fast]);
    const time = services.plugins.get('slow')?.activationTime;
    expect(time).toBeGreaterThanOrEqual(25);
    expect(services.plugins.get('fast')?.activationTime).toBeGreaterThanOrEqual(0);
    expect(services.plugins.get('fast')?.activationTime).toBeLessThan(time!);
    expect(services.plugins.get('inactive-one')).toBeUndefined();
    const lines = services.output.lines(PLUGIN_OUTPUT_CHANNEL).map((l) => l.text);
    expect(lines).toContain(`Activated plugin slow in ${time} ms`);
  });

  it('fires onDidChange as the state moves', async () => {
    const acme = plugin({ id: 'acme', activationEvents: ['onView:acme.v'] });
    const services = await boot([acme]);
    const states: string[] = [];
    services.plugins.onDidChange(() => states.push(services.plugins.get('acme')!.state));
    await services.plugins.activateByEvent('onView:acme.v');
    expect(states).toEqual(['activating', 'active']);
  });
});

describe('PluginHost: failures are contained', () => {
  it('a plugin whose activate throws is failed, reported, and the others keep working', async () => {
    const good = plugin(
      { id: 'good', activationEvents: ['onStartup'], contributes: { commands: [{ command: 'good.ping', title: 'Ping' }] } },
      ({ api, subscriptions }) => {
        subscriptions.add(api.commands.registerCommand('good.ping', () => 'pong'));
      },
    );
    const bad = plugin(
      { id: 'bad', activationEvents: ['onStartup'], contributes: { commands: [{ command: 'bad.run', title: 'Run' }] } },
      ({ api, subscriptions }) => {
        subscriptions.add(api.commands.registerCommand('bad.run', () => 'should be gone'));
        throw new Error('kaboom');
      },
    );
    const later = plugin(
      { id: 'later', contributes: { commands: [{ command: 'later.run', title: 'Later' }] } },
      ({ api, subscriptions }) => {
        subscriptions.add(api.commands.registerCommand('later.run', () => 'later ran'));
      },
    );
    const notified: string[] = [];
    const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
    services.i18n.registerCatalog('en', WORKBENCH_CATALOGS.en);
    services.notifications.onDidAdd((n) => notified.push(`${n.severity}|${n.source ?? ''}|${n.message}`));
    registerContributionHandlers(services);
    await services.plugins.start([good, bad, later]);

    const info = services.plugins.get('bad')!;
    expect(info.state).toBe('failed');
    expect(info.error).toBe('kaboom');
    expect(info.activationTime).toBeUndefined();
    // Registrations made before the throw are undone.
    expect(services.commands.hasHandler('bad.run')).toBe(false);
    await expect(services.commands.executeCommand('bad.run')).rejects.toBeInstanceOf(CommandNotFoundError);
    expect(bad.activate).toHaveBeenCalledTimes(1);

    const errors = errorLines(services);
    expect(errors.some((l) => l.includes('bad') && l.includes('kaboom'))).toBe(true);
    // The stack trace goes to the channel too.
    expect(errors.some((l) => l.includes('Error: kaboom'))).toBe(true);
    expect(notified).toContainEqual(expect.stringMatching(/^error\|bad\|.*kaboom/));

    expect(services.plugins.get('good')?.state).toBe('active');
    expect(await services.commands.executeCommand('good.ping')).toBe('pong');
    expect(await services.commands.executeCommand('later.run')).toBe('later ran');
    expect(services.plugins.get('later')?.state).toBe('active');
  });

  it('an async rejection in activate fails the plugin too', async () => {
    const bad = plugin({ id: 'bad', activationEvents: ['onStartup'] }, async () => {
      await delay(1);
      throw new Error('later failure');
    });
    const services = await boot([bad]);
    expect(services.plugins.get('bad')).toMatchObject({ state: 'failed', error: 'later failure' });
  });

  it('a lazily activated plugin that throws leaves its command unavailable', async () => {
    const bad = plugin({ id: 'bad', contributes: { commands: [{ command: 'bad.run', title: 'Run' }] } }, () => {
      throw new Error('nope');
    });
    const services = await boot([bad]);
    await expect(services.commands.executeCommand('bad.run')).rejects.toBeInstanceOf(CommandNotFoundError);
    expect(services.plugins.get('bad')?.state).toBe('failed');
    // A failed plugin is not retried by later events.
    await expect(services.commands.executeCommand('bad.run')).rejects.toBeInstanceOf(CommandNotFoundError);
    expect(bad.activate).toHaveBeenCalledTimes(1);
  });

  it('a module without activate() fails', async () => {
    const noActivate = plugin({ id: 'empty', activationEvents: ['onStartup'] }, undefined, { module: () => ({ something: 1 }) });
    const nothing = plugin({ id: 'nothing', activationEvents: ['onStartup'] }, undefined, { module: () => undefined });
    const services = await boot([noActivate, nothing]);
    expect(services.plugins.get('empty')?.state).toBe('failed');
    expect(services.plugins.get('empty')?.error).toMatch(/activate/);
    expect(services.plugins.get('nothing')?.state).toBe('failed');
  });

  it('a load() that rejects fails the plugin', async () => {
    const broken: PluginDescriptor = {
      manifest: { id: 'broken', name: 'Broken', version: '1.0.0', activationEvents: ['onStartup'] },
      load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    };
    const services = await boot([broken]);
    expect(services.plugins.get('broken')).toMatchObject({ state: 'failed', error: 'Failed to fetch dynamically imported module' });
  });

  it('an invalid manifest is listed as invalid with its problems; the others are unaffected', async () => {
    const invalid: PluginDescriptor = {
      manifest: { id: 'bad-one', name: 'Bad', version: '1.0.0', contributes: { commands: [{ command: 'nodot', title: 'x' }] } },
      location: 'plugins/bad-one',
      load: vi.fn(async () => ({ activate: () => undefined })),
    };
    const good = plugin({ id: 'good', activationEvents: ['onStartup'] });
    const services = await boot([invalid, good]);
    const info = services.plugins.get('bad-one')!;
    expect(info.state).toBe('invalid');
    expect(info.manifest).toBeUndefined();
    expect(info.problems).toContainEqual(expect.objectContaining({ pointer: '/contributes/commands/0/command' }));
    expect(info.error).toContain('/contributes/commands/0/command');
    expect(invalid.load).not.toHaveBeenCalled();
    expect(services.commands.getMetadata('nodot')).toBeUndefined();
    expect(errorLines(services).some((l) => l.includes('plugins/bad-one'))).toBe(true);
    expect(services.notifications.active.some((n) => n.severity === 'error' && n.source === 'bad-one')).toBe(true);
    expect(services.plugins.get('good')?.state).toBe('active');
    await expect(services.plugins.setEnabled('bad-one', true)).rejects.toThrow(/bad-one/);
  });

  it('an invalid manifest without an id is listed under its location', async () => {
    const services = await boot([{ manifest: { name: 'x' }, location: 'plugins/mystery', load: async () => ({}) }]);
    expect(services.plugins.get('plugins/mystery')?.state).toBe('invalid');
  });

  it('a duplicate plugin id is ignored and reported', async () => {
    const first = plugin({ id: 'dup', activationEvents: ['onStartup'] });
    const second = plugin({ id: 'dup', activationEvents: ['onStartup'], contributes: { commands: [{ command: 'dup.second', title: 'Second' }] } });
    const services = await boot([first, second]);
    expect(services.plugins.plugins.filter((p) => p.id === 'dup')).toHaveLength(1);
    expect(first.activate).toHaveBeenCalledTimes(1);
    expect(second.loads()).toBe(0);
    expect(services.commands.getMetadata('dup.second')).toBeUndefined();
    expect(errorLines(services).some((l) => l.includes('Duplicate plugin id "dup"'))).toBe(true);
  });
});

describe('PluginHost: enable and disable', () => {
  it('disabling disposes subscriptions, removes contributions, calls deactivate and persists', async () => {
    const storage = new MemoryStorageService();
    const acme = richPlugin(({ api, subscriptions }) => {
      subscriptions.add(api.commands.registerCommand('acme.run', () => 'ran'));
      subscriptions.add(api.commands.registerCommand('acme.internal', () => 'internal'));
    });
    const services = await boot([acme], storage);
    expect(await services.commands.executeCommand('acme.run')).toBe('ran');
    expect(services.commands.hasHandler('acme.internal')).toBe(true);

    await services.plugins.setEnabled('acme', false);

    expect(services.plugins.get('acme')?.state).toBe('disabled');
    expect(acme.deactivate).toHaveBeenCalledTimes(1);
    expect(services.commands.hasHandler('acme.run')).toBe(false);
    expect(services.commands.hasHandler('acme.internal')).toBe(false);
    expect(services.commands.getMetadata('acme.run')).toBeUndefined();
    await expect(services.commands.executeCommand('acme.run')).rejects.toBeInstanceOf(CommandNotFoundError);
    expect(services.views.getView('acme.list')).toBeUndefined();
    expect(services.views.getContainer('acme')).toBeUndefined();
    expect(services.editors.hasKind('policy')).toBe(false);
    expect(services.keybindings.getRules().some((r) => r.command === 'acme.run')).toBe(false);
    expect(services.settings.describe('acme.level')).toBeUndefined();
    expect(services.i18n.t('acme.hello')).toBe('acme.hello');
    expect(services.domainContributions.list('operators')).toEqual([]);
    expect(services.output.lines(PLUGIN_OUTPUT_CHANNEL).map((l) => l.text)).toContain('Disabled plugin acme');
    expect(acme.activate).toHaveBeenCalledTimes(1);

    // A new host on the same storage starts it disabled, without its contributions.
    const again = richPlugin();
    const next = await boot([again], storage);
    expect(next.plugins.get('acme')?.state).toBe('disabled');
    expect(next.commands.getMetadata('acme.run')).toBeUndefined();
    expect(next.views.getView('acme.list')).toBeUndefined();
    await expect(next.commands.executeCommand('acme.run')).rejects.toBeInstanceOf(CommandNotFoundError);
    expect(again.loads()).toBe(0);
  });

  it('a disabled onStartup plugin is not activated at the next start', async () => {
    const storage = new MemoryStorageService();
    const services = await boot([plugin({ id: 'auto', activationEvents: ['onStartup'] })], storage);
    await services.plugins.setEnabled('auto', false);
    const again = plugin({ id: 'auto', activationEvents: ['onStartup'] });
    const next = await boot([again], storage);
    expect(next.plugins.get('auto')?.state).toBe('disabled');
    expect(again.loads()).toBe(0);
  });

  it('enabling re-registers contributions and re-activates an onStartup plugin', async () => {
    const storage = new MemoryStorageService();
    const acme = plugin(
      {
        id: 'acme',
        activationEvents: ['onStartup'],
        contributes: {
          commands: [{ command: 'acme.run', title: 'Run' }],
          viewsContainers: { activitybar: [{ id: 'acme', title: 'Acme', icon: 'tools' }] },
          views: { acme: [{ id: 'acme.list', name: 'List' }] },
        },
      },
      ({ api, subscriptions }) => {
        subscriptions.add(api.commands.registerCommand('acme.run', () => 'ran'));
      },
    );
    const services = await boot([acme], storage);
    await services.plugins.setEnabled('acme', false);
    expect(services.commands.hasHandler('acme.run')).toBe(false);

    await services.plugins.setEnabled('acme', true);
    expect(services.plugins.get('acme')?.state).toBe('active');
    expect(acme.activate).toHaveBeenCalledTimes(2);
    expect(services.commands.getMetadata('acme.run')?.source).toBe('acme');
    expect(services.views.getView('acme.list')).toBeDefined();
    expect(services.views.getContainers('sidebar').map((c) => c.id)).toContain('acme');
    expect(await services.commands.executeCommand('acme.run')).toBe('ran');
    expect(services.output.lines(PLUGIN_OUTPUT_CHANNEL).map((l) => l.text)).toContain('Enabled plugin acme');

    // Persisted as enabled again.
    const next = await boot([plugin({ id: 'acme', activationEvents: ['onStartup'] })], storage);
    expect(next.plugins.get('acme')?.state).toBe('active');
  });

  it('enabling a lazy plugin leaves it inactive until its event, then activates it', async () => {
    const acme = plugin(
      { id: 'acme', contributes: { commands: [{ command: 'acme.run', title: 'Run' }] } },
      ({ api, subscriptions }) => {
        subscriptions.add(api.commands.registerCommand('acme.run', () => 'ran'));
      },
    );
    const services = await boot([acme]);
    await services.plugins.setEnabled('acme', false);
    await services.plugins.setEnabled('acme', true);
    expect(services.plugins.get('acme')?.state).toBe('inactive');
    expect(acme.loads()).toBe(0);
    expect(await services.commands.executeCommand('acme.run')).toBe('ran');
    expect(services.plugins.get('acme')?.state).toBe('active');
  });

  it('a disabled plugin is not activated by its events', async () => {
    const acme = plugin({ id: 'acme', activationEvents: ['onView:acme.v'] });
    const services = await boot([acme]);
    await services.plugins.setEnabled('acme', false);
    await services.plugins.activateByEvent('onView:acme.v');
    expect(services.plugins.get('acme')?.state).toBe('disabled');
    expect(acme.loads()).toBe(0);
  });

  it('enabling a failed plugin retries it', async () => {
    let shouldFail = true;
    const flaky = plugin({ id: 'flaky', activationEvents: ['onStartup'] }, () => {
      if (shouldFail) throw new Error('first time');
    });
    const services = await boot([flaky]);
    expect(services.plugins.get('flaky')?.state).toBe('failed');
    shouldFail = false;
    await services.plugins.setEnabled('flaky', true);
    expect(services.plugins.get('flaky')).toMatchObject({ state: 'active', error: undefined });
  });

  it('enabling an active plugin changes nothing', async () => {
    const acme = plugin({ id: 'acme', activationEvents: ['onStartup'] });
    const services = await boot([acme]);
    await services.plugins.setEnabled('acme', true);
    expect(acme.activate).toHaveBeenCalledTimes(1);
    expect(services.plugins.get('acme')?.state).toBe('active');
  });

  it('disabling while activation is in progress waits for it, then deactivates', async () => {
    const acme = plugin(
      { id: 'acme', activationEvents: ['onView:acme.v'] },
      async ({ api, subscriptions }) => {
        await delay(15);
        subscriptions.add(api.commands.registerCommand('acme.cmd', () => undefined));
      },
    );
    const services = await boot([acme]);
    const activation = services.plugins.activateByEvent('onView:acme.v');
    await services.plugins.setEnabled('acme', false);
    await activation;
    expect(services.plugins.get('acme')?.state).toBe('disabled');
    expect(services.commands.hasHandler('acme.cmd')).toBe(false);
    expect(acme.deactivate).toHaveBeenCalledTimes(1);
  });

  it('a deactivate() that throws is reported but the plugin is still disabled', async () => {
    const acme = plugin({ id: 'acme', activationEvents: ['onStartup'] }, undefined, {
      module: () => ({
        activate: () => undefined,
        deactivate: () => {
          throw new Error('cleanup broke');
        },
      }),
    });
    const services = await boot([acme]);
    await services.plugins.setEnabled('acme', false);
    expect(services.plugins.get('acme')?.state).toBe('disabled');
    expect(errorLines(services).some((l) => l.includes('cleanup broke'))).toBe(true);
  });

  it('refuses an unknown plugin id', async () => {
    const services = await boot([]);
    await expect(services.plugins.setEnabled('ghost', false)).rejects.toThrow(/ghost/);
  });
});

describe('PluginHost: per-plugin state', () => {
  it('is kept per plugin and survives a new host on the same storage', async () => {
    const storage = new MemoryStorageService();
    const counts: Array<number | undefined> = [];
    const make = (id: string) =>
      plugin({ id, activationEvents: ['onStartup'] }, async ({ state }) => {
        const before = await state.get<number>('runs');
        counts.push(before);
        await state.set('runs', (before ?? 0) + 1);
      });
    await boot([make('alpha')], storage);
    await boot([make('alpha'), make('beta')], storage);
    // alpha: first run saw nothing, second saw 1; beta has its own (empty) state.
    expect(counts).toEqual([undefined, 1, undefined]);
    expect(await storage.get('plugin:alpha', 'runs')).toBe(2);
    expect(await storage.get('plugin:beta', 'runs')).toBe(1);
  });

  it('stores structured values', async () => {
    const storage = new MemoryStorageService();
    await boot([plugin({ id: 'alpha', activationEvents: ['onStartup'] }, async ({ state }) => {
      await state.set('recent', { files: ['a', 'b'], at: 1 });
    })], storage);
    let read: unknown;
    await boot([plugin({ id: 'alpha', activationEvents: ['onStartup'] }, async ({ state }) => {
      read = await state.get('recent');
    })], storage);
    expect(read).toEqual({ files: ['a', 'b'], at: 1 });
  });
});

describe('PluginHost: dispose', () => {
  it('deactivates active plugins and removes all contributions', async () => {
    const acme = richPlugin(({ api, subscriptions }) => {
      subscriptions.add(api.commands.registerCommand('acme.run', () => 'ran'));
    });
    const services = await boot([acme]);
    await services.commands.executeCommand('acme.run');
    await services.plugins.dispose();
    expect(acme.deactivate).toHaveBeenCalledTimes(1);
    expect(services.commands.hasHandler('acme.run')).toBe(false);
    expect(services.commands.getMetadata('acme.run')).toBeUndefined();
    expect(services.views.getView('acme.list')).toBeUndefined();
  });
});
