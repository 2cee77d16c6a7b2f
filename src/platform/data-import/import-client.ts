// The page side of an import: starts a worker for one file, relays its progress, and settles
// `done` with the committed result or the error. Used by the dataset plugin's import dialog.
import { Emitter } from '../../base/event.ts';
import type { Event } from '../../base/event.ts';
import { ImportError } from './import-error.ts';
import type { ImportErrorCode } from './import-error.ts';
import type { ImportResponse, ImportTarget, SerializedError } from './import-protocol.ts';
import type { ImportOptions, ImportProgress, ImportResult } from './import-types.ts';

export interface StartImportOptions extends ImportOptions {
  /** The dataset to fill (its records are replaced on commit), or the name of a new one. Default: a new dataset. */
  target?: ImportTarget;
  /** The worker to run in; default the import worker. Tests pass one with a sink they can watch. */
  createWorker?: () => Worker;
}

export interface ImportTask {
  /** Fires after every chunk read and every batch written; `rows` and `bytes` only grow. */
  readonly onProgress: Event<ImportProgress>;
  /** The committed result; rejects with an AbortError after cancel(), or with the import's error. */
  readonly done: Promise<ImportResult>;
  /** Asks the worker to stop: it aborts the sink (nothing is committed), then the worker ends. */
  cancel(): void;
}

/** How long a cancelled worker may take to abort its sink before it is terminated anyway. */
const CANCEL_GRACE_MS = 10_000;

function defaultWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'data-import' });
}

function deserializeError(error: SerializedError): Error {
  if (error.name === 'AbortError') return new DOMException(error.message, 'AbortError');
  if (error.name === 'ImportError' && error.userMessage) return new ImportError(error.code as ImportErrorCode, error.userMessage);
  // WorkspaceError (quota, …) and others: same name, code and message for the UI.
  const out = new Error(error.message);
  out.name = error.name;
  return Object.assign(out, error.code === undefined ? {} : { code: error.code }, error.userMessage === undefined ? {} : { userMessage: error.userMessage });
}

export function startImport(file: Blob, options: StartImportOptions): ImportTask {
  const { target = {}, createWorker = defaultWorker, ...importOptions } = options;
  const progress = new Emitter<ImportProgress>();
  const worker = createWorker();
  let settled = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  let resolveDone!: (result: ImportResult) => void;
  let rejectDone!: (error: Error) => void;
  const done = new Promise<ImportResult>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });

  const finish = (outcome: { result: ImportResult } | { error: Error }): void => {
    if (settled) return;
    settled = true;
    if (graceTimer !== undefined) clearTimeout(graceTimer);
    worker.terminate();
    progress.dispose();
    if ('result' in outcome) resolveDone(outcome.result);
    else rejectDone(outcome.error);
  };

  worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    if (message.type === 'progress') {
      if (!settled) progress.fire(message.progress);
    } else if (message.type === 'done') {
      finish({ result: message.result });
    } else if (message.type === 'error') {
      finish({ error: deserializeError(message.error) });
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish({ error: new Error(`The import worker failed: ${event.message || 'it could not be started'}`) });
  });
  worker.addEventListener('messageerror', () => finish({ error: new Error('The import worker sent a message that could not be read.') }));

  worker.postMessage({ type: 'start', file, options: importOptions, target });

  return {
    onProgress: progress.event,
    done,
    cancel(): void {
      if (settled || graceTimer !== undefined) return;
      worker.postMessage({ type: 'cancel' });
      graceTimer = setTimeout(() => finish({ error: new DOMException('The import was cancelled.', 'AbortError') }), CANCEL_GRACE_MS);
    },
  };
}
