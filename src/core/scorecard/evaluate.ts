// evaluate(config, records): every record's node values and scores, fired policies, totals,
// grades, ranks and percentiles — the arithmetic of docs/scorecard-evaluation.md. The config is
// compiled once; per-node numbers go to typed-array columns so 100,000 records stay cheap.
import { readName } from '../logic/paths.ts';
import { type CompiledScorecard, type EvaluateOptions, type LeafColumn, type LeafColumnCache, compileScorecard } from './compile-scorecard.ts';
import { assignGrades, rankTotals } from './grading.ts';
import { clamp, roundTotal } from './numbers.ts';
import { newPolicyRun, runPolicy } from './run-policy.ts';
import type { EvaluationIssue, EvaluationStats, FiredPolicy, RecordResult, ScorecardEvaluation } from './result-types.ts';
import type { ScorecardConfig } from './types.ts';

export type { EvaluateOptions, LeafColumn } from './compile-scorecard.ts';
export { LeafColumnCache } from './compile-scorecard.ts';

const NONE: never[] = [];
Object.freeze(NONE);

/** Evaluates every record; `config` should have passed validateConfig (compile errors throw ScorecardCompileError). */
export function evaluate(config: ScorecardConfig, records: readonly unknown[], options?: EvaluateOptions): ScorecardEvaluation {
  return evaluateCompiled(compileScorecard(config, options), records, options?.cache);
}

/**
 * The indicators of every record, one column per indicator (taken from `cache` when an earlier
 * evaluation of the same records computed it). The record loop copies them into its row.
 */
function leafColumns(compiled: CompiledScorecard, records: readonly unknown[], cache: LeafColumnCache | undefined): LeafColumn[] {
  const kept = cache?.use(records, compiled.engine);
  return compiled.tree.leaves.map((_, j) => {
    const key = compiled.leafKey(j);
    let column = kept?.get(key);
    if (!column) {
      column = compiled.leafColumn(j, records);
      kept?.set(key, column);
    }
    return column;
  });
}

export function evaluateCompiled(compiled: CompiledScorecard, records: readonly unknown[], cache?: LeafColumnCache): ScorecardEvaluation {
  const { tree, scale, bands, policies, raters, config } = compiled;
  const n = records.length;
  const K = tree.nodes.length;
  const values = new Float64Array(n * K);
  const scores = new Float64Array(n * K);
  const results: RecordResult[] = new Array(n);
  /** Band index a cap veto allows at best (-1: none), and void vetoes. */
  const capBand = new Int32Array(n).fill(-1);
  const voided = new Uint8Array(n);
  const idKey = config.subject?.id;
  const nameKey = config.subject?.name;
  const bandIndex = new Map(bands.map((b, i) => [b.id, i]));
  const scoreRaters = raters.length > 0 ? raterScorer(compiled) : undefined;
  // Without rater classes the indicators are computed column by column (and can be cached); the
  // 360-degree tree is scored per record and per class.
  const columns = scoreRaters ? undefined : leafColumns(compiled, records, cache);
  const leafIds = tree.leaves.map((k) => tree.nodes[k]!.id);
  const leafNodes = tree.leaves;
  const leafValues = columns?.map((c) => c.values) ?? [];
  const leafScores = columns?.map((c) => c.scores) ?? [];
  const L = leafValues.length;
  const leafIssues = columns?.some((c) => c.issues.size > 0) ? columns : undefined;

  // One scratch list for problems, copied into a result only when a record has any.
  const issues: EvaluationIssue[] = [];
  const run = newPolicyRun();
  for (let i = 0; i < n; i++) {
    const record = records[i];
    const offset = i * K;
    issues.length = 0;
    const id = idKey === undefined ? undefined : readName(record, idKey);
    const name = nameKey === undefined ? undefined : readName(record, nameKey);
    const result: RecordResult = {
      index: i,
      id: id === undefined || id === null ? String(i + 1) : String(id),
      status: 'ok',
      totalBefore: null,
      adjustment: 0,
      money: 0,
      total: null,
      grade: null,
      coefficient: null,
      rank: null,
      percentile: null,
      fired: NONE,
      flags: NONE,
      errors: NONE,
    };
    if (name !== undefined && name !== null) result.name = String(name);
    results[i] = result;

    // Row by row: the writes stay together (one record's row), the reads are 2 × L sequential streams.
    for (let j = 0; j < L; j++) {
      const at = offset + leafNodes[j]!;
      values[at] = leafValues[j]![i]!;
      scores[at] = leafScores[j]![i]!;
    }
    if (leafIssues) {
      for (let j = 0; j < leafIssues.length; j++) {
        const problem = leafIssues[j]!.issues.get(i);
        if (problem !== undefined) issues.push({ source: leafIds[j]!, message: problem });
      }
    }
    const failed = scoreRaters ? scoreRaters(record, values, scores, offset, issues, result) : compiled.aggregateTree(values, scores, offset);
    const base = scores[offset]!;
    if (failed >= 0 || base !== base) {
      result.status = 'failed';
      const node = failed >= 0 ? tree.nodes[failed]!.id : tree.nodes[0]!.id;
      result.failure = { node, message: failed >= 0 ? `a child of "${node}" has no value and its missing-value policy is "fail"` : 'no indicator has a value' };
      if (issues.length > 0) result.errors = issues.slice();
      continue;
    }
    result.totalBefore = base;

    let total = base;
    let fired: FiredPolicy[] | undefined;
    let flags: string[] | undefined;
    for (let p = 0; p < policies.length; p++) {
      const cp = policies[p]!;
      runPolicy(cp, record, run);
      if (run.error !== null) issues.push({ source: cp.policy.id, message: run.error });
      if (!run.fired) continue;
      const effect = cp.effect;
      const entry: FiredPolicy = { policy: cp.policy.id, effect: effect.type };
      if (effect.type === 'points' || effect.type === 'money') {
        if (effect.type === 'points') result.adjustment += run.amount;
        else result.money += run.amount;
        entry.amount = run.amount;
      } else if (effect.type === 'veto') {
        entry.veto = effect.mode;
        if (effect.mode === 'void') voided[i] = 1;
        else {
          entry.grade = effect.grade;
          const b = bandIndex.get(effect.grade) ?? -1;
          if (b > capBand[i]!) capBand[i] = b;
        }
      } else {
        entry.flag = effect.flag;
        (flags ??= []).push(effect.flag);
      }
      (fired ??= []).push(entry);
    }
    if (fired) result.fired = fired;
    if (flags) result.flags = flags;
    if (issues.length > 0) result.errors = issues.slice();
    if (voided[i]) result.veto = 'void';
    else if (capBand[i]! >= 0) result.veto = 'cap';

    total += result.adjustment;
    if (voided[i]) total = scale.min;
    if (scale.clamp !== false) total = clamp(total, scale.min, scale.max);
    result.total = roundTotal(total, scale.decimals, scale.rounding);
  }

  rankTotals(results);
  assignGrades(results, bands, config.grades.forced, capBand, voided);
  return { nodes: tree.nodes, records: results, values, scores, stats: statistics(results, bands.map((b) => b.id)) };
}

