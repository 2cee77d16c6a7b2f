// ImportBackend over the workbench's data-import service (the worker pipeline of src/platform).
import type { WorkbenchApi } from '../../src/workbench/api.ts';
import type { ImportBackend, ImportJob, ImportPreview } from './import-backend.ts';

export function workspaceImportBackend(api: WorkbenchApi): ImportBackend {
  return {
    async preview(file, options = {}): Promise<ImportPreview> {
      const result = await api.dataImport.preview(file, { ...options, ...(file.name ? { fileName: file.name } : {}) });
      return {
        format: result.format,
        ...(result.encoding ? { encoding: result.encoding } : {}),
        ...(result.delimiter ? { delimiter: result.delimiter } : {}),
        columns: result.columns,
        sampleRecords: result.sampleRecords,
        inferredFields: result.inferredFields,
        problems: result.problems,
      };
    },
    start(file, request): ImportJob {
      const { name, ...options } = request;
      const task = api.dataImport.startImport(file, { ...options, target: { name, databaseName: api.workspace.databaseName } });
      return {
        onProgress: (listener) => { task.onProgress(listener); },
        done: task.done.then((result) => ({
          datasetId: result.document.id,
          rows: result.rows,
          skippedRows: result.skippedRows,
          problems: result.problems,
          problemCount: result.problemCount,
          rowsToFix: result.rowsToFix,
        })),
        cancel: () => task.cancel(),
      };
    },
  };
}
