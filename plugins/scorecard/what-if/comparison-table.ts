// The comparison of <sc-scorecard-what-if> as templates: the summary figures, the grade-change
// matrix (rows: grade before, columns: grade after) and the largest movers up and down.
import { html, nothing, type TemplateResult } from 'lit';
import type { EvaluationComparison, RecordMove } from '../../../src/core/scorecard/compare-evaluations.ts';
import { largestChanges, type MoversBy, share, splitMovers } from './what-if-model.ts';

/** Texts and number formats in the display language, and what a click on a mover does. */
export interface ComparisonFormat {
  /** A catalog message (keys under scorecard.whatif.). */
  msg(key: string, args?: Readonly<Record<string, string | number>>): string;
  /** A count (grouped digits). */
  count(x: number): string;
  /** A score, at most two decimals. */
  number(x: number): string;
  /** A change with its sign (+1.5, −2, 0). */
  signed(x: number): string;
  percent(x: number): string;
  /** The grade's label in the display language ('No grade' for null). */
  gradeLabel(id: string | null): string;
  gradeColor(id: string | null): string | undefined;
  pick(move: RecordMove): void;
  /** What the movers lists rank by, and how to change it. */
  moversBy: MoversBy;
  setMoversBy(by: MoversBy): void;
}

export function renderSummary(c: EvaluationComparison, f: ComparisonFormat): TemplateResult {
  const largest = largestChanges(c);
  const dash = '—';
  return html`<dl class="summary">
    <div><dt>${f.msg('scorecard.whatif.summary.records')}</dt><dd class="records">${f.count(c.records)}</dd></div>
    <div><dt>${f.msg('scorecard.whatif.summary.gradeChanged')}</dt>
      <dd class="grade-changed"><strong>${f.count(c.gradeChanged)}</strong> (${f.percent(share(c.gradeChanged, c.records))})
        <span class="muted">${f.msg('scorecard.whatif.summary.upDown', { up: f.count(c.gradeUp), down: f.count(c.gradeDown) })}</span></dd></div>
    <div><dt>${f.msg('scorecard.whatif.summary.meanTotal')}</dt>
      <dd class="mean-total">${c.meanDeltaTotal === null ? dash : f.signed(c.meanDeltaTotal)}
        ${c.medianDeltaTotal === null ? nothing : html`<span class="muted">${f.msg('scorecard.whatif.summary.median', { median: f.signed(c.medianDeltaTotal) })}</span>`}</dd></div>
    <div><dt>${f.msg('scorecard.whatif.summary.largestTotal')}</dt><dd class="largest-total">${largest.total === null ? dash : f.signed(largest.total)}</dd></div>
    <div><dt>${f.msg('scorecard.whatif.summary.totalChanged')}</dt>
      <dd class="total-changed">${f.msg('scorecard.whatif.summary.ofCompared', { count: f.count(c.totalChanged), compared: f.count(c.totalCompared) })}</dd></div>
    <div><dt>${f.msg('scorecard.whatif.summary.rankChanged')}</dt>
      <dd class="rank-changed">${f.msg('scorecard.whatif.summary.ofCompared', { count: f.count(c.rankChanged), compared: f.count(c.rankCompared) })}
        <span class="muted">${f.msg('scorecard.whatif.summary.upDown', { up: f.count(c.rankUp), down: f.count(c.rankDown) })}</span></dd></div>
    <div><dt>${f.msg('scorecard.whatif.summary.largestRank')}</dt>
      <dd class="largest-rank">${largest.rank === null ? dash : f.msg('scorecard.whatif.places', { count: f.count(Math.abs(largest.rank)) })}</dd></div>
  </dl>`;
}

/** The grade-change matrix; the diagonal (no change) is de-emphasised, changed cells stand out. */
export function renderGradeMatrix(c: EvaluationComparison, f: ComparisonFormat): TemplateResult {
  const label = (id: string | null): TemplateResult => {
    const color = f.gradeColor(id);
    return html`${color ? html`<span class="swatch" style="background: ${color}"></span>` : nothing}${f.gradeLabel(id)}`;
  };
  return html`<table class="matrix">
    <caption>${f.msg('scorecard.whatif.matrix.caption')}</caption>
    <thead><tr>
      <th scope="col" class="corner">${f.msg('scorecard.whatif.matrix.corner')}</th>
      ${c.grades.map((g) => html`<th scope="col" class="num" data-grade=${g ?? ''}>${label(g)}</th>`)}
      <th scope="col" class="num">${f.msg('scorecard.whatif.matrix.rowTotal')}</th>
    </tr></thead>
    <tbody>${c.gradeMatrix.map((row, r) => html`<tr>
      <th scope="row" data-grade=${c.grades[r] ?? ''}>${label(c.grades[r] ?? null)}</th>
      ${row.map((n, col) => {
        // Grades are best first, so a column left of the diagonal is a better grade (no grade, last, is neither).
        const graded = c.grades[r] !== null && c.grades[col] !== null;
        const kind = r === col ? 'diag' : n === 0 ? 'zero' : !graded ? 'changed' : col < r ? 'changed up' : 'changed down';
        return html`<td class="num cell ${kind}" data-from=${r} data-to=${col}
          title=${f.msg('scorecard.whatif.matrix.cell', { count: f.count(n), from: f.gradeLabel(c.grades[r] ?? null), to: f.gradeLabel(c.grades[col] ?? null) })}>${f.count(n)}</td>`;
      })}
      <td class="num row-total">${f.count(row.reduce((a, b) => a + b, 0))}</td>
    </tr>`)}</tbody>
  </table>`;
}

