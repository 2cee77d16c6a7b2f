import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import type { EditorInput } from './editor-input.ts';

/** A document that quick open (Ctrl/Cmd+P) can open. */
export interface QuickOpenEntry {
  input: EditorInput;
  /** Already-translated label; defaults to the input's title. */
  label?: string;
  description?: string;
}

export interface QuickOpenProvider {
  provideEntries(): QuickOpenEntry[] | Promise<QuickOpenEntry[]>;
}

/** Collects openable documents from every provider (workbench pages now, workspace documents later). */
export class QuickOpenService {
  private readonly providers = new Set<QuickOpenProvider>();

  registerProvider(provider: QuickOpenProvider): IDisposable {
    this.providers.add(provider);
    return toDisposable(() => this.providers.delete(provider));
  }

  async entries(): Promise<QuickOpenEntry[]> {
    const lists = await Promise.all([...this.providers].map(async (p) => {
      try {
        const list = await p.provideEntries();
        return Array.isArray(list) ? list : []; // a provider that forgot to return must not break the rest
      } catch {
        return []; // one failing provider must not empty quick open
      }
    }));
    const byUri = new Map<string, QuickOpenEntry>();
    for (const list of lists) for (const entry of list) if (!byUri.has(entry.input.uri)) byUri.set(entry.input.uri, entry);
    return [...byUri.values()];
  }
}
