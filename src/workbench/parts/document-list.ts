import { css, html, nothing } from 'lit';
import type { DisposableStore } from '../../base/lifecycle.ts';
import type { DocumentKind, WorkspaceDocument } from '../../platform/workspace/workspace-api.ts';
import { buttonStyles } from '../base/button-styles.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/** What a list of one kind of document says (already translated by the plugin that shows it). */
export interface DocumentListTexts {
  /** Accessible name of the list ("Policies"). */
  label: string;
  newButton: string;
  empty: string;
  rename: string;
  /** The line under a document's name ("3 rules · 27/11/2026 19:40"). */
  meta(document: WorkspaceDocument): string;
  deleteQuestion(name: string): string;
  deleteConfirm(name: string): string;
  keep: string;
}

/**
 * A side-bar list of the workspace documents of one kind (policies, scorecards…), newest first,
 * kept current across tabs: opened by click or Enter, renamed inline (F2), deleted after
 * confirmation (Delete); arrow keys move between them.
 *
 * @fires document-open - detail { documentId }
 * @fires document-new - the user asked for a new document
 */
export class DocumentListElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    kind: {},
    texts: { attribute: false },
    documents: { state: true },
    renaming: { state: true },
  };

  declare kind: DocumentKind;
  declare texts: DocumentListTexts | undefined;
  declare documents: WorkspaceDocument[] | undefined;
  declare renaming: string | undefined;

  constructor() {
    super();
    this.kind = 'policy';
    this.texts = undefined;
    this.documents = undefined;
    this.renaming = undefined;
  }

  static override styles = [buttonStyles, css`
    :host { display: flex; flex-direction: column; min-height: 0; height: 100%; color: var(--vscode-sideBar-foreground, var(--vscode-foreground)); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    .actions { display: flex; gap: 6px; padding: 6px 12px; }
    ul { list-style: none; margin: 0; padding: 0; overflow: auto; flex: 1; }
    li { display: flex; flex-direction: column; padding: 4px 12px; cursor: pointer; outline: none; }
    li:hover { background: var(--vscode-list-hoverBackground); }
    li:focus-visible, li:focus { background: var(--vscode-list-focusBackground, var(--vscode-list-hoverBackground)); outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .meta, .empty { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
    .empty { padding: 8px 12px; }
    input { font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-focusBorder); padding: 1px 4px; }
  `];

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.workspace.onDidChangeDocument(() => void this.refresh()));
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    if (!this.services) return;
    this.documents = (await this.services.workspace.listDocuments(this.kind)).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  private open(id: string): void {
    this.dispatchEvent(new CustomEvent('document-open', { detail: { documentId: id }, bubbles: true, composed: true }));
  }

  private async removeDocument(d: WorkspaceDocument): Promise<void> {
    const services = this.services;
    const texts = this.texts;
    if (!services || !texts) return;
    const yes = { id: 'yes', label: texts.deleteConfirm(d.name) };
    const choice = await services.quickInput.pick({ items: [yes, { id: 'no', label: texts.keep }], placeholder: texts.deleteQuestion(d.name) });
    if (choice?.id !== 'yes') return;
    await services.workspace.deleteDocument(d.id);
  }

  private async commitRename(d: WorkspaceDocument, value: string): Promise<void> {
    if (this.renaming !== d.id) return;
    this.renaming = undefined;
    const name = value.trim();
    if (name && name !== d.name) await this.services?.workspace.renameDocument(d.id, name);
  }

  private onKey(e: KeyboardEvent, d: WorkspaceDocument): void {
    if (e.key === 'Enter') this.open(d.id);
    else if (e.key === 'F2') this.renaming = d.id;
    else if (e.key === 'Delete') void this.removeDocument(d);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
      const i = items.indexOf(e.currentTarget as HTMLElement);
      items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
      e.preventDefault();
    } else return;
    e.stopPropagation();
  }

  override render() {
    const texts = this.texts;
    if (!texts) return nothing;
    return html`
      <div class="actions"><button class="button" @click=${() => this.dispatchEvent(new CustomEvent('document-new', { bubbles: true, composed: true }))}>${texts.newButton}</button></div>
      ${this.documents === undefined ? nothing : this.documents.length === 0 ? html`<div class="empty">${texts.empty}</div>` : html`
        <ul role="listbox" aria-label=${texts.label}>
          ${this.documents.map((d) => html`<li role="option" tabindex="0" data-id=${d.id} @click=${() => this.open(d.id)} @keydown=${(e: KeyboardEvent) => this.onKey(e, d)}>
            ${this.renaming === d.id
              ? html`<input aria-label=${texts.rename} .value=${d.name} @click=${(e: Event) => e.stopPropagation()}
                  @keydown=${(e: KeyboardEvent) => { e.stopPropagation(); if (e.key === 'Enter') void this.commitRename(d, (e.target as HTMLInputElement).value); if (e.key === 'Escape') this.renaming = undefined; }}
                  @blur=${(e: Event) => void this.commitRename(d, (e.target as HTMLInputElement).value)}>`
              : html`<span class="name">${d.name}</span>`}
            <span class="meta">${texts.meta(d)}</span>
          </li>`)}
        </ul>`}
    `;
  }
}

customElements.define('sc-document-list', DocumentListElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-document-list': DocumentListElement;
  }
}
