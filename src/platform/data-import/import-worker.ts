// The import worker's entry. The page starts it with
//   new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
// (import-client.ts does), which Vite bundles as a worker chunk. Parsing, conversion and the
// IndexedDB writes all happen here, so a 100,000-row file never blocks the page.
import '../../base/seal-object-prototype.ts'; // first: no module after it can extend Object.prototype
import { serveImports } from './import-worker-host.ts';
// The sink factory: the workspace store, opened inside this worker.
import { openWorkspaceImportSink as openImportSink } from './workspace-sink.ts';
import type { ImportWorkerScope } from './import-worker-host.ts';

serveImports(self as unknown as ImportWorkerScope, openImportSink);
