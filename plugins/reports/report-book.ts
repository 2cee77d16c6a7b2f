// The printable pages: the team summary (when asked for) and one page per person, laid out as A4
// sheets. The same element is shown in the report editor and copied into the print host.
import { html, nothing, type TemplateResult } from 'lit';
import type { AppraisalReport, TeamSummary } from '../../src/core/reports/report-types.ts';
import { WorkbenchElement } from '../../src/workbench/api.ts';
import { renderPersonPage } from './person-report-page.ts';
import { reportPageStyles } from './report-page-styles.ts';
import { reportTexts } from './report-texts.ts';
import { renderTeamPage } from './team-summary-page.ts';

/**
 * @property reports - the persons' reports, one page each, in this order
 * @property team - the team summary, printed first when set
 */
export class ReportBookElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    reports: { attribute: false },
    team: { attribute: false },
  };

  static override styles = reportPageStyles;

  declare reports: AppraisalReport[];
  declare team: TeamSummary | undefined;

  constructor() {
    super();
    this.reports = [];
    this.team = undefined;
  }

  override render(): TemplateResult {
    // The reports were built in one language; their labels and the catalog's must agree.
    const locale = this.reports[0]?.locale ?? this.team?.locale ?? this.services?.i18n.locale ?? 'en';
    const texts = reportTexts(locale, (key, args) => this.t(key, args));
    return html`${this.team ? renderTeamPage(this.team, texts) : nothing}${this.reports.map((r) => renderPersonPage(r, texts))}`;
  }
}

if (!customElements.get('sc-report-book')) customElements.define('sc-report-book', ReportBookElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-report-book': ReportBookElement;
  }
}
