// The workspace: every document a user makes (policies, scorecards, datasets, saved test suites,
// plugin state) and the records of datasets, kept in IndexedDB. These types are the contract
// between the store (workspace-service.ts and friends), the import pipeline (src/platform/data-import)
// and the plugins that edit documents. Nothing here touches the DOM: the store also runs in workers.
import type { IDisposable } from '../../base/lifecycle.ts';
import type { Event } from '../../base/event.ts';
import type { CellToFix } from '../../core/data/types.ts';
import type { FieldDef } from '../../core/scorecard/types.ts';

export type DocumentKind = 'policy' | 'scorecard' | 'dataset' | 'test-suite' | 'plugin-state';

/** A bilingual user-facing message (the store has no i18n service; the UI picks the language). */
export interface WorkspaceMessage {
  en: string;
  'zh-CN': string;
}

/** One stored document. `content` is plain JSON data; its shape depends on `kind`. */
export interface WorkspaceDocument<T = unknown> {
  id: string;
  kind: DocumentKind;
  name: string;
  content: T;
  /** Increases by one with every saved change; a write based on an older revision is a conflict. */
  revision: number;
  createdAt: number;
  updatedAt: number;
}

/** The content of a `dataset` document: the records themselves live in their own object store. */
export interface DatasetContent {
  fields: FieldDef[];
  rowCount: number;
  source?: DatasetSource;
}

/** Where a dataset's records came from. */
export interface DatasetSource {
  fileName: string;
  encoding?: string;
  importedAt: number;
  skippedRows?: number;
  /**
   * Cells the import left empty because they did not fit their type, with their original text, for
   * the user to fix (the import's 'fix' choice), at most MAX_CELLS_TO_FIX (src/core/data). The store
   * keeps the list true: an update that gives such a cell a value removes its entry, and deleting
   * rows removes theirs, in the same transaction.
   */
  needsFixing?: CellToFix[];
  /** Entries beyond the cap, counted but not kept. */
  needsFixingOmitted?: number;
}

/** A record of a dataset, addressed by a stable row id (not its position: sorting and deleting never renumber). */
export interface DatasetRow {
  rowId: number;
  record: Record<string, unknown>;
}

/** What RecordSink.write assigned: row i of the batch got the row id `firstRowId + i`. */
export interface WrittenRows {
  firstRowId: number;
}

/**
 * Where an import writes: batches are stored where no reader looks yet, and `commit` makes the whole
 * import visible at once (one small transaction), so a crash or a cancel mid-import leaves either
 * all or none of it. Usable inside a Web Worker.
 */
export interface RecordSink {
  /** Stores a batch; its rows get consecutive ids from `firstRowId`, in the order given. */
  write(rows: readonly Record<string, unknown>[]): Promise<WrittenRows>;
  /** Replaces (or creates) the dataset document with these fields and the written rows. */
  commit(content: Omit<DatasetContent, 'rowCount'>): Promise<WorkspaceDocument<DatasetContent>>;
  abort(): Promise<void>;
}

export type WorkspaceErrorCode =
  | 'quota' // QuotaExceededError: nothing already stored was lost; free space or export a backup
  | 'unavailable' // IndexedDB cannot be opened (private mode, disabled storage): working in memory
  | 'blocked' // an upgrade waits for other tabs with an older version to close
  | 'version-change' // another tab upgraded the database: this tab must reload
  | 'newer-version' // the database was made by a newer version of the app
  | 'corrupt' // a stored value does not have the expected shape (kept aside, not deleted)
  | 'conflict' // the document changed elsewhere since it was read
  | 'not-found';

export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    readonly userMessage: WorkspaceMessage,
    options?: { cause?: unknown },
  ) {
    super(userMessage.en, options);
    this.name = 'WorkspaceError';
  }
}

/** One entry of a document's version history. */
export interface DocumentVersion {
  id: string;
  docId: string;
  /** The document revision this version captured. */
  revision: number;
  at: number;
  /** Named by the user, or an automatic snapshot. */
  kind: 'named' | 'auto';
  label?: string;
}

