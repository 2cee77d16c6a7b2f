import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { resolveLocalized } from '../../../src/core/localized-text.ts';
import type { GradeBand } from '../../../src/core/scorecard/types.ts';
import { buttonStyles } from '../../../src/workbench/api.ts';
import { addBand, hexColor, moveBand, removeBand, renameBand, scaleOf, setLocalizedText, tidy, updateBand } from './outcome-edits.ts';
import { OutcomesSectionElement } from './outcomes-section.ts';
import { outcomesStyles } from './outcomes-styles.ts';

/**
 * The grade bands, best first: per band its id, its label in the display language (the other
 * language is kept), the lowest total that earns it, its colour and its bonus coefficient, with
 * buttons to move it up or down and to remove it, and the problems validation finds inline.
 * Fires `outcome-edit` (caught by <sc-scorecard-outcomes>).
 */
export class GradeBandsEditorElement extends OutcomesSectionElement {
  static override styles = [buttonStyles, outcomesStyles];

  private row(i: number): string {
    return `tr[data-band="${i}"]`;
  }

  private setId(e: Event, index: number): void {
    const id = (e.target as HTMLInputElement).value.trim();
    this.markInvalid(e, id === '');
    if (id !== '' && this.config) this.apply(renameBand(this.config, index, id), 'scorecard.outcomes.edit.bandId');
  }

  private setLabel(e: Event, band: GradeBand, index: number): void {
    const label = setLocalizedText(band.label, this.locale, (e.target as HTMLInputElement).value);
    this.markInvalid(e, label === undefined);
    if (label !== undefined && this.config) this.apply(updateBand(this.config, index, { label }), 'scorecard.outcomes.edit.bandLabel');
  }

  private setMin(e: Event, index: number): void {
    const min = this.readNumber(e);
    if (typeof min === 'number' && this.config) this.apply(updateBand(this.config, index, { min }), 'scorecard.outcomes.edit.bandMin');
  }

  private setColor(e: Event, index: number): void {
    const color = (e.target as HTMLInputElement).value;
    if (this.config) this.apply(updateBand(this.config, index, { color }), 'scorecard.outcomes.edit.bandColor');
  }

  private setCoefficient(e: Event, index: number): void {
    const coefficient = this.readNumber(e, { optional: true, min: 0 });
    if (coefficient === undefined || !this.config) return;
    this.apply(updateBand(this.config, index, { coefficient: coefficient ?? undefined }), 'scorecard.outcomes.edit.bandCoefficient');
  }

  private add(): void {
    if (!this.config) return;
    const { config, index } = addBand(this.config);
    this.apply(config, 'scorecard.outcomes.edit.addBand', `${this.row(index)} input.label`);
  }

  private move(index: number, delta: -1 | 1): void {
    if (!this.config) return;
    const to = index + delta;
    const [same, other] = delta < 0 ? ['button.up', 'button.down'] : ['button.down', 'button.up'];
    this.apply(moveBand(this.config, index, delta), 'scorecard.outcomes.edit.moveBand', `${this.row(to)} ${same}`, `${this.row(to)} ${other}`);
  }

  private delete(index: number): void {
    if (!this.config) return;
    const next = Math.min(index, this.config.grades.bands.length - 2);
    this.apply(removeBand(this.config, index), 'scorecard.outcomes.edit.removeBand', `${this.row(next)} button.delete`, 'button.add');
  }

  override render(): TemplateResult {
    const config = this.config;
    if (!config) return html``;
    const bands = config.grades.bands;
    const scale = scaleOf(config);
    const general = this.problems.filter((p) => (p.pointer === '/grades' || p.pointer === '/grades/bands'));
    return html`
      <table class="bands" aria-label=${this.t('scorecard.outcomes.bands.table')}>
        <thead><tr>
          <th scope="col">${this.t('scorecard.outcomes.bands.id')}</th>
          <th scope="col">${this.t('scorecard.outcomes.bands.label')}</th>
          <th scope="col">${this.t('scorecard.outcomes.bands.min')}</th>
          <th scope="col">${this.t('scorecard.outcomes.bands.range')}</th>
          <th scope="col">${this.t('scorecard.outcomes.bands.color')}</th>
          <th scope="col">${this.t('scorecard.outcomes.bands.coefficient')}</th>
          <th scope="col"><span class="visually-hidden">${this.t('scorecard.outcomes.actions')}</span></th>
        </tr></thead>
        <tbody>${bands.map((band, i) => this.renderBand(band, i, bands.length, i === 0 ? scale.max : bands[i - 1]!.min))}</tbody>
      </table>
      ${this.renderProblems(general)}
      <div class="toolbar">
        <button class="button secondary add" @click=${() => this.add()}><sc-codicon name="add"></sc-codicon>${this.t('scorecard.outcomes.bands.add')}</button>
        <span class="hint">${this.t('scorecard.outcomes.bands.hint', { min: tidy(scale.min), max: tidy(scale.max) })}</span>
      </div>`;
  }

