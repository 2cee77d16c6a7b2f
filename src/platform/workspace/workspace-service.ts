// The workspace service: one per tab or worker (openWorkspace() builds it). It ties the stores, the
// open document models and the channel to other tabs together: every committed change is announced
// here, to this tab's listeners, to this tab's other models of the document, and to other tabs.
import { Emitter } from '../../base/event.ts';
import {
  CURRENT_VERSION,
  type DatasetContent,
  type DatasetRow,
  type DocumentChange,
  type DocumentChangeEvent,
  type DocumentKind,
  type DocumentModel,
  type DocumentVersion,
  type PersistenceResult,
  type QuarantinedValue,
  type RecordPage,
  type RecordSink,
  type RestoreMode,
  type RestorePreview,
  type RestoreResult,
  type StorageEstimateResult,
  type WorkspaceBackup,
  type WorkspaceConflict,
  type WorkspaceDocument,
  type WorkspaceError,
  type WorkspaceProblem,
  type WorkspaceService,
} from './workspace-api.ts';
import { WorkspaceDocumentModel, type ModelHost } from './document-model.ts';
import { DocumentStore, notFoundError } from './document-store.ts';
import type { SessionLiveness } from './import-liveness.ts';
import { diffJson } from './json-patch.ts';
import { listQuarantined, type StoreContext } from './quarantine.ts';
import { RecordStore } from './record-store.ts';
import { GenerationRecordSink } from './record-sink.ts';
import type { StoreEngine } from './store-engine.ts';
import { exportBackup, previewRestore, restoreBackup } from './workspace-backup.ts';
import type { ChangeNotice, ChannelMessage, WorkspaceChannel } from './workspace-channel.ts';

export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'estimate'>>;

export interface WorkspaceServiceOptions {
  databaseName: string;
  engine: StoreEngine;
  liveness: SessionLiveness;
  channel?: WorkspaceChannel | undefined;
  /** Why the service works in memory. */
  problem?: WorkspaceError | undefined;
  storage?: StorageManagerLike | undefined;
  now?: () => number;
  saveDelayMs?: number;
  maxSaveDelayMs?: number;
  maxUndoSteps?: number;
}

/** Autosave: ~300 ms after the last edit, and never more than a second after the first unsaved one. */
export const SAVE_DELAY_MS = 300;
export const MAX_SAVE_DELAY_MS = 1000;
export const MAX_UNDO_STEPS = 200;

export class WorkspaceStoreService implements WorkspaceService {
  readonly databaseName: string;
  readonly persistent: boolean;
  readonly problem: WorkspaceError | undefined;

  private readonly _onDidChangeDocument = new Emitter<DocumentChangeEvent>();
  readonly onDidChangeDocument = this._onDidChangeDocument.event;
  private readonly _onDidReportProblem = new Emitter<WorkspaceProblem>();
  readonly onDidReportProblem = this._onDidReportProblem.event;
  private readonly _onDidConflict = new Emitter<WorkspaceConflict>();
  readonly onDidConflict = this._onDidConflict.event;

