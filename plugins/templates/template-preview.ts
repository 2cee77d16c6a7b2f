import { css, html, nothing } from 'lit';
import { WorkbenchElement } from '../../src/workbench/api.ts';
import type { TemplatePreview } from './template-preview-model.ts';

/**
 * The preview of a template in the gallery: its indicator tree with each node's share among its
 * siblings, and how the sample records score (records per grade, mean total).
 */
export class TemplatePreviewElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    preview: { attribute: false },
  };

  static override styles = css`
    :host { display: block; }
    h3 { font-size: 1em; font-weight: 600; margin: 16px 0 6px; }
    ul.tree { list-style: none; margin: 0; padding: 0; }
    ul.tree li { display: flex; gap: 8px; padding: 2px 0; }
    .node-name { flex: 1; }
    .group { font-weight: 600; }
    .weight { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
    table { border-collapse: collapse; }
    th, td { text-align: start; padding: 2px 12px 2px 0; font-weight: normal; }
    td.count { text-align: end; font-variant-numeric: tabular-nums; }
    .bar { display: inline-block; height: 8px; background: var(--vscode-progressBar-background, var(--vscode-button-background)); vertical-align: middle; }
    .summary { margin: 6px 0 0; color: var(--vscode-descriptionForeground); }
  `;

  /** What to show; nothing while no template is selected. */
  declare preview: TemplatePreview | undefined;

  constructor() {
    super();
    this.preview = undefined;
  }

  private percent(share: number): string {
    return `${(share * 100).toLocaleString(this.services?.i18n.locale ?? 'en', { maximumFractionDigits: 1 })}%`;
  }

  override render(): unknown {
    const preview = this.preview;
    if (!preview) return nothing;
    const locale = this.services?.i18n.locale ?? 'en';
    const most = Math.max(1, ...preview.grades.map((g) => g.count));
    return html`
      <h3 id="tree-heading">${this.t('templates.preview.tree')}</h3>
      <ul class="tree" aria-labelledby="tree-heading">
        ${preview.nodes.map((node) => html`
          <li style="padding-inline-start: ${node.depth * 16}px" data-node=${node.id}>
            <span class="node-name ${node.leaf ? '' : 'group'}">${node.name}</span>
            ${node.depth === 0 ? nothing : html`<span class="weight">${this.percent(node.localWeight)}</span>`}
          </li>`)}
      </ul>
      <h3 id="sample-heading">${this.t('templates.preview.sample', { count: preview.records })}</h3>
      <table aria-labelledby="sample-heading">
        <thead><tr><th>${this.t('templates.preview.grade')}</th><th>${this.t('templates.preview.count')}</th><th></th></tr></thead>
        <tbody>
          ${preview.grades.map((g) => html`
            <tr data-grade=${g.id}>
              <th scope="row">${g.label}</th>
              <td class="count">${g.count.toLocaleString(locale)}</td>
              <td><span class="bar" style="width: ${Math.round((g.count / most) * 120)}px"></span></td>
            </tr>`)}
        </tbody>
      </table>
      <p class="summary">
        <span class="mean">${preview.mean === null ? this.t('templates.preview.noMean') : this.t('templates.preview.mean', { mean: preview.mean.toLocaleString(locale, { maximumFractionDigits: 1 }) })}</span>
        ${preview.failed > 0 ? html` · ${this.t('templates.preview.failed', { count: preview.failed })}` : nothing}
      </p>
    `;
  }
}

customElements.define('sc-template-preview', TemplatePreviewElement);
