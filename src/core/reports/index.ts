// Per-person appraisal reports and the team summary: data for printed pages, no DOM.
export { appraisalReport, reportContext } from './appraisal-report.ts';
export type { AppraisalReportOptions, ReportContext } from './appraisal-report.ts';
export { teamSummary } from './team-summary.ts';
export type { TeamSummaryOptions } from './team-summary.ts';
export type * from './report-types.ts';
