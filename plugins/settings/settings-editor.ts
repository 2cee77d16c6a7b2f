import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import {
  DIRTY_CHANGE_EVENT,
  WorkbenchElement,
  type SettingDescriptor,
  type SettingsProblem,
  type WorkbenchServices,
} from '../../src/workbench/api.ts';
import type { JsonEditorHandle, JsonEditorLoader, JsonEditorOptions } from './json-editor-handle.ts';
import { buildSettingsJsonSchema, formatSettingsJson, jsonEqual, parseJson, type JsonSchemaObject } from './settings-json-model.ts';
import './setting-item.ts';

export type SettingsEditorMode = 'form' | 'json';

/** The default loader: the workbench's shared Monaco (a lazy chunk). Rejects where Monaco cannot load. */
export const loadMonacoJsonEditor: JsonEditorLoader = async (services) => {
  const monaco = await services.monaco.load();
  return (container, options) => monaco.createJsonEditor(container, { ...options, name: 'settings' });
};

/**
 * The settings editor. Form mode lists every declared setting by section with a control per type;
 * JSON mode edits the user's values (those differing from the defaults) as one JSON document and
 * applies them all at once, or nothing when any is invalid.
 *
 * The JSON editor is Monaco when it loads, else a plain textarea; `data-json-editor` on this
 * element says which ("loading", "monaco" or "textarea") once JSON mode has been opened.
 *
 * @fires sc-dirty-change - `{ dirty }` when the JSON text starts or stops differing from the saved values.
 */
