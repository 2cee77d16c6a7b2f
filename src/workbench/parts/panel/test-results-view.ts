import { css, html } from 'lit';
import type { DisposableStore } from '../../../base/lifecycle.ts';
import { WorkbenchElement } from '../../base/workbench-element.ts';
import '../../base/codicon.ts';
import type { WorkbenchServices } from '../../services/workbench-services.ts';

/** The Test Results panel: the latest run of every suite published to the test results service. */
export class TestResultsViewElement extends WorkbenchElement {
  static override styles = css`
    :host { display: block; padding: 4px 12px; font-size: 13px; }
    .summary { margin: 4px 0; }
    h3 { font-size: 13px; margin: 8px 0 2px; }
    ul { list-style: none; margin: 0; padding: 0 0 0 8px; }
    li { display: flex; gap: 6px; align-items: baseline; }
    .passed { color: var(--vscode-testing-iconPassed); }
    .failed, .errored { color: var(--vscode-testing-iconFailed); }
    .message { color: var(--vscode-descriptionForeground); }
    .empty { color: var(--vscode-descriptionForeground); padding: 4px 0; }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.testResults.onDidChange(() => this.requestUpdate()));
  }

  override render() {
    const results = this.services?.testResults;
    const runs = results?.all() ?? [];
    if (!results || runs.length === 0) return html`<div class="empty">${this.t('workbench.panel.noTestResults')}</div>`;
    const { passed, failed } = results.summary();
    return html`
      <div class="summary">${this.t('workbench.panel.testSummary', { passed, failed })}</div>
      ${runs.map((run) => html`<h3>${run.title}</h3><ul>
        ${run.cases.map((c) => html`<li data-outcome=${c.outcome}>
          <sc-codicon class=${c.outcome} name=${c.outcome === 'passed' ? 'pass' : c.outcome === 'skipped' ? 'circle-slash' : 'error'}></sc-codicon>
          <span>${c.name}</span>${c.message ? html`<span class="message">${c.message}</span>` : ''}
        </li>`)}
      </ul>`)}
    `;
  }
}

if (!customElements.get('sc-test-results-view')) customElements.define('sc-test-results-view', TestResultsViewElement);
