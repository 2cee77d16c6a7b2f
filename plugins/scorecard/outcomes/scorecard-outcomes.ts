import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { validateConfig, type ConfigProblem } from '../../../src/core/scorecard/validate.ts';
import type { FieldDef, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { WorkbenchElement } from '../../../src/workbench/api.ts';
import './attached-policies.ts';
import './forced-distribution-editor.ts';
import './grade-bands-editor.ts';
import type { OutcomesChangeDetail } from './outcomes-section.ts';
import './raters-editor.ts';

export type { OutcomesChangeDetail } from './outcomes-section.ts';

/**
 * "Rules and outcomes" of a scorecard: the grade bands (label, minimum total, colour, bonus
 * coefficient), an optional forced distribution, 360-degree rater classes and their weights, and
 * the service rules attached from the policy designer, in order. Each part shows the problems
 * validateConfig reports for it, in the display language.
 *
 * Controlled: it never changes `config`; every user edit fires `outcomes-change` with the edited
 * configuration, and the host applies it (undoably) and passes it back. Setting `config` from code
 * fires nothing.
 *
 * @fires outcomes-change - detail {@link OutcomesChangeDetail}; bubbles, composed
 */
export class ScorecardOutcomesElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    config: { attribute: false },
    datasetFields: { attribute: false },
  };

  /** The test dataset's fields (declared for the rules a policy brings along). */
  declare datasetFields: readonly FieldDef[];

  /** The scorecard configuration shown (never mutated). */
  declare config: ScorecardConfig | undefined;

  /** What validateConfig reports for `config` (worked out once per configuration). */
  private problems: readonly ConfigProblem[] = [];

  constructor() {
    super();
    this.config = undefined;
    this.datasetFields = [];
  }

  static override styles = css`
    :host { display: block; }
    section { margin: 0 0 16px; }
    h3 { font-size: 1em; margin: 0 0 6px; padding-bottom: 2px; border-bottom: 1px solid var(--vscode-panel-border); }
  `;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('config')) this.problems = this.config ? validateConfig(this.config).problems : [];
  }

  private onEdit(e: CustomEvent<OutcomesChangeDetail>): void {
    e.stopPropagation();
    const detail: OutcomesChangeDetail = { config: e.detail.config, label: e.detail.label };
    // Shown at once, and the base of the next edit even before the host passes the config back.
    this.config = detail.config;
    this.dispatchEvent(new CustomEvent<OutcomesChangeDetail>('outcomes-change', { detail, bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const config = this.config;
    if (!config) return html``;
    const onEdit = (e: CustomEvent<OutcomesChangeDetail>) => this.onEdit(e);
    return html`
      <section class="grades" aria-labelledby="grades-heading">
        <h3 id="grades-heading">${this.t('scorecard.outcomes.bands.title')}</h3>
        <sc-grade-bands-editor .services=${this.services} .config=${config} .problems=${this.problems} @outcome-edit=${onEdit}></sc-grade-bands-editor>
      </section>
      <section class="forced" aria-labelledby="forced-heading">
        <h3 id="forced-heading">${this.t('scorecard.outcomes.forced.title')}</h3>
        <sc-forced-distribution-editor .services=${this.services} .config=${config} .problems=${this.problems} @outcome-edit=${onEdit}></sc-forced-distribution-editor>
      </section>
      <section class="raters" aria-labelledby="raters-heading">
        <h3 id="raters-heading">${this.t('scorecard.outcomes.raters.title')}</h3>
        <sc-raters-editor .services=${this.services} .config=${config} .problems=${this.problems} @outcome-edit=${onEdit}></sc-raters-editor>
      </section>
      <section class="policies" aria-labelledby="policies-heading">
        <h3 id="policies-heading">${this.t('scorecard.outcomes.policies.title')}</h3>
        <sc-attached-policies .services=${this.services} .config=${config} .datasetFields=${this.datasetFields} .problems=${this.problems} @outcome-edit=${onEdit}></sc-attached-policies>
      </section>`;
  }
}

customElements.define('sc-scorecard-outcomes', ScorecardOutcomesElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-scorecard-outcomes': ScorecardOutcomesElement;
  }
}
