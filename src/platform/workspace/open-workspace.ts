// Builds the workspace service of this tab or worker: IndexedDB when the browser allows it, memory
// (with the reason in `service.problem`) when it refuses; then collects orphaned import rows.
import { WorkspaceError, type WorkspaceProblem, type WorkspaceService } from './workspace-api.ts';
import { messages, toOpenError } from './workspace-errors.ts';
import { IdbEngine } from './idb-engine.ts';
import { type LockManagerLike, SessionLiveness } from './import-liveness.ts';
import { MemoryEngine } from './memory-engine.ts';
import type { StoreEngine } from './store-engine.ts';
import { createBroadcastChannel, type WorkspaceChannel } from './workspace-channel.ts';
import { type StorageManagerLike, WorkspaceStoreService } from './workspace-service.ts';

export const DEFAULT_WORKSPACE_NAME = 'scorecard-workspace';

export interface OpenWorkspaceOptions {
  /** The database name (default 'scorecard-workspace'); tests use one per test. */
  name?: string;
  /** Default: globalThis.indexedDB. null: work in memory. Tests pass `new IDBFactory()` of fake-indexeddb. */
  factory?: IDBFactory | null;
  /** Default: a BroadcastChannel 'scorecard-workspace:<name>'. null: no other tabs are told. */
  channel?: WorkspaceChannel | null;
  /** Default: navigator.locks. null: judge imports by their last write (see import-liveness.ts). */
  locks?: LockManagerLike | null;
  /** Without Web Locks: how long an import may be silent before its rows count as orphaned. */
  staleImportMs?: number;
  /** Default: navigator.storage (persist and estimate). */
  storage?: StorageManagerLike | null;
  /**
   * The database needs an upgrade that other tabs with an older version block: show the message
   * ('blocked'); the returned promise settles once they close.
   */
  onBlocked?: (problem: WorkspaceProblem) => void;
  now?: () => number;
  saveDelayMs?: number;
  maxSaveDelayMs?: number;
  maxUndoSteps?: number;
}

function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    // Some sandboxed frames throw SecurityError on merely reading indexedDB.
    return undefined;
  }
}

/**
 * Rejects with WorkspaceError 'newer-version' (the page is older than the database: reload) and
 * never with 'unavailable': then the service works in memory and says so in `problem`.
 */
export async function openWorkspace(options: OpenWorkspaceOptions = {}): Promise<WorkspaceService> {
  const name = options.name ?? DEFAULT_WORKSPACE_NAME;
  const now = options.now ?? Date.now;
  let engine: StoreEngine;
  let problem: WorkspaceError | undefined;
  try {
    const factory = options.factory === undefined ? defaultFactory() : (options.factory ?? undefined);
    if (!factory) throw new WorkspaceError('unavailable', messages.unavailable());
    engine = await IdbEngine.open({ name, factory, onBlocked: (error) => options.onBlocked?.({ error }) });
  } catch (error) {
    const failure = toOpenError(error);
    if (failure.code !== 'unavailable') throw failure;
    engine = new MemoryEngine();
    problem = failure;
  }
  const liveness = await SessionLiveness.start(name, {
    locks: options.locks,
    ...(options.staleImportMs !== undefined ? { staleMs: options.staleImportMs } : {}),
    now,
  });
  // A memory workspace is this tab's alone: announcing its changes would confuse other tabs.
  const channel = !problem && options.channel !== null ? (options.channel ?? createBroadcastChannel(name)) : undefined;
  const service = new WorkspaceStoreService({
    databaseName: name,
    engine,
    liveness,
    channel,
    problem,
    storage: options.storage ?? undefined,
    now,
    ...(options.saveDelayMs !== undefined ? { saveDelayMs: options.saveDelayMs } : {}),
    ...(options.maxSaveDelayMs !== undefined ? { maxSaveDelayMs: options.maxSaveDelayMs } : {}),
    ...(options.maxUndoSteps !== undefined ? { maxUndoSteps: options.maxUndoSteps } : {}),
  });
  // Rows of abandoned imports are harmless (never visible); if collecting fails, the next open retries.
  await service.collectOrphanedImports().catch(() => undefined);
  return service;
}

/**
 * A workspace in memory, made synchronously: for tests and tools that need the service without a
 * database. Nothing survives the tab, and `persistent` says so.
 */
export function createMemoryWorkspace(name = 'memory-workspace'): WorkspaceService {
  return new WorkspaceStoreService({ databaseName: name, engine: new MemoryEngine(), liveness: SessionLiveness.unlocked(name), channel: undefined, problem: undefined });
}
