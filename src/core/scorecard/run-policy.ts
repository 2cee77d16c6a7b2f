// One compiled policy on one record, as docs/scorecard-evaluation.md §5 says: whether it fires and
// the amount it contributes. Shared by evaluate() and the policy designer's live evaluation so the
// two can never disagree; it writes into a caller-owned scratch object so that running it for
// every record and rule allocates nothing.
import { isTruthy } from '../logic/values.ts';
import type { CompiledPolicy } from './compile-policies.ts';
import { clamp, numericValue } from './numbers.ts';

/** The reusable result of runPolicy; read it before the next call. */
export interface PolicyRun {
  fired: boolean;
  /** points: clamped to the policy's min/max; money: as computed; 0 for vetoes and flags and when not fired. */
  amount: number;
  /** Why the rule failed on this record (a `when` that throws does not fire), or null. At most one per run. */
  error: string | null;
}

export const AMOUNT_NOT_A_NUMBER = 'the amount is not a number; counted as 0';

export function newPolicyRun(): PolicyRun {
  return { fired: false, amount: 0, error: null };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function runPolicy(cp: CompiledPolicy, record: unknown, out: PolicyRun): void {
  out.fired = false;
  out.amount = 0;
  out.error = null;
  try {
    if (!isTruthy(cp.when(record))) return;
  } catch (error) {
    out.error = message(error);
    return;
  }
  out.fired = true;
  const effect = cp.effect;
  if (effect.type !== 'points' && effect.type !== 'money') return;
  let amount = NaN;
  try {
    amount = numericValue(cp.amount!(record));
  } catch (error) {
    out.error = message(error);
  }
  if (amount !== amount) {
    // A throwing amount already says why; NaN from a non-numeric value says it here.
    if (out.error === null) out.error = AMOUNT_NOT_A_NUMBER;
    amount = 0;
  }
  out.amount = effect.type === 'points' ? clamp(amount, effect.min ?? -Infinity, effect.max ?? Infinity) : amount;
}
