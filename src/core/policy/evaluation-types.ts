// What evaluatePolicyDocument returns: columns, not objects per record, so 100,000 records cost a
// few typed arrays and the whole result can be posted from a worker with its buffers transferred
// (policyEvaluationTransferables).
import type { PolicyEffect } from '../scorecard/types.ts';

/** Per expanded policy (a rule, or one row of a decision table), over the evaluated records. */
export interface PolicyRuleStats {
  /** The rule's id, or `<rule id>#<row id>` for a decision-table row. */
  readonly id: string;
  readonly ruleId: string;
  readonly rowId?: string;
  readonly effect: PolicyEffect['type'];
  /** Records it fired on. */
  fired: number;
  /** Sum of its points (0 unless a points effect). */
  points: number;
  /** Sum of its money (0 unless a money effect). */
  money: number;
  /** Records it failed on (a `when` or an amount that threw, an amount that is not a number). */
  errors: number;
}

export const VETO_NONE = 0;
export const VETO_CAP = 1;
export const VETO_VOID = 2;

export interface PolicyTotals {
  /** Records evaluated. */
  records: number;
  /** Records on which at least one rule fired. */
  fired: number;
  points: number;
  money: number;
  /** Records voided, and records capped (and not voided). */
  voided: number;
  capped: number;
  /** Records with at least one flag. */
  flagged: number;
  /** Rule failures in all, and records with at least one. */
  errors: number;
  recordsWithErrors: number;
}

export interface PolicyErrorSample {
  record: number;
  /** The expanded policy's id. */
  rule: string;
  message: string;
}

export interface PolicyEvaluation {
  /** Records given; the columns have this length. */
  readonly recordCount: number;
  /** Records evaluated, from index 0: recordCount unless cancelled. Columns past it are zero. */
  evaluated: number;
  cancelled: boolean;
  readonly rules: PolicyRuleStats[];
  /** Per record: sum of points, sum of money. */
  readonly points: Float64Array;
  readonly money: Float64Array;
  /** Per record: VETO_NONE, VETO_CAP or VETO_VOID (a void outranks a cap). */
  readonly veto: Uint8Array;
  /** Per record: rule failures. */
  readonly errors: Uint32Array;
  /** Bitmap, records × rules: rule r fired on record i when bit r % 8 of byte i * firedStride + ⌊r / 8⌋ is set (see hasFired). */
  readonly fired: Uint8Array;
  readonly firedStride: number;
  readonly totals: PolicyTotals;
  /** The first failures, at most MAX_ERROR_SAMPLES, for showing what went wrong. */
  readonly errorSamples: PolicyErrorSample[];
}

export const MAX_ERROR_SAMPLES = 100;

export function hasFired(result: PolicyEvaluation, record: number, rule: number): boolean {
  return (result.fired[record * result.firedStride + (rule >> 3)]! & (1 << (rule & 7))) !== 0;
}

/** The buffers to transfer when posting a result from a worker (they are detached on the sending side). */
export function policyEvaluationTransferables(result: PolicyEvaluation): ArrayBuffer[] {
  return [result.points, result.money, result.veto, result.errors, result.fired].map((column) => column.buffer as ArrayBuffer);
}
