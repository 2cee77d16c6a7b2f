// Running a compiled policy document over records: the hot path of live testing. Each rule on each
// record goes through the scorecard's own runPolicy (docs/scorecard-evaluation.md §5), so the
// designer and evaluate() cannot disagree. The loop allocates nothing per record: results go to
// typed-array columns and per-rule counters; only the first few error messages are kept.
import type { CompiledPolicy } from '../scorecard/compile-policies.ts';
import { newPolicyRun, runPolicy } from '../scorecard/run-policy.ts';
import type { CompiledPolicyDocument } from './compile-policy-document.ts';
import {
  MAX_ERROR_SAMPLES, type PolicyEvaluation, type PolicyRuleStats, type PolicyTotals, VETO_CAP, VETO_NONE, VETO_VOID,
} from './evaluation-types.ts';
import type { PolicyOutcome } from './types.ts';

export { compilePolicyDocument } from './compile-policy-document.ts';
export type { CompiledPolicyDocument, PolicyCompileProblem } from './compile-policy-document.ts';

export interface EvaluatePolicyOptions {
  /** Called after every chunk with the records done so far. */
  onProgress?(done: number, total: number): void;
  /** Asked before every chunk; true stops with `cancelled` set and the records done so far. */
  shouldCancel?(): boolean;
  /** Records per chunk (default 10,000). */
  chunk?: number;
}

export interface EvaluatePolicyAsyncOptions extends EvaluatePolicyOptions {
  /** Awaited between chunks so a worker can receive a cancel message (default: a zero-delay timeout). */
  pause?(): Promise<void>;
}

const DEFAULT_CHUNK = 10_000;

// Effect kinds as small integers: the inner loop switches on a byte, not on a string.
const POINTS = 0;
const MONEY = 1;
const VOID = 2;
const CAP = 3;
const FLAG = 4;

function kindOf(cp: CompiledPolicy): number {
  const effect = cp.effect;
  switch (effect.type) {
    case 'points': return POINTS;
    case 'money': return MONEY;
    case 'veto': return effect.mode === 'void' ? VOID : CAP;
    default: return FLAG;
  }
}

/** The state of one evaluation, advanced chunk by chunk. */
class PolicyRunState {
  readonly result: PolicyEvaluation;
  private readonly compiled: readonly CompiledPolicy[];
  private readonly kinds: Uint8Array;
  private readonly ruleFired: Float64Array;
  private readonly rulePoints: Float64Array;
  private readonly ruleMoney: Float64Array;
  private readonly ruleErrors: Float64Array;
  private readonly run = newPolicyRun();

  constructor(doc: CompiledPolicyDocument, private readonly records: readonly unknown[]) {
    const R = doc.compiled.length;
    const n = records.length;
    this.compiled = doc.compiled;
    this.kinds = Uint8Array.from(doc.compiled, kindOf);
    this.ruleFired = new Float64Array(R);
    this.rulePoints = new Float64Array(R);
    this.ruleMoney = new Float64Array(R);
    this.ruleErrors = new Float64Array(R);
    const firedStride = (R + 7) >> 3;
    const totals: PolicyTotals = { records: 0, fired: 0, points: 0, money: 0, voided: 0, capped: 0, flagged: 0, errors: 0, recordsWithErrors: 0 };
    const rules: PolicyRuleStats[] = doc.policies.map((p) => ({
      id: p.id, ruleId: p.ruleId, ...(p.rowId === undefined ? {} : { rowId: p.rowId }), effect: p.policy.effect.type, fired: 0, points: 0, money: 0, errors: 0,
    }));
    this.result = {
      recordCount: n, evaluated: 0, cancelled: false, rules,
      points: new Float64Array(n), money: new Float64Array(n), veto: new Uint8Array(n), errors: new Uint32Array(n),
      fired: new Uint8Array(n * firedStride), firedStride, totals, errorSamples: [],
    };
  }

