// What the import editor needs from the import pipeline (src/platform/data-import), in one place:
// import-editor.ts depends on this interface; index.ts passes the real one.
import type { TextEncodingName } from '../../src/core/data/decode-text.ts';
import type { RowProblem } from '../../src/core/data/types.ts';
import type { FieldDef } from '../../src/core/scorecard/types.ts';

export type ImportFormat = 'csv' | 'json' | 'xlsx';
/** See BadRowsMode in src/platform/data-import: 'fix' keeps the rows and lists their bad cells with the dataset. */
export type BadRowPolicy = 'skip' | 'keep-empty' | 'stop' | 'fix';

export interface ImportPreviewOptions {
  format?: ImportFormat;
  encoding?: TextEncodingName;
  delimiter?: string;
}

export interface ImportPreview {
  format: ImportFormat;
  encoding?: TextEncodingName;
  delimiter?: string;
  columns: string[];
  /** The first rows as text, for the preview table. */
  sampleRecords: Record<string, unknown>[];
  inferredFields: FieldDef[];
  problems: RowProblem[];
}

export interface ImportRequest extends ImportPreviewOptions {
  name: string;
  fields: FieldDef[];
  badRows: BadRowPolicy;
}

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface ImportOutcome {
  datasetId: string;
  rows: number;
  skippedRows: number;
  problems: RowProblem[];
  problemCount: number;
  /** 'fix': rows imported with cells to fix. */
  rowsToFix?: number;
}

export interface ImportJob {
  onProgress(listener: (progress: ImportProgress) => void): void;
  readonly done: Promise<ImportOutcome>;
  cancel(): void;
}

export interface ImportBackend {
  preview(file: Blob & { name?: string }, options?: ImportPreviewOptions): Promise<ImportPreview>;
  start(file: Blob & { name?: string }, request: ImportRequest): ImportJob;
}
