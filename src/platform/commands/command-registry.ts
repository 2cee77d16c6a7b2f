import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import type { LocalizedText } from '../../core/localized-text.ts';

export type CommandHandler = (...args: unknown[]) => unknown;

/** What the palette and menus show for a command; declared by manifests before any plugin code runs. */
export interface CommandMetadata {
  id: string;
  /** Message-catalog key or literal/localized text. */
  title: LocalizedText;
  category?: LocalizedText;
  /** A codicon name, e.g. "settings-gear". */
  icon?: string;
  /** When-clause deciding whether the palette lists it. */
  enablement?: string;
  /** Plugin id or "workbench". */
  source: string;
}

export class CommandNotFoundError extends Error {
  readonly type = 'CommandNotFound';
  constructor(readonly commandId: string) {
    super(`Command not found: ${commandId}`);
  }
}

/**
 * Commands by dotted id. Handlers are registered by code; metadata by manifests. Executing a
 * command first awaits the activation hook, so a plugin activated `onCommand:x` can register x
 * just in time.
 */
export class CommandRegistry implements IDisposable {
  private readonly handlers = new Map<string, CommandHandler[]>();
  private readonly metadata = new Map<string, CommandMetadata>();
  private activator: ((commandId: string) => Promise<void>) | undefined;

  private readonly _onDidRegister = new Emitter<string>();
  readonly onDidRegister: Event<string> = this._onDidRegister.event;
  private readonly _onDidChangeMetadata = new Emitter<void>();
  readonly onDidChangeMetadata: Event<void> = this._onDidChangeMetadata.event;
  private readonly _onDidExecute = new Emitter<{ id: string; args: unknown[] }>();
  readonly onDidExecute: Event<{ id: string; args: unknown[] }> = this._onDidExecute.event;

  /** Called before a command runs (the plugin host activates `onCommand:<id>` plugins). */
  setActivator(activator: (commandId: string) => Promise<void>): void {
    this.activator = activator;
  }

  registerCommand(id: string, handler: CommandHandler): IDisposable {
    if (!id) throw new Error('A command needs an id');
    const list = this.handlers.get(id) ?? [];
    list.push(handler);
    this.handlers.set(id, list);
    this._onDidRegister.fire(id);
    return toDisposable(() => {
      const current = this.handlers.get(id);
      const index = current ? current.lastIndexOf(handler) : -1;
      if (!current || index < 0) return;
      current.splice(index, 1); // only this registration, even if the same function is registered twice
      if (current.length === 0) this.handlers.delete(id);
    });
  }

  registerMetadata(meta: CommandMetadata): IDisposable {
    this.metadata.set(meta.id, meta);
    this._onDidChangeMetadata.fire();
    return toDisposable(() => {
      if (this.metadata.get(meta.id) === meta) {
        this.metadata.delete(meta.id);
        this._onDidChangeMetadata.fire();
      }
    });
  }

  hasHandler(id: string): boolean {
    return this.handlers.has(id);
  }

  getMetadata(id: string): CommandMetadata | undefined {
    return this.metadata.get(id);
  }

  /** Every command with a title, for the palette. */
  listMetadata(): CommandMetadata[] {
    return [...this.metadata.values()];
  }

  async executeCommand<T = unknown>(id: string, ...args: unknown[]): Promise<T> {
    if (this.activator) await this.activator(id);
    const list = this.handlers.get(id);
    const handler = list?.[list.length - 1]; // the latest registration wins
    if (!handler) throw new CommandNotFoundError(id);
    const result = (await handler(...args)) as T;
    this._onDidExecute.fire({ id, args });
    return result;
  }

  dispose(): void {
    this.handlers.clear();
    this.metadata.clear();
    this._onDidRegister.dispose();
    this._onDidChangeMetadata.dispose();
    this._onDidExecute.dispose();
  }
}