  /** Evaluates records [evaluated, end). */
  advance(end: number): void {
    const { records, compiled, kinds, run, ruleFired, rulePoints, ruleMoney, ruleErrors, result } = this;
    const { points, money, veto, errors, fired, firedStride, totals, errorSamples } = result;
    const R = compiled.length;
    for (let i = result.evaluated; i < end; i++) {
      const record = records[i];
      const base = i * firedStride;
      let pts = 0, mon = 0, vetoCode = VETO_NONE, errs = 0, any = false, flagged = false;
      for (let r = 0; r < R; r++) {
        runPolicy(compiled[r]!, record, run);
        if (run.error !== null) {
          errs++;
          ruleErrors[r]++;
          if (errorSamples.length < MAX_ERROR_SAMPLES) errorSamples.push({ record: i, rule: result.rules[r]!.id, message: run.error });
        }
        if (!run.fired) continue;
        any = true;
        fired[base + (r >> 3)] |= 1 << (r & 7);
        ruleFired[r]++;
        switch (kinds[r]) {
          case POINTS: pts += run.amount; rulePoints[r] += run.amount; break;
          case MONEY: mon += run.amount; ruleMoney[r] += run.amount; break;
          case VOID: vetoCode = VETO_VOID; break;
          case CAP: if (vetoCode === VETO_NONE) vetoCode = VETO_CAP; break;
          default: flagged = true;
        }
      }
      points[i] = pts;
      money[i] = mon;
      veto[i] = vetoCode;
      errors[i] = errs;
      totals.points += pts;
      totals.money += mon;
      if (any) totals.fired++;
      if (vetoCode === VETO_VOID) totals.voided++;
      else if (vetoCode === VETO_CAP) totals.capped++;
      if (flagged) totals.flagged++;
      if (errs > 0) {
        totals.errors += errs;
        totals.recordsWithErrors++;
      }
    }
    result.evaluated = end;
    totals.records = end;
    this.publish();
  }

  /** Copies the per-rule counters into the result's rule list (once per chunk, not per record). */
  private publish(): void {
    const rules = this.result.rules;
    for (let r = 0; r < rules.length; r++) {
      const stats = rules[r]!;
      stats.fired = this.ruleFired[r]!;
      stats.points = this.rulePoints[r]!;
      stats.money = this.ruleMoney[r]!;
      stats.errors = this.ruleErrors[r]!;
    }
  }
}

function chunkOf(options: EvaluatePolicyOptions | undefined): number {
  const chunk = options?.chunk;
  return chunk !== undefined && chunk >= 1 ? Math.floor(chunk) : DEFAULT_CHUNK;
}

/** Evaluates every record (synchronously, in chunks between which progress is reported and cancellation asked). */
export function evaluatePolicyDocument(compiled: CompiledPolicyDocument, records: readonly unknown[], options?: EvaluatePolicyOptions): PolicyEvaluation {
  const state = new PolicyRunState(compiled, records);
  const n = records.length;
  const chunk = chunkOf(options);
  for (let done = 0; done < n; ) {
    if (options?.shouldCancel?.()) {
      state.result.cancelled = true;
      break;
    }
    done = Math.min(n, done + chunk);
    state.advance(done);
    options?.onProgress?.(done, n);
  }
  return state.result;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The same, yielding between chunks: in a worker, a cancel message can then arrive while it runs. */
export async function evaluatePolicyDocumentAsync(
  compiled: CompiledPolicyDocument, records: readonly unknown[], options?: EvaluatePolicyAsyncOptions,
): Promise<PolicyEvaluation> {
  const state = new PolicyRunState(compiled, records);
  const n = records.length;
  const chunk = chunkOf(options);
  const pause = options?.pause ?? nextTask;
  for (let done = 0; done < n; ) {
    if (done > 0) await pause();
    if (options?.shouldCancel?.()) {
      state.result.cancelled = true;
      break;
    }
    done = Math.min(n, done + chunk);
    state.advance(done);
    options?.onProgress?.(done, n);
  }
  return state.result;
}

/** One record's outcome, with names: what a test case, a trace or a tooltip shows. */
export function outcomeOf(compiled: CompiledPolicyDocument, record: unknown): PolicyOutcome {
  const outcome: PolicyOutcome = { fired: [], points: 0, money: 0, flags: [], veto: 'none', capGrades: [], errors: [] };
  const run = newPolicyRun();
  compiled.compiled.forEach((cp, r) => {
    const id = compiled.policies[r]!.id;
    runPolicy(cp, record, run);
    if (run.error !== null) outcome.errors.push({ rule: id, message: run.error });
    if (!run.fired) return;
    outcome.fired.push(id);
    const effect = cp.effect;
    if (effect.type === 'points') outcome.points += run.amount;
    else if (effect.type === 'money') outcome.money += run.amount;
    else if (effect.type === 'flag') outcome.flags.push(effect.flag);
    else if (effect.mode === 'void') outcome.veto = 'void';
    else {
      if (outcome.veto === 'none') outcome.veto = 'cap';
      if (!outcome.capGrades.includes(effect.grade)) outcome.capGrades.push(effect.grade);
    }
  });
  return outcome;
}
