// Shape checks of what comes out of the database (dataset rows are checked in row-chunks.ts). Anything
// may be in there (an old bug, a browser extension, a disk error): a value that fails is quarantined,
// so one bad value never stops the rest.
import type { DocumentKind, StoredVersion, WorkspaceDocument } from './workspace-api.ts';
import type { JsonPatchOp } from './json-patch.ts';
import type { StoreKey } from './store-engine.ts';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['policy', 'scorecard', 'dataset', 'test-suite', 'plugin-state'];

export interface UndoStep {
  patch: JsonPatchOp[];
  inverse: JsonPatchOp[];
  label?: string;
  at: number;
}

/** The persisted undo/redo stacks of a document, saved in the same transaction as its content. */
export interface StoredUndo {
  docId: string;
  revision: number;
  undo: UndoStep[];
  redo: UndoStep[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Why the value is not a document, or undefined when it is one. */
export function documentProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (typeof value.id !== 'string' || value.id === '') return 'no id';
  if (!DOCUMENT_KINDS.includes(value.kind as DocumentKind)) return `unknown kind ${JSON.stringify(value.kind)}`;
  if (typeof value.name !== 'string') return 'no name';
  if (!('content' in value) || value.content === undefined) return 'no content';
  if (!isCount(value.revision) || value.revision < 1) return 'no revision';
  if (!isTime(value.createdAt) || !isTime(value.updatedAt)) return 'no timestamps';
  if (value.kind === 'dataset') {
    const content = value.content;
    if (!isObject(content) || !Array.isArray(content.fields) || !isCount(content.rowCount)) return 'dataset content without fields and rowCount';
  }
  return undefined;
}

/** The key a stored value sits under in a store keyed by its `id` (any valid key, when damaged). */
export function storedId(value: unknown): StoreKey {
  return (value as { id: StoreKey }).id;
}

export function isDocument(value: unknown): value is WorkspaceDocument {
  return documentProblem(value) === undefined;
}

export function isStoredVersion(value: unknown): value is StoredVersion {
  return isObject(value) && typeof value.id === 'string' && typeof value.docId === 'string' && isCount(value.revision)
    && isTime(value.at) && (value.kind === 'named' || value.kind === 'auto') && typeof value.name === 'string' && 'content' in value;
}

function isPatch(value: unknown): value is JsonPatchOp[] {
  return Array.isArray(value) && value.every((op) => isObject(op) && typeof op.path === 'string'
    && (op.op === 'remove' || ((op.op === 'add' || op.op === 'replace') && 'value' in op)));
}

function isUndoStep(value: unknown): value is UndoStep {
  return isObject(value) && isPatch(value.patch) && isPatch(value.inverse) && isTime(value.at);
}

export function isStoredUndo(value: unknown): value is StoredUndo {
  return isObject(value) && typeof value.docId === 'string' && isCount(value.revision)
    && Array.isArray(value.undo) && value.undo.every(isUndoStep) && Array.isArray(value.redo) && value.redo.every(isUndoStep);
}
