// Messages between the results export (page) and its Web Worker: the page says which dataset and
// configuration; the worker loads the records itself, evaluates, writes the file and transfers
// its bytes back, reporting each stage so the page can say what is happening.
import type { Locale } from '../../src/core/localized-text.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import type { DatasetSource } from '../../src/workbench/worker-api.ts';

export type ResultsFileFormat = 'csv' | 'xlsx';

export type ResultsExportRequest = DatasetSource & {
  type: 'export';
  /** Validated on the page: evaluate() throws on a configuration that does not compile. */
  config: ScorecardConfig;
  format: ResultsFileFormat;
  locale: Locale;
};

export type ResultsExportResponse =
  | { type: 'progress'; stage: 'evaluating' | 'writing'; count: number }
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer>; count: number }
  | { type: 'failed'; message: string };
