import { css, html, nothing } from 'lit';
import { treeColumnHeader } from '../../src/core/export/tree-sheet.ts';
import { buttonStyles, WorkbenchElement } from '../../src/workbench/api.ts';
import type { TreeImportReport } from './import-actions.ts';

/**
 * The report of an indicator-sheet import: what happened (nothing changed, tree replaced, new
 * scorecard) and each problem of the sheet by spreadsheet row and column, in the display language,
 * so the user can fix the file and import it again.
 *
 * @fires import-again - when the user asks to choose a corrected file.
 */
export class TreeImportReportElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    report: { attribute: false },
  };

  static override styles = [buttonStyles, css`
    :host { display: block; height: 100%; overflow: auto; box-sizing: border-box; padding: 16px 24px; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    h2 { font-size: 1.2em; font-weight: 600; margin: 0 0 8px; }
    table { border-collapse: collapse; margin: 12px 0; }
    th, td { border: 1px solid var(--vscode-panel-border); padding: 3px 8px; text-align: left; vertical-align: top; }
    td.row { text-align: right; font-variant-numeric: tabular-nums; }
    .hint { color: var(--vscode-descriptionForeground); }
    .rejected { color: var(--vscode-errorForeground); }
  `];

  /** The import to report on. */
  declare report: TreeImportReport | undefined;

  private summary(report: TreeImportReport): string {
    const args = { file: report.fileName, count: report.outcome === 'rejected' ? report.problems.length : report.indicators };
    return this.t(`spreadsheets.report.${report.outcome}`, args);
  }

  override render() {
    const report = this.report;
    if (!report) return nothing;
    const locale = this.services?.i18n.locale ?? 'en';
    return html`
      <h2 class=${report.outcome}>${this.summary(report)}</h2>
      ${report.configErrors > 0 ? html`<p class="hint">${this.t('spreadsheets.report.configErrors', { count: report.configErrors })}</p>` : nothing}
      ${report.problems.length === 0 ? nothing : html`
        <table>
          <thead><tr><th>${this.t('spreadsheets.report.row')}</th><th>${this.t('spreadsheets.report.column')}</th><th>${this.t('spreadsheets.report.problem')}</th></tr></thead>
          <tbody>${report.problems.map((p) => html`<tr>
            <td class="row">${p.row}</td>
            <td>${p.column ? treeColumnHeader(p.column, locale) : ''}</td>
            <td>${p.message[locale]}</td>
          </tr>`)}</tbody>
        </table>
        <p class="hint">${this.t('spreadsheets.report.hint')}</p>
        <button class="button" @click=${() => this.dispatchEvent(new CustomEvent('import-again', { bubbles: true, composed: true }))}>${this.t('spreadsheets.report.importAgain')}</button>`}
    `;
  }
}

if (!customElements.get('sc-tree-import-report')) customElements.define('sc-tree-import-report', TreeImportReportElement);