  private readonly ctx: StoreContext;
  private readonly docs: DocumentStore;
  private readonly records: RecordStore;
  private readonly models = new Set<WorkspaceDocumentModel<unknown>>();
  private readonly host: ModelHost;
  private readonly channelSubscription;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: WorkspaceServiceOptions) {
    this.databaseName = options.databaseName;
    this.persistent = options.engine.kind === 'indexeddb';
    this.problem = options.problem;
    this.ctx = { engine: options.engine, now: options.now ?? Date.now, report: (p) => this.report(p) };
    this.docs = new DocumentStore(this.ctx);
    this.records = new RecordStore(this.ctx);
    this.host = {
      docs: this.docs,
      saveDelayMs: options.saveDelayMs ?? SAVE_DELAY_MS,
      maxSaveDelayMs: options.maxSaveDelayMs ?? MAX_SAVE_DELAY_MS,
      maxUndoSteps: options.maxUndoSteps ?? MAX_UNDO_STEPS,
      announce: (changes, source) => this.announce(changes, source),
      report: (p) => this.report(p),
      conflict: (c) => this._onDidConflict.fire(c),
      release: (model) => this.models.delete(model),
    };
    this.channelSubscription = options.channel?.subscribe((message) => this.receive(message));
    options.engine.onDidClose((error) => this.report({ error }));
    options.engine.setBeforeVersionChange(() => this.flushAll());
  }

  private report(problem: WorkspaceProblem): void {
    this._onDidReportProblem.fire(problem);
  }

  private announce(changes: readonly ChangeNotice[], source?: WorkspaceDocumentModel<unknown>): void {
    if (changes.length === 0) return;
    for (const change of changes) this.deliver(change, 'local', source);
    this.options.channel?.postMessage({ type: 'changed', sender: this.options.liveness.session, changes: [...changes] });
  }

  private receive(message: ChannelMessage): void {
    if (message.sender === this.options.liveness.session) return;
    for (const change of message.changes) this.deliver(change, 'remote');
  }

  private deliver(change: ChangeNotice, origin: DocumentChangeEvent['origin'], source?: WorkspaceDocumentModel<unknown>): void {
    const event: DocumentChangeEvent = { docId: change.docId, revision: change.revision, origin };
    if (change.deleted) event.deleted = true;
    this._onDidChangeDocument.fire(event);
    for (const model of this.models) if (model !== source && model.id === change.docId) model.notifyChange(change, origin);
  }

  // --- documents ----------------------------------------------------------------------------

  async createDocument<T>(kind: DocumentKind, name: string, content: T, options?: { id?: string }): Promise<WorkspaceDocument<T>> {
    const doc = await this.docs.create(kind, name, content, options?.id ? { id: options.id } : {});
    this.announce([{ docId: doc.id, revision: doc.revision }]);
    return doc;
  }

  getDocument<T = unknown>(id: string): Promise<WorkspaceDocument<T> | undefined> {
    return this.docs.get<T>(id);
  }

  listDocuments(kind?: DocumentKind): Promise<WorkspaceDocument[]> {
    return this.docs.list(kind);
  }

  async putDocument<T>(id: string, content: T, expectedRevision: number): Promise<WorkspaceDocument<T>> {
    const doc = await this.docs.saveContent(id, content, expectedRevision);
    if (doc.revision !== expectedRevision) this.announce([{ docId: id, revision: doc.revision }]);
    return doc;
  }

  async renameDocument(id: string, name: string, expectedRevision?: number): Promise<WorkspaceDocument> {
    const doc = await this.docs.rename(id, name, expectedRevision);
    this.announce([{ docId: id, revision: doc.revision }]);
    return doc;
  }

  async deleteDocument(id: string, expectedRevision?: number): Promise<void> {
    const revision = await this.docs.delete(id, expectedRevision);
    this.announce([{ docId: id, revision, deleted: true }]);
  }

  async open<T = unknown>(id: string): Promise<DocumentModel<T>> {
    const doc = await this.docs.get<T>(id);
    if (!doc) throw notFoundError(id);
    const stacks = await this.docs.readUndo(id);
    const model = new WorkspaceDocumentModel<T>(this.host, doc, stacks);
    this.models.add(model as WorkspaceDocumentModel<unknown>);
    return model;
  }

  async flushAll(): Promise<void> {
    const results = await Promise.allSettled([...this.models].map((m) => m.flush()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async flushDocument(docId: string): Promise<void> {
    await Promise.all([...this.models].filter((m) => m.id === docId).map((m) => m.flush()));
  }

  // --- records ------------------------------------------------------------------------------

  beginImport(datasetId?: string, name?: string): RecordSink {
    const target: { datasetId?: string; name?: string } = {};
    if (datasetId !== undefined) target.datasetId = datasetId;
    if (name !== undefined) target.name = name;
    return new GenerationRecordSink(this.records, this.options.liveness.session, target, (doc) => this.announce([{ docId: doc.id, revision: doc.revision }]));
  }

  readRecords(datasetId: string, page?: RecordPage): Promise<DatasetRow[]> {
    return this.records.read(datasetId, page);
  }

  loadAll(datasetId: string): Promise<DatasetRow[]> {
    return this.records.loadAll(datasetId);
  }

  countRecords(datasetId: string): Promise<number> {
    return this.records.count(datasetId);
  }

  async updateRecord(datasetId: string, rowId: number, record: Record<string, unknown>): Promise<WorkspaceDocument<DatasetContent>> {
    const doc = await this.records.update(datasetId, rowId, record);
    this.announce([{ docId: datasetId, revision: doc.revision }]);
    return doc;
  }

  async addRecords(datasetId: string, records: readonly Record<string, unknown>[]): Promise<{ rowIds: number[]; document: WorkspaceDocument<DatasetContent> }> {
    const result = await this.records.add(datasetId, records);
    this.announce([{ docId: datasetId, revision: result.document.revision }]);
    return result;
  }

  async deleteRecords(datasetId: string, rowIds: readonly number[]): Promise<{ deleted: number; document: WorkspaceDocument<DatasetContent> }> {
    const result = await this.records.delete(datasetId, rowIds);
    this.announce([{ docId: datasetId, revision: result.document.revision }]);
    return result;
  }

  /** Drops the rows of imports that no live tab is writing; run once on open. */
  async collectOrphanedImports(): Promise<number> {
    return this.records.collectOrphanedImports(await this.options.liveness.livenessCheck());
  }

  // --- history ------------------------------------------------------------------------------

  async saveVersion(docId: string, label: string): Promise<DocumentVersion> {
    await this.flushDocument(docId);
    return this.docs.saveVersion(docId, label);
  }

  listVersions(docId: string): Promise<DocumentVersion[]> {
    return this.docs.listVersions(docId);
  }

  async getVersionContent<T = unknown>(versionId: string): Promise<T> {
    return (await this.docs.getVersion(versionId)).content as T;
  }

  async diffVersions(a: string, b: string): Promise<DocumentChange[]> {
    if (a === CURRENT_VERSION && b === CURRENT_VERSION) return [];
    const anchor = await this.docs.getVersion(a === CURRENT_VERSION ? b : a);
    const contentOf = async (id: string): Promise<unknown> => {
      if (id !== CURRENT_VERSION) return (await this.docs.getVersion(id)).content;
      await this.flushDocument(anchor.docId);
      const doc = await this.docs.get(anchor.docId);
      if (!doc) throw notFoundError(anchor.docId);
      return doc.content;
    };
    return diffJson(await contentOf(a), await contentOf(b)).changes;
  }

  async restoreVersion(versionId: string): Promise<WorkspaceDocument> {
    const version = await this.docs.getVersion(versionId);
    await this.flushDocument(version.docId);
    // Through a model, so the restore is one undoable step in the document's persisted history.
    const model = await this.open(version.docId);
    try {
      model.update(version.content, `Restore version · 恢复版本 (${new Date(version.at).toISOString()})`);
      await model.flush();
    } finally {
      model.dispose();
    }
    const doc = await this.docs.get(version.docId);
    if (!doc) throw notFoundError(version.docId);
    return doc;
  }

  // --- backup -------------------------------------------------------------------------------

  async exportBackup(): Promise<WorkspaceBackup> {
    await this.flushAll();
    return exportBackup(this.ctx);
  }

  previewRestore(backup: unknown): Promise<RestorePreview> {
    return previewRestore(this.ctx, backup);
  }

  async restoreBackup(backup: unknown, options: { mode: RestoreMode }): Promise<RestoreResult> {
    await this.flushAll();
    const { result, changes } = await restoreBackup(this.ctx, backup, options.mode);
    this.announce(changes);
    return result;
  }

  // --- storage ------------------------------------------------------------------------------

  private storage(): StorageManagerLike | undefined {
    return this.options.storage ?? globalThis.navigator?.storage;
  }

  async requestPersistence(): Promise<PersistenceResult> {
    const storage = this.storage();
    // persist() exists in windows only (not workers), and means nothing for a memory workspace.
    if (!this.persistent || typeof storage?.persist !== 'function') return { persisted: false, supported: false };
    try {
      return { persisted: await storage.persist(), supported: true };
    } catch {
      return { persisted: false, supported: true };
    }
  }

  async estimate(): Promise<StorageEstimateResult> {
    const storage = this.storage();
    if (typeof storage?.estimate !== 'function') return { supported: false };
    try {
      const { usage, quota } = await storage.estimate();
      const result: StorageEstimateResult = { supported: true };
      if (usage !== undefined) result.usage = usage;
      if (quota !== undefined) result.quota = quota;
      return result;
    } catch {
      return { supported: false };
    }
  }

  listQuarantined(): Promise<QuarantinedValue[]> {
    return listQuarantined(this.ctx);
  }

  // --- lifetime -----------------------------------------------------------------------------

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.models].map((m) => m.flush()));
      for (const model of [...this.models]) model.dispose();
      this.channelSubscription?.dispose();
      this.options.channel?.close();
      this.options.liveness.dispose();
      this.options.engine.close();
      this._onDidChangeDocument.dispose();
      this._onDidReportProblem.dispose();
      this._onDidConflict.dispose();
    })();
    return this.closing;
  }

  dispose(): void {
    void this.close();
  }
}
