import { css, html, nothing } from 'lit';
import { CURRENT_VERSION, WorkbenchElement, type DocumentChange, type WorkbenchServices } from '../../src/workbench/api.ts';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { diffValue, readablePointer } from './history-target.ts';

export interface DiffInputData {
  docId: string;
  /** Version ids; either may be CURRENT_VERSION. */
  a: string;
  b: string;
}

/** A readable diff between two versions of a document: every changed place, what it was and what it became. */
export class DocumentDiffElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    data: { attribute: false },
    changes: { state: true },
    labels: { state: true },
    error: { state: true },
  };

  declare data: DiffInputData | undefined;
  declare changes: DocumentChange[] | undefined;
  declare labels: [string, string];
  declare error: string | undefined;

  constructor() {
    super();
    this.data = undefined;
    this.changes = undefined;
    this.labels = ['', ''];
    this.error = undefined;
  }

  static override styles = css`
    :host { display: block; height: 100%; overflow: auto; padding: 12px 16px; box-sizing: border-box; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-editor-foreground, var(--vscode-foreground)); background: var(--vscode-editor-background); }
    h2 { font-size: 1.1em; margin: 0 0 8px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
    code { font-family: var(--vscode-editor-font-family, monospace); word-break: break-all; }
    .added { color: var(--vscode-gitDecoration-addedResourceForeground, #587c0c); }
    .removed { color: var(--vscode-gitDecoration-deletedResourceForeground, #ad0707); }
    .changed { color: var(--vscode-gitDecoration-modifiedResourceForeground, #895503); }
    td.before code { text-decoration: line-through; opacity: 0.8; }
    .empty { color: var(--vscode-descriptionForeground); }
    .error { color: var(--vscode-errorForeground); }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.workspace.onDidChangeDocument((e) => {
      if (e.docId === this.data?.docId && (this.data.a === CURRENT_VERSION || this.data.b === CURRENT_VERSION)) void this.load();
    }));
    void this.load();
  }

  private async load(): Promise<void> {
    const services = this.services;
    const data = this.data;
    if (!services || !data) return;
    try {
      const versions = await services.workspace.listVersions(data.docId);
      const label = (id: string): string => {
        if (id === CURRENT_VERSION) return this.t('history.current');
        const v = versions.find((x) => x.id === id);
        return v ? (v.kind === 'named' && v.label ? v.label : this.t('history.auto', { revision: v.revision })) : id;
      };
      this.labels = [label(data.a), label(data.b)];
      this.changes = await services.workspace.diffVersions(data.a, data.b);
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    return html`
      <h2>${this.t('history.diffHeading', { a: this.labels[0], b: this.labels[1] })}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.changes === undefined ? nothing : this.changes.length === 0 ? html`<p class="empty">${this.t('history.noChanges')}</p>` : html`
        <table>
          <thead><tr><th>${this.t('history.col.where')}</th><th>${this.t('history.col.change')}</th><th>${this.labels[0]}</th><th>${this.labels[1]}</th></tr></thead>
          <tbody>${this.changes.map((c) => html`<tr>
            <td><code>${readablePointer(c.pointer)}</code></td>
            <td class=${c.kind}>${this.t(`history.kind.${c.kind}`)}</td>
            <td class="before"><code>${diffValue(c.before)}</code></td>
            <td><code>${diffValue(c.after)}</code></td>
          </tr>`)}</tbody>
        </table>`}
    `;
  }
}

customElements.define('sc-document-diff', DocumentDiffElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-document-diff': DocumentDiffElement;
  }
}