/** A change between two versions, by JSON pointer, for the readable diff. */
export interface DocumentChange {
  pointer: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** How a change reached a document, for listeners. */
export interface DocumentChangeEvent {
  docId: string;
  revision: number;
  /** 'local' in the tab that made it, 'remote' when another tab did (BroadcastChannel). */
  origin: 'local' | 'remote';
  /** The document was deleted. */
  deleted?: boolean;
}

/** An open document in a tab: edits apply in memory at once and are saved within a second. */
export interface DocumentModel<T = unknown> extends IDisposable {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly content: T;
  readonly revision: number;
  /** Unsaved local edits exist. */
  readonly dirty: boolean;
  /** Replaces the content (the model computes the patch for undo and history). */
  update(next: T, label?: string): void;
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Saves now (autosave does it within a second anyway). */
  flush(): Promise<void>;
  readonly onDidChange: Event<DocumentChangeEvent>;
  /** Another tab changed the document while this one had unsaved edits: both versions are kept. */
  readonly onDidConflict: Event<{ mine: T; theirs: WorkspaceDocument<T>; resolution: 'merged' | 'kept-both' }>;
}

// ---------------------------------------------------------------------------------------------
// Added with the store (workspace-service.ts): the service contract, backups and problem events.
// Everything below is new; nothing above changed.
// ---------------------------------------------------------------------------------------------

/** A problem the UI should show (see WorkspaceError codes); `docId` names the document involved. */
export interface WorkspaceProblem {
  error: WorkspaceError;
  docId?: string;
}

/** How a save that met another tab's change was resolved, for the UI ("kept both: see the copy"). */
export interface WorkspaceConflict {
  docId: string;
  resolution: 'merged' | 'kept-both';
  /** The new document holding this tab's edits, when both were kept. */
  copyId?: string;
  /** JSON pointers both sides touched (empty when merged). */
  pointers: string[];
  /** The document was deleted elsewhere while this tab had unsaved edits (they went to `copyId`). */
  deletedElsewhere?: boolean;
}

/** A slice of a dataset in row-id order. */
export interface RecordPage {
  offset?: number;
  limit?: number;
}

export interface PersistenceResult {
  /** The browser promised not to evict the workspace under storage pressure. */
  persisted: boolean;
  /** The browser offers the request at all (not in workers or older browsers). */
  supported: boolean;
}

export interface StorageEstimateResult {
  supported: boolean;
  usage?: number;
  quota?: number;
}

/** A stored value that failed its shape check: moved aside, never deleted. */
export interface QuarantinedValue {
  id: string;
  store: string;
  key: unknown;
  value: unknown;
  reason: string;
  at: number;
}

/** A version with its snapshot, as kept in backups. */
export interface StoredVersion extends DocumentVersion {
  name: string;
  content: unknown;
}

export const WORKSPACE_BACKUP_FORMAT = 'scorecard-workspace-backup';

/** One JSON object holding the whole workspace; validated by schemas/workspace.schema.json. */
export interface WorkspaceBackup {
  format: typeof WORKSPACE_BACKUP_FORMAT;
  version: 1;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  documents: WorkspaceDocument[];
  /** The rows of every dataset document, by dataset id, in row-id order. */
  records: Record<string, DatasetRow[]>;
  versions: StoredVersion[];
  /** Damaged values kept aside (informational; not restored). */
  quarantine?: QuarantinedValue[];
}

export interface BackupProblem {
  /** JSON pointer into the backup. */
  pointer: string;
  message: WorkspaceMessage;
}

export type RestoreMode = 'replace-all' | 'merge';

/** What restoring would do to one document of the backup. */
export interface RestoreDocumentPreview {
  id: string;
  kind: DocumentKind;
  name: string;
  /**
   * new: not stored yet; replaces-newer: the stored copy was changed after the backup's (restoring
   * goes back in time; the stored content is kept as a version first); replaces-older: the backup's
   * is newer; same-revision: stored revision and time equal the backup's.
   */
  action: 'new' | 'replaces-newer' | 'replaces-older' | 'same-revision';
  backupRevision: number;
  storedRevision?: number;
  /** For datasets: the number of rows in the backup and stored now. */
  records?: { backup: number; stored: number };
}

export type RestorePreview =
  | { ok: false; problems: BackupProblem[] }
  | {
      ok: true;
      documents: RestoreDocumentPreview[];
      /** Stored documents absent from the backup: kept by 'merge', deleted by 'replace-all'. */
      notInBackup: Array<{ id: string; kind: DocumentKind; name: string }>;
      versions: number;
      records: number;
    };

export interface RestoreResult {
  restored: number;
  deleted: number;
  /** Versions saved of stored contents before they were replaced ("Before restoring a backup"). */
  safetyVersions: number;
}

/** `diffVersions(a, CURRENT_VERSION)` compares a version with the stored document. */
export const CURRENT_VERSION = 'current';

/**
 * The workspace of this browser profile (openWorkspace() in open-workspace.ts). Works the same on
 * IndexedDB and, when the browser refuses it, in memory (`persistent` false, `problem` says why).
 * Failing calls reject with WorkspaceError; background problems arrive on onDidReportProblem.
 */
export interface WorkspaceService extends IDisposable {
  readonly databaseName: string;
  /** False when working in memory: nothing survives closing the tab. */
  readonly persistent: boolean;
  /** Why the service works in memory ('unavailable'), or undefined. */
  readonly problem: WorkspaceError | undefined;

