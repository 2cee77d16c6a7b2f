import { css, html, nothing, type TemplateResult } from 'lit';
import type { ConfigProblem } from '../../src/core/scorecard/validate.ts';
import { buttonStyles, WorkbenchElement } from '../../src/workbench/api.ts';
import type { ConfigPreview, ImportAnalysis, TreeLevelNode } from './import-analysis.ts';

/**
 * The import of a configuration file, before anything is written: its problems (where, how bad,
 * what, in the UI language) and what it holds (counts and the tree's top levels). "Create scorecard"
 * is offered only when there is no error; a file with errors creates nothing.
 *
 * @fires config-import-create - detail { analysis } when the user asks to create the scorecard.
 * @fires config-import-choose - when the user asks to pick another file.
 */
export class ConfigImportEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    fileName: { attribute: false },
    analysis: { attribute: false },
    creating: { state: true },
  };

  /** The file's name as picked, shown in the heading. */
  declare fileName: string;
  /** What importing the file would do; undefined until a file is read (after a reload the file is gone). */
  declare analysis: ImportAnalysis | undefined;
  declare creating: boolean;

  constructor() {
    super();
    this.fileName = '';
    this.analysis = undefined;
    this.creating = false;
  }

  static override styles = [buttonStyles, css`
    :host { display: block; height: 100%; overflow: auto; box-sizing: border-box; padding: 16px 24px; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    h2 { font-size: 1.3em; font-weight: 600; margin: 0 0 12px; }
    h3 { font-size: 1.05em; font-weight: 600; margin: 18px 0 6px; }
    .actions { display: flex; gap: 8px; margin: 14px 0; }
    .status { margin: 6px 0; }
    .status.error, .severity-error { color: var(--vscode-errorForeground); }
    .severity-warning { color: var(--vscode-editorWarning-foreground, #bf8803); }
    .meta, .hint, .severity-info { color: var(--vscode-descriptionForeground); }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
    dt { color: var(--vscode-descriptionForeground); }
    dd { margin: 0; }
    ul.tree { margin: 4px 0; padding-left: 18px; }
    table { border-collapse: collapse; font-size: 0.95em; }
    th, td { border: 1px solid var(--vscode-panel-border); padding: 3px 8px; text-align: left; vertical-align: top; }
    th { font-weight: 600; }
    code { font-family: var(--vscode-editor-font-family, monospace); }
  `];

  override render(): TemplateResult {
    const a = this.analysis;
    return html`
      <h2>${this.fileName ? this.t('exports.import.heading', { file: this.fileName }) : this.t('exports.import.tabTitle')}</h2>
      ${a === undefined ? html`<p class="hint">${this.t('exports.import.noFile')}</p>` : html`
        ${this.renderStatus(a)}
        ${a.preview ? this.renderPreview(a.preview) : nothing}
        ${a.problems.length > 0 ? this.renderProblems(a.problems) : nothing}`}
      <div class="actions">
        ${a?.valid ? html`<button class="button create" ?disabled=${this.creating} @click=${() => this.create()}>${this.t('exports.import.create')}</button>` : nothing}
        <button class="button secondary choose" @click=${() => this.dispatchEvent(new CustomEvent('config-import-choose', { bubbles: true, composed: true }))}>${this.t('exports.import.choose')}</button>
      </div>`;
  }

  private create(): void {
    if (!this.analysis?.valid) return;
    this.creating = true;
    this.dispatchEvent(new CustomEvent('config-import-create', { detail: { analysis: this.analysis }, bubbles: true, composed: true }));
  }

  private renderStatus(a: ImportAnalysis): TemplateResult {
    if (a.unreadable?.reason === 'not-json') return html`<p class="status error">${this.t('exports.import.notJson', { detail: a.unreadable.detail })}</p>`;
    if (a.unreadable?.reason === 'too-large') return html`<p class="status error">${this.t('exports.import.tooLarge', { size: (a.unreadable.chars / 1024 / 1024).toFixed(1) })}</p>`;
    const count = (severity: ConfigProblem['severity']) => a.problems.filter((p) => p.severity === severity).length;
    const migrated = a.migratedFrom === undefined ? nothing : html`<p class="status meta">${this.t('exports.import.migrated', { from: a.migratedFrom, to: a.config?.version ?? '' })}</p>`;
    const status = a.valid
      ? html`<p class="status ok">${this.t('exports.import.ready', { warnings: count('warning') })}</p>`
      : html`<p class="status error">${this.t('exports.import.invalid', { errors: count('error') })}</p>`;
    return html`${status}${migrated}`;
  }

  private renderPreview(p: ConfigPreview): TemplateResult {
    return html`
      <h3>${this.t('exports.import.preview')}</h3>
      <dl class="preview">
        <dt>${this.t('exports.import.name')}</dt><dd class="name">${this.text(p.name)}</dd>
        <dt>${this.t('exports.import.id')}</dt><dd><code>${p.id}</code></dd>
        <dt>${this.t('exports.import.version')}</dt><dd>${p.version}</dd>
        <dt>${this.t('exports.import.contents')}</dt>
        <dd class="counts">${this.t('exports.import.counts', { fields: p.fields, indicators: p.indicators, groups: p.groups, policies: p.policies, grades: p.grades })}</dd>
      </dl>
      <h3>${this.t('exports.import.tree')}</h3>
      <ul class="tree">${this.renderNode(p.root)}</ul>`;
  }

  private renderNode(node: TreeLevelNode): TemplateResult {
    return html`<li>
      <span class="node-name">${this.text(node.name)}</span>
      <span class="meta">${this.t('exports.import.node', { weight: node.weight, indicators: node.indicators })}</span>
      ${node.children.length > 0 ? html`<ul class="tree">${node.children.map((c) => this.renderNode(c))}</ul>` : nothing}
    </li>`;
  }

  private renderProblems(problems: readonly ConfigProblem[]): TemplateResult {
    const locale = this.services?.i18n.locale ?? 'en';
    return html`
      <h3>${this.t('exports.import.problems', { count: problems.length })}</h3>
      <table class="problems">
        <thead><tr><th>${this.t('exports.import.severity')}</th><th>${this.t('exports.import.where')}</th><th>${this.t('exports.import.message')}</th></tr></thead>
        <tbody>${problems.map((p) => html`<tr>
          <td class="severity-${p.severity}">${this.t(`exports.severity.${p.severity}`)}</td>
          <td><code>${p.pointer || '/'}</code></td>
          <td class="message">${p.message[locale] ?? p.message.en}</td>
        </tr>`)}</tbody>
      </table>`;
  }
}

customElements.define('sc-config-import-editor', ConfigImportEditorElement);
