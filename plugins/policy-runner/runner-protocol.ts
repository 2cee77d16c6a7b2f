// Messages between the live test runner (page) and its Web Worker. The worker keeps the chosen
// dataset's records; each edit sends only the policy document, and a newer run supersedes an
// older one at the next chunk boundary (the worker yields between chunks to read its messages).
import type { RunComparison } from '../../src/core/policy/compare-runs.ts';
import type { PolicyEvaluation } from '../../src/core/policy/evaluation-types.ts';
import type { DeclaredOperator } from '../../src/core/logic/declared-operators.ts';
import type { PolicyDocument } from '../../src/core/policy/types.ts';
import type { DatasetSource } from '../../src/workbench/worker-api.ts';

export type RunnerRequest =
  /** Load a dataset: from IndexedDB inside the worker (`databaseName`), or the rows sent along (in-memory workspaces). */
  | (DatasetSource & { type: 'load'; revision: number })
  /** `operators`: the operators plugins declare (the worker builds the same engine as the page). */
  | { type: 'run'; runId: number; document: PolicyDocument; operators?: DeclaredOperator[] }
  | { type: 'cancel'; runId: number }
  /** The record at a position of the loaded dataset (for traces and pinning). */
  | { type: 'record'; requestId: number; index: number }
  /** Compare the current document's outcomes with another document's (a previous version) on the same records. */
  | { type: 'compare'; requestId: number; document: PolicyDocument; previous: PolicyDocument; operators?: DeclaredOperator[] }
  /** Run the same rules through json-logic-js and list disagreements. */
  | { type: 'cross-check'; requestId: number; document: PolicyDocument; operators?: DeclaredOperator[] };

export type RunnerResponse =
  | { type: 'loaded'; datasetId: string; revision: number; count: number; ms: number }
  | { type: 'load-failed'; datasetId: string; message: string }
  | { type: 'progress'; runId: number; done: number; total: number }
  /** `rowIds[i]` is the dataset row of record i (its buffer is transferred along with the evaluation's). */
  | { type: 'result'; runId: number; ms: number; evaluation: PolicyEvaluation; rowIds: Float64Array }
  | { type: 'run-failed'; runId: number; message: string; pointer?: string }
  | { type: 'cancelled'; runId: number }
  | { type: 'record'; requestId: number; rowId: number; record: Record<string, unknown> | undefined }
  | { type: 'compared'; requestId: number; comparison: RunComparison }
  | { type: 'cross-checked'; requestId: number; differences: CrossCheckDifference[]; total: number; skipped: Array<{ rule: string; reason: string }> }
  | { type: 'request-failed'; requestId: number; message: string };

export interface CrossCheckDifference {
  index: number;
  rowId: number;
  rule: string;
  part: 'when' | 'amount';
  /** The value each interpreter produced, as text (or the error it threw). */
  ours: string;
  classic: string;
}