  /** Every committed change, from this tab ('local') or another ('remote'). */
  readonly onDidChangeDocument: Event<DocumentChangeEvent>;
  /** quota, corrupt, version-change, unavailable ... to show to the user. */
  readonly onDidReportProblem: Event<WorkspaceProblem>;
  /** A save met another tab's change (also fired on the model's onDidConflict). */
  readonly onDidConflict: Event<WorkspaceConflict>;

  createDocument<T>(kind: DocumentKind, name: string, content: T, options?: { id?: string }): Promise<WorkspaceDocument<T>>;
  getDocument<T = unknown>(id: string): Promise<WorkspaceDocument<T> | undefined>;
  listDocuments(kind?: DocumentKind): Promise<WorkspaceDocument[]>;
  /** Saves new content if the stored revision is still `expectedRevision`, else 'conflict'. */
  putDocument<T>(id: string, content: T, expectedRevision: number): Promise<WorkspaceDocument<T>>;
  renameDocument(id: string, name: string, expectedRevision?: number): Promise<WorkspaceDocument>;
  /** Deletes the document with its records, versions and undo history. */
  deleteDocument(id: string, expectedRevision?: number): Promise<void>;
  /** An editing model; dispose it when the editor closes (unsaved edits are saved first). */
  open<T = unknown>(id: string): Promise<DocumentModel<T>>;
  /** Saves every open model now. */
  flushAll(): Promise<void>;

  /** Starts an import into a new dataset, or replacing the records of `datasetId` on commit. */
  beginImport(datasetId?: string, name?: string): RecordSink;
  readRecords(datasetId: string, page?: RecordPage): Promise<DatasetRow[]>;
  /** All rows at once (one getAll): what a worker uses to load a dataset. */
  loadAll(datasetId: string): Promise<DatasetRow[]>;
  countRecords(datasetId: string): Promise<number>;
  updateRecord(datasetId: string, rowId: number, record: Record<string, unknown>): Promise<WorkspaceDocument<DatasetContent>>;
  addRecords(datasetId: string, records: readonly Record<string, unknown>[]): Promise<{ rowIds: number[]; document: WorkspaceDocument<DatasetContent> }>;
  deleteRecords(datasetId: string, rowIds: readonly number[]): Promise<{ deleted: number; document: WorkspaceDocument<DatasetContent> }>;

  saveVersion(docId: string, label: string): Promise<DocumentVersion>;
  /** Newest first. */
  listVersions(docId: string): Promise<DocumentVersion[]>;
  getVersionContent<T = unknown>(versionId: string): Promise<T>;
  /** Changes from version `a` to version `b`; either may be CURRENT_VERSION. */
  diffVersions(a: string, b: string): Promise<DocumentChange[]>;
  /** Makes the version's content a new revision (undoable in the document's undo history). */
  restoreVersion(versionId: string): Promise<WorkspaceDocument>;

  exportBackup(): Promise<WorkspaceBackup>;
  /** Validation problems, or what restoring would change; changes nothing. */
  previewRestore(backup: unknown): Promise<RestorePreview>;
  restoreBackup(backup: unknown, options: { mode: RestoreMode }): Promise<RestoreResult>;

  requestPersistence(): Promise<PersistenceResult>;
  estimate(): Promise<StorageEstimateResult>;
  listQuarantined(): Promise<QuarantinedValue[]>;

  /** Saves open models, then closes the database. */
  close(): Promise<void>;
}
