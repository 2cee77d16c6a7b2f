import { expect } from 'chai';
import { ReportEditorElement } from '../../../plugins/reports/report-editor.ts';
import { ReportEvaluator } from '../../../plugins/reports/report-evaluator.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import { agentRecords, callCentre, createServices } from './report-test-helpers.ts';

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 15));
  }
}

async function workspaceWith(services: WorkbenchServices, config: ScorecardConfig, rows: Array<Record<string, unknown>>): Promise<{ scorecardId: string; datasetId: string }> {
  const scorecard = await services.workspace.createDocument<ScorecardConfig>('scorecard', 'Call centre', config);
  const sink = services.workspace.beginImport(undefined, '2026-10 agents');
  await sink.write(rows);
  const dataset = await sink.commit({ fields: config.fields });
  return { scorecardId: scorecard.id, datasetId: dataset.id };
}

describe('report editor', () => {
  let editor: ReportEditorElement;
  afterEach(() => {
    editor?.evaluator?.dispose();
    editor?.remove();
  });

  it("evaluates in the plugin's worker and shows one person, every person, or the team", async () => {
    const services = createServices('en');
    const ids = await workspaceWith(services, callCentre(), agentRecords(12));
    editor = new ReportEditorElement();
    editor.services = services;
    editor.evaluator = new ReportEvaluator(services);
    editor.data = { ...ids, view: 'person', index: 1 };
    document.body.append(editor);
    await until(() => editor.source !== undefined);
    await editor.updateComplete;
    const book = editor.shadowRoot!.querySelector('sc-report-book')!;
    await book.updateComplete;
    let pages = book.shadowRoot!.querySelectorAll('.page');
    expect(pages).to.have.length(1);
    expect(pages[0]!.getAttribute('data-subject')).to.equal('A002');
    expect(pages[0]!.textContent).to.contain('2026-10 agents');
    expect(editor.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('12 persons');

    editor.show({ ...ids, view: 'all' });
    await editor.updateComplete;
    await book.updateComplete;
    pages = book.shadowRoot!.querySelectorAll('.page');
    expect(pages).to.have.length(12);

    editor.show({ ...ids, view: 'team' });
    await editor.updateComplete;
    await book.updateComplete;
    expect(book.shadowRoot!.querySelectorAll('.page.team')).to.have.length(1);
    expect(editor.pages().team!.count).to.equal(12);
  });

  it('follows an edit of the scorecard, and says what is wrong with an invalid one', async () => {
    const services = createServices('zh-CN');
    const config = callCentre();
    const ids = await workspaceWith(services, config, agentRecords(6));
    editor = new ReportEditorElement();
    editor.services = services;
    editor.evaluator = new ReportEvaluator(services);
    editor.data = { ...ids, view: 'person', index: 0 };
    document.body.append(editor);
    await until(() => editor.source !== undefined);
    editor.show({ ...ids, view: 'person', index: 1 }); // A002: two complaints
    const before = editor.pages().reports[0]!.total!;
    let doc = (await services.workspace.getDocument<ScorecardConfig>(ids.scorecardId))!;
    const harsher = structuredClone(doc.content);
    const complaint = harsher.policies!.find((p) => p.id === 'complaint-deduction')!;
    complaint.effect = { type: 'points', amount: { '*': [-12, { var: 'complaints' }] } };
    await services.workspace.putDocument(ids.scorecardId, harsher, doc.revision);
    await until(() => editor.pages().reports[0]!.total !== before);
    expect(editor.pages().reports[0]!.total).to.be.closeTo(before - 4, 1e-9);

    doc = (await services.workspace.getDocument<ScorecardConfig>(ids.scorecardId))!;
    const broken = structuredClone(doc.content);
    broken.grades.bands[0]!.id = broken.grades.bands[1]!.id; // two grades with one id
    await services.workspace.putDocument(ids.scorecardId, broken, doc.revision);
    await until(() => editor.error !== undefined);
    expect(editor.error).to.match(/考核方案有 \d+ 处错误/);
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('考核方案');
  });
});
