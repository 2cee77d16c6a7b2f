// Importing records from CSV/TSV, JSON/JSON Lines and .xlsx files into a dataset, in a worker.
// See README.md in this folder.
export { runImport } from './import-pipeline.ts';
export { preview, DEFAULT_PREVIEW_BYTES, DEFAULT_SAMPLE_SIZE } from './import-preview.ts';
export { startImport } from './import-client.ts';
export type { ImportTask, StartImportOptions } from './import-client.ts';
export { ImportError, isAbortError } from './import-error.ts';
export type { ImportErrorCode } from './import-error.ts';
export type { ImportRequest, ImportResponse, ImportSinkFactory, ImportTarget, SerializedError } from './import-protocol.ts';
export { serveImports } from './import-worker-host.ts';
export type { ImportWorkerScope } from './import-worker-host.ts';
export type {
  BadRowsMode, ImportFormat, ImportHooks, ImportOptions, ImportProgress, ImportResult, PreviewOptions, PreviewResult,
} from './import-types.ts';
export { DEFAULT_BATCH_SIZE } from './import-run.ts';
export { DEFAULT_CHUNK_SIZE } from './text-chunks.ts';
