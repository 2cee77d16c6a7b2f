import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ForcedDistribution, GradeBand } from '../../../src/core/scorecard/types.ts';
import { buttonStyles } from '../../../src/workbench/api.ts';
import { disableForced, enableForced, removeShare, setShare, shareTotal, shareUnit, tidy } from './outcome-edits.ts';
import { OutcomesSectionElement } from './outcomes-section.ts';
import { outcomesStyles } from './outcomes-styles.ts';

/**
 * The optional forced distribution: a switch (on: conventional shares such as 20/70/10 in
 * percent), one share per grade, each grade's resulting share of the ranked records, and the total
 * with a warning unless it is 1 (fractions) or 100 (percent), as validation requires.
 * Fires `outcome-edit` (caught by <sc-scorecard-outcomes>).
 */
export class ForcedDistributionEditorElement extends OutcomesSectionElement {
  static override styles = [buttonStyles, outcomesStyles];

  private toggle(e: Event): void {
    if (!this.config) return;
    const on = (e.target as HTMLInputElement).checked;
    this.apply(on ? enableForced(this.config) : disableForced(this.config), on ? 'scorecard.outcomes.edit.forcedOn' : 'scorecard.outcomes.edit.forcedOff');
  }

  private setShare(e: Event, grade: string): void {
    const share = this.readNumber(e, { min: 0 });
    if (share === null || share === undefined || !this.config) return;
    this.apply(setShare(this.config, grade, share), 'scorecard.outcomes.edit.share');
  }

  private dropShare(index: number): void {
    if (this.config) this.apply(removeShare(this.config, index), 'scorecard.outcomes.edit.removeShare', 'input.share');
  }

  override render(): TemplateResult {
    const config = this.config;
    if (!config) return html``;
    const forced = config.grades.forced;
    // The total below says what forced-sum says, next to the numbers.
    return html`
      <label class="toggle"><input type="checkbox" class="forced-toggle" .checked=${live(forced !== undefined)} @change=${(e: Event) => this.toggle(e)}>
        ${this.t('scorecard.outcomes.forced.enable')}</label>
      <p class="hint">${this.t('scorecard.outcomes.forced.hint')}</p>
      ${forced ? this.renderShares(config.grades.bands, forced) : nothing}
      ${this.renderProblems(this.problemsUnder('/grades/forced').filter((p) => p.code !== 'forced-sum'))}`;
  }

  private renderShares(bands: readonly GradeBand[], forced: ForcedDistribution): TemplateResult {
    const byGrade = new Map<string, number>();
    for (const s of forced.shares) if (!byGrade.has(s.grade)) byGrade.set(s.grade, s.share);
    const ids = new Set(bands.map((b) => b.id));
    const total = shareTotal(forced.shares);
    const unit = shareUnit(total);
    const percentOf = (share: number) => (total > 0 ? `${((100 * share) / total).toFixed(1)} %` : '–');
    return html`<table class="shares" aria-label=${this.t('scorecard.outcomes.forced.table')}>
        <thead><tr>
          <th scope="col">${this.t('scorecard.outcomes.forced.grade')}</th>
          <th scope="col">${this.t('scorecard.outcomes.forced.share')}</th>
          <th scope="col" class="number">${this.t('scorecard.outcomes.forced.ofRecords')}</th>
        </tr></thead>
        <tbody>
          ${bands.map((band) => {
            const share = byGrade.get(band.id) ?? 0;
            return html`<tr data-grade=${band.id}>
              <th scope="row">${band.id} · ${this.text(band.label)}</th>
              <td><input class="share number" type="number" min="0" step="any" aria-label=${this.t('scorecard.outcomes.forced.shareOf', { id: band.id })}
                .value=${live(String(share))} @change=${(e: Event) => this.setShare(e, band.id)}></td>
              <td class="number percent">${percentOf(share)}</td>
            </tr>`;
          })}
          ${forced.shares.map((s, i) => (ids.has(s.grade) ? nothing : html`<tr class="unknown">
            <th scope="row" class="error-text">${this.t('scorecard.outcomes.forced.unknown', { id: s.grade })}</th>
            <td class="number">${tidy(s.share)}</td>
            <td class="actions"><button class="icon drop" aria-label=${this.t('scorecard.outcomes.forced.drop', { id: s.grade })} title=${this.t('scorecard.outcomes.forced.drop', { id: s.grade })}
              @click=${() => this.dropShare(i)}><sc-codicon name="trash"></sc-codicon></button></td>
          </tr>`))}
        </tbody>
        <tfoot><tr>
          <th scope="row">${this.t('scorecard.outcomes.forced.total')}</th>
          <td class="number total">${tidy(total)}</td>
          <td class=${unit ? 'unit ok' : 'unit warning'}>${unit === 'percent' ? this.t('scorecard.outcomes.forced.percent') : unit === 'fraction' ? this.t('scorecard.outcomes.forced.fraction') : nothing}</td>
        </tr></tfoot>
      </table>
      ${unit ? nothing : html`<p class="warning sum-warning" role="status"><sc-codicon name="warning"></sc-codicon> ${this.t('scorecard.outcomes.forced.sumWarning', { total: tidy(total) })}</p>`}`;
  }
}

customElements.define('sc-forced-distribution-editor', ForcedDistributionEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-forced-distribution-editor': ForcedDistributionEditorElement;
  }
}
