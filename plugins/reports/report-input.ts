// The report editor's input: which scorecard over which dataset, and which pages to show.
import type { EditorInput } from '../../src/workbench/api.ts';

export type ReportView = 'person' | 'all' | 'team';

export interface ReportInputData {
  scorecardId: string;
  datasetId: string;
  view: ReportView;
  /** The person shown in the 'person' view (position in the dataset). */
  index?: number;
}

export const REPORT_EDITOR_KIND = 'report';

/** One report tab per scorecard and dataset: opening it again focuses it (the view is switched inside). */
export function reportInput(data: ReportInputData, title: string): EditorInput {
  return { uri: `report:${data.scorecardId}:${data.datasetId}`, kind: REPORT_EDITOR_KIND, title, icon: 'file-text', data };
}

export function isReportInputData(value: unknown): value is ReportInputData {
  const v = value as Partial<ReportInputData> | null;
  return typeof v === 'object' && v !== null && typeof v.scorecardId === 'string' && typeof v.datasetId === 'string' && (v.view === 'person' || v.view === 'all' || v.view === 'team');
}
