// Backup and restore of the whole workspace as one JSON object (schemas/workspace.schema.json).
// A restore runs in one transaction, and before it replaces a stored document whose content differs
// it keeps that content as a named version, so restoring an old backup never loses newer work.
import { randomId } from '../../base/ids.ts';
import { jsonEqual } from '../../base/json-equal.ts';
import {
  type DatasetContent,
  type DatasetRow,
  type QuarantinedValue,
  type RestoreDocumentPreview,
  type RestoreMode,
  type RestorePreview,
  type RestoreResult,
  type StoredVersion,
  WORKSPACE_BACKUP_FORMAT,
  type WorkspaceBackup,
  type WorkspaceDocument,
} from './workspace-api.ts';
import { deleteDocumentIn } from './document-store.ts';
import { BackupValidationError, validateBackup } from './backup-validation.ts';
import { CorruptValue, quarantine, type StoreContext } from './quarantine.ts';
import { countRows, currentGeneration, deleteRows, readRows, replaceRows } from './dataset-rows.ts';
import { documentProblem, isStoredVersion, storedId } from './stored-shapes.ts';
import type { ChangeNotice } from './workspace-channel.ts';

const rowsOf = (backup: WorkspaceBackup, id: string): DatasetRow[] =>
  Object.prototype.hasOwnProperty.call(backup.records, id) ? backup.records[id]! : [];

export async function exportBackup(ctx: StoreContext): Promise<WorkspaceBackup> {
  const damaged: CorruptValue[] = [];
  const backup = await ctx.engine.run(['documents', 'meta', 'rows', 'versions', 'quarantine'], 'readonly', async (tx) => {
    const documents: WorkspaceDocument[] = [];
    const records: Array<[string, DatasetRow[]]> = [];
    for (const value of await tx.getAll('documents')) {
      const problem = documentProblem(value);
      if (problem) {
        damaged.push(new CorruptValue('documents', storedId(value), value, problem));
        continue;
      }
      const doc = value as WorkspaceDocument;
      documents.push(doc);
      if (doc.kind !== 'dataset') continue;
      const read = await readRows(tx, doc.id, await currentGeneration(tx, doc.id));
      damaged.push(...read.damaged);
      records.push([doc.id, read.rows]);
    }
    const versions = (await tx.getAll('versions')).filter(isStoredVersion) as StoredVersion[];
    const quarantined = (await tx.getAll('quarantine')) as QuarantinedValue[];
    const now = ctx.now();
    // Damaged values found now are kept in the backup too, then moved aside below.
    for (const d of damaged) quarantined.push({ id: randomId(), store: d.store, key: d.key, value: d.value, reason: d.reason, at: now });
    const result: WorkspaceBackup = {
      format: WORKSPACE_BACKUP_FORMAT,
      version: 1,
      exportedAt: new Date(now).toISOString(),
      documents,
      records: Object.fromEntries(records),
      versions,
    };
    if (quarantined.length > 0) result.quarantine = quarantined;
    return result;
  });
  await quarantine(ctx, damaged);
  return backup;
}

