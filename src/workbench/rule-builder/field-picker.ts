import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldInfo } from '../../core/policy/builder/types.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import { builderStyles } from './builder-styles.ts';
import { FIELD_ICONS, findField, UNKNOWN_FIELD_ICON } from './field-types.ts';

let nextId = 0;

/**
 * Picks the record field a value reads: a combobox listing the known fields with their type icon
 * and label, filtered as you type; a path not in the list (e.g. "agent.team") is accepted as typed.
 * Keyboard: ArrowDown/Up open and move, Enter picks (or takes the typed path), Escape closes.
 *
 * @fires field-change - detail { path } when the user picks or types another field
 */
export class FieldPickerElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    path: {},
    fields: { attribute: false },
    label: {},
    open: { state: true },
    query: { state: true },
    active: { state: true },
  };

  declare path: string;
  declare fields: FieldInfo[];
  /** Accessible name of the combobox. */
  declare label: string;
  declare open: boolean;
  /** What is typed while the list is open (undefined: nothing typed yet, the list shows all). */
  declare query: string | undefined;
  declare active: number;
  private readonly listId = `field-list-${++nextId}`;

  constructor() {
    super();
    this.path = '';
    this.fields = [];
    this.label = '';
    this.open = false;
    this.query = undefined;
    this.active = -1;
  }

  static override styles = [builderStyles, css`
    :host { display: inline-flex; position: relative; align-items: center; }
    .box { display: inline-flex; align-items: center; border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); background: var(--vscode-input-background); }
    .box:focus-within { outline: 1px solid var(--vscode-focusBorder); }
    .box > sc-codicon { margin: 0 2px 0 4px; color: var(--vscode-descriptionForeground); }
    .box input { border: none; outline: none; width: 10em; }
    .box .icon { height: 20px; }
    [role=listbox] {
      position: absolute; top: 100%; left: 0; z-index: 10; min-width: 100%; max-height: 16em; overflow: auto; margin: 2px 0 0; padding: 2px 0;
      list-style: none; background: var(--vscode-quickInput-background, var(--vscode-editor-background)); color: var(--vscode-quickInput-foreground, inherit);
      border: 1px solid var(--vscode-widget-border, var(--vscode-panel-border)); box-shadow: 0 2px 8px var(--vscode-widget-shadow, transparent);
    }
    [role=option] { display: flex; gap: 6px; align-items: center; padding: 2px 8px; white-space: nowrap; cursor: pointer; }
    [role=option][aria-selected=true] { background: var(--vscode-quickInputList-focusBackground, var(--vscode-list-activeSelectionBackground)); outline: 1px solid var(--vscode-contrastActiveBorder, transparent); }
    [role=option] .key { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
    .free { font-style: italic; }
  `];

  private filtered(): FieldInfo[] {
    const q = (this.query ?? '').trim().toLowerCase();
    if (q === '') return this.fields;
    return this.fields.filter((f) => f.key.toLowerCase().includes(q) || this.text(f.label).toLowerCase().includes(q));
  }

  private pick(path: string): void {
    this.open = false;
    this.query = undefined;
    this.active = -1;
    const typed = path.trim();
    // The label as shown (or typed) means its field.
    const trimmed = this.fields.find((f) => f.key !== typed && this.text(f.label).toLowerCase() === typed.toLowerCase())?.key ?? typed;
    if (trimmed === this.path) return;
    this.dispatchEvent(new CustomEvent('field-change', { detail: { path: trimmed }, bubbles: true, composed: true }));
  }

  private onKey(e: KeyboardEvent): void {
    const matches = this.filtered();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (e.altKey) return; // Alt+arrows move the condition; the row handles them
      e.preventDefault();
      if (!this.open) { this.open = true; this.active = Math.max(0, matches.findIndex((f) => f.key === this.path)); return; }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = matches.length === 0 ? -1 : (this.active + step + matches.length) % matches.length;
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = this.open && this.active >= 0 ? matches[this.active] : undefined;
      this.pick(chosen ? chosen.key : this.query ?? this.path);
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      e.stopPropagation();
      this.open = false;
      this.query = undefined;
    }
  }

  private onBlur(): void {
    // A typed path not in the list is kept when focus leaves.
    if (this.query !== undefined) this.pick(this.query);
    else this.open = false;
  }

  override render() {
    const field = findField(this.fields, this.path);
    const matches = this.open ? this.filtered() : [];
    const label = this.label || this.t('workbench.builder.field');
    const activeId = this.open && this.active >= 0 && this.active < matches.length ? `${this.listId}-${this.active}` : '';
    return html`<span class="box" title=${field ? `${this.text(field.label) || field.key} · ${this.t(`workbench.builder.type.${field.type}`)}` : this.path}>
        <sc-codicon name=${field ? FIELD_ICONS[field.type] : UNKNOWN_FIELD_ICON}></sc-codicon>
        <input type="text" role="combobox" aria-label=${label} aria-autocomplete="list" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.listId}
          aria-activedescendant=${activeId || nothing} placeholder=${this.t('workbench.builder.fieldPlaceholder')}
          .value=${live(this.query ?? (field ? this.text(field.label) || field.key : this.path))}
          @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.open = true; this.active = 0; }}
          @keydown=${(e: KeyboardEvent) => this.onKey(e)} @blur=${() => this.onBlur()}>
        <button class="icon" tabindex="-1" aria-label=${this.t('workbench.builder.showFields')} @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => { this.open = !this.open; this.renderRoot.querySelector('input')?.focus(); }}><sc-codicon name="chevron-down"></sc-codicon></button>
      </span>
      <ul role="listbox" id=${this.listId} aria-label=${label} ?hidden=${!this.open}>
        ${matches.map((f, i) => html`<li role="option" id=${`${this.listId}-${i}`} aria-selected=${i === this.active ? 'true' : 'false'} data-key=${f.key}
          @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.pick(f.key)}>
          <sc-codicon name=${FIELD_ICONS[f.type]}></sc-codicon><span>${this.text(f.label) || f.key}</span>
          ${f.label ? html`<span class="key">${f.key}</span>` : nothing}
          <span class="key">${this.t(`workbench.builder.type.${f.type}`)}</span>
        </li>`)}
        ${this.open && this.query && !this.fields.some((f) => f.key === this.query?.trim()) ? html`<li role="option" class="free" aria-selected="false"
          @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.pick(this.query ?? '')}>${this.t('workbench.builder.usePath', { path: this.query.trim() })}</li>` : nothing}
      </ul>`;
  }
}

customElements.define('sc-field-picker', FieldPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-field-picker': FieldPickerElement;
  }
}
