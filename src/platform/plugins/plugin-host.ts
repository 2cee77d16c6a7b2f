import { Emitter, type Event } from '../../base/event.ts';
import { DisposableStore, type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import type { Locale } from '../../core/localized-text.ts';
import type { CommandRegistry } from '../commands/command-registry.ts';
import type { I18nService, MessageCatalog } from '../i18n/i18n-service.ts';
import type { KeybindingService } from '../keybindings/keybinding-service.ts';
import type { NotificationService } from '../notifications/notification-service.ts';
import type { OutputService } from '../output/output-service.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { StorageService } from '../storage/storage-service.ts';
import { validateManifest, type ManifestProblem } from './manifest-validator.ts';
import { activationEventsOf, type PluginContributions, type PluginManifest } from './plugin-manifest.ts';

/** How the shell finds a plugin: its manifest (read without running code) and a loader for its code. */
export interface PluginDescriptor {
  /** The parsed plugin.json, not yet validated. */
  manifest: unknown;
  /** Loads the entry module with a dynamic import. */
  load(): Promise<unknown>;
  /** Message catalogs shipped with the plugin, by locale. */
  catalogs?: Partial<Record<Locale, MessageCatalog>>;
  /** Where it came from, for messages (e.g. "plugins/welcome"). */
  location?: string;
}

/** What a plugin's `activate` receives. */
export interface PluginContext<Api> {
  readonly id: string;
  readonly manifest: PluginManifest;
  /** Disposed when the plugin is deactivated or disabled. */
  readonly subscriptions: DisposableStore;
  /** State kept per plugin across reloads. */
  readonly state: {
    get<T>(key: string): Promise<T | undefined>;
    set(key: string, value: unknown): Promise<void>;
  };
  readonly api: Api;
}

export interface PluginModule<Api> {
  activate(context: PluginContext<Api>): void | Promise<void>;
  deactivate?(): void | Promise<void>;
}

export type PluginState = 'inactive' | 'activating' | 'active' | 'failed' | 'disabled' | 'invalid';

export interface PluginInfo {
  readonly id: string;
  readonly manifest: PluginManifest | undefined;
  readonly location: string;
  readonly state: PluginState;
  /** Why it failed or is invalid. */
  readonly error?: string;
  readonly problems: readonly ManifestProblem[];
  readonly activationEvents: readonly string[];
  /** Milliseconds its activate() took. */
  readonly activationTime?: number;
}

/**
 * Handles one contribution point. Everything it registers goes into `store`, which the host
 * disposes when the plugin is disabled or when registering its contributions fails half-way.
 */
export type ContributionHandler = (value: unknown, plugin: PluginManifest, store: DisposableStore) => void;

interface Entry {
  descriptor: PluginDescriptor;
  info: PluginInfo;
  contributions: DisposableStore | undefined;
  context: PluginContext<unknown> | undefined;
  module: PluginModule<unknown> | undefined;
  activation: Promise<void> | undefined;
}

export interface PluginHostOptions<Api> {
  commands: CommandRegistry;
  keybindings: KeybindingService;
  i18n: I18nService;
  settings: SettingsService;
  output: OutputService;
  notifications: NotificationService;
  storage: StorageService;
  /** Builds the API object a plugin sees; may bind registrations to the plugin's id. */
  createApi(pluginId: string): Api;
}

const DISABLED_KEY = 'disabled';
export const PLUGIN_OUTPUT_CHANNEL = 'plugins';

/**
 * Reads manifests, registers their declarative contributions, activates plugin code on the first
 * matching event, and isolates failures: a plugin that throws is marked failed, reported in the
 * Output panel and a toast, and the rest keeps working.
 */
export class PluginHost<Api> implements IDisposable {
  private readonly entries = new Map<string, Entry>();
  private readonly handlers = new Map<string, ContributionHandler>();
  private disabled = new Set<string>();
  private readonly firedEvents = new Set<string>();

  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;

  constructor(private readonly options: PluginHostOptions<Api>) {
    options.commands.setActivator((id) => this.activateByEvent(`onCommand:${id}`));
  }

  /** A handler for a contribution point (views, editors, domain points...), registered by the workbench. */
  registerContributionHandler(point: keyof PluginContributions, handler: ContributionHandler): IDisposable {
    this.handlers.set(point, handler);
    return toDisposable(() => this.handlers.delete(point));
  }

  async start(descriptors: readonly PluginDescriptor[]): Promise<void> {
    this.disabled = new Set((await this.options.storage.get<string[]>('plugins', DISABLED_KEY)) ?? []);
    for (const descriptor of descriptors) this.add(descriptor);
    for (const entry of this.entries.values()) {
      if (entry.info.state === 'inactive') this.registerContributions(entry);
    }
    this._onDidChange.fire();
    await this.activateByEvent('onStartup');
    await this.activateByEvent('*');
  }

  get plugins(): PluginInfo[] {
    return [...this.entries.values()].map((e) => e.info);
  }

  get(id: string): PluginInfo | undefined {
    return this.entries.get(id)?.info;
  }

  /** Activates every enabled plugin waiting for this event; failures are contained. */
  async activateByEvent(event: string): Promise<void> {
    this.firedEvents.add(event);
    const waiting: Promise<void>[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.info.activationEvents.includes(event) && !(event !== '*' && entry.info.activationEvents.includes('*'))) continue;
      if (entry.info.state === 'inactive' || entry.info.state === 'activating') waiting.push(this.activate(entry));
    }
    await Promise.all(waiting);
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || entry.info.state === 'invalid') throw new Error(`No valid plugin "${id}"`);
    if (enabled) this.disabled.delete(id);
    else this.disabled.add(id);
    await this.options.storage.set('plugins', DISABLED_KEY, [...this.disabled]);
    if (!enabled) {
      await this.deactivate(entry);
      entry.contributions?.dispose();
      entry.contributions = undefined;
      this.update(entry, { state: 'disabled', error: undefined });
      this.options.output.append(PLUGIN_OUTPUT_CHANNEL, this.options.i18n.t('host.plugin.disabled', { id }));
      return;
    }
    if (entry.info.state !== 'disabled' && entry.info.state !== 'failed') return;
    await this.deactivate(entry);
    entry.contributions?.dispose();
    this.update(entry, { state: 'inactive', error: undefined });
    this.registerContributions(entry);
    this.options.output.append(PLUGIN_OUTPUT_CHANNEL, this.options.i18n.t('host.plugin.enabled', { id }));
    // Re-activate if an event it waits for already happened in this session.
    if (entry.info.activationEvents.some((e) => this.firedEvents.has(e) && (e === 'onStartup' || e === '*'))) {
      await this.activate(entry);
    }
  }

  private add(descriptor: PluginDescriptor): void {
    const raw = descriptor.manifest as { id?: unknown } | undefined;
    const location = descriptor.location ?? String(raw?.id ?? 'unknown');
    const result = validateManifest(descriptor.manifest);
    if (!result.ok) {
      let id = typeof raw?.id === 'string' && raw.id ? raw.id : location;
      if (this.entries.has(id)) id = `${id} (${location})`; // never hide a valid plugin of the same id
      const text = result.problems.map((p) => `${p.pointer}: ${p.message}`).join('; ');
      this.entries.set(id, this.newEntry(descriptor, { id, manifest: undefined, location, state: 'invalid', error: text, problems: result.problems, activationEvents: [] }));
      this.report(id, 'host.plugin.invalidManifest', { location, problems: text });
      return;
    }
    const manifest = result.manifest;
    if (this.entries.has(manifest.id)) {
      this.report(manifest.id, 'host.plugin.duplicateId', { id: manifest.id, location });
      return;
    }
    const state: PluginState = this.disabled.has(manifest.id) ? 'disabled' : 'inactive';
    this.entries.set(manifest.id, this.newEntry(descriptor, {
      id: manifest.id, manifest, location, state, problems: [], activationEvents: [...activationEventsOf(manifest)],
    }));
  }

  private newEntry(descriptor: PluginDescriptor, info: PluginInfo): Entry {
    return { descriptor, info, contributions: undefined, context: undefined, module: undefined, activation: undefined };
  }

  /** Declarative parts: available before (and without) running the plugin's code. */
  private registerContributions(entry: Entry): void {
    const manifest = entry.info.manifest!;
    const store = new DisposableStore();
    entry.contributions = store;
    const { commands, keybindings, i18n, settings } = this.options;
    const c = manifest.contributes ?? {};
    try {
      for (const [locale, catalog] of Object.entries(entry.descriptor.catalogs ?? {})) {
        if (catalog) store.add(i18n.registerCatalog(locale as Locale, catalog));
      }
      for (const cmd of c.commands ?? []) {
        store.add(commands.registerMetadata({ id: cmd.command, title: cmd.title, category: cmd.category, icon: cmd.icon, enablement: cmd.enablement, source: manifest.id }));
      }
      for (const kb of c.keybindings ?? []) {
        store.add(keybindings.register({ key: kb.key, mac: kb.mac, command: kb.command, when: kb.when, args: kb.args, source: manifest.id }));
      }
      for (const [key, schema] of Object.entries(c.configuration?.properties ?? {})) {
        store.add(settings.register({ key, schema, source: manifest.id, section: c.configuration?.title ?? manifest.name }));
      }
      for (const [point, value] of Object.entries(c)) {
        this.handlers.get(point)?.(value, manifest, store);
      }
    } catch (error) {
      store.dispose();
      entry.contributions = undefined;
      this.update(entry, { state: 'failed', error: errorText(error) });
      this.report(manifest.id, 'host.plugin.contributionsFailed', { id: manifest.id, error: errorText(error) });
    }
  }

  private activate(entry: Entry): Promise<void> {
    entry.activation ??= this.doActivate(entry).finally(() => {
      entry.activation = undefined;
    });
    return entry.activation;
  }

  private async doActivate(entry: Entry): Promise<void> {
    if (entry.info.state !== 'inactive') return;
    const manifest = entry.info.manifest!;
    this.update(entry, { state: 'activating' });
    const started = performance.now();
    const subscriptions = new DisposableStore();
    const context: PluginContext<Api> = {
      id: manifest.id,
      manifest,
      subscriptions,
      state: {
        get: (key) => this.options.storage.get(`plugin:${manifest.id}`, key),
        set: (key, value) => this.options.storage.set(`plugin:${manifest.id}`, key, value),
      },
      api: this.options.createApi(manifest.id),
    };
    try {
      const loaded = (await entry.descriptor.load()) as Partial<PluginModule<Api>> | undefined;
      if (!loaded || typeof loaded.activate !== 'function') throw new Error('its entry module exports no activate() function');
      entry.module = loaded as PluginModule<unknown>;
      entry.context = context as PluginContext<unknown>;
      await loaded.activate(context);
      const activationTime = Math.round(performance.now() - started);
      this.update(entry, { state: 'active', activationTime });
      this.options.output.append(PLUGIN_OUTPUT_CHANNEL, this.options.i18n.t('host.plugin.activated', { id: manifest.id, ms: activationTime }));
    } catch (error) {
      try {
        subscriptions.dispose();
      } catch {
        // The plugin already failed; its own cleanup errors add nothing.
      }
      entry.module = undefined;
      entry.context = undefined;
      this.update(entry, { state: 'failed', error: errorText(error) });
      this.report(manifest.id, 'host.plugin.activationFailed', { id: manifest.id, error: errorText(error) }, error);
    }
  }

  private async deactivate(entry: Entry): Promise<void> {
    if (entry.activation) await entry.activation;
    const { module, context } = entry;
    entry.module = undefined;
    entry.context = undefined;
    if (!context) return;
    try {
      await module?.deactivate?.();
    } catch (error) {
      this.report(entry.info.id, 'host.plugin.deactivationFailed', { id: entry.info.id, error: errorText(error) });
    }
    try {
      context.subscriptions.dispose();
    } catch (error) {
      this.report(entry.info.id, 'host.plugin.deactivationFailed', { id: entry.info.id, error: errorText(error) });
    }
  }

  private update(entry: Entry, patch: Partial<PluginInfo>): void {
    entry.info = { ...entry.info, ...patch };
    this._onDidChange.fire();
  }

  private report(pluginId: string, messageKey: string, args: Record<string, string>, error?: unknown): void {
    const message = this.options.i18n.t(messageKey, args);
    this.options.output.append(PLUGIN_OUTPUT_CHANNEL, message, 'error');
    if (error instanceof Error && error.stack) this.options.output.append(PLUGIN_OUTPUT_CHANNEL, error.stack, 'error');
    this.options.notifications.notify({ severity: 'error', message, source: pluginId });
  }

  async dispose(): Promise<void> {
    for (const entry of this.entries.values()) {
      await this.deactivate(entry);
      entry.contributions?.dispose();
    }
    this._onDidChange.dispose();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
