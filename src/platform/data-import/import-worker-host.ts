// The worker side of the import protocol (import-protocol.ts): waits for 'start', opens the sink
// with the factory it was given, runs the import and reports. Kept apart from the worker entry so
// tests can serve imports with their own sink.
import { storeUnavailableError } from './import-error.ts';
import { runImport } from './import-pipeline.ts';
import { serializeError } from './import-protocol.ts';
import type { ImportRequest, ImportResponse, ImportSinkFactory } from './import-protocol.ts';

/** What the worker needs of its global scope (DedicatedWorkerGlobalScope, or a test double). */
export interface ImportWorkerScope {
  postMessage(message: ImportResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
}

export function serveImports(scope: ImportWorkerScope, openSink: ImportSinkFactory): void {
  const controller = new AbortController();
  let started = false;
  scope.addEventListener('message', (event) => {
    const request = event.data;
    if (request.type === 'cancel') {
      controller.abort(new DOMException('The import was cancelled.', 'AbortError'));
      return;
    }
    if (request.type !== 'start' || started) return; // one import per worker
    started = true;
    void (async () => {
      try {
        const sink = await openSink(request.target);
        const result = await runImport(request.file, request.options, sink, {
          signal: controller.signal,
          onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
        });
        scope.postMessage({ type: 'done', result });
      } catch (error) {
        scope.postMessage({ type: 'error', error: serializeError(error) });
      }
    })();
  });
}

/**
 * The sink factory of a build whose worker has no workspace store wired in: every import fails
 * with a clear message and nothing is written. import-worker.ts imports it in place of the store's
 * factory until that exists.
 */
export const storeNotWired: ImportSinkFactory = () => {
  throw storeUnavailableError();
};
