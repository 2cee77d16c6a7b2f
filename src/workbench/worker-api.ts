/**
 * What plugin Web Workers may import besides src/base and src/core: the DOM-free pieces of the
 * platform a worker needs to read the workspace on its own (loading 100,000 records in a worker
 * keeps their decoding off the page's thread). Never imports Lit or anything that touches the DOM.
 */
export { openWorkspace } from '../platform/workspace/open-workspace.ts';
export type { DatasetRow, WorkspaceService } from '../platform/workspace/workspace-api.ts';
export { loadDatasetForWorker, loadDatasetRecords, yieldToMessages } from './dataset-source.ts';
export type { DatasetLoadReply, DatasetSource } from './dataset-source.ts';
