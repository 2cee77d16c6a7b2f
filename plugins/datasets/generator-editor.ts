import { css, html, nothing } from 'lit';
import { generateRecords } from '../../src/core/data/generate-records.ts';
import { isListValue, itemFieldOf } from '../../src/core/data/list-text.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';
import { buttonStyles, WorkbenchElement } from '../../src/workbench/api.ts';
import { editorPageStyles, typeOptions } from './editor-page-styles.ts';
import type { DatasetRepository } from './dataset-repository.ts';
import { type TypeChoice, typeChoiceOf, withTypeChoice } from './field-type-choices.ts';
import {
  type GeneratorField, KINDS_BY_TYPE, type ParamSlot, type ProfileKind, itemTypeOf, paramSlots, sampleFields, slotText, startingProfile,
  startingProfileFor, withSlot,
} from './generator-profiles.ts';
import { listDisplay } from './grid/list-display.ts';

const PREVIEW_ROWS = 8;
const MAX_RECORDS = 1_000_000;

/**
 * The sample-data generator: for the fields a scorecard or policy reads (or fields typed in), a
 * distribution per field, a record count and a seed (same seed, same records), with deliberate
 * edge cases (missing and boundary values); a live preview, then a new dataset. A list field has a
 * length range and a distribution for its items (by default a month of check-in times).
 *
 * @fires dataset-open - detail { datasetId } after the dataset has been created.
 */
