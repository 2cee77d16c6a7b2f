import { css, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { WorkbenchElement } from '../base/workbench-element.ts';
import { builderStyles } from './builder-styles.ts';

let nextId = 0;

/**
 * JSON the builder cannot draw (an unknown or plugin operator without a widget), shown as an
 * editable block. The text is checked when focus leaves: invalid JSON is reported and NOT applied,
 * and the text typed stays in the block so nothing is lost.
 *
 * @fires json-change - detail { json } when valid, different JSON is committed
 */
export class RawJsonBlockElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    json: { attribute: false },
    label: {},
    draft: { state: true },
    error: { state: true },
  };

  declare json: unknown;
  /** Accessible name of the text area. */
  declare label: string;
  /** Text typed but not applied (invalid, or not yet committed). */
  declare draft: string | undefined;
  declare error: string | undefined;
  private readonly errorId = `raw-json-error-${++nextId}`;

  constructor() {
    super();
    this.json = null;
    this.label = '';
    this.draft = undefined;
    this.error = undefined;
  }

  static override styles = [builderStyles, css`
    :host { display: inline-flex; flex-direction: column; gap: 2px; min-width: 16em; max-width: 100%; }
    textarea { font-family: var(--vscode-editor-font-family, monospace); min-height: 2.6em; resize: vertical; width: 100%; }
    .head { display: inline-flex; gap: 4px; align-items: center; }
  `];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Different JSON from the host (undo, another view) replaces what was typed; the same JSON
    // re-created by a re-render does not.
    if (changed.has('json') && JSON.stringify(changed.get('json')) !== JSON.stringify(this.json)) {
      this.draft = undefined;
      this.error = undefined;
    }
  }

  private jsonText(): string {
    return JSON.stringify(this.json, null, 2) ?? 'null';
  }

  private commit(textarea: HTMLTextAreaElement): void {
    const typed = textarea.value;
    let parsed: unknown;
    try {
      parsed = JSON.parse(typed);
    } catch (error) {
      this.draft = typed;
      this.error = this.t('workbench.builder.raw.invalid', { error: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.draft = undefined;
    this.error = undefined;
    if (JSON.stringify(parsed) === JSON.stringify(this.json)) return;
    this.dispatchEvent(new CustomEvent('json-change', { detail: { json: parsed }, bubbles: true, composed: true }));
  }

  override render() {
    const value = this.draft ?? this.jsonText();
    const rows = Math.min(12, Math.max(2, value.split('\n').length));
    return html`<span class="head hint"><sc-codicon name="json"></sc-codicon>${this.t('workbench.builder.raw.title')}</span>
      <textarea spellcheck="false" rows=${rows} aria-label=${this.label || this.t('workbench.builder.raw.label')} aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.error ? this.errorId : nothing} class=${this.error ? 'invalid' : ''} .value=${live(value)}
        @input=${(e: Event) => { this.draft = (e.target as HTMLTextAreaElement).value; }}
        @blur=${(e: Event) => this.commit(e.target as HTMLTextAreaElement)}></textarea>
      ${this.error ? html`<span class="error" role="alert" id=${this.errorId}>${this.error}</span>` : nothing}`;
  }
}

customElements.define('sc-raw-json-block', RawJsonBlockElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-raw-json-block': RawJsonBlockElement;
  }
}
