// One appraised person's page: header, the figures strip, the dimension radar and table, every
// indicator (grouped by dimension), the rules that fired, what would reach the next grade, and
// signature lines for the interview. Sized to fit one A4 page with up to about 25 indicators.
import { html, nothing, type TemplateResult } from 'lit';
import type { AppraisalReport, ReportIndicator, ReportNextGrade, ReportRule } from '../../src/core/reports/report-types.ts';
import { dimensionRadarSvg } from './dimension-radar-svg.ts';
import type { ReportTexts } from './report-texts.ts';

/** Rules listed at most; more would push the page over (the rest are counted). */
const MAX_RULES = 6;
/** Above this many indicators the page tightens its type and radar to stay on one sheet. */
const DENSE_FROM = 14;

export function renderPersonPage(report: AppraisalReport, texts: ReportTexts): TemplateResult {
  const { msg } = texts;
  const person = report.subject.name ? `${report.subject.name} (${report.subject.id})` : report.subject.id;
  return html`<section class="page person ${report.indicators.length >= DENSE_FROM ? 'dense' : ''}" data-subject=${report.subject.id} lang=${report.locale}>
    <header class="page-header">
      <div>
        <div class="kicker">${report.scorecard.name}${report.scorecard.period ? html` · ${report.scorecard.period}` : nothing}</div>
        <h1>${msg('reports.person.title', { person })}</h1>
      </div>
      ${report.grade ? html`<div class="grade-chip" style="--grade: ${report.grade.color}">${report.grade.label}</div>` : nothing}
    </header>
    ${renderFigures(report, texts)}
    ${report.failure ? html`<p class="failure">${msg('reports.person.failed', { reason: report.failure })}</p>` : nothing}
    <div class="two-columns dimensions">
      ${dimensionRadarSvg(report.dimensions, report.scale, { person: msg('reports.radar.person'), average: msg('reports.radar.average'), title: msg('reports.radar.title') })}
      <table class="dimension-table">
        <caption>${msg('reports.section.dimensions')}</caption>
        <thead><tr><th>${msg('reports.col.dimension')}</th><th class="num">${msg('reports.col.weight')}</th><th class="num">${msg('reports.col.score')}</th><th class="num">${msg('reports.col.average')}</th><th class="num">±</th></tr></thead>
        <tbody>${report.dimensions.map((d) => html`<tr>
          <td>${d.name}</td><td class="num">${texts.percent(d.localWeight)}</td><td class="num">${texts.number(d.score)}</td>
          <td class="num">${texts.number(d.average)}</td><td class="num ${deltaClass(d.score, d.average)}">${signed(texts, d.score, d.average)}</td></tr>`)}</tbody>
      </table>
    </div>
    ${renderIndicators(report, texts)}
    <div class="two-columns bottom">
      <div class="rules">
        <h2>${msg('reports.section.rules')}</h2>
        ${renderRules(report, texts)}
      </div>
      <div class="next-grade">
        <h2>${msg('reports.section.nextGrade')}</h2>
        ${renderNextGrade(report, texts)}
      </div>
    </div>
    <footer class="signatures">
      <span>${msg('reports.sign.appraisee')}</span><span>${msg('reports.sign.manager')}</span><span>${msg('reports.sign.date')}</span>
    </footer>
  </section>`;
}

function renderFigures(report: AppraisalReport, texts: ReportTexts): TemplateResult {
  const { msg, number } = texts;
  const figure = (label: string, value: string, cls = ''): TemplateResult => html`<div class="figure ${cls}"><span class="label">${label}</span><span class="value">${value}</span></div>`;
  return html`<div class="figures">
    ${figure(msg('reports.figure.total'), number(report.total), 'total')}
    ${figure(msg('reports.figure.grade'), report.grade ? report.grade.label : '—')}
    ${figure(msg('reports.figure.coefficient'), report.grade?.coefficient != null ? `× ${number(report.grade.coefficient)}` : '—')}
    ${figure(msg('reports.figure.rank'), report.rank === null ? '—' : msg('reports.rankOf', { rank: number(report.rank), count: number(report.ranked) }))}
    ${figure(msg('reports.figure.percentile'), report.percentile === null ? '—' : msg('reports.percentileValue', { percentile: number(Math.round(report.percentile)) }))}
    ${figure(msg('reports.figure.before'), number(report.totalBefore))}
    ${figure(msg('reports.figure.adjustment'), report.adjustment === 0 ? '0' : `${report.adjustment > 0 ? '+' : ''}${number(report.adjustment)}`)}
  </div>`;
}

