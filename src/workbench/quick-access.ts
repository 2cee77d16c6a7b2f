import { DisposableStore, type IDisposable } from '../base/lifecycle.ts';
import { CommandNotFoundError, type CommandMetadata } from '../platform/commands/command-registry.ts';
import type { StorageService } from '../platform/storage/storage-service.ts';
import type { EditorInput } from './services/editor-input.ts';
import type { QuickPickItem, QuickPickRequest } from './services/quick-input-service.ts';
import type { WorkbenchServices } from './services/workbench-services.ts';

export const SHOW_COMMANDS_COMMAND = 'workbench.action.showCommands';
export const QUICK_OPEN_COMMAND = 'workbench.action.quickOpen';

/** Typing this in quick open switches to the command palette, as in VS Code. */
const COMMANDS_PREFIX = '>';
const STORAGE_SCOPE = 'quickinput';
const MAX_RECENT = 20;

export interface QuickAccessRegistration extends IDisposable {
  /** Settles once the recently used lists have been read from storage (tests wait for it). */
  readonly ready: Promise<void>;
}

/** Most-recently-used ids, newest first, persisted under `quickinput/<key>`. */
class RecentList {
  private ids: string[] = [];

  constructor(private readonly storage: StorageService, private readonly key: string) {}

  get items(): readonly string[] {
    return this.ids;
  }

  async load(): Promise<void> {
    try {
      const stored = await this.storage.get<unknown>(STORAGE_SCOPE, this.key);
      const loaded = Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
      // Anything used before the load finished is newer than what was stored.
      this.ids = [...new Set([...this.ids, ...loaded])].slice(0, MAX_RECENT);
    } catch {
      // Unreadable state only costs the ordering.
    }
  }

  touch(id: string): void {
    if (this.ids[0] === id) return;
    this.ids = [id, ...this.ids.filter((x) => x !== id)].slice(0, MAX_RECENT);
    this.storage.set(STORAGE_SCOPE, this.key, this.ids).catch(() => undefined);
  }

