import { css, html, nothing, type TemplateResult } from 'lit';
import type { FindingSeverity, TableAnalysis, TableGap } from '../../../src/core/policy/decision-table/index.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';

interface Listed {
  severity: FindingSeverity;
  text: string;
  pointer: string;
}

const ICONS: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * What analysis found in a decision table, live under the grid: problems and overlapping rows
 * (errors and warnings first, notes folded away), and the list of gaps, each with a button that
 * adds a row covering it.
 *
 * @fires gap-add - detail { gap } when the user asks for a row covering the gap
 * @fires finding-reveal - detail { pointer } when the user asks to see where a finding is
 */
export class DecisionTableAnalysisElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    analysis: { attribute: false },
  };

  /** The analysis to show (from analyzeDecisionTable). */
  declare analysis: TableAnalysis | undefined;

  constructor() {
    super();
    this.analysis = undefined;
  }

  static override styles = [buttonStyles, css`
    :host { display: block; margin-top: 8px; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
    h4 { font-size: 1em; font-weight: 600; margin: 8px 0 4px; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; gap: 6px; align-items: flex-start; padding: 2px 0; }
    li .text { flex: 1; }
    sc-codicon.error { color: var(--vscode-errorForeground); }
    sc-codicon.warning { color: var(--vscode-notificationsWarningIcon-foreground, #bf8803); }
    sc-codicon.info { color: var(--vscode-notificationsInfoIcon-foreground, #1a85ff); }
    .ok, .hint, summary { color: var(--vscode-descriptionForeground); }
    .link { border: 1px solid transparent; background: transparent; color: var(--vscode-textLink-foreground); font: inherit; cursor: pointer; padding: 0 4px; }
    .link:hover { text-decoration: underline; }
    .link:focus-visible, summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
    .button { white-space: nowrap; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `];

  private fire(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private get locale(): 'en' | 'zh-CN' {
    return this.services?.i18n.locale ?? 'en';
  }

  override render() {
    const analysis = this.analysis;
    if (!analysis) return nothing;
    const locale = this.locale;
    const findings: Listed[] = [
      ...analysis.problems.map((p) => ({ severity: p.severity, text: p.message[locale], pointer: p.pointer })),
      ...analysis.overlaps.map((o) => ({ severity: o.severity, text: o.message[locale], pointer: o.pointer })),
    ];
    const order: FindingSeverity[] = ['error', 'warning', 'info'];
    findings.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
    const serious = findings.filter((f) => f.severity !== 'info');
    const notes = findings.filter((f) => f.severity === 'info');
    const clean = serious.length === 0 && analysis.gaps.length === 0;
    return html`<section aria-label=${this.t('policy.table.analysis.title')}>
      <div role="status" class=${clean ? 'ok' : 'summary'}>${clean
        ? this.t('policy.table.analysis.clean')
        : this.t('policy.table.analysis.summary', { problems: serious.length, gaps: analysis.gaps.length })}</div>
      ${serious.length > 0 ? html`<ul class="findings">${serious.map((f) => this.renderFinding(f))}</ul>` : nothing}
      ${analysis.gaps.length > 0 ? this.renderGaps(analysis) : nothing}
      ${notes.length > 0 ? html`<details><summary>${this.t('policy.table.analysis.notes', { count: notes.length })}</summary>
        <ul class="notes">${notes.map((f) => this.renderFinding(f))}</ul></details>` : nothing}
      ${analysis.overlapsCapped ? html`<p class="hint">${this.t('policy.table.analysis.overlapsCapped')}</p>` : nothing}
    </section>`;
  }

  private renderFinding(f: Listed): TemplateResult {
    return html`<li class=${f.severity}>
      <sc-codicon class=${f.severity} name=${ICONS[f.severity]} aria-hidden="true"></sc-codicon><span class="visually-hidden">${this.t(`policy.table.severity.${f.severity}`)}</span>
      <span class="text">${f.text}</span>
      ${f.pointer.startsWith('/rows/') || f.pointer.startsWith('/inputs/')
        ? html`<button class="link" @click=${() => this.fire('finding-reveal', { pointer: f.pointer })}>${this.t('policy.table.analysis.show')}</button>`
        : nothing}
    </li>`;
  }

  private renderGaps(analysis: TableAnalysis): TemplateResult {
    const locale = this.locale;
    return html`<h4>${this.t('policy.table.analysis.gaps', { count: analysis.gaps.length })}</h4>
      <ul class="gaps">${analysis.gaps.map((gap: TableGap) => html`<li class=${gap.severity}>
        <sc-codicon class=${gap.severity} name=${ICONS[gap.severity]} aria-hidden="true"></sc-codicon><span class="visually-hidden">${this.t(`policy.table.severity.${gap.severity}`)}</span>
        <span class="text">${gap.message[locale]}</span>
        <button class="button secondary add-gap-row" aria-label=${this.t('policy.table.analysis.addRowFor', { gap: gap.conditions[locale] })}
          @click=${() => this.fire('gap-add', { gap })}>${this.t('policy.table.analysis.addRow')}</button>
      </li>`)}</ul>
      ${analysis.gapsCapped ? html`<p class="hint">${this.t('policy.table.analysis.gapsCapped', { cells: analysis.cellsExamined.toLocaleString(locale) })}</p>` : nothing}`;
  }
}

customElements.define('sc-decision-table-analysis', DecisionTableAnalysisElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-decision-table-analysis': DecisionTableAnalysisElement;
  }
}