  private renderBand(band: GradeBand, i: number, count: number, upper: number): TemplateResult {
    const id = band.id;
    const problems = this.problemsUnder(`/grades/bands/${i}`);
    const describedBy = problems.length ? `band-problems-${i}` : nothing;
    const color = hexColor(band.color);
    const range = i === 0 ? this.t('scorecard.outcomes.bands.rangeTop', { min: tidy(band.min), max: tidy(upper) }) : this.t('scorecard.outcomes.bands.rangeBelow', { min: tidy(band.min), max: tidy(upper) });
    const invalid = (field: string) => (problems.some((p) => p.pointer === `/grades/bands/${i}/${field}`) ? 'true' : 'false');
    return html`<tr data-band=${i}>
        <td><input class="id" aria-label=${this.t('scorecard.outcomes.bands.idOf', { id })} aria-describedby=${describedBy} aria-invalid=${invalid('id')}
          .value=${live(id)} @change=${(e: Event) => this.setId(e, i)}></td>
        <td><input class="label" aria-label=${this.t('scorecard.outcomes.bands.labelOf', { id })} aria-describedby=${describedBy} aria-invalid=${invalid('label')}
          .value=${live(resolveLocalized(band.label, this.locale))} @change=${(e: Event) => this.setLabel(e, band, i)}></td>
        <td><input class="min number" type="number" step="any" aria-label=${this.t('scorecard.outcomes.bands.minOf', { id })} aria-describedby=${describedBy} aria-invalid=${invalid('min')}
          .value=${live(String(band.min))} @change=${(e: Event) => this.setMin(e, i)}></td>
        <td class="range number">${range}</td>
        <td><span class=${color || band.color ? 'swatch' : 'swatch none'} style=${styleMap({ background: band.color ?? '' })} aria-hidden="true"></span><input class="color" type="color"
          aria-label=${this.t('scorecard.outcomes.bands.colorOf', { id })} .value=${live(color ?? '#808080')} @change=${(e: Event) => this.setColor(e, i)}></td>
        <td><input class="coefficient number" type="number" min="0" step="any" placeholder="1" aria-label=${this.t('scorecard.outcomes.bands.coefficientOf', { id })}
          aria-describedby=${describedBy} aria-invalid=${invalid('coefficient')}
          .value=${live(band.coefficient === undefined ? '' : String(band.coefficient))} @change=${(e: Event) => this.setCoefficient(e, i)}></td>
        <td class="actions">
          <button class="icon up" ?disabled=${i === 0} aria-label=${this.t('scorecard.outcomes.bands.up', { id })} title=${this.t('scorecard.outcomes.bands.up', { id })}
            @click=${() => this.move(i, -1)}><sc-codicon name="arrow-up"></sc-codicon></button>
          <button class="icon down" ?disabled=${i === count - 1} aria-label=${this.t('scorecard.outcomes.bands.down', { id })} title=${this.t('scorecard.outcomes.bands.down', { id })}
            @click=${() => this.move(i, 1)}><sc-codicon name="arrow-down"></sc-codicon></button>
          <button class="icon delete" ?disabled=${count <= 1} aria-label=${this.t('scorecard.outcomes.bands.delete', { id })} title=${this.t('scorecard.outcomes.bands.delete', { id })}
            @click=${() => this.delete(i)}><sc-codicon name="trash"></sc-codicon></button>
        </td>
      </tr>
      ${problems.length ? html`<tr class="problem-row"><td colspan="7">${this.renderProblems(problems, `band-problems-${i}`)}</td></tr>` : nothing}`;
  }
}

customElements.define('sc-grade-bands-editor', GradeBandsEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-grade-bands-editor': GradeBandsEditorElement;
  }
}
