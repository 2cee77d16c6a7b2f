// The database layout is built by upgrade steps keyed by version (tldraw-style migrations by id):
// a database at version n runs the steps n+1 ... WORKSPACE_DB_VERSION inside the one versionchange
// transaction, so an upgrade happens completely or not at all. Steps are history: never edit a
// released one, add a new version instead. Each step hard-codes its own store definitions, so later
// changes to STORE_LAYOUT cannot change what an old step did.
//
// Layout by version:
//  v1 documents {id, kind, name, content, updatedAt} (index kind), meta {key}. A dataset document
//     kept its rows inline: content {fields, rows: object[]}.
//  v2 records {datasetId, rowId, record} keyed [datasetId, rowId] (index datasetId) and staging
//     {importId, rowId, record} keyed [importId, rowId] (index importId). Inline rows move to
//     records with row ids 1..n; dataset content becomes {fields, rowCount, source?}.
//  v3 versions {id, docId, revision, at, kind, label?, name, content} (index docId), undo {docId,
//     revision, undo, redo}, quarantine {id, store, key, value, reason, at}. Documents gain
//     `revision` (1) and `createdAt` (their updatedAt) for conflict checks and history.
//  v4 rows: dataset records in chunks {rowIds, records} of up to 2,000 rows, out-of-line keys
//     [datasetId, generation, first rowId, count] (see row-chunks.ts), replacing records and
//     staging (one value per row made a 100,000-row import take a minute). Records move to
//     generation ''; a record of the wrong shape goes to quarantine; staged rows of unfinished
//     imports (never visible) are dropped with their meta "import:" entries.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { randomId } from '../../base/ids.ts';

export interface UpgradeContext {
  db: IDBPDatabase<unknown>;
  tx: IDBPTransaction<unknown, string[], 'versionchange'>;
}

export interface UpgradeStep {
  version: number;
  /** Stable id, recorded in meta "migrations" once applied. */
  id: string;
  run(context: UpgradeContext): Promise<void>;
}

type Row = Record<string, unknown>;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRowId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  {
    version: 1,
    id: 'workspace/1-documents',
    async run({ db }) {
      const documents = db.createObjectStore('documents', { keyPath: 'id' });
      documents.createIndex('kind', 'kind');
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  },
  {
    version: 2,
    id: 'workspace/2-records-and-staging',
    async run({ db, tx }) {
      const records = db.createObjectStore('records', { keyPath: ['datasetId', 'rowId'] });
      records.createIndex('datasetId', 'datasetId');
      const staging = db.createObjectStore('staging', { keyPath: ['importId', 'rowId'] });
      staging.createIndex('importId', 'importId');
      const documents = tx.objectStore('documents');
      const datasets = (await documents.index('kind').getAll('dataset')) as unknown[];
      for (const doc of datasets) {
        // A malformed document is left as it is: reading it later quarantines it, with a report.
        if (!isObject(doc) || typeof doc.id !== 'string' || !isObject(doc.content)) continue;
        const { rows, ...rest } = doc.content;
        if (!Array.isArray(rows)) continue;
        const datasetId = doc.id;
        await Promise.all(rows.map((record, i) => tx.objectStore('records').put({ datasetId, rowId: i + 1, record })));
        await documents.put({ ...doc, content: { ...rest, fields: Array.isArray(rest.fields) ? rest.fields : [], rowCount: rows.length } });
      }
    },
  },
  {
    version: 3,
    id: 'workspace/3-history-undo-revisions',
    async run({ db, tx }) {
      const versions = db.createObjectStore('versions', { keyPath: 'id' });
      versions.createIndex('docId', 'docId');
      db.createObjectStore('undo', { keyPath: 'docId' });
      db.createObjectStore('quarantine', { keyPath: 'id' });
      let cursor = await tx.objectStore('documents').openCursor();
      while (cursor) {
        const doc = cursor.value as unknown;
        if (isObject(doc)) {
          const updatedAt = typeof doc.updatedAt === 'number' ? doc.updatedAt : 0;
          const revision = typeof doc.revision === 'number' ? doc.revision : 1;
          const createdAt = typeof doc.createdAt === 'number' ? doc.createdAt : updatedAt;
          await cursor.update({ ...doc, revision, createdAt, updatedAt });
        }
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 4,
    id: 'workspace/4-row-chunks',
    async run({ db, tx }) {
      db.createObjectStore('rows');
      const rows = tx.objectStore('rows');
      const records = tx.objectStore('records');
      const quarantine = tx.objectStore('quarantine');
      const CHUNK = 2000;
      let chunk: { datasetId: string; rowIds: number[]; records: Row[] } | undefined;
      const flush = async (): Promise<void> => {
        if (chunk) await rows.put({ rowIds: chunk.rowIds, records: chunk.records }, [chunk.datasetId, '', chunk.rowIds[0]!, chunk.rowIds.length]);
        chunk = undefined;
      };
      // In key order ([datasetId, rowId]), a batch at a time: row ids ascend within each dataset.
      let after: IDBKeyRange | null = null;
      for (;;) {
        const batch = (await records.getAll(after, CHUNK)) as Row[];
        if (batch.length === 0) break;
        for (const value of batch) {
          const { datasetId, rowId, record } = value;
          if (typeof datasetId !== 'string' || !isRowId(rowId) || !isObject(record)) {
            await quarantine.put({ id: randomId(), store: 'records', key: [datasetId, rowId], value, reason: 'not a record', at: Date.now() });
            continue;
          }
          if (chunk && (chunk.datasetId !== datasetId || chunk.rowIds.length === CHUNK)) await flush();
          chunk ??= { datasetId, rowIds: [], records: [] };
          chunk.rowIds.push(rowId);
          chunk.records.push(record);
        }
        const last = batch.at(-1)!;
        after = IDBKeyRange.lowerBound([last.datasetId, last.rowId] as IDBValidKey, true);
      }
      await flush();
      db.deleteObjectStore('records');
      db.deleteObjectStore('staging');
      await tx.objectStore('meta').delete(IDBKeyRange.bound('import:', 'import:\uffff'));
    },
  },
];

export const WORKSPACE_DB_VERSION = UPGRADE_STEPS.length;

/** Runs the steps after `oldVersion` up to `newVersion`, in order, recording their ids. */
export async function runUpgradeSteps(context: UpgradeContext, oldVersion: number, newVersion: number, steps: readonly UpgradeStep[] = UPGRADE_STEPS): Promise<void> {
  for (const step of steps) {
    if (step.version <= oldVersion || step.version > newVersion) continue;
    await step.run(context);
    const meta = context.tx.objectStore('meta');
    const applied = ((await meta.get('migrations')) as { ids?: unknown } | undefined)?.ids;
    const ids = Array.isArray(applied) ? applied.filter((id) => typeof id === 'string') : [];
    await meta.put({ key: 'migrations', ids: [...ids, step.id] });
  }
}
