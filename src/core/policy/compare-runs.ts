// Two evaluations of the same records (the current rules against a previous version): which records'
// outcomes changed, how, and by how much, biggest point swings first. Rules are matched by id, so
// rules added or removed between the versions show as rules newly firing or no longer firing.
import { type PolicyEvaluation, VETO_CAP, VETO_VOID, hasFired } from './evaluation-types.ts';
import type { PolicyOutcome } from './types.ts';

export interface RecordChange {
  record: number;
  pointsBefore: number;
  pointsAfter: number;
  pointsDelta: number;
  moneyBefore: number;
  moneyAfter: number;
  moneyDelta: number;
  vetoBefore: PolicyOutcome['veto'];
  vetoAfter: PolicyOutcome['veto'];
  /** Expanded policy ids that fire now and did not before (including rules that are new). */
  firedAdded: string[];
  /** Ids that fired before and do not now (including rules that were removed). */
  firedRemoved: string[];
}

export interface RuleChange {
  id: string;
  /** Records it fired on in each run; null when the rule is not in that run. */
  firedBefore: number | null;
  firedAfter: number | null;
  /** Records it fires on now and did not before, and the other way round. */
  newlyFired: number;
  noLongerFired: number;
}

export interface RunComparison {
  /** Records compared: those both runs evaluated. */
  records: number;
  /** Records whose fired set, points, money or veto changed. */
  changed: number;
  pointsUp: number;
  pointsDown: number;
  moneyChanged: number;
  vetoChanged: number;
  firedChanged: number;
  /** Every rule of either run, the current run's order first. */
  rules: RuleChange[];
  /** The changed records, largest |Δ points| first (then |Δ money|, then record order), at most `limit`. */
  changes: RecordChange[];
  truncated: boolean;
}

export interface CompareRunsOptions {
  /** Most changed records listed (default 1,000); the counts always cover all. */
  limit?: number;
  /** Differences in points and money up to this are not changes (default 1e-9: sums in another order). */
  tolerance?: number;
}

const vetoName = (code: number): PolicyOutcome['veto'] => (code === VETO_VOID ? 'void' : code === VETO_CAP ? 'cap' : 'none');

/** Rule index pairs: for each id, its index in each run (-1 when absent). */
function matchRules(before: PolicyEvaluation, after: PolicyEvaluation): Array<{ id: string; b: number; a: number }> {
  const inBefore = new Map(before.rules.map((r, i) => [r.id, i]));
  const pairs = after.rules.map((r, a) => ({ id: r.id, b: inBefore.get(r.id) ?? -1, a }));
  const inAfter = new Set(after.rules.map((r) => r.id));
  before.rules.forEach((r, b) => {
    if (!inAfter.has(r.id)) pairs.push({ id: r.id, b, a: -1 });
  });
  return pairs;
}

export function compareRuns(before: PolicyEvaluation, after: PolicyEvaluation, options: CompareRunsOptions = {}): RunComparison {
  if (before.recordCount !== after.recordCount) {
    throw new RangeError(`compareRuns needs two evaluations of the same records (${before.recordCount} and ${after.recordCount} records)`);
  }
  const limit = options.limit ?? 1000;
  const tolerance = options.tolerance ?? 1e-9;
  const n = Math.min(before.evaluated, after.evaluated);
  const pairs = matchRules(before, after);
  const newly = new Float64Array(pairs.length);
  const noLonger = new Float64Array(pairs.length);
  const changedRecords: number[] = [];
  let pointsUp = 0, pointsDown = 0, moneyChanged = 0, vetoChanged = 0, firedChanged = 0;

  for (let i = 0; i < n; i++) {
    const dp = after.points[i]! - before.points[i]!;
    const dm = after.money[i]! - before.money[i]!;
    const vetoDiffers = after.veto[i] !== before.veto[i];
    let firedDiffers = false;
    for (let p = 0; p < pairs.length; p++) {
      const { a, b } = pairs[p]!;
      const was = b >= 0 && hasFired(before, i, b);
      const is = a >= 0 && hasFired(after, i, a);
      if (was === is) continue;
      firedDiffers = true;
      if (is) newly[p]++;
      else noLonger[p]++;
    }
    const pointsDiffer = Math.abs(dp) > tolerance;
    const moneyDiffers = Math.abs(dm) > tolerance;
    if (!pointsDiffer && !moneyDiffers && !vetoDiffers && !firedDiffers) continue;
    changedRecords.push(i);
    if (pointsDiffer && dp > 0) pointsUp++;
    else if (pointsDiffer) pointsDown++;
    if (moneyDiffers) moneyChanged++;
    if (vetoDiffers) vetoChanged++;
    if (firedDiffers) firedChanged++;
  }

  const swing = (i: number): number => Math.abs(after.points[i]! - before.points[i]!);
  const moneySwing = (i: number): number => Math.abs(after.money[i]! - before.money[i]!);
  changedRecords.sort((x, y) => swing(y) - swing(x) || moneySwing(y) - moneySwing(x) || x - y);

  const changes = changedRecords.slice(0, limit).map((i): RecordChange => {
    const firedAdded: string[] = [];
    const firedRemoved: string[] = [];
    for (const { id, a, b } of pairs) {
      const was = b >= 0 && hasFired(before, i, b);
      const is = a >= 0 && hasFired(after, i, a);
      if (is && !was) firedAdded.push(id);
      else if (was && !is) firedRemoved.push(id);
    }
    return {
      record: i,
      pointsBefore: before.points[i]!, pointsAfter: after.points[i]!, pointsDelta: after.points[i]! - before.points[i]!,
      moneyBefore: before.money[i]!, moneyAfter: after.money[i]!, moneyDelta: after.money[i]! - before.money[i]!,
      vetoBefore: vetoName(before.veto[i]!), vetoAfter: vetoName(after.veto[i]!),
      firedAdded, firedRemoved,
    };
  });

  const rules = pairs.map(({ id, a, b }, p): RuleChange => ({
    id,
    firedBefore: b >= 0 ? before.rules[b]!.fired : null,
    firedAfter: a >= 0 ? after.rules[a]!.fired : null,
    newlyFired: newly[p]!,
    noLongerFired: noLonger[p]!,
  }));

  return {
    records: n, changed: changedRecords.length, pointsUp, pointsDown, moneyChanged, vetoChanged, firedChanged,
    rules, changes, truncated: changedRecords.length > limit,
  };
}
