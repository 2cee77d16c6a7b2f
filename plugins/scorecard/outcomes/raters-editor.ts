import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { resolveLocalized } from '../../../src/core/localized-text.ts';
import type { RaterClass } from '../../../src/core/scorecard/types.ts';
import { buttonStyles } from '../../../src/workbench/api.ts';
import { setLocalizedText } from './outcome-edits.ts';
import { OutcomesSectionElement } from './outcomes-section.ts';
import { outcomesStyles } from './outcomes-styles.ts';
import { addRater, disableRaters, enableRaters, raterShares, removeRater, updateRater, type RaterPatch } from './rater-edits.ts';

/**
 * 360-degree appraisal: a switch (on: manager, peers, customers and self, weighted 40/30/20/10),
 * and per rater class its id, name in the display language, the record property holding its
 * ratings, its weight and the share of the total that weight gives. Fires `outcome-edit`.
 */
export class RatersEditorElement extends OutcomesSectionElement {
  static override styles = [buttonStyles, outcomesStyles];

  private toggle(e: Event): void {
    if (!this.config) return;
    const on = (e.target as HTMLInputElement).checked;
    this.apply(on ? enableRaters(this.config) : disableRaters(this.config), on ? 'scorecard.outcomes.edit.ratersOn' : 'scorecard.outcomes.edit.ratersOff');
  }

  private change(index: number, patch: RaterPatch, labelKey: string): void {
    if (this.config) this.apply(updateRater(this.config, index, patch), labelKey);
  }

  private setText(e: Event, index: number, key: 'id' | 'source'): void {
    const value = (e.target as HTMLInputElement).value.trim();
    this.markInvalid(e, value === '');
    if (value !== '') this.change(index, { [key]: value }, key === 'id' ? 'scorecard.outcomes.edit.raterId' : 'scorecard.outcomes.edit.raterSource');
  }

  private setName(e: Event, rater: RaterClass, index: number): void {
    const name = setLocalizedText(rater.name, this.locale, (e.target as HTMLInputElement).value);
    this.markInvalid(e, name === undefined);
    if (name !== undefined) this.change(index, { name }, 'scorecard.outcomes.edit.raterName');
  }

  private setWeight(e: Event, index: number): void {
    const weight = this.readNumber(e);
    if (typeof weight === 'number') this.change(index, { weight }, 'scorecard.outcomes.edit.raterWeight');
  }

  private add(): void {
    if (!this.config) return;
    const { config, index } = addRater(this.config);
    this.apply(config, 'scorecard.outcomes.edit.addRater', `tr[data-rater="${index}"] input.name`);
  }

  private delete(index: number): void {
    if (!this.config) return;
    const next = Math.min(index, (this.config.raters?.classes.length ?? 1) - 2);
    this.apply(removeRater(this.config, index), 'scorecard.outcomes.edit.removeRater', `tr[data-rater="${next}"] button.delete`, 'button.add');
  }

  override render(): TemplateResult {
    const config = this.config;
    if (!config) return html``;
    const raters = config.raters;
    return html`
      <label class="toggle"><input type="checkbox" class="raters-toggle" .checked=${live(raters !== undefined)} @change=${(e: Event) => this.toggle(e)}>
        ${this.t('scorecard.outcomes.raters.enable')}</label>
      <p class="hint">${this.t('scorecard.outcomes.raters.hint')}</p>
      ${raters ? this.renderClasses(raters.classes) : nothing}
      ${this.renderProblems(this.problemsUnder('/raters').filter((p) => !/^\/raters\/classes\/\d+(\/|$)/.test(p.pointer)))}`;
  }

  private renderClasses(classes: readonly RaterClass[]): TemplateResult {
    const shares = raterShares(classes);
    return html`<table class="raters" aria-label=${this.t('scorecard.outcomes.raters.table')}>
        <thead><tr>
          <th scope="col">${this.t('scorecard.outcomes.raters.id')}</th>
          <th scope="col">${this.t('scorecard.outcomes.raters.name')}</th>
          <th scope="col">${this.t('scorecard.outcomes.raters.source')}</th>
          <th scope="col">${this.t('scorecard.outcomes.raters.weight')}</th>
          <th scope="col" class="number">${this.t('scorecard.outcomes.raters.share')}</th>
          <th scope="col"><span class="visually-hidden">${this.t('scorecard.outcomes.actions')}</span></th>
        </tr></thead>
        <tbody>${classes.map((rater, i) => this.renderClass(rater, i, shares[i] ?? 0, classes.length))}</tbody>
      </table>
      <div class="toolbar">
        <button class="button secondary add" @click=${() => this.add()}><sc-codicon name="add"></sc-codicon>${this.t('scorecard.outcomes.raters.add')}</button>
      </div>`;
  }

  private renderClass(rater: RaterClass, i: number, share: number, count: number): TemplateResult {
    const id = rater.id;
    const problems = this.problemsUnder(`/raters/classes/${i}`);
    const describedBy = problems.length ? `rater-problems-${i}` : nothing;
    const invalid = (field: string) => (problems.some((p) => p.pointer === `/raters/classes/${i}/${field}`) ? 'true' : 'false');
    return html`<tr data-rater=${i}>
        <td><input class="id" aria-label=${this.t('scorecard.outcomes.raters.idOf', { id })} aria-describedby=${describedBy} aria-invalid=${invalid('id')}
          .value=${live(id)} @change=${(e: Event) => this.setText(e, i, 'id')}></td>
        <td><input class="name" aria-label=${this.t('scorecard.outcomes.raters.nameOf', { id })} aria-describedby=${describedBy}
          .value=${live(resolveLocalized(rater.name, this.locale))} @change=${(e: Event) => this.setName(e, rater, i)}></td>
        <td><input class="source" aria-label=${this.t('scorecard.outcomes.raters.sourceOf', { id })} aria-describedby=${describedBy} aria-invalid=${invalid('source')}
          .value=${live(rater.source)} @change=${(e: Event) => this.setText(e, i, 'source')}></td>
        <td><input class="weight number" type="number" min="0" step="any" aria-label=${this.t('scorecard.outcomes.raters.weightOf', { id })} aria-describedby=${describedBy}
          aria-invalid=${invalid('weight')} .value=${live(String(rater.weight))} @change=${(e: Event) => this.setWeight(e, i)}></td>
        <td class="number share">${share.toFixed(1)} %</td>
        <td class="actions"><button class="icon delete" ?disabled=${count <= 1} aria-label=${this.t('scorecard.outcomes.raters.delete', { id })}
          title=${this.t('scorecard.outcomes.raters.delete', { id })} @click=${() => this.delete(i)}><sc-codicon name="trash"></sc-codicon></button></td>
      </tr>
      ${problems.length ? html`<tr class="problem-row"><td colspan="6">${this.renderProblems(problems, `rater-problems-${i}`)}</td></tr>` : nothing}`;
  }
}

customElements.define('sc-raters-editor', RatersEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-raters-editor': RatersEditorElement;
  }
}
