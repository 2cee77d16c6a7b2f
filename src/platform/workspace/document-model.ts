// An open document: edits apply in memory at once, are saved within a second (debounced), and are
// undoable across reloads (the undo stacks are JSON patches saved with the content). When another
// tab changed the document meanwhile, nothing is overwritten silently: disjoint edits are merged,
// overlapping ones are kept both (theirs stays the document, mine becomes a "conflicted copy").
import { Emitter } from '../../base/event.ts';
import {
  type DocumentChangeEvent,
  type DocumentKind,
  type DocumentModel,
  type WorkspaceConflict,
  type WorkspaceDocument,
  WorkspaceError,
  type WorkspaceProblem,
} from './workspace-api.ts';
import { type DocumentStore, notFoundError, type UndoStacks } from './document-store.ts';
import { applyPatch, deepFreeze, diffJson, mergeThreeWay } from './json-patch.ts';
import type { UndoStep } from './stored-shapes.ts';
import type { ChangeNotice } from './workspace-channel.ts';

export interface ModelHost {
  readonly docs: DocumentStore;
  /** Quiet time after the last edit before saving. */
  readonly saveDelayMs: number;
  /** Longest time an edit waits while edits keep coming. */
  readonly maxSaveDelayMs: number;
  readonly maxUndoSteps: number;
  /** A change this model committed: tell the other models, this tab's listeners and other tabs. */
  announce(changes: ChangeNotice[], source: WorkspaceDocumentModel<unknown>): void;
  report(problem: WorkspaceProblem): void;
  conflict(conflict: WorkspaceConflict): void;
  release(model: WorkspaceDocumentModel<unknown>): void;
}

type Origin = DocumentChangeEvent['origin'];

const MAX_MERGE_ATTEMPTS = 5;

function isCode(error: unknown, code: WorkspaceError['code']): boolean {
  return error instanceof WorkspaceError && error.code === code;
}

export class WorkspaceDocumentModel<T> implements DocumentModel<T> {
  private current: T;
  private undoStack: UndoStep[];
  private redoStack: UndoStep[];
  private pending = false;
  /** A save is on its way: its edits are not stored yet either. */
  private saving = false;
  private deleted = false;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt: number | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  private readonly _onDidChange = new Emitter<DocumentChangeEvent>();
  readonly onDidChange = this._onDidChange.event;
  private readonly _onDidConflict = new Emitter<{ mine: T; theirs: WorkspaceDocument<T>; resolution: 'merged' | 'kept-both' }>();
  readonly onDidConflict = this._onDidConflict.event;

  constructor(
    private readonly host: ModelHost,
    private base: WorkspaceDocument<T>,
    stacks: UndoStacks | undefined,
  ) {
    this.current = deepFreeze(base.content);
    this.undoStack = stacks?.undo ?? [];
    this.redoStack = stacks?.redo ?? [];
  }

  get id(): string {
    return this.base.id;
  }
  get kind(): DocumentKind {
    return this.base.kind;
  }
  get name(): string {
    return this.base.name;
  }
  get content(): T {
    return this.current;
  }
  get revision(): number {
    return this.base.revision;
  }
  get dirty(): boolean {
    return this.pending || this.saving;
  }
  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  update(next: T, label?: string): void {
    this.assertUsable();
    const forward = diffJson(this.current, next).patch;
    if (forward.length === 0) return;
    const step: UndoStep = { patch: forward, inverse: diffJson(next, this.current).patch, at: Date.now() };
    if (label !== undefined) step.label = label;
    this.undoStack = [...this.undoStack, step].slice(-this.host.maxUndoSteps);
    this.redoStack = [];
    this.edit(next);
  }

  undo(): boolean {
    return this.step(this.undoStack, this.redoStack, 'inverse', (u, r) => ((this.undoStack = u), (this.redoStack = r)));
  }

  redo(): boolean {
    return this.step(this.redoStack, this.undoStack, 'patch', (r, u) => ((this.redoStack = r), (this.undoStack = u)));
  }

  private step(from: UndoStep[], to: UndoStep[], which: 'patch' | 'inverse', set: (from: UndoStep[], to: UndoStep[]) => void): boolean {
    this.assertUsable();
    const entry = from.at(-1);
    if (!entry) return false;
    let next: T;
    try {
      next = applyPatch(this.current, entry[which]) as T;
    } catch {
      // The content moved on in a way this step no longer fits (e.g. a merged remote edit
      // removed its place): drop the stale history rather than apply it half-way.
      set([], []);
      this.pending = true;
      this.schedule();
      return false;
    }
    set(from.slice(0, -1), [...to, entry].slice(-this.host.maxUndoSteps));
    this.edit(next);
    return true;
  }