export class SettingsEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    mode: { reflect: true },
    jsonEditorLoader: { attribute: false },
    query: { state: true },
  };

  /** Which view of the settings is shown. */
  declare mode: SettingsEditorMode;
  /** How the JSON editor is loaded; tests may replace it. */
  declare jsonEditorLoader: JsonEditorLoader;
  /** Text of the search box (form mode). */
  declare query: string;

  /** Light-DOM child hosting the JSON editor (see ensureJsonHost). */
  private jsonHost: HTMLDivElement | undefined;
  private jsonEditor: JsonEditorHandle | undefined;
  private jsonLoading: Promise<void> | undefined;
  /** Why Monaco could not be used, when the textarea stands in for it. */
  private jsonFallbackReason: string | undefined;
  /** The JSON text as last seen (kept while the editor is loading or hidden). */
  private jsonText = '';
  private jsonSyntaxError: string | undefined;
  private jsonProblems: readonly SettingsProblem[] = [];
  private dirty = false;
  private disposed = false;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 0;
      box-sizing: border-box;
      background: var(--vscode-editor-background);
      color: var(--vscode-foreground);
      font-family: var(--vscode-font-family);
      font-size: var(--vscode-font-size);
    }
    :host([hidden]) { display: none; }
    .toolbar { display: flex; align-items: center; gap: 8px; padding: 10px 16px; border-bottom: 1px solid var(--vscode-widget-border); }
    .spacer { flex: 1; }
    input[type='search'] {
      flex: 0 1 480px;
      min-width: 0;
      padding: 4px 8px;
      font: inherit;
      color: var(--vscode-input-foreground);
      background: var(--vscode-input-background);
      border: 1px solid var(--vscode-input-border);
      border-radius: 2px;
    }
    input[type='search']::placeholder { color: var(--vscode-input-placeholderForeground); }
    button {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 3px 10px;
      border: none;
      border-radius: 2px;
      font: inherit;
      cursor: pointer;
      background: var(--vscode-button-secondaryBackground);
      color: var(--vscode-button-secondaryForeground);
    }
    button.primary { background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
    button.primary:hover:not(:disabled) { background: var(--vscode-button-hoverBackground); }
    button:disabled { opacity: 0.5; cursor: default; }
    input:focus-visible, button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .hint, .count, .unsaved, .message { color: var(--vscode-descriptionForeground); }
    .form { flex: 1; min-height: 0; overflow: auto; padding: 8px 0 24px; }
    .count { padding: 0 16px 4px; }
    .message { padding: 16px; }
    section h2 { font-size: 1.2em; font-weight: 600; margin: 16px 16px 4px; }
    .json { flex: 1; min-height: 0; display: flex; flex-direction: column; }
    ::slotted([slot='json']) { flex: 1 1 auto; min-height: 200px; position: relative; overflow: hidden; }
    .notice { margin: 0; padding: 6px 16px; border-bottom: 1px solid var(--vscode-widget-border); color: var(--vscode-descriptionForeground); }
    .notice .reason { display: block; font-size: 0.9em; overflow-wrap: anywhere; }
    .problems {
      max-height: 40%;
      overflow: auto;
      padding: 6px 16px;
      border-top: 1px solid var(--vscode-inputValidation-errorBorder);
      background: var(--vscode-inputValidation-errorBackground);
    }
    .problems p { margin: 0 0 4px; }
    .problems ul { margin: 0; padding-left: 18px; }
    .problems code { font-family: var(--vscode-editor-font-family); font-weight: 600; }
  `;

  constructor() {
    super();
    this.mode = 'form';
    this.query = '';
    this.jsonEditorLoader = loadMonacoJsonEditor;
  }

  /** True while the JSON text differs from the saved values. */
  get isDirty(): boolean {
    return this.dirty;
  }

  /** Ctrl/Cmd+S from the workbench: applies the JSON text if it has unsaved changes. */
  async save(): Promise<void> {
    if (this.dirty) await this.saveJson();
  }

  /** Releases the JSON editor (Monaco models and workers); called when the editor tab closes. */
  dispose(): void {
    this.disposed = true;
    this.jsonEditor?.dispose();
    this.jsonEditor = undefined;
    this.jsonHost?.remove();
    this.jsonHost = undefined;
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.settings.onDidChange(() => {
      this.requestUpdate();
      this.syncJsonFromSettings();
    }));
    store.add(services.settings.onDidChangeSchema(() => {
      this.requestUpdate();
      this.jsonEditor?.setSchema(this.jsonSchema());
    }));
    // Schema titles and descriptions are localized.
    store.add(services.i18n.onDidChangeLocale(() => this.jsonEditor?.setSchema(this.jsonSchema())));
    // Monaco's theme follows the workbench's through the Monaco service; the textarea uses theme colours.
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Started before render, so the "loading" state is part of this update rather than a new one.
    if (this.mode === 'json' && this.services && !this.jsonEditor && !this.jsonLoading && !this.disposed) {
      this.jsonLoading = this.openJsonEditor().finally(() => {
        this.jsonLoading = undefined;
      });
    }
  }

  override render() {
    const services = this.services;
    if (!services) return nothing;
    const json = this.mode === 'json';
    return html`
      <div class="toolbar">
        ${json
          ? html`<span class="hint">${this.t('settings.json.hint')}</span>`
          : html`<input
              type="search"
              .value=${this.query}
              placeholder=${this.t('settings.search.placeholder')}
              aria-label=${this.t('settings.search.label')}
              @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
            />`}
        <span class="spacer"></span>
        ${this.dirty ? html`<span class="unsaved">${this.t('settings.json.unsaved')}</span>` : nothing}
        ${json
          ? html`<button type="button" class="primary save" ?disabled=${!this.dirty}
              title=${this.t('settings.json.saveTitle', { keybinding: services.isMac ? '⌘S' : 'Ctrl+S' })}
              @click=${() => void this.saveJson()}>
              <sc-codicon name="save"></sc-codicon>${this.t('settings.json.save')}
            </button>`
          : nothing}
        <button type="button" class="mode-toggle" @click=${this.toggleMode}>
          <sc-codicon name=${json ? 'list-flat' : 'json'}></sc-codicon>${this.t(json ? 'settings.mode.toForm' : 'settings.mode.toJson')}
        </button>
      </div>
      ${json ? this.renderJson() : this.renderForm(services)}
    `;
  }

  private renderForm(services: WorkbenchServices) {
    const all = services.settings.list();
    if (!all.length) return html`<div class="form"><p class="message">${this.t('settings.empty')}</p></div>`;
    const query = this.query.trim().toLowerCase();
    const shown = query ? all.filter((d) => this.matchesQuery(d, query)) : all;
    const groups = new Map<string, SettingDescriptor[]>();
    for (const d of shown) {
      const section = this.text(d.section) || this.t('settings.section.other');
      groups.set(section, [...(groups.get(section) ?? []), d]);
    }
    return html`
      <div class="form">
        ${query ? html`<div class="count" role="status">${this.t('settings.search.count', { count: shown.length })}</div>` : nothing}
        ${shown.length === 0 ? html`<p class="message">${this.t('settings.search.noResults')}</p>` : nothing}
        ${[...groups].map(([title, descriptors], i) => html`
          <section aria-labelledby="section-${i}">
            <h2 id="section-${i}">${title}</h2>
            ${repeat(descriptors, (d) => d.key, (d) => html`<sc-setting-item
              .services=${services}
              .descriptor=${d}
              .value=${services.settings.get(d.key)}
            ></sc-setting-item>`)}
          </section>
        `)}
      </div>
    `;
  }

  private matchesQuery(d: SettingDescriptor, query: string): boolean {
    return [d.key, this.text(d.schema.title), this.text(d.schema.description)].some((s) => s.toLowerCase().includes(query));
  }

  private renderJson() {
    const kind = this.dataset.jsonEditor;
    const problems = this.jsonSyntaxError
      ? [html`<li>${this.t('settings.json.syntaxError', { error: this.jsonSyntaxError })}</li>`]
      : this.jsonProblems.map((p) => p.key
        ? html`<li><code>${p.key}</code>: ${this.t('settings.problem.invalid', { problem: p.message })}</li>`
        : html`<li><code>${this.t('settings.json.root')}</code>: ${this.t('settings.json.notObject')}</li>`);
    return html`
      <div class="json">
        ${kind === 'loading' || kind === undefined ? html`<p class="notice" role="status">${this.t('settings.json.loading')}</p>` : nothing}
        ${kind === 'textarea'
          ? html`<p class="notice fallback" role="status">${this.t('settings.json.fallback')}${this.jsonFallbackReason
            ? html`<span class="reason">${this.jsonFallbackReason}</span>`
            : nothing}</p>`
          : nothing}
        <slot name="json"></slot>
        ${problems.length
          ? html`<div class="problems" role="alert"><p>${this.t('settings.json.problems')}</p><ul>${problems}</ul></div>`
          : nothing}
      </div>
    `;
  }

  private readonly toggleMode = async (): Promise<void> => {
    this.mode = this.mode === 'form' ? 'json' : 'form';
    if (this.mode !== 'json') return;
    await this.updateComplete;
    await this.jsonLoading;
    this.jsonEditor?.focus();
  };

  /**
   * Monaco's CSS is global (the bundler injects it into the document's <head>), so it cannot style
   * anything inside a shadow root. The JSON editor therefore lives in this element's light DOM: a
   * plain div child that the shadow template projects through <slot name="json"> in JSON mode.
   * Everything else stays in the shadow root. (This element itself must then sit in the document's
   * light DOM too, slotted by the workbench, for the global CSS to reach it.)
   */
  private ensureJsonHost(): HTMLDivElement {
    if (!this.jsonHost) {
      const host = document.createElement('div');
      host.slot = 'json';
      host.className = 'sc-settings-json-host';
      this.append(host);
      this.jsonHost = host;
    }
    return this.jsonHost;
  }

  private jsonSchema(): JsonSchemaObject {
    return buildSettingsJsonSchema(this.services?.settings.list() ?? [], (v) => this.text(v));
  }

  private async openJsonEditor(): Promise<void> {
    const services = this.services!;
    const host = this.ensureJsonHost();
    this.dataset.jsonEditor = 'loading';
    this.jsonText = formatSettingsJson(services.settings.userValues());
    const options: JsonEditorOptions = {
      value: this.jsonText,
      schema: this.jsonSchema(),
      ariaLabel: this.t('settings.json.editorLabel'),
      onDidChange: (text) => this.onJsonEdited(text),
      onSave: () => void this.saveJson(),
    };
    let editor: JsonEditorHandle | undefined;
    try {
      const factory = await this.jsonEditorLoader(services);
      if (this.disposed) return;
      options.value = this.jsonText;
      editor = factory(host, options);
    } catch (error) {
      host.replaceChildren(); // whatever a half-created editor left behind
      this.jsonFallbackReason = error instanceof Error ? error.message : String(error);
    }
    if (this.disposed) {
      editor?.dispose();
      return;
    }
    editor ??= services.monaco.createTextareaJsonEditor(host, { ...options, value: this.jsonText });
    this.jsonEditor = editor;
    this.dataset.jsonEditor = editor.kind;
    this.syncJsonFromSettings(); // values may have changed while it loaded
    this.requestUpdate();
  }

  private onJsonEdited(text: string): void {
    this.jsonText = text;
    if (this.jsonSyntaxError || this.jsonProblems.length) {
      this.jsonSyntaxError = undefined;
      this.jsonProblems = [];
      this.requestUpdate();
    }
    this.updateDirty();
  }

  /** Shows the saved values again unless the user has unsaved edits (which are kept). */
  private syncJsonFromSettings(): void {
    const services = this.services;
    if (!services || !this.jsonEditor) return;
    if (!this.dirty) {
      const values = services.settings.userValues();
      const parsed = parseJson(this.jsonText);
      if (!parsed.ok || !jsonEqual(parsed.value, values)) {
        this.jsonText = formatSettingsJson(values);
        this.jsonEditor.setValue(this.jsonText);
      }
    }
    this.updateDirty();
  }

  private updateDirty(): void {
    const services = this.services;
    if (!services) return;
    const parsed = parseJson(this.jsonText);
    const dirty = !(parsed.ok && jsonEqual(parsed.value, services.settings.userValues()));
    if (dirty === this.dirty) return;
    this.dirty = dirty;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent(DIRTY_CHANGE_EVENT, { detail: { dirty }, bubbles: true, composed: true }));
  }

  /** Applies the JSON text with settings.replaceAll: everything or, on any problem, nothing. */
  async saveJson(): Promise<boolean> {
    const services = this.services;
    if (!services) return false;
    if (this.jsonEditor) this.jsonText = this.jsonEditor.getValue();
    const parsed = parseJson(this.jsonText);
    if (!parsed.ok) {
      this.jsonSyntaxError = parsed.error;
      this.jsonProblems = [];
      this.requestUpdate();
      return false;
    }
    const problems = await services.settings.replaceAll(parsed.value);
    this.jsonSyntaxError = undefined;
    this.jsonProblems = problems;
    this.updateDirty();
    this.requestUpdate();
    return problems.length === 0;
  }
}

if (!customElements.get('sc-settings-editor')) customElements.define('sc-settings-editor', SettingsEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-settings-editor': SettingsEditorElement;
  }
}
