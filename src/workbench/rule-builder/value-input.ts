import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldInfo } from '../../core/policy/builder/types.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import { builderStyles } from './builder-styles.ts';
import { isScalar, type LiteralValue, type Scalar } from './field-types.ts';

/**
 * A constant typed after the field it is compared with: a number with the field's unit, an
 * integer, a date, a time (HH:mm), true/false, one of a category's values or text; with
 * `multiple`, a list (toggles for a category's values, chips otherwise).
 *
 * @fires value-change - detail { value } when the user commits a new constant
 */
export class ValueInputElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    value: { attribute: false },
    field: { attribute: false },
    multiple: { type: Boolean },
    label: {},
    invalid: { state: true },
  };

  /** The constant shown: a scalar, or a list of scalars when `multiple`. */
  declare value: LiteralValue;
  /** The field on the other side of the comparison; undefined when unknown (the value's own type then decides). */
  declare field: FieldInfo | undefined;
  declare multiple: boolean;
  /** Accessible name of the input. */
  declare label: string;
  declare invalid: boolean;

  constructor() {
    super();
    this.value = null;
    this.field = undefined;
    this.multiple = false;
    this.label = '';
    this.invalid = false;
  }

  static override styles = [builderStyles, css`
    :host { display: inline-flex; align-items: center; gap: 4px; flex-wrap: wrap; }
    .chips { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; border: 0; margin: 0; padding: 0; }
    .chip { display: inline-flex; align-items: center; gap: 2px; padding: 0 2px 0 6px; border-radius: 10px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); border: 1px solid var(--vscode-contrastBorder, transparent); }
    .chip .icon { min-width: 16px; height: 16px; }
    .toggle { display: inline-flex; gap: 3px; align-items: center; padding: 0 6px; border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); border-radius: 10px; }
    .toggle:has(input:checked) { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
    input.chip-entry { width: 8em; }
  `];

  private commit(value: LiteralValue): void {
    this.invalid = false;
    this.dispatchEvent(new CustomEvent('value-change', { detail: { value }, bubbles: true, composed: true }));
  }

  /** The type the input is drawn for: the field's, or else the constant's own. */
  private kind(): FieldInfo['type'] {
    if (this.field) return this.field.type;
    const sample = Array.isArray(this.value) ? this.value[0] : this.value;
    if (typeof sample === 'number') return 'number';
    if (typeof sample === 'boolean') return 'boolean';
    return 'string';
  }

  override render() {
    return this.multiple ? this.renderList() : this.renderScalar(isScalar(this.value) ? this.value : null);
  }

  private renderScalar(value: Scalar): TemplateResult {
    const kind = this.kind();
    const label = this.label || this.t('workbench.builder.value');
    switch (kind) {
      case 'boolean':
        return html`<select aria-label=${label} @change=${(e: Event) => this.commit((e.target as HTMLSelectElement).value === 'true')}>
          <option value="true" ?selected=${value === true}>${this.t('workbench.builder.true')}</option>
          <option value="false" ?selected=${value !== true}>${this.t('workbench.builder.false')}</option>
        </select>`;
      case 'category': {
        const values = this.field?.values ?? [];
        const current = value === null ? '' : String(value);
        // A value not among the declared ones (typed in JSON) is kept and shown, never silently replaced.
        const options = values.includes(current) || current === '' ? values : [current, ...values];
        return html`<select aria-label=${label} @change=${(e: Event) => this.commit((e.target as HTMLSelectElement).value)}>
          ${current === '' ? html`<option value="" selected disabled>${this.t('workbench.builder.pickValue')}</option>` : nothing}
          ${options.map((v) => html`<option value=${v} ?selected=${v === current}>${v}</option>`)}
        </select>`;
      }
      case 'number':
      case 'integer':
        return html`<input type="number" aria-label=${label} step=${kind === 'integer' ? '1' : 'any'} class=${this.invalid ? 'invalid' : ''}
            .value=${live(typeof value === 'number' ? String(value) : '')} @change=${(e: Event) => this.commitNumber(e.target as HTMLInputElement, kind === 'integer')}>
          ${this.field?.unit ? html`<span class="unit">${this.text(this.field.unit)}</span>` : nothing}`;
      case 'date':
        return html`<input type="date" aria-label=${label} .value=${live(typeof value === 'string' ? value : '')}
          @change=${(e: Event) => this.commit((e.target as HTMLInputElement).value)}>`;
      case 'time':
        return html`<input type="time" aria-label=${label} step="60" .value=${live(typeof value === 'string' ? value : '')}
          @change=${(e: Event) => this.commit((e.target as HTMLInputElement).value)}>`;
      default:
        return html`<input type="text" aria-label=${label} .value=${live(value === null ? '' : String(value))}
          @change=${(e: Event) => this.commit((e.target as HTMLInputElement).value)}>`;
    }
  }

  private commitNumber(input: HTMLInputElement, integer: boolean): void {
    const n = input.valueAsNumber;
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      // Not applied: the rule keeps its last good value and the input says why.
      this.invalid = true;
      input.title = this.t(integer ? 'workbench.builder.needInteger' : 'workbench.builder.needNumber');
      return;
    }
    input.title = '';
    this.commit(n);
  }

  private renderList(): TemplateResult {
    const list = Array.isArray(this.value) ? this.value : isScalar(this.value) && this.value !== null ? [this.value] : [];
    const label = this.label || this.t('workbench.builder.values');
    const values = this.field?.type === 'category' ? this.field.values ?? [] : [];
    if (values.length > 0) {
      const extra = list.filter((v) => !values.includes(String(v)));
      return html`<fieldset class="chips" role="group" aria-label=${label}>
        ${[...values, ...extra.map(String)].map((v) => html`<label class="toggle"><input type="checkbox" .checked=${live(list.map(String).includes(v))}
          @change=${(e: Event) => this.toggle(list, v, (e.target as HTMLInputElement).checked)}>${v}</label>`)}
      </fieldset>`;
    }
    const numeric = this.kind() === 'number' || this.kind() === 'integer';
    return html`<span class="chips" role="group" aria-label=${label}>
      ${list.map((v, i) => html`<span class="chip">${String(v)}<button class="icon" aria-label=${this.t('workbench.builder.removeValue', { value: String(v) })}
        @click=${() => this.commit(list.filter((_, j) => j !== i))}><sc-codicon name="close"></sc-codicon></button></span>`)}
      <input class="chip-entry" type=${numeric ? 'number' : 'text'} aria-label=${this.t('workbench.builder.addValue')} placeholder=${this.t('workbench.builder.addValuePlaceholder')}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); this.addChip(list, e.target as HTMLInputElement, numeric); } }}
        @change=${(e: Event) => this.addChip(list, e.target as HTMLInputElement, numeric)}>
    </span>`;
  }

  private toggle(list: readonly Scalar[], value: string, on: boolean): void {
    const has = list.map(String).includes(value);
    if (on === has) return;
    this.commit(on ? [...list, value] : list.filter((v) => String(v) !== value));
  }

  private addChip(list: readonly Scalar[], input: HTMLInputElement, numeric: boolean): void {
    const text = input.value.trim();
    if (text === '') return;
    const value: Scalar = numeric ? Number(text) : text;
    if (numeric && !Number.isFinite(value)) return;
    input.value = '';
    if (!list.includes(value)) this.commit([...list, value]);
  }
}

customElements.define('sc-value-input', ValueInputElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-value-input': ValueInputElement;
  }
}
