import { Emitter, type Event } from '../../base/event.ts';

export interface QuickPickItem {
  id: string;
  /** Already-translated label; fuzzy matching and highlighting run on it. */
  label: string;
  description?: string;
  detail?: string;
  /** Keybinding label shown at the right, e.g. "Ctrl+Shift+P". */
  keybinding?: string;
  /** A codicon name. */
  icon?: string;
  /** Items of a group are shown under a separator with this text. */
  group?: string;
}

export interface QuickPickRequest {
  items: QuickPickItem[];
  placeholder?: string;
  /** Text typed in already (e.g. ">" for commands). */
  value?: string;
  /** Also match the description. */
  matchOnDescription?: boolean;
  /** When the typed value starts with one of these prefixes, hand over to another request (quick open ↔ commands). */
  prefixes?: Record<string, () => QuickPickRequest | Promise<QuickPickRequest>>;
  /** Shown when nothing matches. */
  emptyText?: string;
}

interface Pending {
  request: QuickPickRequest;
  resolve(item: QuickPickItem | undefined): void;
}

/**
 * One quick pick at a time (command palette, quick open, pickers of plugins). The workbench's
 * quick-input element renders `current` and calls accept/cancel.
 */
export class QuickInputService {
  private pending: Pending | undefined;
  private readonly _onDidChange = new Emitter<QuickPickRequest | undefined>();
  readonly onDidChange: Event<QuickPickRequest | undefined> = this._onDidChange.event;

  get current(): QuickPickRequest | undefined {
    return this.pending?.request;
  }

  /** Shows a pick; resolves with the chosen item, or undefined when dismissed or replaced. */
  pick(request: QuickPickRequest): Promise<QuickPickItem | undefined> {
    this.pending?.resolve(undefined);
    return new Promise((resolve) => {
      this.pending = { request, resolve };
      this._onDidChange.fire(request);
    });
  }

  /** Swaps the request shown without settling the caller's promise (prefix hand-over). */
  replace(request: QuickPickRequest): void {
    if (!this.pending) return;
    this.pending = { ...this.pending, request };
    this._onDidChange.fire(request);
  }

  accept(item: QuickPickItem): void {
    const pending = this.pending;
    if (!pending) return; // nothing shown: no change to announce
    this.pending = undefined;
    this._onDidChange.fire(undefined);
    pending.resolve(item);
  }

  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this._onDidChange.fire(undefined);
    pending.resolve(undefined);
  }
}