export async function previewRestore(ctx: StoreContext, value: unknown): Promise<RestorePreview> {
  const problems = validateBackup(value);
  if (problems.length > 0) return { ok: false, problems };
  const backup = value as WorkspaceBackup;
  return ctx.engine.run(['documents', 'meta', 'rows'], 'readonly', async (tx) => {
    const stored = new Map<string, WorkspaceDocument>();
    for (const doc of await tx.getAll('documents')) if (!documentProblem(doc)) stored.set((doc as WorkspaceDocument).id, doc as WorkspaceDocument);
    const documents: RestoreDocumentPreview[] = [];
    for (const doc of backup.documents) {
      const current = stored.get(doc.id);
      const entry: RestoreDocumentPreview = { id: doc.id, kind: doc.kind, name: doc.name, action: 'new', backupRevision: doc.revision };
      if (current) {
        entry.storedRevision = current.revision;
        entry.action = current.updatedAt === doc.updatedAt && current.revision === doc.revision
          ? 'same-revision'
          : current.updatedAt > doc.updatedAt || (current.updatedAt === doc.updatedAt && current.revision > doc.revision)
            ? 'replaces-newer'
            : 'replaces-older';
      }
      if (doc.kind === 'dataset') {
        entry.records = { backup: rowsOf(backup, doc.id).length, stored: current ? await countRows(tx, doc.id, await currentGeneration(tx, doc.id)) : 0 };
      }
      documents.push(entry);
    }
    const inBackup = new Set(backup.documents.map((d) => d.id));
    const notInBackup = [...stored.values()].filter((d) => !inBackup.has(d.id)).map(({ id, kind, name }) => ({ id, kind, name }));
    const records = Object.values(backup.records).reduce((n, rows) => n + rows.length, 0);
    return { ok: true, documents, notInBackup, versions: backup.versions.length, records };
  });
}

export async function restoreBackup(ctx: StoreContext, value: unknown, mode: RestoreMode): Promise<{ result: RestoreResult; changes: ChangeNotice[] }> {
  const problems = validateBackup(value);
  if (problems.length > 0) throw new BackupValidationError(problems);
  const backup = value as WorkspaceBackup;
  const stores = ['documents', 'rows', 'versions', 'undo', 'meta', 'quarantine'] as const;
  return ctx.engine.run(stores, 'readwrite', async (tx) => {
    const now = ctx.now();
    const changes: ChangeNotice[] = [];
    const result: RestoreResult = { restored: 0, deleted: 0, safetyVersions: 0 };
    const stored = new Map<string, WorkspaceDocument>();
    const inBackup = new Set(backup.documents.map((d) => d.id));
    for (const doc of await tx.getAll('documents')) {
      const problem = documentProblem(doc);
      const id = storedId(doc);
      if (!problem) stored.set(id as string, doc as WorkspaceDocument);
      else if (mode === 'replace-all' || (typeof id === 'string' && inBackup.has(id))) {
        // Even replace-all never deletes a damaged value: it goes to quarantine.
        await tx.put('quarantine', { id: randomId(), store: 'documents', key: id, value: doc, reason: problem, at: now } satisfies QuarantinedValue);
        await tx.delete('documents', id);
      }
    }
    if (mode === 'replace-all') {
      for (const doc of stored.values()) {
        if (inBackup.has(doc.id)) continue;
        await deleteDocumentIn(tx, doc.id);
        changes.push({ docId: doc.id, revision: doc.revision + 1, deleted: true });
        result.deleted++;
      }
    }
    for (const doc of backup.documents) {
      const current = stored.get(doc.id);
      const rows = rowsOf(backup, doc.id);
      let next: WorkspaceDocument = doc;
      if (doc.kind === 'dataset') next = { ...doc, content: { ...(doc.content as DatasetContent), rowCount: rows.length } };
      if (current) {
        if (!jsonEqual(current.content, next.content) || current.name !== next.name) {
          const safety: StoredVersion = {
            id: randomId(), docId: doc.id, revision: current.revision, at: now, kind: 'named',
            label: `Before restoring a backup · 恢复备份之前 (${new Date(now).toISOString()})`, name: current.name, content: current.content,
          };
          await tx.put('versions', safety);
          result.safetyVersions++;
        }
        // Always a new revision, so open editors everywhere notice the restore.
        next = { ...next, revision: Math.max(current.revision, doc.revision) + 1, updatedAt: now };
        await tx.delete('undo', doc.id); // its patches were made for the replaced content
      }
      await tx.put('documents', next);
      if (doc.kind === 'dataset') await replaceRows(tx, doc.id, rows);
      else if (current?.kind === 'dataset') await deleteRows(tx, doc.id); // no longer a dataset: its rows go
      changes.push({ docId: doc.id, revision: next.revision });
      result.restored++;
    }
    await tx.putMany('versions', backup.versions);
    return { result, changes };
  });
}