  private edit(next: T): void {
    this.current = deepFreeze(next);
    this.pending = true;
    this.firstPendingAt ??= Date.now();
    this.schedule();
    this.fire('local');
  }

  flush(): Promise<void> {
    return this.enqueue(() => this.save(true));
  }

  /** A committed change of this document that this model did not make. */
  notifyChange(notice: ChangeNotice, origin: Origin): void {
    void this.enqueue(() => this.onStoreChange(notice, origin)).catch(() => undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearTimer();
    if (this.pending) void this.enqueue(() => this.save(false)).catch(() => undefined);
    this.host.release(this as WorkspaceDocumentModel<unknown>);
    this._onDidChange.dispose();
    this._onDidConflict.dispose();
  }

  private assertUsable(): void {
    if (this.disposed) throw new Error(`The model of "${this.base.name}" was disposed.`);
    // Edits of a deleted document would have nowhere to go; editors close on the 'deleted' event.
    if (this.deleted) throw new WorkspaceError('not-found', notFoundError(this.id).userMessage);
  }

  private fire(origin: Origin, deleted?: boolean): void {
    const event: DocumentChangeEvent = { docId: this.id, revision: this.base.revision, origin };
    if (deleted) event.deleted = true;
    this._onDidChange.fire(event);
  }

  private enqueue<R>(op: () => Promise<R>): Promise<R> {
    const next = this.queue.then(op);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private schedule(): void {
    this.clearTimer();
    const waited = Date.now() - (this.firstPendingAt ?? Date.now());
    const delay = Math.max(0, Math.min(this.host.saveDelayMs, this.host.maxSaveDelayMs - waited));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Problems are reported on the service's onDidReportProblem; the edits stay pending.
      void this.enqueue(() => this.save(false)).catch(() => undefined);
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private stacks(): UndoStacks {
    return { undo: this.undoStack, redo: this.redoStack };
  }

  private async save(rethrow: boolean): Promise<void> {
    this.clearTimer();
    if (!this.pending || this.deleted) return;
    const content = this.current;
    // Edits made while this save runs set `pending` again and are saved next.
    this.pending = false;
    this.firstPendingAt = undefined;
    this.saving = true;
    try {
      const saved = await this.host.docs.saveContent(this.id, content, this.base.revision, this.stacks());
      this.saving = false;
      this.committed(saved, content);
    } catch (error) {
      this.saving = false;
      this.pending = true;
      if (isCode(error, 'conflict') || isCode(error, 'not-found')) {
        await this.resolveWith(await this.host.docs.get<T>(this.id));
        return;
      }
      this.host.report({ error: error as WorkspaceError, docId: this.id });
      if (rethrow) throw error;
    }
  }

  private committed(saved: WorkspaceDocument<T>, sent: T): void {
    const changed = saved.revision !== this.base.revision;
    this.base = saved;
    // The store may have corrected the content (a dataset's rowCount belongs to its records).
    if (this.current === sent && saved.content !== sent) this.current = deepFreeze(saved.content);
    if (changed) {
      this.host.announce([{ docId: this.id, revision: saved.revision }], this as WorkspaceDocumentModel<unknown>);
      this.fire('local');
    }
  }

  private async onStoreChange(notice: ChangeNotice, origin: Origin): Promise<void> {
    if (this.deleted || this.disposed) return;
    if (!notice.deleted && notice.revision <= this.base.revision) return; // our own save, echoed
    let theirs: WorkspaceDocument<T> | undefined;
    try {
      theirs = await this.host.docs.get<T>(this.id);
    } catch (error) {
      this.host.report({ error: error as WorkspaceError, docId: this.id });
      return;
    }
    if (theirs && theirs.revision <= this.base.revision) return;
    await this.resolveWith(theirs, origin);
  }

  /** The stored document moved on (or was deleted): adopt it, merge into it, or keep both. */
  private async resolveWith(initial: WorkspaceDocument<T> | undefined, origin: Origin = 'remote'): Promise<void> {
    let theirs = initial;
    for (let attempt = 0; attempt < MAX_MERGE_ATTEMPTS; attempt++) {
      if (!theirs) return this.keepMineAfterDeletion(origin);
      if (!this.pending) return this.adopt(theirs, origin);
      const mine = this.current;
      const merge = mergeThreeWay(this.base.content, mine, theirs.content);
      if (!merge.ok) return this.keepBoth(theirs, mine, merge.overlapping);
      this.pending = false;
      this.saving = true;
      try {
        const saved = await this.host.docs.saveContent(this.id, merge.merged as T, theirs.revision, this.stacks());
        this.saving = false;
        this.base = saved;
        if (this.current === mine) {
          this.current = deepFreeze(saved.content);
        } else {
          // Edits made during the save: replay them onto the merged content.
          try {
            this.current = deepFreeze(applyPatch(saved.content, diffJson(mine, this.current).patch) as T);
            this.pending = true;
            this.schedule();
          } catch {
            this.pending = true;
            return this.keepBoth(saved, this.current, ['']);
          }
        }
        this.host.announce([{ docId: this.id, revision: saved.revision }], this as WorkspaceDocumentModel<unknown>);
        this.host.conflict({ docId: this.id, resolution: 'merged', pointers: [] });
        this._onDidConflict.fire({ mine, theirs, resolution: 'merged' });
        this.fire(origin);
        return;
      } catch (error) {
        this.saving = false;
        this.pending = true;
        if (!isCode(error, 'conflict')) {
          this.host.report({ error: error as WorkspaceError, docId: this.id });
          return;
        }
        theirs = await this.host.docs.get<T>(this.id);
      }
    }
    if (theirs) return this.keepBoth(theirs, this.current, ['']);
    return this.keepMineAfterDeletion(origin);
  }

  private async adopt(theirs: WorkspaceDocument<T>, origin: Origin): Promise<void> {
    const stored = await this.host.docs.readUndo(this.id);
    this.base = theirs;
    this.current = deepFreeze(theirs.content);
    // The stored stacks are the newest persisted history (possibly another tab's, saved with theirs).
    if (stored) {
      this.undoStack = stored.undo;
      this.redoStack = stored.redo;
    }
    this.fire(origin);
  }

  /** Theirs stays the document; mine is saved as a new document next to it. */
  private async keepBoth(theirs: WorkspaceDocument<T>, mine: T, pointers: string[]): Promise<void> {
    const copy = await this.saveCopy(`${theirs.name} (conflicted copy)`, mine);
    if (!copy) return;
    if (this.current !== mine) {
      // Edits made while the copy was written belong to the copy too.
      try {
        await this.host.docs.saveContent(copy.id, this.current, copy.revision, this.stacks());
      } catch (error) {
        this.host.report({ error: error as WorkspaceError, docId: copy.id });
        return;
      }
    }
    this.pending = false;
    this.undoStack = [];
    this.redoStack = [];
    await this.adopt(theirs, 'remote');
    this.host.conflict({ docId: this.id, resolution: 'kept-both', copyId: copy.id, pointers });
    this._onDidConflict.fire({ mine, theirs, resolution: 'kept-both' });
  }

  private async keepMineAfterDeletion(origin: Origin): Promise<void> {
    this.deleted = true;
    this.clearTimer();
    if (this.pending) {
      const copy = await this.saveCopy(`${this.base.name} (conflicted copy)`, this.current);
      if (!copy) return;
      this.pending = false;
      this.host.conflict({ docId: this.id, resolution: 'kept-both', copyId: copy.id, pointers: [], deletedElsewhere: true });
    }
    this.fire(origin, true);
  }

  /** Saves `mine` (and the undo history that made it) as a new document; reports a failure. */
  private async saveCopy(name: string, mine: T): Promise<WorkspaceDocument<T> | undefined> {
    // A dataset copy holds the edited fields; the records stay with the original dataset.
    const content = this.kind === 'dataset' ? ({ ...(mine as object), rowCount: 0 } as T) : mine;
    try {
      const copy = await this.host.docs.create(this.kind, name, content, { undo: this.stacks() });
      this.host.announce([{ docId: copy.id, revision: copy.revision }], this as WorkspaceDocumentModel<unknown>);
      return copy;
    } catch (error) {
      this.host.report({ error: error as WorkspaceError, docId: this.id });
      return undefined;
    }
  }
}
