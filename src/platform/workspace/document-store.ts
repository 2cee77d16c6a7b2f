// Documents, their version history and their persisted undo stacks. Every write checks the stored
// revision inside its readwrite transaction, so two tabs can never both win a race silently.
import { randomId } from '../../base/ids.ts';
import { jsonEqual } from '../../base/json-equal.ts';
import {
  type DatasetContent,
  type DocumentKind,
  type DocumentVersion,
  type StoredVersion,
  type WorkspaceDocument,
  WorkspaceError,
} from './workspace-api.ts';
import { messages } from './workspace-errors.ts';
import { CorruptValue, guardCorrupt, quarantine, type StoreContext } from './quarantine.ts';
import type { StoreTx } from './store-engine.ts';
import { deleteRows } from './dataset-rows.ts';
import { documentProblem, isStoredUndo, isStoredVersion, storedId, type StoredUndo, type UndoStep } from './stored-shapes.ts';

/**
 * Snapshot policy: before a save turns stored revision r into r+1, revision r is kept as an 'auto'
 * version when the document has no version yet (its first edit), when it was last saved at least
 * AUTO_SNAPSHOT_IDLE_MS ago (the first edit after an idle period: the state before each editing
 * session), or when AUTO_SNAPSHOT_EVERY revisions passed since its latest version. The newest
 * AUTO_VERSIONS_KEPT auto versions per document are kept; named versions are never pruned.
 */
export const AUTO_SNAPSHOT_IDLE_MS = 5 * 60_000;
export const AUTO_SNAPSHOT_EVERY = 50;
export const AUTO_VERSIONS_KEPT = 100;

/** meta "history:<docId>": what the snapshot policy needs without reading version contents. */
interface HistoryMeta {
  key: string;
  lastRevision: number;
  autoIds: string[];
}

export interface UndoStacks {
  undo: UndoStep[];
  redo: UndoStep[];
}

const historyKey = (docId: string): string => `history:${docId}`;

export function notFoundError(id: string): WorkspaceError {
  return new WorkspaceError('not-found', messages.notFound({ en: `The document "${id}"`, 'zh-CN': `文档“${id}”` }));
}

/** Reads a document in a transaction; a damaged one throws CorruptValue. */
export async function readDocument(tx: StoreTx, id: string): Promise<WorkspaceDocument | undefined> {
  const value = await tx.get('documents', id);
  if (value === undefined) return undefined;
  const problem = documentProblem(value);
  if (problem) throw new CorruptValue('documents', id, value, problem);
  return value as WorkspaceDocument;
}

export class DocumentStore {
  constructor(private readonly ctx: StoreContext) {}

  async get<T>(id: string): Promise<WorkspaceDocument<T> | undefined> {
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents'], 'readonly', (tx) => readDocument(tx, id)), id) as Promise<WorkspaceDocument<T> | undefined>;
  }