function moverRow(m: RecordMove, f: ComparisonFormat): TemplateResult {
  const total = (x: number | null): string => (x === null ? '—' : f.number(x));
  const rank = (x: number | null): string => (x === null ? '—' : f.count(x));
  const rankMove = m.deltaRank === null || m.deltaRank === 0 ? '' : m.deltaRank < 0 ? `▲${f.count(-m.deltaRank)}` : `▼${f.count(m.deltaRank)}`;
  const gradeSame = m.gradeBefore === m.gradeAfter;
  const key = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    f.pick(m);
  };
  return html`<tr class="mover" data-index=${m.index} tabindex="0" title=${f.msg('scorecard.whatif.movers.explain')} @click=${() => f.pick(m)} @keydown=${key}>
    <td class="subject" title=${m.name ?? m.id}>${m.name ? html`${m.id} <span class="muted">${m.name}</span>` : m.id}</td>
    <td class="num total">${total(m.totalBefore)} → ${total(m.totalAfter)}
      ${m.deltaTotal === null ? nothing : html`<span class="delta ${m.deltaTotal > 0 ? 'up' : m.deltaTotal < 0 ? 'down' : ''}">(${f.signed(m.deltaTotal)})</span>`}</td>
    <td class="num rank">${rank(m.rankBefore)} → ${rank(m.rankAfter)} ${rankMove ? html`<span class="delta ${m.deltaRank! < 0 ? 'up' : 'down'}">${rankMove}</span>` : nothing}</td>
    <td class="grade ${gradeSame ? 'same' : 'moved'}">${f.gradeLabel(m.gradeBefore)}${gradeSame ? nothing : html` → <strong>${f.gradeLabel(m.gradeAfter)}</strong>`}</td>
  </tr>`;
}

function moversTable(kind: 'up' | 'down', list: RecordMove[], f: ComparisonFormat): TemplateResult {
  return html`<section class="movers ${kind}">
    <h4>${f.msg(kind === 'up' ? 'scorecard.whatif.movers.up' : 'scorecard.whatif.movers.down')}</h4>
    ${list.length === 0 ? html`<div class="empty">${f.msg('scorecard.whatif.movers.none')}</div>` : html`<table>
      <thead><tr>
        <th scope="col">${f.msg('scorecard.whatif.col.subject')}</th>
        <th scope="col" class="num">${f.msg('scorecard.whatif.col.total')}</th>
        <th scope="col" class="num">${f.msg('scorecard.whatif.col.rank')}</th>
        <th scope="col">${f.msg('scorecard.whatif.col.grade')}</th>
      </tr></thead>
      <tbody>${list.map((m) => moverRow(m, f))}</tbody>
    </table>`}
  </section>`;
}

/** The largest movers up and down, by total or by rank (a toggle switches). */
export function renderMovers(c: EvaluationComparison, f: ComparisonFormat): TemplateResult {
  const { up, down } = splitMovers(c, f.moversBy);
  const choice = (by: MoversBy, key: string): TemplateResult => html`<button class="by ${by} ${f.moversBy === by ? 'active' : ''}" role="radio"
    aria-checked=${f.moversBy === by ? 'true' : 'false'} @click=${() => f.setMoversBy(by)}>${f.msg(key)}</button>`;
  return html`<div class="movers-by" role="radiogroup" aria-label=${f.msg('scorecard.whatif.movers.by')}>
      <span class="muted">${f.msg('scorecard.whatif.movers.by')}</span>
      ${choice('total', 'scorecard.whatif.movers.byTotal')}${choice('rank', 'scorecard.whatif.movers.byRank')}
    </div>
    <div class="movers-lists">${moversTable('up', up, f)}${moversTable('down', down, f)}</div>`;
}
