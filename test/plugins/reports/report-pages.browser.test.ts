import { expect } from 'chai';
import { emulateMedia } from '@web/test-runner-commands';
import { appraisalReport, reportContext } from '../../../src/core/reports/appraisal-report.ts';
import { teamSummary } from '../../../src/core/reports/team-summary.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import { validateConfig } from '../../../src/core/scorecard/validate.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import { ReportBookElement } from '../../../plugins/reports/report-book.ts';
import { clearPrintHost, preparePrintHost } from '../../../plugins/reports/print-host.ts';
import { agentRecords, callCentre, createServices, mm, widenedCallCentre } from './report-test-helpers.ts';

/** A4 less 15 mm margins on every side: the box each printed page has. */
const CONTENT_WIDTH_MM = 180;
const CONTENT_HEIGHT_MM = 267;

const records = agentRecords(60);

function reportsFor(config: ScorecardConfig, locale: 'en' | 'zh-CN', count: number) {
  const valid = validateConfig(config);
  expect(valid.valid, JSON.stringify(valid.problems.filter((p) => p.severity === 'error').slice(0, 2))).to.equal(true);
  const evaluation = evaluate(config, records);
  const context = reportContext(config, evaluation);
  // The persons with the most rules fired first (the fullest pages), A003 (a cap veto) among them.
  const order = evaluation.records.map((r, i) => ({ i, n: r.fired.length })).sort((a, b) => b.n - a.n).map((x) => x.i);
  return { evaluation, reports: order.slice(0, count).map((i) => appraisalReport(config, evaluation, i, locale, { context, period: '2026-10' })) };
}

async function mountBook(services: WorkbenchServices, setup: (book: ReportBookElement) => void): Promise<ReportBookElement> {
  const frame = document.createElement('div');
  // The printed page's content box: the print stylesheet drops the screen's 15 mm padding.
  frame.style.width = `${CONTENT_WIDTH_MM}mm`;
  document.body.append(frame);
  const book = new ReportBookElement();
  book.services = services;
  setup(book);
  frame.append(book);
  await book.updateComplete;
  await document.fonts.ready;
  return book;
}

const pagesOf = (book: ReportBookElement): HTMLElement[] => [...book.shadowRoot!.querySelectorAll<HTMLElement>('.page')];

