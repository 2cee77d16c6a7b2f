// The import worker as it is once the store is wired in (see README.md of data-import): the
// browser test runs it against Chromium's real IndexedDB.
import { serveImports } from '../../../src/platform/data-import/import-worker-host.ts';
import type { ImportWorkerScope } from '../../../src/platform/data-import/import-worker-host.ts';
import { openWorkspaceImportSink } from '../../../src/platform/data-import/workspace-sink.ts';

serveImports(self as unknown as ImportWorkerScope, openWorkspaceImportSink);
