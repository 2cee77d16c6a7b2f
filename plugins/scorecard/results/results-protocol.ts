// Messages between the scorecard's live results (page) and their Web Worker. The worker keeps the
// chosen dataset's records, so each edit sends only the configuration. evaluate() has no chunked
// variant, so a run is not stopped midway: the worker starts only the newest run it has been sent
// and drops the result of one that a newer run superseded while it was evaluating.
import type { EvaluationComparison } from '../../../src/core/scorecard/compare-evaluations.ts';
import type { PackedEvaluation } from '../../../src/core/scorecard/packed-evaluation.ts';
import type { PopulationCharts } from '../../../src/core/scorecard/charts/population.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { DatasetSource } from '../../../src/workbench/worker-api.ts';

export type ResultsRequest =
  /** Load a dataset: from IndexedDB inside the worker (`databaseName`), or the rows sent along (in-memory workspaces). */
  | (DatasetSource & { type: 'load'; revision: number })
  /** Evaluate `config` (already validated on the page) over the loaded records. */
  | { type: 'run'; runId: number; config: ScorecardConfig }
  /** The record at a position of the loaded dataset. */
  | { type: 'record'; requestId: number; index: number }
  /** What-if: `config` and its `variant` over the same records. */
  | { type: 'compare'; requestId: number; config: ScorecardConfig; variant: ScorecardConfig }
  /** The columns of a result the page no longer shows, transferred back for the next runs to reuse. */
  | { type: 'recycle'; buffers: ArrayBuffer[] };

export type ResultsResponse =
  | { type: 'loaded'; datasetId: string; revision: number; count: number; ms: number }
  | { type: 'load-failed'; datasetId: string; message: string }
  /** The evaluation, packed (its columns transferred; unpackEvaluation rebuilds it). `ms`: time spent evaluating in the worker. */
  /**
   * `sameLabels`: the records' ids and names are those of the previous result posted (for the
   * same load), so they were left out (`ids` and `names` are empty): 100,000 strings cost more to
   * clone than the rest of the result.
   */
  | { type: 'result'; runId: number; ms: number; evaluation: PackedEvaluation; charts: PopulationCharts; sameLabels: boolean }
  | { type: 'run-failed'; runId: number; message: string }
  /** A newer run arrived first: this one was skipped or its result dropped. */
  | { type: 'superseded'; runId: number }
  | { type: 'record'; requestId: number; rowId: number; record: Record<string, unknown> | undefined }
  | { type: 'compared'; requestId: number; comparison: EvaluationComparison }
  | { type: 'request-failed'; requestId: number; message: string };
