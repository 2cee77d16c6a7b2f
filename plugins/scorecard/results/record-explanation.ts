// The explanation pane of one record: its total and grade, each node's value, score, weight and the
// points it earned and lost, the policies that fired and what would reach the next grade — the
// feedback-interview view of explainRecord, rendered in the display language.
import { html, nothing, type TemplateResult } from 'lit';
import type { RecordExplanation } from '../../../src/core/scorecard/explain-record.ts';

export interface ExplanationTexts {
  t: (key: string, args?: Record<string, string | number>) => string;
  /** Formats a number for the display language (two decimals at most). */
  number: (x: number) => string;
  gradeLabel: (id: string | null) => string;
}

const dash = '—';

export function renderExplanation(ex: RecordExplanation, name: string | undefined, texts: ExplanationTexts): TemplateResult {
  const { t, number } = texts;
  const num = (x: number | null): string => (x === null ? dash : number(x));
  const pct = (x: number | null): string => (x === null ? dash : `${number(x * 100)}%`);
  return html`
    <h3>${name ? t('scorecard.results.recordNamed', { id: ex.id, name }) : t('scorecard.results.record', { id: ex.id })}</h3>
    <p class="summary">${t('scorecard.results.summary', { total: num(ex.total), grade: texts.gradeLabel(ex.grade) || dash })}</p>
    <ul class="sentences">${ex.sentences.map((s) => html`<li>${s}</li>`)}</ul>
    <table class="nodes" aria-label=${t('scorecard.results.nodesTable')}>
      <thead><tr>
        <th>${t('scorecard.results.col.node')}</th><th>${t('scorecard.results.col.value')}</th><th>${t('scorecard.results.col.score')}</th>
        <th>${t('scorecard.results.col.weight')}</th><th>${t('scorecard.results.col.earned')}</th><th>${t('scorecard.results.col.lost')}</th>
      </tr></thead>
      <tbody>${ex.nodes.map((n) => html`<tr class=${n.leaf ? 'leaf' : 'group'} data-node=${n.id}>
        <td style="padding-left: ${0.4 + n.depth}em">${n.name}</td>
        <td class="num">${num(n.value)}</td><td class="num">${num(n.score)}</td><td class="num">${pct(n.weight)}</td>
        <td class="num">${num(n.earned)}</td><td class="num lost">${num(n.lost)}</td></tr>`)}</tbody>
    </table>
    <h4>${t('scorecard.results.fired')}</h4>
    ${ex.fired.length === 0 ? html`<p class="muted">${t('scorecard.results.noneFired')}</p>` : html`<ul class="fired">${ex.fired.map((f) => html`<li data-policy=${f.policy}>
      <strong>${f.name}</strong> · ${t(`scorecard.results.effect.${f.effect}`)}${f.amount !== undefined ? html` <span class="num">${f.amount > 0 ? '+' : ''}${number(f.amount)}</span>` : nothing}
      ${f.grade ? html` → ${texts.gradeLabel(f.grade)}` : nothing}${f.flag ? html` (${f.flag})` : nothing}</li>`)}</ul>`}
    <h4>${t('scorecard.results.nextGrade')}</h4>
    ${renderNextGrade(ex, texts)}`;
}

function renderNextGrade(ex: RecordExplanation, { t, number }: ExplanationTexts): TemplateResult {
  const next = ex.nextGrade;
  if (!next) return html`<p class="muted">${t(ex.total === null ? 'scorecard.results.noNextFailed' : 'scorecard.results.noNextGrade')}</p>`;
  if (next.blockedBy) return html`<p class="next">${t('scorecard.results.blocked', { grade: next.label, policy: next.blockedBy })}</p>`;
  return html`<p class="next">${t('scorecard.results.gap', { grade: next.label, gap: number(next.gap), minimum: number(next.minimum) })}</p>
    <ul class="options">${next.options.map((o) => html`<li>${o.policy
      ? t('scorecard.results.option.policy', { name: o.name, points: number(o.points ?? 0) })
      : o.value !== undefined
        ? t('scorecard.results.option.value', { name: o.name, from: o.fromValue === null || o.fromValue === undefined ? dash : number(o.fromValue), to: number(o.value) })
        : t('scorecard.results.option.score', { name: o.name, from: number(o.fromScore ?? 0), to: number(o.score ?? 0) })}</li>`)}</ul>`;
}
