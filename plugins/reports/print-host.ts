// Printing without the workbench: the pages are copied into a container directly under <body>, and
// a document-level print stylesheet hides everything else. Printing the editor in place would keep
// the shell's fixed-height, overflow-hidden panes around it, which cut the output to one page;
// @page rules also only count in the document's own style sheets, not in a shadow root's.
import type { AppraisalReport, TeamSummary } from '../../src/core/reports/report-types.ts';
import type { WorkbenchServices } from '../../src/workbench/api.ts';
import { ReportBookElement } from './report-book.ts';

const STYLE_ID = 'sc-report-print-style';
const HOST_CLASS = 'sc-report-print-host';

export const PRINT_STYLESHEET = `
@media print {
  @page { size: A4; margin: 15mm; }
  html, body { height: auto !important; overflow: visible !important; background: #ffffff !important; color-scheme: light; }
  body > :not(.${HOST_CLASS}) { display: none !important; }
}
@media screen {
  .${HOST_CLASS} { display: none; }
}`;

export interface PrintPages {
  reports: AppraisalReport[];
  team: TeamSummary | undefined;
}

/** Adds the print stylesheet to the document once. */
export function installPrintStylesheet(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PRINT_STYLESHEET;
  doc.head.append(style);
}

/** Puts `pages` in the print host (replacing what it held) and resolves once they are rendered. */
export async function preparePrintHost(services: WorkbenchServices, pages: PrintPages, doc: Document = document): Promise<HTMLElement> {
  installPrintStylesheet(doc);
  let host = doc.querySelector<HTMLElement>(`.${HOST_CLASS}`);
  if (!host) {
    host = doc.createElement('div');
    host.className = HOST_CLASS;
    doc.body.append(host);
  }
  const book = new ReportBookElement();
  book.services = services;
  book.reports = pages.reports;
  book.team = pages.team;
  host.replaceChildren(book);
  await book.updateComplete;
  return host;
}

/** Empties the print host after printing (the pages can be large). */
export function clearPrintHost(doc: Document = document): void {
  doc.querySelector(`.${HOST_CLASS}`)?.replaceChildren();
}