function renderIndicators(report: AppraisalReport, texts: ReportTexts): TemplateResult {
  const { msg, number, percent } = texts;
  const groups = new Map<string, ReportIndicator[]>();
  for (const i of report.indicators) groups.set(i.dimension, [...(groups.get(i.dimension) ?? []), i]);
  const dimensions = new Map(report.dimensions.map((d) => [d.id, d]));
  const value = (i: ReportIndicator): string => (i.value === null ? '—' : i.unit ? `${number(i.value)} ${i.unit}` : number(i.value));
  // A dimension is a heading row rather than a column: the names get the width and wrap less.
  return html`<table class="indicators">
    <caption>${msg('reports.section.indicators')}</caption>
    <thead><tr>
      <th>${msg('reports.col.indicator')}</th><th class="num">${msg('reports.col.value')}</th><th class="num">${msg('reports.col.score')}</th>
      <th class="num">${msg('reports.col.weights')}</th><th class="num">${msg('reports.col.contribution')}</th><th class="num">${msg('reports.col.lost')}</th>
    </tr></thead>
    ${[...groups].map(([id, items]) => {
      const dimension = dimensions.get(id);
      const leafDimension = items.length === 1 && items[0]!.id === id;
      return html`<tbody>
        ${dimension && !leafDimension ? html`<tr class="group"><th scope="rowgroup" colspan="2">${dimension.name}</th><td class="num">${number(dimension.score)}</td><td class="num">${percent(dimension.localWeight)}</td><td colspan="2"></td></tr>` : nothing}
        ${items.map((i) => html`<tr data-indicator=${i.id}>
          <td class="name">${i.name}</td><td class="num">${value(i)}</td><td class="num">${number(i.score)}</td>
          <td class="num">${percent(i.localWeight)} / ${percent(i.absoluteWeight)}</td>
          <td class="num">${number(i.contribution)}</td>${lostCell(i.lost, texts)}</tr>`)}
      </tbody>`;
    })}
  </table>`;
}

function ruleText(rule: ReportRule, texts: ReportTexts): string {
  const { msg, number } = texts;
  switch (rule.effect) {
    case 'points': return msg(rule.amount! < 0 ? 'reports.rule.deducted' : 'reports.rule.added', { points: number(Math.abs(rule.amount ?? 0)) });
    case 'money': return msg('reports.rule.money', { amount: `${rule.amount! > 0 ? '+' : ''}${number(rule.amount)}`, currency: rule.currency ?? '' });
    case 'flag': return msg('reports.rule.flag', { flag: rule.flag ?? '' });
    case 'veto': return rule.veto === 'void' ? msg('reports.rule.void') : msg('reports.rule.cap', { grade: rule.capGrade ?? '' });
    default: return '';
  }
}

function renderRules(report: AppraisalReport, texts: ReportTexts): TemplateResult {
  const all = [...report.vetoes, ...report.rules];
  if (all.length === 0) return html`<p class="muted">${texts.msg('reports.rule.none')}</p>`;
  const shown = all.slice(0, MAX_RULES);
  return html`<ul class="rule-list">${shown.map((r) => html`<li class=${r.effect} data-policy=${r.policy}><strong>${r.name}</strong>: ${ruleText(r, texts)}</li>`)}
    ${all.length > shown.length ? html`<li class="muted">${texts.msg('reports.rule.more', { count: all.length - shown.length })}</li>` : nothing}</ul>`;
}

function renderNextGrade(report: AppraisalReport, texts: ReportTexts): TemplateResult {
  const { msg, number } = texts;
  const next: ReportNextGrade | null = report.nextGrade;
  if (!next) return html`<p class="muted">${msg(report.total === null ? 'reports.next.failed' : report.grade ? 'reports.next.best' : 'reports.next.noGrades')}</p>`;
  if (next.blockedBy) return html`<p>${msg('reports.next.blocked', { grade: next.grade.label, policy: next.blockedBy })}</p>`;
  const withUnit = (x: number | null | undefined, unit: string | undefined): string => (unit ? `${number(x)} ${unit}` : number(x));
  const gap = { grade: next.grade.label, gap: number(next.gap), minimum: number(next.minimum) };
  // explainRecord offers only single changes that close the gap alone; a large gap may have none.
  if (next.options.length === 0) return html`<p>${msg('reports.next.gapOnly', gap)}</p>`;
  return html`<p>${msg('reports.next.gap', gap)}</p>
    <ul class="options">${next.options.map((o) => html`<li>${o.avoidPoints !== undefined
      ? msg('reports.next.avoid', { name: o.name, points: number(o.avoidPoints) })
      : o.toValue !== undefined
        ? msg(o.fromValue !== null && o.fromValue !== undefined && o.toValue < o.fromValue ? 'reports.next.lower' : 'reports.next.value', { name: o.name, from: withUnit(o.fromValue, o.unit), to: withUnit(o.toValue, o.unit) })
        : msg('reports.next.score', { name: o.name, from: number(o.fromScore), to: number(o.toScore) })}</li>`)}</ul>`;
}

/** Points lost in red; a score above the maximum (a stretch target) lost nothing and gained some, in green. */
function lostCell(lost: number | null, texts: ReportTexts): TemplateResult {
  if (lost === null || Math.abs(lost) < 1e-9) return html`<td class="num">${texts.number(lost === null ? null : 0)}</td>`;
  return lost > 0 ? html`<td class="num lost">${texts.number(-lost)}</td>` : html`<td class="num up">+${texts.number(-lost)}</td>`;
}

function signed(texts: ReportTexts, a: number | null, b: number | null): string {
  if (a === null || b === null) return '—';
  const d = a - b;
  return `${d > 0 ? '+' : ''}${texts.number(d)}`;
}

function deltaClass(a: number | null, b: number | null): string {
  if (a === null || b === null) return '';
  return a >= b ? 'up' : 'down';
}
