import { expect } from 'chai';
import { DisposableStore } from '../../../src/base/lifecycle.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { PluginContext, PluginManifest, WorkbenchApi } from '../../../src/workbench/api.ts';
import { activate } from '../../../plugins/reports/index.ts';
import manifest from '../../../plugins/reports/plugin.json';
import type { ReportEditorElement } from '../../../plugins/reports/report-editor.ts';
import { agentRecords, callCentre, createServices } from './report-test-helpers.ts';

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 15));
  }
}

describe('reports plugin', () => {
  it('opens a person report from a command with an argument, and prints it out of the workbench', async () => {
    const services = createServices('en');
    const api: WorkbenchApi = { ...services, pluginId: 'reports', t: (key, args) => services.i18n.t(key, args) };
    const context: PluginContext<WorkbenchApi> = { id: 'reports', manifest: manifest as unknown as PluginManifest, subscriptions: new DisposableStore(), state: { get: async () => undefined, set: async () => {} }, api };
    activate(context);
    const config = callCentre();
    const scorecard = await api.workspace.createDocument<ScorecardConfig>('scorecard', 'Call centre', config);
    const sink = api.workspace.beginImport(undefined, 'October');
    await sink.write(agentRecords(8));
    const dataset = await sink.commit({ fields: config.fields });
    const printed: number[] = [];
    const print = window.print;
    window.print = () => { printed.push(document.querySelector('.sc-report-print-host sc-report-book')?.shadowRoot?.querySelectorAll('.page').length ?? 0); };
    try {
      // What the scorecard results' "Open the printable report" button sends.
      await api.commands.executeCommand('reports.openPersonReport', { scorecardId: scorecard.id, datasetId: dataset.id, index: 2 });
      const input = api.editors.model.activeEditor!;
      expect(input.uri).to.equal(`report:${scorecard.id}:${dataset.id}`);
      expect(input.title).to.equal('Reports: Call-centre agent monthly KPI');
      expect(input.data).to.deep.equal({ scorecardId: scorecard.id, datasetId: dataset.id, view: 'person', index: 2 });
      // The workbench creates the pane when it shows the tab.
      const pane = await api.editors.getPane(input, api.editors.model.activeGroup.id);
      const editor = pane.element as ReportEditorElement;
      document.body.append(editor);
      await until(() => editor.source !== undefined);
      expect(editor.pages().reports[0]!.subject.id).to.equal('A003');

      await api.commands.executeCommand('reports.print');
      expect(printed).to.deep.equal([1]);
      // The same tab switches to the team summary (no second tab).
      await api.commands.executeCommand('reports.openTeamSummary', { scorecardId: scorecard.id, datasetId: dataset.id });
      expect(api.editors.model.activeGroup.editors).to.have.length(1);
      expect(editor.data!.view).to.equal('team');
      await api.commands.executeCommand('reports.print');
      expect(printed).to.deep.equal([1, 1]);
      expect(document.querySelector('.sc-report-print-host sc-report-book')!.shadowRoot!.querySelector('.page.team')).to.exist;
      editor.remove();
    } finally {
      window.print = print;
      context.subscriptions.dispose();
    }
    // Deactivating takes the print host's pages with it.
    expect(document.querySelector('.sc-report-print-host')?.children.length ?? 0).to.equal(0);
  });
});
