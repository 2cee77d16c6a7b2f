// Damaged values are moved to the quarantine store — never deleted — and reported once, so the
// rest of the workspace keeps working and the user can still export what was there.
import { randomId } from '../../base/ids.ts';
import { type QuarantinedValue, WorkspaceError, type WorkspaceProblem } from './workspace-api.ts';
import { messages } from './workspace-errors.ts';
import type { StoreEngine, StoreKey, StoreName } from './store-engine.ts';

/**
 * Thrown inside a transaction when a value read fails its shape check; the caller quarantines it.
 * `replacement` is what can be saved of it (the valid rows of a damaged chunk), stored in its place.
 */
export class CorruptValue extends Error {
  constructor(
    readonly store: StoreName,
    readonly key: StoreKey,
    readonly value: unknown,
    readonly reason: string,
    readonly replacement?: { key: StoreKey; value: unknown },
  ) {
    super(`Damaged value in "${store}": ${reason}`);
    this.name = 'CorruptValue';
  }
}

export interface StoreContext {
  engine: StoreEngine;
  now(): number;
  report(problem: WorkspaceProblem): void;
}

const WHAT: Record<StoreName, string> = {
  documents: 'document',
  rows: 'record of a dataset',
  versions: 'version of a document',
  undo: 'undo history of a document',
  meta: 'setting',
  quarantine: 'value',
};

export function corruptError(found: CorruptValue): WorkspaceError {
  return new WorkspaceError('corrupt', messages.corrupt(WHAT[found.store]), { cause: found });
}

/**
 * Moves the values aside when they are still the damaged ones (another tab may have fixed or moved
 * them meanwhile), then reports one problem per store.
 */
export async function quarantine(ctx: StoreContext, found: readonly CorruptValue[], docId?: string): Promise<void> {
  if (found.length === 0) return;
  const stores = [...new Set(found.map((f) => f.store))];
  await ctx.engine.run(['quarantine', ...stores], 'readwrite', async (tx) => {
    for (const item of found) {
      const current = await tx.get(item.store, item.key);
      if (current === undefined || JSON.stringify(current) !== JSON.stringify(item.value)) continue;
      const entry: QuarantinedValue = { id: randomId(), store: item.store, key: item.key, value: current, reason: item.reason, at: ctx.now() };
      await tx.put('quarantine', entry);
      await tx.delete(item.store, item.key);
      if (item.replacement) await tx.put(item.store, item.replacement.value, item.replacement.key);
    }
  });
  for (const store of stores) {
    const first = found.find((f) => f.store === store)!;
    ctx.report(docId ? { error: corruptError(first), docId } : { error: corruptError(first) });
  }
}

/** Runs `op`; a CorruptValue it meets is quarantined and rethrown as WorkspaceError 'corrupt'. */
export async function guardCorrupt<T>(ctx: StoreContext, op: () => Promise<T>, docId?: string): Promise<T> {
  try {
    return await op();
  } catch (error) {
    if (!(error instanceof CorruptValue)) throw error;
    await quarantine(ctx, [error], docId);
    throw corruptError(error);
  }
}

export async function listQuarantined(ctx: StoreContext): Promise<QuarantinedValue[]> {
  return (await ctx.engine.run(['quarantine'], 'readonly', (tx) => tx.getAll('quarantine'))) as QuarantinedValue[];
}
