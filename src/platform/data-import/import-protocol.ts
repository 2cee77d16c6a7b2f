// The messages between the page (import-client.ts) and the import worker (import-worker-host.ts).
// One worker runs one import: the page posts 'start', may post 'cancel', and the worker answers
// with 'progress' messages and exactly one 'done' or 'error'. Everything is structured-clonable
// (a File or Blob is passed without copying its bytes).
import type { DataMessage } from '../../core/data/index.ts';
import type { RecordSink } from '../workspace/workspace-api.ts';
import type { ImportOptions, ImportProgress, ImportResult } from './import-types.ts';

/** Which dataset the import fills: an existing one (its records are replaced on commit) or a new one. */
export interface ImportTarget {
  datasetId?: string;
  /** The name of a new dataset. */
  name?: string;
  /** The workspace database the page uses (WorkspaceService.databaseName); default the app's one. */
  databaseName?: string;
}

export type ImportRequest =
  | { type: 'start'; file: Blob; options: ImportOptions; target: ImportTarget }
  | { type: 'cancel' };

/** An error as it crosses to the page: AbortError for a cancel, ImportError/WorkspaceError with their codes and messages. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  userMessage?: DataMessage;
}

export type ImportResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; error: SerializedError };

/** Opens the sink an import writes to, inside the worker (the workspace store's beginImport). */
export type ImportSinkFactory = (target: ImportTarget) => RecordSink | Promise<RecordSink>;

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const out: SerializedError = { name: error.name, message: error.message };
  const { code, userMessage } = error as Error & { code?: unknown; userMessage?: unknown };
  if (typeof code === 'string') out.code = code;
  if (isMessage(userMessage)) out.userMessage = { en: userMessage.en, 'zh-CN': userMessage['zh-CN'] };
  return out;
}

function isMessage(value: unknown): value is DataMessage {
  return typeof value === 'object' && value !== null && typeof (value as DataMessage).en === 'string' && typeof (value as DataMessage)['zh-CN'] === 'string';
}
