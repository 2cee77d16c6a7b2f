// "Cross-check with json-logic-js": every expanded policy's condition and amount run through this
// engine and through the classic interpreter, record by record, listing where they disagree in what
// matters for the outcome (whether the rule fires; the amount as evaluation would count it). Tools
// built on json-logic-js then know which records they would score differently. Rules using what
// json-logic-js does not have (date/time operators, val, chained comparisons...) are skipped with
// the analyser's reason. The classic interpreter is injected: src/core does not depend on it.
import { DEFAULT_ENGINE } from '../logic/engine.ts';
import { analyzeLogic } from '../logic/analysis/analyze.ts';
import type { CompiledLogic, LogicEngine } from '../logic/types.ts';
import { isTruthy } from '../logic/values.ts';
import { numericValue } from '../scorecard/numbers.ts';
import { type ExpandedPolicy, expandRule } from './expand-rules.ts';
import { type PolicyDocument, isTableRule } from './types.ts';

/** json-logic-js's `apply`, or any interpreter with its signature. */
export type ClassicApply = (rule: unknown, data: unknown) => unknown;

export type CrossCheckPart = 'when' | 'amount';

export interface CrossCheckOptions {
  engine?: LogicEngine;
  /** Most differences listed (default 1,000); `differenceCount` counts all. */
  limit?: number;
  /** Called every 1,000 records. */
  onProgress?(done: number, total: number): void;
  /** Asked every 1,000 records; true stops with `cancelled` set. */
  shouldCancel?(): boolean;
}

/** A result as text (JSON where possible; NaN, Infinity, undefined and functions by name) or an error message. */
export interface Observed {
  text: string;
  error: boolean;
}

export interface CrossCheckDifference {
  record: number;
  /** The expanded policy's id. */
  policy: string;
  ruleId: string;
  rowId?: string;
  part: CrossCheckPart;
  ours: Observed;
  classic: Observed;
}

export interface CrossCheckSkip {
  policy: string;
  ruleId: string;
  rowId?: string;
  part: CrossCheckPart;
  /** Where in the document (the decision table for a generated row rule). */
  pointer: string;
  /** English, like the analyser's reasons: the cross-check report is for whoever maintains the other tool. */
  reason: string;
}

export interface CrossCheckResult {
  /** Records checked (fewer than given when cancelled). */
  records: number;
  cancelled: boolean;
  /** Expanded policies with at least one part compared. */
  checked: string[];
  skipped: CrossCheckSkip[];
  differences: CrossCheckDifference[];
  differenceCount: number;
  truncated: boolean;
}

interface Part {
  rule: unknown;
  ours: CompiledLogic;
}

interface Checked {
  policy: ExpandedPolicy;
  /** This engine's condition, also when it is not compared: it says where the amount matters. */
  fire?: CompiledLogic;
  when?: Part;
  amount?: Part;
}

type Run = { value: unknown; error: undefined } | { value: undefined; error: string };

const MAX_TEXT = 200;

