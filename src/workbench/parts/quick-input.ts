import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fuzzyMatch, highlightRuns } from '../../base/fuzzy.ts';
import type { DisposableStore } from '../../base/lifecycle.ts';
import { toDisposable } from '../../base/lifecycle.ts';
import '../base/codicon.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import type { QuickPickItem, QuickPickRequest } from '../services/quick-input-service.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/** More rows than anyone reads; keeps typing fast with thousands of documents. */
const MAX_RENDERED = 200;
const LIST_ID = 'quick-input-list';

interface QuickPickMatch {
  item: QuickPickItem;
  labelPositions: number[];
  descriptionPositions: number[];
}

/**
 * The prefix of `value` that picks a hand-over entry: the longest key it starts with, or '' (the
 * "no prefix" entry) when none does. Quick open and the command palette share one table
 * (`{'>': commands, '': quick open}`), so typing '>' and deleting it both hand over.
 */
function matchingPrefix(value: string, prefixes: QuickPickRequest['prefixes']): string {
  let best = '';
  for (const key of Object.keys(prefixes ?? {})) if (key.length > best.length && value.startsWith(key)) best = key;
  return best;
}

function filterItems(request: QuickPickRequest, query: string): QuickPickMatch[] {
  if (query === '') {
    // Keep the caller's order: it puts recently used entries first.
    return request.items.slice(0, MAX_RENDERED).map((item) => ({ item, labelPositions: [], descriptionPositions: [] }));
  }
  const scored: Array<QuickPickMatch & { rank: number }> = [];
  for (const item of request.items) {
    const label = fuzzyMatch(query, item.label);
    const description = request.matchOnDescription && item.description ? fuzzyMatch(query, item.description) : undefined;
    if (!label && !description) continue;
    // A label match always ranks above a description-only match.
    const rank = label ? 1_000_000 + label.score : description!.score;
    scored.push({ item, rank, labelPositions: label?.positions ?? [], descriptionPositions: description?.positions ?? [] });
  }
  scored.sort((a, b) => b.rank - a.rank); // stable: ties keep the caller's order
  return scored.slice(0, MAX_RENDERED);
}

/** 'Ctrl+Shift+P' → three keycaps; the mac form '⇧⌘P' → '⇧', '⌘', 'P'. */
function keycaps(label: string): string[] {
  if (label.includes('+') && label.length > 1) return label.split('+').filter((part) => part !== '');
  const caps: string[] = [];
  let rest = label;
  while (rest.length > 1 && '⌃⌥⇧⌘'.includes(rest[0]!)) {
    caps.push(rest[0]!);
    rest = rest.slice(1);
  }
  if (rest) caps.push(rest);
  return caps;
}

/**
 * The quick input widget (command palette, quick open and plugin pickers): renders
 * `services.quickInput.current` centred at the top of the window, filters its items fuzzily as the
 * user types and reports the choice back to the service. Place one in the workbench; it is
 * invisible while nothing is being picked.
 *
 * It fires no DOM events: the outcome goes to `services.quickInput` (accept/cancel/replace).
 */
