import { css, html, nothing } from 'lit';
import { jsonEqual } from '../../base/json-equal.ts';
import { toDisposable, type DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import { offsetToLineColumn, parseJsonTree, type JsonSyntaxErrorCode } from '../../core/json/json-tree.ts';
import type { FieldInfo } from '../../core/policy/builder/types.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import type { JsonEditorHandle, JsonEditorOptions, JsonSchemaObject, MonacoJsonEditor } from '../services/monaco/json-editor.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';
import { withDeclaredFields, type AssistMessages } from './field-assist.ts';
import { registerVarProviders, setProblemMarkers } from './monaco-providers.ts';
import { problemRanges, type JsonDocumentProblem } from './problem-ranges.ts';

export type { JsonDocumentProblem };

export const DOCUMENT_CHANGE_EVENT = 'document-change';

export interface DocumentChangeDetail {
  /** The parsed JSON: valid JSON, not necessarily a valid document (the host validates). */
  document: unknown;
  /** The undo label (English; the host may localize it). */
  label: 'Edit JSON';
}

/** How the view shows a document: two-space indented JSON. */
export function formatJsonDocument(document: unknown): string {
  return document === undefined ? '' : `${JSON.stringify(document, null, 2)}\n`;
}

const SYNTAX_KEYS: Record<JsonSyntaxErrorCode, string> = {
  'unexpected-end': 'workbench.json.syntax.unexpectedEnd',
  'unexpected-token': 'workbench.json.syntax.unexpectedToken',
  'unterminated-string': 'workbench.json.syntax.unterminatedString',
  'bad-string': 'workbench.json.syntax.badString',
  'trailing-content': 'workbench.json.syntax.trailingContent',
};

const SEVERITY_KEYS: Record<JsonDocumentProblem['severity'], string> = {
  error: 'workbench.json.severity.error',
  warning: 'workbench.json.severity.warning',
  info: 'workbench.json.severity.info',
};

/**
 * Text that was not valid JSON (so never sent) when its view was removed, by the document object it
 * was typed over. A host that re-creates the view (switching between the builder and JSON) passes
 * the same object while nothing changed, and the new view shows the draft instead of losing it.
 */
const drafts = new WeakMap<object, string>();

interface SyntaxProblem {
  code: JsonSyntaxErrorCode;
  line: number;
  column: number;
}

/**
 * A whole document (a policy, a scorecard configuration…) as formatted JSON, in Monaco (the
 * workbench's shared instance) with its JSON Schema's validation and completion, field-name completion and hovers inside
 * {"var": "…"}, and the host's problems as squiggles. Where Monaco cannot load, a plain textarea
 * stands in and the problems are listed below it. `data-json-editor` says which: "loading",
 * "monaco" or "textarea".
 *
 * Edits that parse as JSON are sent (debounced) as `document-change`; while the text is not valid
 * JSON nothing is sent, the error is shown and the text is kept. A new `document` from outside
 * (the builder, undo) replaces the text with the smallest edit, so the cursor stays where it was,
 * and fires nothing.
 *
 * Monaco's CSS is global, so the editor lives in this element's light DOM (a div projected through
 * <slot name="editor">); the Monaco service adopts the CSS into the shadow root around it.
 *
 * @fires document-change - CustomEvent<DocumentChangeDetail>: the user's edit, as parsed JSON (bubbles, composed).
 */
export class JsonDocumentViewElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    document: { attribute: false },
    fields: { attribute: false },
    problems: { attribute: false },
    schema: { attribute: false },
    label: {},
  };

  /** The document shown (a policy, a scorecard configuration…). Setting it is never reported back as a change. */
  declare document: unknown;
  /** The JSON Schema that validates and completes the text (read when the editor opens). */
  declare schema: JsonSchemaObject | undefined;
  /** The editor's accessible name ("Policy as JSON"). */
  declare label: string;
  /** Record fields, for completion and hovers in var paths. */
  declare fields: FieldInfo[];
  /** Problems found by the host for `document`, in the current language, by JSON pointer. */
  declare problems: JsonDocumentProblem[];
  /** Milliseconds of quiet before an edit is sent (tests may shorten it). */
  debounceMs = 300;

  /** Light-DOM child hosting the editor. */
  private editorHost: HTMLDivElement | undefined;
  private editor: JsonEditorHandle | undefined;
  private monacoEditor: MonacoJsonEditor | undefined;
  /** Disposes the open editor and its providers. */
  private editorResources: IDisposable | undefined;
  /** Bumped whenever an editor is opened or closed, so a load that finishes late is dropped. */
  private generation = 0;
  /** The JSON text as last seen (kept while the editor loads or is closed). */
  private jsonText = '';
  private syntax: SyntaxProblem | undefined;
  /** The text's value when it last parsed (the document while the text is the document's). */
  private lastValid: unknown;
  private fallbackReason: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

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
    ::slotted([slot='editor']) { flex: 1 1 auto; min-height: 200px; position: relative; overflow: hidden; }
    .notice { margin: 0; padding: 6px 16px; border-bottom: 1px solid var(--vscode-widget-border); color: var(--vscode-descriptionForeground); }
    .notice .reason { display: block; font-size: 0.9em; overflow-wrap: anywhere; }
    .syntax {
      margin: 0;
      padding: 6px 16px;
      border-top: 1px solid var(--vscode-inputValidation-errorBorder);
      background: var(--vscode-inputValidation-errorBackground);
    }
    .problems { max-height: 35%; overflow: auto; margin: 0; padding: 6px 16px 6px 34px; border-top: 1px solid var(--vscode-widget-border); }
    .problems li { margin: 0 0 2px; }
    .problems .severity { font-weight: 600; }
    .problems .error .severity { color: var(--vscode-errorForeground); }
  `;

  constructor() {
    super();
    this.fields = [];
    this.problems = [];
  }

  /** Sends a pending edit now instead of after the debounce (also done when the editor loses focus). */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const parsed = parseText(this.jsonText);
    // Invalid text is never sent; nor is text saying what the document already says.
    if (!parsed.ok || jsonEqual(parsed.value, this.document)) return;
    this.dispatchEvent(new CustomEvent<DocumentChangeDetail>(DOCUMENT_CHANGE_EVENT, {
      detail: { document: parsed.value, label: 'Edit JSON' },
      bubbles: true,
      composed: true,
    }));
  }

  /** Moves keyboard focus into the editor. */
  override focus(): void {
    if (this.editor) this.editor.focus();
    else super.focus();
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    void this.openEditor(services);
    // Disconnected (the host switched views, the tab closed): send what is pending, free Monaco's
    // model and providers. The text stays, for when the element comes back.
    store.add(toDisposable(() => {
      this.flush();
      // (Also called when only `services` changed; the text then stays in this connected element.)
      const key = this.isConnected ? undefined : this.draftKey();
      if (key && this.syntax) drafts.set(key, this.jsonText);
      else if (key) drafts.delete(key);
      this.closeEditor();
    }));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('document')) this.syncFromDocument();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('problems') || changed.has('document')) this.showProblems();
  }

  override render() {
    const kind = this.dataset.jsonEditor;
    return html`
      ${kind === 'loading' ? html`<p class="notice" role="status">${this.t('workbench.json.loading')}</p>` : nothing}
      ${kind === 'textarea'
        ? html`<p class="notice fallback" role="status">${this.t('workbench.json.fallback')}${this.fallbackReason
          ? html`<span class="reason">${this.fallbackReason}</span>`
          : nothing}</p>`
        : nothing}
      <slot name="editor"></slot>
      ${this.syntax
        ? html`<p class="syntax" role="alert">${this.t('workbench.json.syntaxError', {
          line: this.syntax.line,
          column: this.syntax.column,
          problem: this.t(SYNTAX_KEYS[this.syntax.code]),
        })}</p>`
        : nothing}
      ${kind === 'textarea' ? this.renderProblemList() : nothing}
    `;
  }

  /** Without Monaco there are no squiggles: the problems are listed with their lines. */
  private renderProblemList() {
    if (!this.problems.length) return nothing;
    const ranges = problemRanges(this.jsonText, this.problems);
    return html`<ul class="problems" aria-label=${this.t('workbench.json.problems')}>
      ${ranges.map(({ problem, offset }) => html`<li class=${problem.severity}>
        <span class="severity">${this.t(SEVERITY_KEYS[problem.severity])}</span>
        ${this.t('workbench.json.problemAt', { line: offsetToLineColumn(this.jsonText, offset).line, message: problem.message })}
      </li>`)}
    </ul>`;
  }

  private messages(): AssistMessages {
    return { t: (key, args) => this.t(key, args), text: (value) => this.text(value) };
  }

  private draftKey(): object | undefined {
    return typeof this.document === 'object' && this.document !== null ? this.document : undefined;
  }

  private ensureHost(): HTMLDivElement {
    if (!this.editorHost) {
      const host = document.createElement('div');
      host.slot = 'editor';
      host.className = 'sc-json-document-host';
      this.editorHost = host;
    }
    if (this.editorHost.parentNode !== this) this.append(this.editorHost);
    return this.editorHost;
  }

  private async openEditor(services: WorkbenchServices): Promise<void> {
    this.closeEditor();
    const generation = this.generation;
    const host = this.ensureHost();
    this.dataset.jsonEditor = 'loading';
    this.requestUpdate();
    const options = (): JsonEditorOptions => ({
      value: this.jsonText,
      ariaLabel: this.label || this.t('workbench.json.editorLabel'),
      ...(this.schema ? { schema: this.schema } : {}),
      name: 'document',
      onDidChange: (text) => this.onEdited(text),
      onDidBlur: () => this.flush(),
    });
    let editor: JsonEditorHandle;
    try {
      const monaco = await services.monaco.load();
      if (generation !== this.generation) return;
      const created = monaco.createJsonEditor(host, options());
      const providers = registerVarProviders(created.monaco, created.modelUri, () => withDeclaredFields(this.fields, this.lastValid), this.messages());
      this.monacoEditor = created;
      this.editorResources = { dispose: () => { providers.dispose(); created.dispose(); } };
      editor = created;
    } catch (error) {
      if (generation !== this.generation) return;
      host.replaceChildren(); // whatever a half-created editor left behind
      this.fallbackReason = error instanceof Error ? error.message : String(error);
      editor = services.monaco.createTextareaJsonEditor(host, options());
      this.editorResources = editor;
    }
    this.editor = editor;
    this.dataset.jsonEditor = editor.kind;
    this.showProblems();
    this.requestUpdate();
  }

  private closeEditor(): void {
    this.generation++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.editorResources?.dispose();
    this.editorResources = undefined;
    this.editor = undefined;
    this.monacoEditor = undefined;
    this.editorHost?.replaceChildren();
    delete this.dataset.jsonEditor;
  }

  private onEdited(text: string): void {
    this.jsonText = text;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const parsed = parseText(text);
    const syntax = parsed.ok ? undefined : parsed.syntax;
    if (parsed.ok) this.lastValid = parsed.value;
    const listed = this.editor?.kind === 'textarea' && this.problems.length > 0; // the list shows line numbers
    if (listed || syntax?.code !== this.syntax?.code || syntax?.line !== this.syntax?.line || syntax?.column !== this.syntax?.column) {
      this.syntax = syntax;
      this.requestUpdate();
    }
    if (!syntax) this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  /** Shows a document set from outside, unless the text already says the same (an edit of ours coming back). */
  private syncFromDocument(): void {
    // Invalid text gives way to the outside change (Monaco's undo still has it).
    const current = parseText(this.jsonText);
    if (current.ok && jsonEqual(current.value, this.document)) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const key = this.draftKey();
    const draft = key ? drafts.get(key) : undefined;
    if (key) drafts.delete(key); // this view holds the text now
    this.jsonText = draft ?? formatJsonDocument(this.document);
    this.lastValid = this.document;
    const restored = draft === undefined ? undefined : parseText(draft);
    this.syntax = restored && !restored.ok ? restored.syntax : undefined;
    this.editor?.replaceText(this.jsonText);
  }

  private showProblems(): void {
    const editor = this.monacoEditor;
    if (editor) setProblemMarkers(editor.monaco, editor.model, this.problems);
  }
}

type ParsedText = { ok: true; value: unknown } | { ok: false; syntax: SyntaxProblem };

/** The text's value, or where it stops being valid JSON. */
function parseText(text: string): ParsedText {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // JSON.parse decides; the tree parser (which agrees with it, a property test checks) says where.
    const error = parseJsonTree(text).error;
    return { ok: false, syntax: { code: error?.code ?? 'unexpected-token', ...offsetToLineColumn(text, error?.offset ?? 0) } };
  }
}

if (!customElements.get('sc-json-document-view')) customElements.define('sc-json-document-view', JsonDocumentViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-json-document-view': JsonDocumentViewElement;
  }
}