function show(value: unknown): string {
  let text: string;
  if (typeof value === 'number' || typeof value === 'bigint' || value === undefined) text = String(value);
  else if (typeof value === 'function') text = 'function';
  else {
    try {
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = typeof value;
    }
  }
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function attempt(run: () => unknown): Run {
  try {
    return { value: run(), error: undefined };
  } catch (error) {
    return { value: undefined, error: error instanceof Error ? error.message : String(error) };
  }
}

const observed = (run: Run): Observed => (run.error === undefined ? { text: show(run.value), error: false } : { text: run.error, error: true });
const fires = (run: Run): boolean => run.error === undefined && isTruthy(run.value);

/** The amount as evaluation counts it; NaN when it would count 0 with an issue. */
const amountOf = (run: Run): number => (run.error === undefined ? numericValue(run.value) : NaN);

function sameAmount(a: number, b: number): boolean {
  if (a !== a || b !== b) return a !== a && b !== b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function pointerOf(doc: PolicyDocument, policy: ExpandedPolicy, part: CrossCheckPart, inner: string): string {
  const at = `/rules/${policy.ruleIndex}`;
  if (isTableRule(doc.rules[policy.ruleIndex]!)) return `${at}/table`;
  return part === 'when' ? `${at}/when${inner}` : `${at}/effect/amount${inner}`;
}

/** The enabled rules' policies; a decision table that cannot be expanded is skipped as a whole. */
function expand(doc: PolicyDocument, skipped: CrossCheckSkip[]): ExpandedPolicy[] {
  return doc.rules.flatMap((rule, index) => {
    try {
      return expandRule(rule, index);
    } catch (error) {
      skipped.push({ policy: rule.id, ruleId: rule.id, part: 'when', pointer: `/rules/${index}/table`, reason: `the decision table cannot be turned into rules: ${error instanceof Error ? error.message : String(error)}` });
      return [];
    }
  });
}

function prepare(doc: PolicyDocument, engine: LogicEngine, skipped: CrossCheckSkip[]): Checked[] {
  return expand(doc, skipped).map((policy) => {
    const checked: Checked = { policy };
    try {
      checked.fire = engine.compile(policy.policy.when);
    } catch {
      // Reported below as the condition's skip reason; the rule never fires here.
    }
    const effect = policy.policy.effect;
    const parts: Array<[CrossCheckPart, unknown]> = [['when', policy.policy.when]];
    if (effect.type === 'points' || effect.type === 'money') parts.push(['amount', effect.amount]);
    for (const [part, rule] of parts) {
      const skip = (reason: string, inner = ''): void => {
        skipped.push({ policy: policy.id, ruleId: policy.ruleId, ...(policy.rowId === undefined ? {} : { rowId: policy.rowId }), part, pointer: pointerOf(doc, policy, part, inner), reason });
      };
      const analysis = analyzeLogic(rule);
      const first = analysis.nonClassic[0];
      if (first !== undefined) {
        skip(`"${first.operator}": ${first.reason}`, first.pointer);
        continue;
      }
      try {
        checked[part] = { rule, ours: engine.compile(rule) };
      } catch (error) {
        skip(`does not compile: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return checked;
  });
}

export function crossCheck(doc: PolicyDocument, records: readonly unknown[], classicApply: ClassicApply, options: CrossCheckOptions = {}): CrossCheckResult {
  const engine = options.engine ?? DEFAULT_ENGINE;
  const limit = options.limit ?? 1000;
  const skipped: CrossCheckSkip[] = [];
  const checks = prepare(doc, engine, skipped);
  const compared = checks.filter((c) => c.when !== undefined || c.amount !== undefined);
  const differences: CrossCheckDifference[] = [];
  let differenceCount = 0;
  const differ = (record: number, policy: ExpandedPolicy, part: CrossCheckPart, ours: Run, classic: Run): void => {
    differenceCount++;
    if (differences.length >= limit) return;
    differences.push({
      record, policy: policy.id, ruleId: policy.ruleId, ...(policy.rowId === undefined ? {} : { rowId: policy.rowId }), part,
      ours: observed(ours), classic: observed(classic),
    });
  };

  let done = 0;
  let cancelled = false;
  for (; done < records.length; done++) {
    if (done % 1000 === 0) {
      if (done > 0) options.onProgress?.(done, records.length);
      if (options.shouldCancel?.()) {
        cancelled = true;
        break;
      }
    }
    const record = records[done];
    for (const { policy, fire, when, amount } of compared) {
      let oursFire: boolean;
      let classicFire: boolean;
      if (when !== undefined) {
        const ours = attempt(() => when.ours(record));
        const classic = attempt(() => classicApply(when.rule, record));
        oursFire = fires(ours);
        classicFire = fires(classic);
        if (oursFire !== classicFire) differ(done, policy, 'when', ours, classic);
      } else {
        // The condition is not classic: the amount matters where this engine fires the rule.
        oursFire = fire !== undefined && fires(attempt(() => fire(record)));
        classicFire = oursFire;
      }
      if (amount === undefined || (!oursFire && !classicFire)) continue;
      const ours = attempt(() => amount.ours(record));
      const classic = attempt(() => classicApply(amount.rule, record));
      if (!sameAmount(amountOf(ours), amountOf(classic))) differ(done, policy, 'amount', ours, classic);
    }
  }
  if (!cancelled) options.onProgress?.(done, records.length);
  return {
    records: done, cancelled, checked: compared.map((c) => c.policy.id), skipped, differences, differenceCount, truncated: differenceCount > differences.length,
  };
}
