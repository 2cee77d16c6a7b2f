import { css, html, nothing } from 'lit';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { buttonStyles, WorkbenchElement, type WorkbenchServices, type WorkspaceDocument } from '../../src/workbench/api.ts';

/**
 * The Policies view: every policy document of the workspace, opened by click or Enter, renamed
 * inline (F2), deleted after confirmation (Delete); arrow keys move between them.
 *
 * @fires policy-open - detail { documentId }
 * @fires policy-new - the user asked for a new policy
 */
export class PoliciesViewElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    policies: { state: true },
    renaming: { state: true },
  };

  declare policies: WorkspaceDocument[] | undefined;
  declare renaming: string | undefined;

  constructor() {
    super();
    this.policies = undefined;
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
    this.policies = (await this.services.workspace.listDocuments('policy')).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  private open(id: string): void {
    this.dispatchEvent(new CustomEvent('policy-open', { detail: { documentId: id }, bubbles: true, composed: true }));
  }

  private async removePolicy(d: WorkspaceDocument): Promise<void> {
    const services = this.services;
    if (!services) return;
    const yes = { id: 'yes', label: this.t('policy.list.deleteConfirm', { name: d.name }) };
    const choice = await services.quickInput.pick({ items: [yes, { id: 'no', label: this.t('policy.list.keep') }], placeholder: this.t('policy.list.deleteQuestion', { name: d.name }) });
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
    else if (e.key === 'Delete') void this.removePolicy(d);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
      const i = items.indexOf(e.currentTarget as HTMLElement);
      items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
      e.preventDefault();
    } else return;
    e.stopPropagation();
  }

  override render() {
    const rules = (d: WorkspaceDocument) => ((d.content as { rules?: unknown[] } | undefined)?.rules ?? []).length;
    return html`
      <div class="actions"><button class="button" @click=${() => this.dispatchEvent(new CustomEvent('policy-new', { bubbles: true, composed: true }))}>${this.t('policy.list.new')}</button></div>
      ${this.policies === undefined ? nothing : this.policies.length === 0 ? html`<div class="empty">${this.t('policy.list.empty')}</div>` : html`
        <ul role="listbox" aria-label=${this.t('policy.list.name')}>
          ${this.policies.map((d) => html`<li role="option" tabindex="0" data-id=${d.id} @click=${() => this.open(d.id)} @keydown=${(e: KeyboardEvent) => this.onKey(e, d)}>
            ${this.renaming === d.id
              ? html`<input aria-label=${this.t('policy.list.rename')} .value=${d.name} @click=${(e: Event) => e.stopPropagation()}
                  @keydown=${(e: KeyboardEvent) => { e.stopPropagation(); if (e.key === 'Enter') void this.commitRename(d, (e.target as HTMLInputElement).value); if (e.key === 'Escape') this.renaming = undefined; }}
                  @blur=${(e: Event) => void this.commitRename(d, (e.target as HTMLInputElement).value)}>`
              : html`<span class="name">${d.name}</span>`}
            <span class="meta">${this.t('policy.list.meta', { rules: rules(d), date: new Date(d.updatedAt).toLocaleString(this.services?.i18n.locale) })}</span>
          </li>`)}
        </ul>`}
    `;
  }
}

customElements.define('sc-policies-view', PoliciesViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-policies-view': PoliciesViewElement;
  }
}