describe('report pages', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    document.querySelectorAll('body > div').forEach((d) => d.replaceChildren());
    document.body.replaceChildren();
  });

  it('show every section of a person report', async () => {
    const services = createServices('en');
    const { reports } = reportsFor(callCentre(), 'en', 1);
    const report = reports[0]!;
    const book = await mountBook(services, (b) => { b.reports = [report]; });
    const page = pagesOf(book)[0]!;
    const text = page.textContent!.replace(/\s+/g, ' ');
    expect(page.querySelector('h1')!.textContent).to.contain(report.subject.id);
    expect(text).to.contain('Call-centre agent monthly KPI · 2026-10');
    expect(page.querySelectorAll('.figure')).to.have.length(7);
    expect(page.querySelector('svg.radar polygon.person')).to.exist;
    expect(page.querySelector('svg.radar polygon.average')).to.exist;
    expect(page.querySelectorAll('.dimension-table tbody tr')).to.have.length(4);
    expect(page.querySelectorAll('table.indicators tbody tr[data-indicator]')).to.have.length(9);
    expect(page.querySelectorAll('table.indicators tbody tr.group')).to.have.length(4);
    expect(page.querySelector('tr[data-indicator="fcr"]')!.textContent).to.contain('%');
    for (const rule of [...report.vetoes, ...report.rules].slice(0, 6)) expect(text).to.contain(rule.name);
    expect(page.querySelector('.next-grade')!.textContent!.trim().length).to.be.greaterThan(30);
    expect(page.querySelectorAll('.signatures span')).to.have.length(3);
  });

  it('speaks Chinese', async () => {
    const services = createServices('zh-CN');
    const { reports } = reportsFor(callCentre(), 'zh-CN', 1);
    const book = await mountBook(services, (b) => { b.reports = reports; });
    const page = pagesOf(book)[0]!;
    const text = page.textContent!;
    expect(page.querySelector('h1')!.textContent).to.match(/^考核报告：/);
    for (const word of ['呼叫中心坐席月度绩效考核', '服务质量', '总分', '等级', '考核指标', '晋升下一等级', '被考核人签字', '秒']) expect(text).to.contain(word);
    expect(page.getAttribute('lang')).to.equal('zh-CN');
  });

  for (const [locale, indicators] of [['en', 9], ['en', 16], ['en', 25], ['zh-CN', 25]] as const) {
    it(`prints one A4 page per person: 3 persons, ${indicators} indicators, ${locale}`, async () => {
      const services = createServices(locale);
      const { reports } = reportsFor(widenedCallCentre(indicators), locale, 3);
      expect(reports[0]!.indicators).to.have.length(indicators);
      const book = await mountBook(services, (b) => { b.reports = reports; });
      await emulateMedia({ media: 'print' });
      const pages = pagesOf(book);
      expect(pages).to.have.length(3);
      const heights = pages.map((p) => p.getBoundingClientRect().height);
      console.log(`${locale}, ${indicators} indicators: page heights ${heights.map((h) => (h / mm(1)).toFixed(1)).join(', ')} mm of ${CONTENT_HEIGHT_MM}`);
      for (const [i, page] of pages.entries()) {
        const box = page.getBoundingClientRect();
        expect(box.width).to.be.closeTo(mm(CONTENT_WIDTH_MM), 1);
        expect(box.height, `page ${i + 1}`).to.be.at.most(mm(CONTENT_HEIGHT_MM));
        // Nothing pokes out sideways either (a long name or a wide number column).
        expect(page.scrollWidth).to.be.at.most(Math.ceil(box.width) + 1);
        expect(getComputedStyle(page).breakAfter).to.equal(i < pages.length - 1 ? 'page' : 'auto');
        expect(getComputedStyle(page).boxShadow).to.equal('none');
      }
    });
  }

  it('prints the team summary on one A4 page, in Chinese too', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const config = widenedCallCentre(25);
      config.grades.forced = { shares: [{ grade: 'A', share: 20 }, { grade: 'B', share: 30 }, { grade: 'C', share: 40 }, { grade: 'D', share: 10 }] };
      const summary = teamSummary(config, evaluate(config, records), locale, { period: '2026-10' });
      const book = await mountBook(createServices(locale), (b) => { b.team = summary; });
      await emulateMedia({ media: 'print' });
      const page = pagesOf(book)[0]!;
      expect(page.querySelectorAll('table.grades tbody tr')).to.have.length(4);
      expect(page.querySelectorAll('table.grades .target')).to.have.length(4);
      expect(page.querySelectorAll('.indicator-list')).to.have.length(3);
      expect(page.textContent).to.contain(locale === 'en' ? 'Team summary' : '团队汇总');
      expect(page.getBoundingClientRect().height).to.be.at.most(mm(CONTENT_HEIGHT_MM));
      await emulateMedia({ media: 'screen' });
      book.parentElement!.remove();
    }
  });

  it('prints from a host under <body> with the workbench hidden and A4 pages of 15 mm margins', async () => {
    const services = createServices('en');
    const shell = document.createElement('div');
    shell.className = 'workbench-stand-in';
    shell.textContent = 'chrome';
    document.body.append(shell);
    const { reports } = reportsFor(callCentre(), 'en', 3);
    const host = await preparePrintHost(services, { reports, team: undefined });
    expect(host.parentElement).to.equal(document.body);
    // On screen the host stays out of sight.
    expect(getComputedStyle(host).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(shell).display).to.equal('none');
    expect(getComputedStyle(host).display).to.equal('block');
    const book = host.querySelector('sc-report-book')!;
    expect(book.shadowRoot!.querySelectorAll('.page')).to.have.length(3);
    const pageRules = [...document.styleSheets].flatMap((s) => [...s.cssRules]).flatMap((r) => (r instanceof CSSMediaRule ? [...r.cssRules] : [r])).filter((r): r is CSSPageRule => r instanceof CSSPageRule);
    expect(pageRules).to.have.length(1);
    expect(pageRules[0]!.style.getPropertyValue('size').toLowerCase()).to.equal('a4');
    expect(pageRules[0]!.style.getPropertyValue('margin')).to.equal('15mm');
    // The pages are white whatever the app's theme.
    expect(getComputedStyle(book.shadowRoot!.querySelector('.page')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    clearPrintHost();
    expect(host.children).to.have.length(0);
  });
});
