// The export commands: the active scorecard's results over its chosen test data (evaluated in a
// worker, with the stage shown in the status bar), and its indicator tree, as CSV or xlsx.
import { treeToCsv, treeToXlsx } from '../../src/core/export/tree-sheet-files.ts';
import { validateConfig } from '../../src/core/scorecard/validate.ts';
import { datasetSourceFor, downloadBlob, type WorkbenchApi } from '../../src/workbench/api.ts';
import { scorecardFileName, targetScorecard } from './active-scorecard.ts';
import type { ResultsFileFormat } from './results-export-protocol.ts';
import { type ResultsExportPort, createResultsExportWorker, runResultsExport } from './results-export.ts';

export const MIME: Record<ResultsFileFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Where files go: the browser's download, or a test's capture. */
export type SaveFile = (blob: Blob, fileName: string) => void;

export interface ExportDeps {
  save?: SaveFile;
  createPort?: () => ResultsExportPort;
  /** The scorecard to export (default: the active scorecard editor's). */
  documentId?: unknown;
}

export async function exportTree(api: WorkbenchApi, format: ResultsFileFormat, deps: ExportDeps = {}): Promise<void> {
  const target = await targetScorecard(api, deps.documentId);
  if (!target) {
    api.notifications.info(api.t('spreadsheets.noScorecard'));
    return;
  }
  const config = target.model.content;
  await target.release();
  const locale = api.i18n.locale;
  const content = format === 'csv' ? treeToCsv(config, locale) : treeToXlsx(config, locale);
  (deps.save ?? downloadBlob)(new Blob([content], { type: MIME[format] }), scorecardFileName(api, config, `.indicators.${format}`));
}

export async function exportResults(api: WorkbenchApi, format: ResultsFileFormat, deps: ExportDeps = {}): Promise<void> {
  const target = await targetScorecard(api, deps.documentId);
  if (!target) {
    api.notifications.info(api.t('spreadsheets.noScorecard'));
    return;
  }
  // Snapshot now: edits made while the worker runs belong to the next export.
  const config = structuredClone(target.model.content);
  await target.release();
  const dataset = target.datasetId === undefined ? undefined : await api.workspace.getDocument(target.datasetId);
  if (!dataset) {
    api.notifications.info(api.t('spreadsheets.noDataset'));
    return;
  }
  const errors = validateConfig(config).problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    api.notifications.error(api.t('spreadsheets.export.invalid', { count: errors }));
    return;
  }
  const status = api.statusBar.addItem({ id: `spreadsheets.export.${Date.now()}`, alignment: 'left', text: `$(sync) ${api.t('spreadsheets.export.loading', { dataset: dataset.name })}`, source: api.pluginId });
  try {
    const source = await datasetSourceFor(api.workspace, dataset.id);
    const request = { type: 'export' as const, ...source, config, format, locale: api.i18n.locale };
    const { bytes, count } = await runResultsExport(request, (progress) => {
      status.update({ text: `$(sync) ${api.t(`spreadsheets.export.${progress.stage}`, { count: progress.count })}` });
    }, deps.createPort ?? createResultsExportWorker);
    const fileName = scorecardFileName(api, config, `.results.${format}`);
    (deps.save ?? downloadBlob)(new Blob([bytes], { type: MIME[format] }), fileName);
    api.notifications.info(api.t('spreadsheets.export.done', { count, file: fileName }));
  } catch (error) {
    api.notifications.error(api.t('spreadsheets.export.failed', { message: error instanceof Error ? error.message : String(error) }));
  } finally {
    status.dispose();
  }
}