export class DatasetGeneratorEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    repository: { attribute: false },
    fields: { state: true },
    count: { state: true },
    seed: { state: true },
    edgeCases: { state: true },
    idField: { state: true },
    name: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  declare repository: DatasetRepository | undefined;
  declare fields: GeneratorField[];
  declare count: number;
  declare seed: number;
  declare edgeCases: boolean;
  /** A field given unique ids instead of drawn values ('' for none). */
  declare idField: string;
  declare name: string;
  declare busy: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.repository = undefined;
    this.fields = sampleFields();
    this.count = 1000;
    this.seed = 1;
    this.edgeCases = true;
    this.idField = 'agentId';
    this.name = '';
    this.busy = false;
    this.error = undefined;
  }

  /** Starts from these fields (e.g. those a scorecard reads), each with its type's default distribution. */
  useFields(fields: readonly FieldDef[]): void {
    this.fields = fields.map((given) => {
      // A list declared without an item type holds text.
      const field: FieldDef = given.type === 'list' ? { ...given, items: itemTypeOf(given) } : { ...given };
      return { field, profile: startingProfileFor(field) };
    });
    this.idField = fields.find((f) => f.type === 'string' && /id$/i.test(f.key))?.key ?? '';
  }

  static override styles = [buttonStyles, editorPageStyles, css`
    input.param { width: 7em; }
    input.param.wide { width: 16em; }
    input.invalid { outline: 1px solid var(--vscode-inputValidation-errorBorder, red); }
  `];

  private preview(): { records: Record<string, unknown>[]; error?: string } {
    try {
      const fields = this.fields.map((f) => f.field);
      const profiles = Object.fromEntries(this.fields.filter((f) => f.field.key !== this.idField).map((f) => [f.field.key, f.profile]));
      const records = generateRecords(fields, Math.min(PREVIEW_ROWS, Math.max(1, this.count)), {
        seed: this.seed, profiles, edgeCases: false, ...(this.idField ? { idField: this.idField } : {}),
      });
      return { records };
    } catch (error) {
      return { records: [], error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Generates the records and stores them as a new dataset. */
  async generate(): Promise<string | undefined> {
    if (!this.repository || this.busy) return undefined;
    const problem = this.validate();
    if (problem) {
      this.error = problem;
      return undefined;
    }
    this.busy = true;
    this.error = undefined;
    try {
      // Let the busy state paint before the synchronous generation.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const fields = this.fields.map((f) => f.field);
      const profiles = Object.fromEntries(this.fields.filter((f) => f.field.key !== this.idField).map((f) => [f.field.key, f.profile]));
      const records = generateRecords(fields, this.count, { seed: this.seed, profiles, edgeCases: this.edgeCases, ...(this.idField ? { idField: this.idField } : {}) });
      const name = this.name.trim() || this.t('datasets.generate.defaultName', { count: this.count.toLocaleString() });
      const datasetId = await this.repository.createFromRecords(name, fields, records);
      this.dispatchEvent(new CustomEvent('dataset-open', { detail: { datasetId }, bubbles: true, composed: true }));
      return datasetId;
    } catch (error) {
      this.error = this.t('datasets.generate.failed', { error: error instanceof Error ? error.message : String(error) });
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private validate(): string | undefined {
    if (this.fields.length === 0) return this.t('datasets.generate.noFields');
    const keys = this.fields.map((f) => f.field.key.trim());
    if (keys.some((k) => k === '')) return this.t('datasets.generate.emptyKey');
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) return this.t('datasets.generate.duplicateKey', { key: dup });
    if (!Number.isInteger(this.count) || this.count < 1 || this.count > MAX_RECORDS) return this.t('datasets.generate.badCount', { max: MAX_RECORDS.toLocaleString() });
    return this.preview().error;
  }

  private updateField(index: number, change: Partial<GeneratorField>): void {
    this.fields = this.fields.map((f, i) => (i === index ? { ...f, ...change } : f));
  }

  private setType(index: number, choice: TypeChoice): void {
    const field = withTypeChoice(this.fields[index]!.field, choice);
    this.updateField(index, { field, profile: startingProfileFor(field) });
  }

  /** A preview cell: lists show their first items, all of them in the tooltip. */
  private renderPreviewCell(value: unknown) {
    if (value === null || value === undefined) return html`<td class="missing">${this.t('datasets.missing')}</td>`;
    if (!isListValue(value)) return html`<td>${String(value)}</td>`;
    if (value.length === 0) return html`<td class="missing">${this.t('datasets.grid.value.noItems')}</td>`;
    const shown = listDisplay(value);
    return html`<td title=${shown.title}>${shown.text}</td>`;
  }

  override render() {
    const preview = this.preview();
    const columns = this.fields.map((f) => f.field.key);
    return html`
      <h2>${this.t('datasets.generate.title')}</h2>
      <p class="hint">${this.t('datasets.generate.hint')}</p>
      <table class="fields">
        <thead><tr><th>${this.t('datasets.generate.field')}</th><th>${this.t('datasets.import.type')}</th><th>${this.t('datasets.generate.distribution')}</th><th>${this.t('datasets.generate.parameters')}</th><th></th></tr></thead>
        <tbody>${this.fields.map((f, i) => this.renderField(f, i))}</tbody>
      </table>
      <div class="row"><button class="button secondary" @click=${() => { this.fields = [...this.fields, { field: { key: `field${this.fields.length + 1}`, type: 'number' }, profile: startingProfile('normal', { key: '', type: 'number' }) }]; }}>${this.t('datasets.generate.addField')}</button></div>
      <h3>${this.t('datasets.generate.options')}</h3>
      <div class="row">
        <label>${this.t('datasets.generate.count')}<input type="number" min="1" max=${MAX_RECORDS} .value=${String(this.count)} @change=${(e: Event) => { this.count = Math.trunc(Number((e.target as HTMLInputElement).value)); }}></label>
        <label>${this.t('datasets.generate.seed')}<input type="number" .value=${String(this.seed)} @change=${(e: Event) => { this.seed = Math.trunc(Number((e.target as HTMLInputElement).value)) || 0; }}></label>
        <label>${this.t('datasets.generate.idField')}<select @change=${(e: Event) => { this.idField = (e.target as HTMLSelectElement).value; }}>
          <option value="" ?selected=${this.idField === ''}>${this.t('datasets.generate.noIdField')}</option>
          ${this.fields.filter((f) => f.field.type === 'string' || f.field.type === 'integer').map((f) => html`<option value=${f.field.key} ?selected=${this.idField === f.field.key}>${f.field.key}</option>`)}
        </select></label>
        <label><input type="checkbox" .checked=${this.edgeCases} @change=${(e: Event) => { this.edgeCases = (e.target as HTMLInputElement).checked; }}>${this.t('datasets.generate.edgeCases')}</label>
      </div>
      <div class="row"><label>${this.t('datasets.import.name')}<input type="text" .value=${this.name} placeholder=${this.t('datasets.generate.defaultName', { count: this.count.toLocaleString() })} @input=${(e: Event) => { this.name = (e.target as HTMLInputElement).value; }}></label></div>
      <h3>${this.t('datasets.generate.preview')}</h3>
      ${preview.error ? html`<p class="error" role="alert">${preview.error}</p>` : html`<table class="preview">
        <thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
        <tbody>${preview.records.map((r) => html`<tr>${columns.map((c) => this.renderPreviewCell(r[c]))}</tr>`)}</tbody>
      </table>`}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="row"><button class="button" ?disabled=${this.busy} @click=${() => void this.generate()}>${this.busy ? this.t('datasets.generate.running') : this.t('datasets.generate.start')}</button></div>
    `;
  }

  private renderField(f: GeneratorField, i: number) {
    const isId = f.field.key === this.idField;
    return html`<tr>
      <td><input type="text" aria-label=${this.t('datasets.generate.field')} .value=${f.field.key} @change=${(e: Event) => {
        const key = (e.target as HTMLInputElement).value.trim();
        if (isId) this.idField = key;
        this.updateField(i, { field: { ...f.field, key } });
      }}></td>
      <td><select aria-label=${this.t('datasets.import.typeOf', { column: f.field.key })} @change=${(e: Event) => this.setType(i, (e.target as HTMLSelectElement).value as TypeChoice)}>
        ${typeOptions(typeChoiceOf(f.field), (key) => this.t(key))}
      </select></td>
      <td>${isId ? html`<span class="hint">${this.t('datasets.generate.uniqueIds')}</span>` : this.renderDistribution(f, i)}</td>
      <td>${isId ? nothing : paramSlots(f.profile).map((slot) => this.renderParam(f, i, slot))}</td>
      <td><button class="button secondary" aria-label=${this.t('datasets.generate.removeField', { field: f.field.key })} @click=${() => { this.fields = this.fields.filter((_, j) => j !== i); if (isId) this.idField = ''; }}>✕</button></td>
    </tr>`;
  }

  /** The distribution select: of the field, or of a list's items (the list itself has one kind). */
  private renderDistribution(f: GeneratorField, i: number) {
    const profile = f.profile;
    if (profile.kind === 'list') {
      const itemField = itemFieldOf(f.field);
      return html`<select aria-label=${this.t('datasets.generate.itemDistributionOf', { field: f.field.key })} @change=${(e: Event) => {
        const item = startingProfile((e.target as HTMLSelectElement).value as ProfileKind, itemField);
        if (item.kind !== 'list') this.updateField(i, { profile: { ...profile, item } });
      }}>
        ${KINDS_BY_TYPE[itemField.type].map((kind) => html`<option value=${kind} ?selected=${profile.item?.kind === kind}>${this.t('datasets.generate.itemsOf', { distribution: this.t(`datasets.profile.${kind}`) })}</option>`)}
      </select>`;
    }
    return html`<select aria-label=${this.t('datasets.generate.distributionOf', { field: f.field.key })} @change=${(e: Event) => this.updateField(i, { profile: startingProfile((e.target as HTMLSelectElement).value as ProfileKind, f.field) })}>
      ${KINDS_BY_TYPE[f.field.type].map((kind) => html`<option value=${kind} ?selected=${profile.kind === kind}>${this.t(`datasets.profile.${kind}`)}</option>`)}
    </select>`;
  }

  private renderParam(f: GeneratorField, i: number, slot: ParamSlot) {
    return html`<label>${this.t(`datasets.param.${slot.param}`)}<input class="param ${slot.param === 'weights' ? 'wide' : ''}" type="text" .value=${slotText(f.profile, slot)} @change=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      const next = withSlot(f.profile, slot, input.value);
      input.classList.toggle('invalid', next === undefined);
      input.title = next === undefined ? this.t('datasets.generate.badParameter') : '';
      if (!next) return;
      // Category weights name the values: a new one becomes an allowed value of the field (or of its items).
      const weights = next.kind === 'category' ? next.weights : next.kind === 'list' && next.item?.kind === 'category' ? next.item.weights : undefined;
      const declares = f.field.type === 'category' || (f.field.type === 'list' && f.field.items === 'category');
      const values = weights && declares ? Object.keys(weights) : undefined;
      this.updateField(i, values ? { profile: next, field: { ...f.field, values } } : { profile: next });
    }}></label>`;
  }
}

customElements.define('sc-dataset-generator-editor', DatasetGeneratorEditorElement);
