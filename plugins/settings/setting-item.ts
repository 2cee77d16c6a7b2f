import { css, html, noChange, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { buttonStyles, WorkbenchElement, type SettingDescriptor } from '../../src/workbench/api.ts';
import { jsonEqual, parseJson } from './settings-json-model.ts';

/**
 * One setting in the form: title, description, a control chosen by its schema type, a
 * "modified" marker with a Reset button, and the inline problem of a rejected value. A valid
 * value is saved at once; an invalid one is shown with its problem and never saved.
 */
export class SettingItemElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    descriptor: { attribute: false },
    value: { attribute: false },
  };

  /** The setting shown. */
  declare descriptor: SettingDescriptor | undefined;
  /** Its current effective value (the parent passes `settings.get(key)`). */
  declare value: unknown;
  /** What the user typed while it differs from the saved value (text controls only). */
  private draft: string | undefined;
  /** Problem of the last rejected value (from settings.check or JSON parsing), already prefixed. */
  private problem: string | undefined;

  static override styles = [buttonStyles, css`
    :host { display: block; }
    .item { position: relative; padding: 8px 12px 10px 16px; border-left: 2px solid transparent; }
    .item:hover { background: var(--vscode-list-hoverBackground); }
    .item.modified { border-left-color: var(--vscode-focusBorder); }
    .title { font-weight: 600; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
    .key { font-weight: normal; font-family: var(--vscode-editor-font-family); font-size: 0.9em; color: var(--vscode-descriptionForeground); }
    .modified-label { font-weight: normal; font-size: 0.85em; color: var(--vscode-textLink-foreground); }
    .description { color: var(--vscode-descriptionForeground); margin: 4px 0 6px; }
    .control { display: flex; gap: 8px; align-items: flex-start; }
    label.checkbox { display: inline-flex; gap: 6px; align-items: center; margin-top: 4px; color: var(--vscode-descriptionForeground); cursor: pointer; }
    input, select, textarea {
      font: inherit;
      color: var(--vscode-input-foreground);
      background: var(--vscode-input-background);
      border: 1px solid var(--vscode-input-border);
      border-radius: 2px;
      padding: 3px 6px;
    }
    select { background: var(--vscode-dropdown-background); border-color: var(--vscode-dropdown-border); min-width: 200px; }
    input[type='text'], input[type='number'] { width: 320px; max-width: 100%; box-sizing: border-box; }
    input[type='checkbox'] { margin: 0; accent-color: var(--vscode-button-background); }
    textarea { width: 100%; max-width: 560px; min-height: 72px; box-sizing: border-box; font-family: var(--vscode-editor-font-family); }
    [aria-invalid='true'] { border-color: var(--vscode-inputValidation-errorBorder); }
    input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .problem {
      margin-top: 4px;
      padding: 4px 6px;
      max-width: 560px;
      border: 1px solid var(--vscode-inputValidation-errorBorder);
      background: var(--vscode-inputValidation-errorBackground);
      color: var(--vscode-foreground);
    }
  `];

  constructor() {
    super();
    this.descriptor = undefined;
    this.value = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A value changed from elsewhere (JSON mode, another window of the form) replaces a stale
    // draft, unless the user is typing in this control right now.
    if (changed.has('value') && changed.get('value') !== undefined && !this.shadowRoot?.activeElement) {
      this.draft = undefined;
      this.problem = undefined;
    }
  }

  private get displayTitle(): string {
    const d = this.descriptor!;
    return this.text(d.schema.title) || d.key;
  }

  private get modified(): boolean {
    const d = this.descriptor;
    return !!d && !jsonEqual(this.value, d.schema.default);
  }

  override render() {
    const d = this.descriptor;
    if (!d) return nothing;
    const description = this.text(d.schema.description);
    const isBoolean = d.schema.type === 'boolean';
    return html`
      <div class="item ${this.modified ? 'modified' : ''}" data-key=${d.key}>
        <div class="title">
          ${isBoolean ? html`<span id="label">${this.displayTitle}</span>` : html`<label id="label" for="control">${this.displayTitle}</label>`}
          ${this.modified ? html`<span class="modified-label">${this.t('settings.modified')}</span>` : nothing}
          <span class="key">${d.key}</span>
        </div>
        ${!isBoolean && description ? html`<div class="description" id="description">${description}</div>` : nothing}
        <div class="control">
          ${this.renderControl(d, description)}
          ${this.modified
            ? html`<button type="button" class="reset button secondary" aria-label=${this.t('settings.resetLabel', { title: this.displayTitle })} @click=${this.onReset}>
                <sc-codicon name="discard"></sc-codicon>${this.t('settings.reset')}
              </button>`
            : nothing}
        </div>
        ${this.problem ? html`<div class="problem" id="problem" role="alert">${this.problem}</div>` : nothing}
      </div>
    `;
  }

  private renderControl(d: SettingDescriptor, description: string) {
    const invalid = this.problem ? 'true' : 'false';
    const describedBy = this.problem ? 'problem' : description ? 'description' : nothing;
    const schema = d.schema;
    if (schema.type === 'boolean') {
      return html`<label class="checkbox">
        <input id="control" type="checkbox" aria-labelledby="label" aria-describedby=${this.problem ? 'problem' : nothing}
          .checked=${live(this.value === true)} @change=${this.onCheckboxChange} />
        <span>${description || this.displayTitle}</span>
      </label>`;
    }
    if (schema.enum) {
      const index = schema.enum.findIndex((v) => jsonEqual(v, this.value));
      return html`<select id="control" aria-describedby=${describedBy} @change=${this.onSelectChange}>
        ${schema.enum.map((v, i) => html`<option value=${i} .selected=${live(i === index)}>${this.enumLabel(i, v)}</option>`)}
      </select>`;
    }
    const text = this.draft === undefined ? live(this.format(this.value)) : noChange;
    if (schema.type === 'number' || schema.type === 'integer') {
      return html`<input id="control" type="number" aria-invalid=${invalid} aria-describedby=${describedBy}
        min=${schema.minimum ?? nothing} max=${schema.maximum ?? nothing} step=${schema.type === 'integer' ? '1' : 'any'}
        .value=${text} @input=${this.onTextInput} @change=${this.onTextCommit} />`;
    }
    if (schema.type === 'string') {
      return html`<input id="control" type="text" aria-invalid=${invalid} aria-describedby=${describedBy}
        spellcheck="false"
        .value=${text} @input=${this.onTextInput} @change=${this.onTextCommit} />`;
    }
    return html`<textarea id="control" aria-invalid=${invalid} aria-describedby=${describedBy} spellcheck="false"
      .value=${text} @input=${this.onTextInput} @change=${this.onTextCommit}></textarea>`;
  }

  private enumLabel(index: number, value: unknown): string {
    const label = this.descriptor?.schema.enumLabels?.[index];
    return label !== undefined ? this.text(label) : typeof value === 'string' ? value : JSON.stringify(value);
  }

  private format(value: unknown): string {
    const type = this.descriptor?.schema.type;
    if (value === undefined || value === null) return '';
    if (type === 'array' || type === 'object') return JSON.stringify(value, null, 2);
    return String(value);
  }

  /** What the text of a text control means as a setting value, or a ready-made problem. */
  private parse(text: string): { value: unknown } | { problem: string } {
    const type = this.descriptor!.schema.type;
    if (type === 'number' || type === 'integer') {
      // A non-number goes to the validator as text, so the problem comes from the same place.
      return { value: text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text };
    }
    if (type === 'array' || type === 'object') {
      const parsed = parseJson(text);
      return parsed.ok ? { value: parsed.value } : { problem: this.t('settings.problem.invalidJson', { problem: parsed.error }) };
    }
    return { value: text };
  }

  /** Saves a value if the settings service accepts it; otherwise shows why and saves nothing. */
  private async commit(value: unknown): Promise<boolean> {
    const services = this.services;
    const d = this.descriptor;
    if (!services || !d) return false;
    const problem = services.settings.check(d.key, value);
    if (problem) {
      this.problem = this.t('settings.problem.invalid', { problem });
      this.requestUpdate();
      return false;
    }
    this.problem = undefined;
    this.requestUpdate();
    try {
      await services.settings.update(d.key, value);
      return true;
    } catch (error) {
      this.problem = this.t('settings.problem.saveFailed', { problem: error instanceof Error ? error.message : String(error) });
      this.requestUpdate();
      return false;
    }
  }

  private readonly onCheckboxChange = (event: Event): void => {
    void this.commit((event.target as HTMLInputElement).checked);
  };

  private readonly onSelectChange = (event: Event): void => {
    const index = Number((event.target as HTMLSelectElement).value);
    void this.commit(this.descriptor?.schema.enum?.[index]);
  };

  private readonly onTextInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.draft = text;
    const parsed = this.parse(text);
    if ('problem' in parsed) {
      this.problem = parsed.problem;
      this.requestUpdate();
      return;
    }
    void this.commit(parsed.value);
  };

  /** Leaving a text control: once its text is accepted, show the saved value's canonical form. */
  private readonly onTextCommit = (): void => {
    if (this.draft !== undefined && !this.problem) {
      this.draft = undefined;
      this.requestUpdate();
    }
  };

  private readonly onReset = async (): Promise<void> => {
    const services = this.services;
    const d = this.descriptor;
    if (!services || !d) return;
    this.draft = undefined;
    this.problem = undefined;
    await services.settings.reset(d.key);
    this.requestUpdate();
    // The Reset button disappears with the modification; keep the focus on this setting.
    await this.updateComplete;
    this.shadowRoot?.getElementById('control')?.focus();
  };
}

if (!customElements.get('sc-setting-item')) customElements.define('sc-setting-item', SettingItemElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-setting-item': SettingItemElement;
  }
}
