// The team's page: the totals' figures, the grade distribution (against the forced distribution's
// targets when there is one), each dimension's average, and the indicators the team does best and
// worst on and those that cost the most points. Bars are plain CSS boxes so they print crisply.
import { html, nothing, type TemplateResult } from 'lit';
import type { TeamIndicator, TeamSummary } from '../../src/core/reports/report-types.ts';
import type { ReportTexts } from './report-texts.ts';

export function renderTeamPage(summary: TeamSummary, texts: ReportTexts): TemplateResult {
  const { msg, number, percent } = texts;
  const span = summary.scale.max - summary.scale.min || 1;
  const width = (x: number | null): string => `${Math.max(0, Math.min(100, (((x ?? summary.scale.min) - summary.scale.min) / span) * 100)).toFixed(1)}%`;
  return html`<section class="page team" lang=${summary.locale}>
    <header class="page-header">
      <div>
        <div class="kicker">${summary.scorecard.name}${summary.scorecard.period ? html` · ${summary.scorecard.period}` : nothing}</div>
        <h1>${msg('reports.team.title')}</h1>
      </div>
    </header>
    <div class="figures">
      ${[['reports.team.count', number(summary.count)], ['reports.team.mean', number(summary.mean)], ['reports.team.min', number(summary.min)], ['reports.team.max', number(summary.max)], ['reports.team.failed', number(summary.failed)]]
        .map(([key, value]) => html`<div class="figure"><span class="label">${msg(key!)}</span><span class="value">${value}</span></div>`)}
    </div>
    <table class="grades">
      <caption>${msg('reports.section.grades')}</caption>
      <thead><tr><th>${msg('reports.col.grade')}</th><th class="num">${msg('reports.col.coefficient')}</th><th class="num">${msg('reports.col.count')}</th><th class="num">${msg('reports.col.share')}</th>
        ${summary.forced ? html`<th class="num">${msg('reports.col.target')}</th>` : nothing}<th class="bar-cell"></th></tr></thead>
      <tbody>${summary.grades.map((g) => html`<tr data-grade=${g.id}>
        <td><span class="swatch" style="background: ${g.color}"></span>${g.label}</td><td class="num">${g.coefficient === null ? '—' : number(g.coefficient)}</td>
        <td class="num">${number(g.count)}</td><td class="num">${percent(g.share)}</td>
        ${summary.forced ? html`<td class="num">${percent(g.target)}</td>` : nothing}
        <td class="bar-cell"><div class="bar" style="width: ${(g.share * 100).toFixed(1)}%; background: ${g.color}"></div>
          ${g.target !== undefined ? html`<div class="target" style="left: ${(g.target * 100).toFixed(1)}%"></div>` : nothing}</td></tr>`)}</tbody>
    </table>
    <table class="team-dimensions">
      <caption>${msg('reports.section.dimensionAverages')}</caption>
      <thead><tr><th>${msg('reports.col.dimension')}</th><th class="num">${msg('reports.col.weight')}</th><th class="num">${msg('reports.col.average')}</th><th class="bar-cell"></th></tr></thead>
      <tbody>${summary.dimensions.map((d) => html`<tr><td>${d.name}</td><td class="num">${percent(d.localWeight)}</td><td class="num">${number(d.average)}</td>
        <td class="bar-cell"><div class="bar neutral" style="width: ${width(d.average)}"></div></td></tr>`)}</tbody>
    </table>
    <div class="three-columns">
      ${indicatorList(msg('reports.section.top'), summary.topIndicators, (i) => number(i.averageScore))}
      ${indicatorList(msg('reports.section.bottom'), summary.bottomIndicators, (i) => number(i.averageScore))}
      ${indicatorList(msg('reports.section.mostLost'), summary.mostLost, (i) => number(i.averageLost === null ? null : -i.averageLost))}
    </div>
  </section>`;
}

function indicatorList(title: string, items: readonly TeamIndicator[], figure: (i: TeamIndicator) => string): TemplateResult {
  return html`<div class="indicator-list"><h2>${title}</h2><ol>${items.map((i) => html`<li data-indicator=${i.id}><span>${i.name}</span><span class="num">${figure(i)}</span></li>`)}</ol></div>`;
}