  /** Position in the list (lower is more recent), or undefined when not recently used. */
  rank(id: string): number | undefined {
    const i = this.ids.indexOf(id);
    return i < 0 ? undefined : i;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The command palette (Ctrl/Cmd+Shift+P, F1) and quick open (Ctrl/Cmd+P): their commands,
 * keybindings and the lists they show through `services.quickInput`. Both requests share one
 * prefix table, so typing '>' in quick open and deleting it in the palette switch between them.
 */
export function registerQuickAccess(services: WorkbenchServices): QuickAccessRegistration {
  const store = new DisposableStore();
  const { i18n } = services;
  const recentCommands = new RecentList(services.storage, 'recentCommands');
  const recentDocuments = new RecentList(services.storage, 'recentDocuments');
  /** What accepting an item does; whichever request it came from, the caller of pick() runs it. */
  const actions = new WeakMap<QuickPickItem, () => unknown>();
  /** Newer shows win over slower older ones (quick open waits for its providers). */
  let showSequence = 0;

  const prefixes: NonNullable<QuickPickRequest['prefixes']> = {
    [COMMANDS_PREFIX]: () => commandsRequest(),
    '': () => quickOpenRequest(),
  };

  function isEnabled(meta: CommandMetadata): boolean {
    try {
      return services.contextKeys.matches(meta.enablement);
    } catch {
      return false; // a broken when-clause hides the command rather than the whole palette
    }
  }

  function commandLabel(meta: CommandMetadata): string {
    const title = i18n.text(meta.title);
    return meta.category === undefined ? title : `${i18n.text(meta.category)}: ${title}`;
  }

  async function runCommand(id: string, label: string): Promise<void> {
    recentCommands.touch(id);
    try {
      await services.commands.executeCommand(id);
    } catch (error) {
      const message = error instanceof CommandNotFoundError && error.commandId === id
        ? i18n.t('host.command.notFound', { command: label })
        : i18n.t('host.command.failed', { command: label, error: errorText(error) });
      services.notifications.error(message);
    }
  }

  function commandsRequest(): QuickPickRequest {
    const recent: Array<{ item: QuickPickItem; rank: number }> = [];
    const others: QuickPickItem[] = [];
    for (const meta of services.commands.listMetadata()) {
      if (meta.id === SHOW_COMMANDS_COMMAND || !isEnabled(meta) || !services.menus.isShownInPalette(meta.id)) continue;
      const label = commandLabel(meta);
      const item: QuickPickItem = { id: `command:${meta.id}`, label, keybinding: services.keybindings.lookupLabel(meta.id) };
      actions.set(item, () => runCommand(meta.id, label));
      const rank = recentCommands.rank(meta.id);
      if (rank === undefined) others.push(item);
      else recent.push({ item, rank });
    }
    recent.sort((a, b) => a.rank - b.rank);
    others.sort((a, b) => a.label.localeCompare(b.label, i18n.locale));
    // Like VS Code, separators only when there is something recently used to set apart.
    if (recent.length > 0) {
      for (const { item } of recent) item.group = i18n.t('workbench.quickinput.recentlyUsed');
      for (const item of others) item.group = i18n.t('workbench.quickinput.otherCommands');
    }
    return {
      items: [...recent.map((r) => r.item), ...others],
      placeholder: i18n.t('workbench.quickinput.commandsPlaceholder'),
      value: COMMANDS_PREFIX,
      emptyText: i18n.t('workbench.quickinput.noCommands'),
      prefixes,
    };
  }

  function openDocument(input: EditorInput): void {
    recentDocuments.touch(input.uri);
    services.editors.open(input);
  }

  async function quickOpenRequest(): Promise<QuickPickRequest> {
    const byUri = new Map<string, { input: EditorInput; label: string; description?: string }>();
    for (const entry of await services.quickOpen.entries()) {
      byUri.set(entry.input.uri, { input: entry.input, label: entry.label ?? i18n.text(entry.input.title), description: entry.description });
    }
    for (const input of services.editors.model.allEditors()) {
      if (!byUri.has(input.uri)) byUri.set(input.uri, { input, label: i18n.text(input.title) });
    }
    const recent: Array<{ item: QuickPickItem; rank: number }> = [];
    const others: QuickPickItem[] = [];
    for (const { input, label, description } of byUri.values()) {
      const item: QuickPickItem = { id: `document:${input.uri}`, label, description, icon: input.icon };
      actions.set(item, () => openDocument(input));
      const rank = recentDocuments.rank(input.uri);
      if (rank === undefined) others.push(item);
      else recent.push({ item, rank });
    }
    recent.sort((a, b) => a.rank - b.rank);
    if (recent.length > 0) {
      for (const { item } of recent) item.group = i18n.t('workbench.quickinput.recentlyOpened');
      for (const item of others) item.group = i18n.t('workbench.quickinput.documents');
    }
    return {
      items: [...recent.map((r) => r.item), ...others],
      placeholder: i18n.t('workbench.quickinput.quickOpenPlaceholder'),
      value: '',
      matchOnDescription: true,
      emptyText: i18n.t('workbench.quickinput.noDocuments'),
      prefixes,
    };
  }

  async function show(request: QuickPickRequest): Promise<void> {
    const item = await services.quickInput.pick(request);
    // The widget has closed by now, so the command runs with the focus back where it was.
    if (item) await actions.get(item)?.();
  }

  // The handlers return once the list is shown; the choice is carried out when the user makes it.
  store.add(services.commands.registerCommand(SHOW_COMMANDS_COMMAND, () => {
    showSequence++;
    void show(commandsRequest());
  }));
  store.add(services.commands.registerCommand(QUICK_OPEN_COMMAND, async () => {
    const sequence = ++showSequence;
    const request = await quickOpenRequest();
    if (sequence === showSequence) void show(request);
  }));
  store.add(services.commands.registerMetadata({ id: SHOW_COMMANDS_COMMAND, title: 'workbench.commands.showCommands', source: 'workbench' }));
  store.add(services.commands.registerMetadata({ id: QUICK_OPEN_COMMAND, title: 'workbench.commands.quickOpen', source: 'workbench' }));
  // F1 first: the latest registration is the one menus and the palette show (Ctrl+Shift+P).
  store.add(services.keybindings.register({ key: 'f1', command: SHOW_COMMANDS_COMMAND, source: 'workbench' }));
  store.add(services.keybindings.register({ key: 'ctrl+shift+p', mac: 'cmd+shift+p', command: SHOW_COMMANDS_COMMAND, source: 'workbench' }));
  store.add(services.keybindings.register({ key: 'ctrl+p', mac: 'cmd+p', command: QUICK_OPEN_COMMAND, source: 'workbench' }));

  // Documents opened any way (tabs, explorer, quick open) count as recently opened.
  let lastActive = services.editors.model.activeEditor?.uri;
  store.add(services.editors.model.onDidChange(() => {
    const active = services.editors.model.activeEditor?.uri;
    if (active === undefined || active === lastActive) return;
    lastActive = active;
    recentDocuments.touch(active);
  }));

  const ready = Promise.all([recentCommands.load(), recentDocuments.load()]).then(() => undefined);
  return { ready, dispose: () => store.dispose() };
}