  /** Sorted by name; damaged documents are quarantined and reported, the rest returned. */
  async list(kind?: DocumentKind): Promise<WorkspaceDocument[]> {
    const values = await this.ctx.engine.run(['documents'], 'readonly', (tx) =>
      kind ? tx.getAllFromIndex('documents', 'kind', kind) : tx.getAll('documents'));
    const damaged: CorruptValue[] = [];
    const docs: WorkspaceDocument[] = [];
    for (const value of values) {
      const problem = documentProblem(value);
      if (problem) damaged.push(new CorruptValue('documents', storedId(value), value, problem));
      else docs.push(value as WorkspaceDocument);
    }
    await quarantine(this.ctx, damaged);
    return docs.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async create<T>(kind: DocumentKind, name: string, content: T, options: { id?: string; undo?: UndoStacks } = {}): Promise<WorkspaceDocument<T>> {
    const now = this.ctx.now();
    const doc: WorkspaceDocument<T> = { id: options.id ?? randomId(), kind, name, content, revision: 1, createdAt: now, updatedAt: now };
    const problem = documentProblem(doc);
    if (problem) throw new TypeError(`Cannot store this document: ${problem}`);
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents', 'undo'], 'readwrite', async (tx) => {
      const existing = await readDocument(tx, doc.id);
      if (existing) throw new WorkspaceError('conflict', messages.conflict(existing.name));
      await tx.put('documents', doc);
      if (options.undo) await tx.put('undo', { docId: doc.id, revision: 1, ...options.undo } satisfies StoredUndo);
      return doc;
    }), doc.id);
  }

  /**
   * Saves content over `expectedRevision` (else 'conflict'), with the undo stacks in the same
   * transaction so history and content never disagree after a crash. Unchanged content only
   * stores the stacks and keeps the revision.
   */
  async saveContent<T>(id: string, content: T, expectedRevision: number, stacks?: UndoStacks): Promise<WorkspaceDocument<T>> {
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents', 'versions', 'meta', 'undo'], 'readwrite', async (tx) => {
      const stored = await readDocument(tx, id);
      if (!stored) throw notFoundError(id);
      if (stored.revision !== expectedRevision) throw new WorkspaceError('conflict', messages.conflict(stored.name));
      let next = stored;
      let value: unknown = content;
      // The records store owns a dataset's rowCount; an editor's copy of it may be stale.
      if (stored.kind === 'dataset') value = { ...(content as DatasetContent), rowCount: (stored.content as DatasetContent).rowCount };
      if (!jsonEqual(stored.content, value)) {
        const now = this.ctx.now();
        await this.autoSnapshot(tx, stored, now);
        next = { ...stored, content: value, revision: stored.revision + 1, updatedAt: now };
        const problem = documentProblem(next);
        if (problem) throw new TypeError(`Cannot store this document: ${problem}`);
        await tx.put('documents', next);
      }
      if (stacks) await tx.put('undo', { docId: id, revision: next.revision, undo: stacks.undo, redo: stacks.redo } satisfies StoredUndo);
      return next as WorkspaceDocument<T>;
    }), id);
  }

  async rename(id: string, name: string, expectedRevision?: number): Promise<WorkspaceDocument> {
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents'], 'readwrite', async (tx) => {
      const stored = await readDocument(tx, id);
      if (!stored) throw notFoundError(id);
      if (expectedRevision !== undefined && stored.revision !== expectedRevision) throw new WorkspaceError('conflict', messages.conflict(stored.name));
      const next = { ...stored, name, revision: stored.revision + 1, updatedAt: this.ctx.now() };
      await tx.put('documents', next);
      return next;
    }), id);
  }

  /** Deletes the document with its records, versions, undo stacks and history bookkeeping. */
  async delete(id: string, expectedRevision?: number): Promise<number> {
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents', 'rows', 'versions', 'undo', 'meta'], 'readwrite', async (tx) => {
      const stored = await readDocument(tx, id);
      if (!stored) throw notFoundError(id);
      if (expectedRevision !== undefined && stored.revision !== expectedRevision) throw new WorkspaceError('conflict', messages.conflict(stored.name));
      await deleteDocumentIn(tx, id);
      return stored.revision + 1;
    }), id);
  }

  async readUndo(docId: string): Promise<StoredUndo | undefined> {
    const value = await this.ctx.engine.run(['undo'], 'readonly', (tx) => tx.get('undo', docId));
    if (value === undefined) return undefined;
    if (isStoredUndo(value)) return value;
    // Damaged undo history: set aside; the document itself is unaffected.
    await quarantine(this.ctx, [new CorruptValue('undo', docId, value, 'not an undo history')], docId);
    return undefined;
  }

  async saveVersion(docId: string, label: string): Promise<DocumentVersion> {
    return guardCorrupt(this.ctx, () => this.ctx.engine.run(['documents', 'versions', 'meta'], 'readwrite', async (tx) => {
      const stored = await readDocument(tx, docId);
      if (!stored) throw notFoundError(docId);
      const version: StoredVersion = { id: randomId(), docId, revision: stored.revision, at: this.ctx.now(), kind: 'named', label, name: stored.name, content: stored.content };
      await tx.put('versions', version);
      const history = await readHistory(tx, docId);
      await tx.put('meta', { ...history, lastRevision: stored.revision } satisfies HistoryMeta);
      return withoutContent(version);
    }), docId);
  }

  /** Newest first. */
  async listVersions(docId: string): Promise<DocumentVersion[]> {
    const values = await this.ctx.engine.run(['versions'], 'readonly', (tx) => tx.getAllFromIndex('versions', 'docId', docId));
    const damaged = values.filter((v) => !isStoredVersion(v));
    await quarantine(this.ctx, damaged.map((v) => new CorruptValue('versions', storedId(v), v, 'not a version')), docId);
    return (values.filter(isStoredVersion) as StoredVersion[])
      .map(withoutContent)
      .sort((a, b) => b.at - a.at || b.revision - a.revision);
  }

  async getVersion(versionId: string): Promise<StoredVersion> {
    const value = await this.ctx.engine.run(['versions'], 'readonly', (tx) => tx.get('versions', versionId));
    if (value === undefined) {
      throw new WorkspaceError('not-found', messages.notFound({ en: `The version "${versionId}"`, 'zh-CN': `版本“${versionId}”` }));
    }
    if (!isStoredVersion(value)) {
      const found = new CorruptValue('versions', versionId, value, 'not a version');
      return guardCorrupt(this.ctx, () => Promise.reject(found));
    }
    return value;
  }

  private async autoSnapshot(tx: StoreTx, stored: WorkspaceDocument, now: number): Promise<void> {
    const history = await readHistory(tx, stored.id);
    const never = history.lastRevision === 0; // revisions start at 1
    if (history.lastRevision === stored.revision) return;
    const due = never || now - stored.updatedAt >= AUTO_SNAPSHOT_IDLE_MS || stored.revision - history.lastRevision >= AUTO_SNAPSHOT_EVERY;
    if (!due) return;
    const version: StoredVersion = { id: randomId(), docId: stored.id, revision: stored.revision, at: now, kind: 'auto', name: stored.name, content: stored.content };
    await tx.put('versions', version);
    const autoIds = [...history.autoIds, version.id];
    while (autoIds.length > AUTO_VERSIONS_KEPT) await tx.delete('versions', autoIds.shift()!);
    await tx.put('meta', { key: historyKey(stored.id), lastRevision: stored.revision, autoIds } satisfies HistoryMeta);
  }
}

async function readHistory(tx: StoreTx, docId: string): Promise<HistoryMeta> {
  const value = (await tx.get('meta', historyKey(docId))) as Partial<HistoryMeta> | undefined;
  return {
    key: historyKey(docId),
    lastRevision: typeof value?.lastRevision === 'number' ? value.lastRevision : 0,
    autoIds: Array.isArray(value?.autoIds) ? value.autoIds.filter((id) => typeof id === 'string') : [],
  };
}

/** Removes a document and everything hanging off it; the caller's transaction spans those stores. */
export async function deleteDocumentIn(tx: StoreTx, id: string): Promise<void> {
  await tx.delete('documents', id);
  await deleteRows(tx, id);
  for (const version of await tx.getAllFromIndex('versions', 'docId', id)) {
    await tx.delete('versions', (version as { id: string }).id);
  }
  await tx.delete('undo', id);
  await tx.delete('meta', historyKey(id));
}

export function withoutContent(version: StoredVersion): DocumentVersion {
  const { id, docId, revision, at, kind, label } = version;
  return label === undefined ? { id, docId, revision, at, kind } : { id, docId, revision, at, kind, label };
}
