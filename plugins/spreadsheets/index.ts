// The spreadsheets plugin: the results and the indicator tree of the active scorecard out to CSV and
// Excel, and indicator trees in from consultants' sheets. All its wiring is here; the work is in
// export-actions.ts, import-actions.ts and the core's src/core/export/.
import type { PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import { exportResults, exportTree } from './export-actions.ts';
import { type ImportTarget, type TreeImportReport, importTreeFile } from './import-actions.ts';
import { TreeImportReportElement } from './import-report.ts';

const REPORT_KIND = 'spreadsheet-import-report';

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  let reports = 0;

  const showReport = (report: TreeImportReport, target: ImportTarget, documentId: unknown): void => {
    api.editors.open({ uri: `${REPORT_KIND}:${++reports}`, kind: REPORT_KIND, title: api.t('spreadsheets.report.title'), icon: 'warning', data: { report, target, documentId } });
  };

  const importFile = async (file: File, target: ImportTarget, documentId: unknown): Promise<void> => {
    const report = await importTreeFile(api, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, target, documentId);
    if (report.outcome === 'rejected') {
      if (report.problems.length > 0) {
        api.notifications.error(api.t('spreadsheets.report.rejected', { file: report.fileName, count: report.problems.length }), [
          { label: api.t('spreadsheets.import.showReport'), run: () => showReport(report, target, documentId) },
        ]);
      }
      return;
    }
    const message = api.t(`spreadsheets.report.${report.outcome}`, { file: report.fileName, count: report.indicators });
    const fix = report.configErrors > 0 ? ` ${api.t('spreadsheets.report.configErrors', { count: report.configErrors })}` : '';
    api.notifications.info(message + fix);
    if (report.outcome === 'created' && report.documentId) {
      api.editors.open({ uri: `scorecard:${report.documentId}`, kind: 'scorecard', title: report.fileName, icon: 'graph', data: { documentId: report.documentId } });
    }
  };

  /** `documentId`: the scorecard to import into (the "Import…" pick passes one); default the active one. */
  const chooseFile = (target: ImportTarget, documentId?: unknown): void => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.tsv,.txt,.xlsx';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void importFile(file, target, documentId);
    });
    input.click();
  };

  context.subscriptions.add(api.editors.registerEditorProvider(REPORT_KIND, {
    createEditor: (input) => {
      const element = new TreeImportReportElement();
      element.services = api;
      const data = input.data as { report?: TreeImportReport; target?: ImportTarget; documentId?: unknown } | undefined;
      element.report = data?.report;
      element.addEventListener('import-again', () => chooseFile(data?.target ?? 'active', data?.documentId));
      return { element };
    },
  }));

  // Each takes an optional scorecard document id (the exports plugin's "Export…" pick passes one).
  const commands: Array<[string, (documentId?: unknown) => unknown]> = [
    ['spreadsheets.exportResultsCsv', (documentId) => exportResults(api, 'csv', { documentId })],
    ['spreadsheets.exportResultsXlsx', (documentId) => exportResults(api, 'xlsx', { documentId })],
    ['spreadsheets.exportTreeCsv', (documentId) => exportTree(api, 'csv', { documentId })],
    ['spreadsheets.exportTreeXlsx', (documentId) => exportTree(api, 'xlsx', { documentId })],
    ['spreadsheets.importTree', (documentId) => chooseFile('active', documentId)],
    ['spreadsheets.importTreeAsNew', () => chooseFile('new')],
  ];
  for (const [id, handler] of commands) context.subscriptions.add(api.commands.registerCommand(id, handler));
}