export class QuickInputElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    request: { state: true },
    value: { state: true },
    activeIndex: { state: true },
  };

  static override styles = css`
    :host {
      position: fixed;
      top: 0;
      left: 0;
      right: 0;
      z-index: 2550;
      display: flex;
      justify-content: center;
      pointer-events: none;
      font-family: var(--vscode-font-family);
      font-size: var(--vscode-font-size);
    }
    .widget {
      pointer-events: auto;
      box-sizing: border-box;
      width: min(600px, calc(100vw - 40px));
      margin-top: 8px;
      padding: 6px 0;
      background: var(--vscode-quickInput-background);
      color: var(--vscode-quickInput-foreground);
      border: 1px solid var(--vscode-widget-border, transparent);
      border-radius: 6px;
      box-shadow: 0 0 8px 2px var(--vscode-widget-shadow);
    }
    .header {
      padding: 0 6px 6px;
    }
    input {
      box-sizing: border-box;
      width: 100%;
      height: 26px;
      padding: 2px 6px;
      font: inherit;
      color: var(--vscode-input-foreground);
      background: var(--vscode-input-background);
      border: 1px solid var(--vscode-input-border, transparent);
      border-radius: 2px;
      outline: none;
    }
    input:focus {
      border-color: var(--vscode-focusBorder);
    }
    input::placeholder {
      color: var(--vscode-input-placeholderForeground);
    }
    .list {
      max-height: 440px;
      overflow-y: auto;
      padding: 0 6px;
    }
    .row {
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 22px;
      padding: 0 8px;
      border-radius: 3px;
      cursor: pointer;
      white-space: nowrap;
    }
    .row:hover {
      background: var(--vscode-list-hoverBackground);
    }
    .row.active {
      background: var(--vscode-quickInputList-focusBackground);
      color: var(--vscode-list-activeSelectionForeground);
      outline: 1px solid var(--vscode-list-focusOutline, transparent);
      outline-offset: -1px;
    }
    .row.separator:not(:first-child) {
      margin-top: 4px;
      box-shadow: 0 -3px 0 -2px var(--vscode-widget-border, var(--vscode-panel-border));
    }
    .icon {
      flex: none;
      width: 16px;
      height: 16px;
    }
    .text {
      flex: 1 1 auto;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      line-height: 22px;
    }
    .description,
    .detail {
      color: var(--vscode-descriptionForeground);
      font-size: 0.92em;
    }
    .description {
      margin-left: 6px;
    }
    .detail {
      display: block;
      line-height: 16px;
      padding-bottom: 3px;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .highlight {
      color: var(--vscode-list-highlightForeground);
      font-weight: 600;
    }
    .keybinding {
      flex: none;
      display: flex;
      gap: 2px;
    }
    kbd {
      font: 11px var(--vscode-font-family);
      line-height: 10px;
      padding: 3px 5px;
      color: var(--vscode-keybindingLabel-foreground);
      background: var(--vscode-keybindingLabel-background);
      border: 1px solid var(--vscode-keybindingLabel-border);
      border-radius: 3px;
      box-shadow: inset 0 -1px 0 var(--vscode-widget-shadow);
    }
    .group {
      flex: none;
      color: var(--vscode-textLink-foreground);
      font-size: 0.92em;
    }
    .row.active .group,
    .row.active .highlight {
      color: inherit;
    }
    .empty {
      padding: 0 14px;
      line-height: 22px;
    }
  `;

  /** The request being shown (from `services.quickInput.current`). */
  declare private request: QuickPickRequest | undefined;
  /** What the user has typed, prefix included. */
  declare private value: string;
  /** Index into the filtered matches. */
  declare private activeIndex: number;

  /** The hand-over prefix the current request answers to ('>' for commands, '' for quick open). */
  private activePrefix = '';
  /** Set while we replace the request ourselves, so the change is not taken for a new pick. */
  private ownReplacement: QuickPickRequest | undefined;
  private handingOver = false;
  private focusPending = false;
  private scrollPending = false;
  private filtered: QuickPickMatch[] = [];
  private previousFocus: HTMLElement | undefined;

  constructor() {
    super();
    this.request = undefined;
    this.value = '';
    this.activeIndex = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.dataset['part'] = 'quickinput';
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.quickInput.onDidChange((request) => this.show(request)));
    const onPointerDown = (event: PointerEvent): void => this.onDocumentPointerDown(event);
    document.addEventListener('pointerdown', onPointerDown, true);
    store.add(toDisposable(() => document.removeEventListener('pointerdown', onPointerDown, true)));
    if (services.quickInput.current !== this.request) this.show(services.quickInput.current);
  }

  private show(request: QuickPickRequest | undefined): void {
    if (request && request === this.ownReplacement) {
      this.ownReplacement = undefined;
      this.request = request;
      this.activeIndex = 0;
      return;
    }
    this.ownReplacement = undefined;
    if (!request) {
      this.request = undefined;
      this.restoreFocus();
      return;
    }
    if (!this.request) this.previousFocus = deepActiveElement();
    this.request = request;
    this.value = request.value ?? '';
    this.activePrefix = matchingPrefix(this.value, request.prefixes);
    this.activeIndex = 0;
    this.focusPending = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('request') || changed.has('value')) {
      this.filtered = this.request ? filterItems(this.request, this.query()) : [];
    }
    if (this.activeIndex >= this.filtered.length) this.activeIndex = Math.max(0, this.filtered.length - 1);
    if (changed.has('activeIndex') || changed.has('request') || changed.has('value')) this.scrollPending = true;
  }

  protected override updated(): void {
    if (!this.request) return;
    const input = this.renderRoot.querySelector('input');
    if (this.focusPending && input) {
      this.focusPending = false;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
    if (this.scrollPending) {
      this.scrollPending = false;
      this.renderRoot.querySelector('.row.active')?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render(): TemplateResult | typeof nothing {
    const request = this.request;
    if (!request) return nothing;
    const active = this.filtered[this.activeIndex];
    const showGroups = this.query() === '';
    const withIcons = request.items.some((item) => item.icon);
    return html`
      <div class="widget" part="widget">
        <div class="header">
          <input
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-autocomplete="list"
            aria-controls=${LIST_ID}
            aria-activedescendant=${active ? this.optionId(this.activeIndex) : ''}
            aria-label=${request.placeholder ?? this.t('workbench.quickinput.inputAriaLabel')}
            placeholder=${request.placeholder ?? ''}
            spellcheck="false"
            autocomplete="off"
            .value=${live(this.value)}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
          />
        </div>
        <div class="list" id=${LIST_ID} role="listbox" aria-label=${request.placeholder ?? this.t('workbench.quickinput.inputAriaLabel')}>
          ${this.filtered.map((match, index) => this.renderRow(match, index, showGroups, withIcons))}
        </div>
        ${this.filtered.length === 0
          ? html`<div class="empty" role="status">${request.emptyText ?? this.t('workbench.quickinput.noResults')}</div>`
          : nothing}
      </div>
    `;
  }

  private renderRow(match: QuickPickMatch, index: number, showGroups: boolean, withIcons: boolean): TemplateResult {
    const { item } = match;
    const previous = this.filtered[index - 1]?.item;
    const groupLabel = showGroups && item.group && item.group !== previous?.group ? item.group : undefined;
    const classes = ['row', index === this.activeIndex ? 'active' : '', groupLabel ? 'separator' : ''].filter(Boolean).join(' ');
    return html`
      <div
        class=${classes}
        id=${this.optionId(index)}
        role="option"
        aria-selected=${index === this.activeIndex ? 'true' : 'false'}
        @mousedown=${(e: MouseEvent) => e.preventDefault() /* keep the focus in the input */}
        @click=${() => this.accept(item)}
      >
        ${item.icon
          ? html`<sc-codicon class="icon" name=${item.icon}></sc-codicon>`
          : withIcons ? html`<span class="icon"></span>` : nothing}
        <span class="text">
          <span class="label">${this.renderHighlighted(item.label, match.labelPositions)}</span>${item.description
            ? html`<span class="description">${this.renderHighlighted(item.description, match.descriptionPositions)}</span>`
            : nothing}
          ${item.detail ? html`<span class="detail">${item.detail}</span>` : nothing}
        </span>
        ${item.keybinding
          ? html`<span class="keybinding">${keycaps(item.keybinding).map((cap) => html`<kbd>${cap}</kbd>`)}</span>`
          : nothing}
        ${groupLabel ? html`<span class="group">${groupLabel}</span>` : nothing}
      </div>
    `;
  }

  private renderHighlighted(text: string, positions: number[]): TemplateResult | string {
    if (positions.length === 0) return text;
    return html`${highlightRuns(text, positions).map((run) => (run.match ? html`<span class="highlight">${run.text}</span>` : run.text))}`;
  }

  private optionId(index: number): string {
    return `quick-input-item-${index}`;
  }

  /** The text the items are filtered by: what was typed, without the hand-over prefix. */
  private query(): string {
    const value = this.value.startsWith(this.activePrefix) ? this.value.slice(this.activePrefix.length) : this.value;
    return value.trim();
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.activeIndex = 0;
    void this.handOver();
  }

  /** Swaps quick open ↔ commands when the typed prefix now belongs to another request. */
  private async handOver(): Promise<void> {
    const services = this.services;
    while (!this.handingOver && services && this.request?.prefixes) {
      const request = this.request;
      const prefixes = request.prefixes!;
      const prefix = matchingPrefix(this.value, prefixes);
      if (prefix === this.activePrefix) return;
      const factory = prefixes[prefix];
      if (!factory) {
        this.activePrefix = prefix;
        return;
      }
      this.handingOver = true;
      try {
        const next = await factory();
        // Dismissed or replaced by someone else while the next list was being built.
        if (this.request !== request || services.quickInput.current !== request) return;
        const replacement: QuickPickRequest = { ...next, value: this.value };
        this.activePrefix = prefix;
        this.ownReplacement = replacement;
        services.quickInput.replace(replacement);
      } catch (error) {
        // Keep the current list; the provider's failure is not the user's typing error.
        services.output.append('workbench', error instanceof Error ? error.message : String(error), 'error');
        return;
      } finally {
        this.handingOver = false;
      }
      // The user may have typed on while we waited: check again with the latest value.
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return; // Enter confirms an IME composition, not the pick
    const count = this.filtered.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count) this.activeIndex = (this.activeIndex + 1) % count;
        break;
      case 'ArrowUp':
        if (count) this.activeIndex = (this.activeIndex - 1 + count) % count;
        break;
      case 'PageDown':
        if (count) this.activeIndex = Math.min(count - 1, this.activeIndex + this.pageSize());
        break;
      case 'PageUp':
        if (count) this.activeIndex = Math.max(0, this.activeIndex - this.pageSize());
        break;
      case 'Enter': {
        const match = this.filtered[this.activeIndex];
        if (match) this.accept(match.item);
        break;
      }
      case 'Escape':
        this.services?.quickInput.cancel();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private pageSize(): number {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    const row = this.renderRoot.querySelector<HTMLElement>('.row');
    if (!list || !row || row.offsetHeight === 0) return 10;
    return Math.max(1, Math.floor(list.clientHeight / row.offsetHeight) - 1);
  }

  private accept(item: QuickPickItem): void {
    if (this.handingOver) return; // the list on screen is about to change
    this.services?.quickInput.accept(item);
  }

  private onDocumentPointerDown(event: PointerEvent): void {
    if (!this.request) return;
    const widget = this.renderRoot.querySelector('.widget');
    if (widget && !event.composedPath().includes(widget)) this.services?.quickInput.cancel();
  }

  private restoreFocus(): void {
    const previous = this.previousFocus;
    this.previousFocus = undefined;
    // Only when the focus is still ours: a command run from the palette may have moved it on purpose.
    const current = deepActiveElement();
    const focusIsOurs = !current || current === document.body || this.shadowRoot?.contains(current) === true;
    if (previous?.isConnected && focusIsOurs) previous.focus();
  }
}

function deepActiveElement(): HTMLElement | undefined {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : undefined;
}

if (!customElements.get('sc-quick-input')) customElements.define('sc-quick-input', QuickInputElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-quick-input': QuickInputElement;
  }
}