/** 360-degree: the tree once per rater class, combined by the classes' weights (§4). */
function raterScorer(compiled: CompiledScorecard) {
  const { raters, tree } = compiled;
  const K = tree.nodes.length;
  const classValues = new Float64Array(raters.length * K);
  const classScores = new Float64Array(raters.length * K);
  const present = new Uint8Array(raters.length);
  return (record: unknown, values: Float64Array, scores: Float64Array, offset: number, issues: EvaluationIssue[], result: RecordResult): number => {
    const totals: Record<string, number | null> = {};
    for (let c = 0; c < raters.length; c++) {
      const rater = raters[c]!;
      const data = readName(record, rater.source);
      present[c] = 0;
      totals[rater.id] = null;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) continue;
      const failed = compiled.scoreTree(data, record, classValues, classScores, c * K, issues);
      if (failed >= 0) return failed;
      const t = classScores[c * K]!;
      if (t === t) {
        present[c] = 1;
        totals[rater.id] = t;
      }
    }
    result.raters = totals;
    for (let k = 0; k < K; k++) {
      let ws = 0, s = 0, wv = 0, v = 0;
      for (let c = 0; c < raters.length; c++) {
        if (!present[c]) continue;
        const w = raters[c]!.weight;
        const sc = classScores[c * K + k]!;
        if (sc === sc) { ws += w; s += w * sc; }
        const vc = classValues[c * K + k]!;
        if (vc === vc) { wv += w; v += w * vc; }
      }
      scores[offset + k] = ws > 0 ? s / ws : NaN;
      values[offset + k] = wv > 0 ? v / wv : NaN;
    }
    return -1;
  };
}

function statistics(results: readonly RecordResult[], gradeIds: readonly string[]): EvaluationStats {
  const grades: Record<string, number> = {};
  for (const id of gradeIds) grades[id] = 0;
  let count = 0, failed = 0, sum = 0, min = Infinity, max = -Infinity;
  for (const r of results) {
    if (r.total === null) {
      failed++;
      continue;
    }
    count++;
    sum += r.total;
    if (r.total < min) min = r.total;
    if (r.total > max) max = r.total;
    if (r.grade !== null) grades[r.grade] = (grades[r.grade] ?? 0) + 1;
  }
  return { count: results.length, failed, mean: count ? sum / count : null, min: count ? min : null, max: count ? max : null, grades };
}
