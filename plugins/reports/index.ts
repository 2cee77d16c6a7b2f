// The reports plugin: per-person appraisal reports and a team summary as printable A4 pages.
// A report tab evaluates its scorecard over its dataset in this plugin's worker; printing copies the
// pages out of the workbench (print-host.ts).
import { resolveLocalized } from '../../src/core/localized-text.ts';
import type { PluginContext, WorkbenchApi, WorkspaceDocument } from '../../src/workbench/api.ts';
import { clearPrintHost, preparePrintHost } from './print-host.ts';
import { ReportEditorElement } from './report-editor.ts';
import { ReportEvaluator } from './report-evaluator.ts';
import { REPORT_EDITOR_KIND, type ReportInputData, type ReportView, isReportInputData, reportInput } from './report-input.ts';

/** What reports.openPersonReport and reports.openTeamSummary accept (all optional: missing parts are asked for). */
export interface OpenReportArgs {
  scorecardId?: string;
  datasetId?: string;
  /** The person's position in the dataset (person report). */
  index?: number;
}

const SCORECARD_URI_PREFIX = 'scorecard:';
/** Where the scorecard editor remembers each scorecard's chosen dataset (read only here). */
const SCORECARD_DATASET_SCOPE = 'scorecard.dataset';

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  const editors = new Map<string, ReportEditorElement>();

  context.subscriptions.add(api.editors.registerEditorProvider(REPORT_EDITOR_KIND, {
    createEditor: (input) => {
      const element = new ReportEditorElement();
      const evaluator = new ReportEvaluator(api);
      element.services = api;
      element.evaluator = evaluator;
      element.data = isReportInputData(input.data) ? input.data : undefined;
      editors.set(input.uri, element);
      return { element, dispose: () => { editors.delete(input.uri); evaluator.dispose(); } };
    },
  }));

  const activeReport = (): ReportEditorElement | undefined => {
    const uri = api.editors.model.activeEditor?.uri;
    return uri === undefined ? undefined : editors.get(uri);
  };

  const pickScorecard = async (): Promise<WorkspaceDocument | undefined> => {
    const active = api.editors.model.activeEditor?.uri;
    const fromEditor = active?.startsWith(SCORECARD_URI_PREFIX) ? active.slice(SCORECARD_URI_PREFIX.length) : activeReport()?.data?.scorecardId;
    const scorecards = await api.workspace.listDocuments('scorecard');
    const known = scorecards.find((d) => d.id === fromEditor);
    if (known) return known;
    if (scorecards.length === 0) {
      api.notifications.info(api.t('reports.pick.noScorecards'));
      return undefined;
    }
    if (scorecards.length === 1) return scorecards[0];
    const item = await api.quickInput.pick({ items: scorecards.map((d) => ({ id: d.id, label: d.name, icon: 'graph' })), placeholder: api.t('reports.pick.scorecard') });
    return scorecards.find((d) => d.id === item?.id);
  };

  const pickDataset = async (scorecardId: string): Promise<string | undefined> => {
    const datasets = await api.workspace.listDocuments('dataset');
    const remembered = (await api.storage.get(SCORECARD_DATASET_SCOPE, scorecardId)) as string | undefined;
    const fromReport = activeReport()?.data;
    const preferred = remembered ?? (fromReport?.scorecardId === scorecardId ? fromReport.datasetId : undefined);
    if (preferred && datasets.some((d) => d.id === preferred)) return preferred;
    if (datasets.length === 0) {
      api.notifications.info(api.t('reports.pick.noDatasets'));
      return undefined;
    }
    if (datasets.length === 1) return datasets[0]!.id;
    const item = await api.quickInput.pick({ items: datasets.map((d) => ({ id: d.id, label: d.name, icon: 'database' })), placeholder: api.t('reports.pick.dataset') });
    return item?.id;
  };

  const openReport = async (view: ReportView, args: unknown): Promise<void> => {
    const given = (typeof args === 'object' && args !== null ? args : {}) as OpenReportArgs;
    const scorecard = given.scorecardId !== undefined ? await api.workspace.getDocument(given.scorecardId) : await pickScorecard();
    if (!scorecard) return;
    const datasetId = given.datasetId ?? (await pickDataset(scorecard.id));
    if (datasetId === undefined) return;
    const data: ReportInputData = { scorecardId: scorecard.id, datasetId, view };
    if (typeof given.index === 'number') data.index = given.index;
    const content = scorecard.content as { name?: Parameters<typeof resolveLocalized>[0] } | undefined;
    const input = reportInput(data, api.t('reports.editor.tabTitle', { scorecard: resolveLocalized(content?.name, api.i18n.locale) || scorecard.name }));
    // An open tab for the same scorecard and dataset is switched to the asked view.
    editors.get(input.uri)?.show(data);
    api.editors.open(input);
  };

  /** Set while reports.print prepared the pages itself (the beforeprint handler then leaves them). */
  let printing = false;
  const print = async (): Promise<void> => {
    const editor = activeReport() ?? [...editors.values()][0];
    const pages = editor?.pages();
    if (!pages || (pages.reports.length === 0 && !pages.team)) {
      api.notifications.info(api.t('reports.print.nothing'));
      return;
    }
    await preparePrintHost(api, pages);
    printing = true;
    try {
      window.print();
    } finally {
      printing = false;
    }
  };
  // The browser's own Ctrl+P on a report tab prints the report too: Lit renders the host in the
  // microtasks that run right after this handler, before the browser lays out the print.
  const beforePrint = (): void => {
    const editor = activeReport();
    if (!printing && editor) void preparePrintHost(api, editor.pages());
  };
  const afterPrint = (): void => clearPrintHost();
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  context.subscriptions.add({ dispose: () => { window.removeEventListener('beforeprint', beforePrint); window.removeEventListener('afterprint', afterPrint); clearPrintHost(); } });

  context.subscriptions.add(api.commands.registerCommand('reports.openPersonReport', (args?: unknown) => openReport('person', args)));
  context.subscriptions.add(api.commands.registerCommand('reports.openTeamSummary', (args?: unknown) => openReport('team', args)));
  context.subscriptions.add(api.commands.registerCommand('reports.print', () => print()));
}
