// Exporters and importers of the scorecard being edited: configuration JSON (export and import with
// a report and preview), SQL for DuckDB and PostgreSQL, and the runtime bundle (.zip); "Export…"
// lists every registered exporter. The commands live in export-commands.ts and config-import.ts.
import { downloadBlob, type PluginContext, type WorkbenchApi } from '../../src/workbench/api.ts';
import { chooseJsonFile, registerConfigImport } from './config-import.ts';
import { registerExportCommands } from './export-commands.ts';
import { loadRuntimeSource } from './runtime-source.ts';

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  context.subscriptions.add(registerExportCommands(api, {
    save: (file) => downloadBlob(new Blob([file.content], { type: file.mime }), file.fileName),
    loadRuntimeSource,
  }));
  context.subscriptions.add(registerConfigImport(api, { pickFile: chooseJsonFile }));
}
