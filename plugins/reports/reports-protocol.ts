// Messages between a report editor and its Web Worker. The worker reads the dataset itself (from
// IndexedDB, so the page never decodes 100,000 records) and evaluates the scorecard in columns;
// the page unpacks the result and builds the report only for the persons it shows.
import type { PackedEvaluation } from '../../src/core/scorecard/packed-evaluation.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import type { DatasetSource } from '../../src/workbench/worker-api.ts';

export type ReportsRequest =
  /** Evaluate `config` (validated on the page) over the dataset; it is loaded again only when `revision` changed. */
  | (DatasetSource & { type: 'evaluate'; runId: number; revision: number; config: ScorecardConfig });

export type ReportsResponse =
  | { type: 'evaluated'; runId: number; evaluation: PackedEvaluation }
  | { type: 'failed'; runId: number; message: string };

