// evaluate(config, records): every record's node values and scores, fired policies, totals,
// grades, ranks and percentiles — the arithmetic of docs/scorecard-evaluation.md. The config is
// compiled once, and everything is computed into typed-array columns (evaluatePacked) so 100,000
// records stay cheap; evaluate() builds the result objects from those columns at the end.
import { readName } from '../logic/paths.ts';
import { type CompiledScorecard, type EvaluateOptions, type LeafColumn, type LeafColumnCache, compileScorecard } from './compile-scorecard.ts';
import { assignGrades, rankTotals } from './grading.ts';
import { clamp, roundTotal } from './numbers.ts';
import { newPolicyRun, runPolicy } from './run-policy.ts';
import { type BufferSupply, type PackedEvaluation, type PackedPolicy, type RecordExtras, VETO_CAP, VETO_VOID, emptyPacked, unpackEvaluation } from './packed-evaluation.ts';
import type { EvaluationIssue, EvaluationStats, ScorecardEvaluation } from './result-types.ts';
import type { ScorecardConfig } from './types.ts';

export type { EvaluateOptions, LeafColumn } from './compile-scorecard.ts';
export { LeafColumnCache } from './compile-scorecard.ts';

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
  return unpackEvaluation(evaluateCompiledPacked(compiled, records, cache));
}

/** evaluate() in columns, without a result object per record: what a worker posts to the page. */
export function evaluatePacked(config: ScorecardConfig, records: readonly unknown[], options?: EvaluateOptions): PackedEvaluation {
  return evaluateCompiledPacked(compileScorecard(config, options), records, options?.cache, options?.buffers);
}

function packedPolicies(compiled: CompiledScorecard): PackedPolicy[] {
  return compiled.policies.map(({ policy, effect }): PackedPolicy => {
    if (effect.type === 'veto') return effect.mode === 'cap' ? { id: policy.id, effect: 'veto', veto: 'cap', grade: effect.grade } : { id: policy.id, effect: 'veto', veto: 'void' };
    if (effect.type === 'flag') return { id: policy.id, effect: 'flag', flag: effect.flag };
    return { id: policy.id, effect: effect.type };
  });
}

export function evaluateCompiledPacked(compiled: CompiledScorecard, records: readonly unknown[], cache?: LeafColumnCache, buffers?: BufferSupply): PackedEvaluation {
  const { tree, scale, bands, policies, raters, config } = compiled;
  const n = records.length;
  const K = tree.nodes.length;
  const P = policies.length;
  const out = emptyPacked(tree.nodes, n, packedPolicies(compiled), buffers);
  const { values, scores, ids, names, failed, totalBefore, adjustment, money, total: totals, fired, amounts, veto, extras } = out;
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

  // One scratch list for problems, copied into the record's extras only when it has any.
  const issues: EvaluationIssue[] = [];
  const run = newPolicyRun();
  for (let i = 0; i < n; i++) {
    const record = records[i];
    const offset = i * K;
    issues.length = 0;
    const id = idKey === undefined ? undefined : readName(record, idKey);
    ids[i] = id === undefined || id === null ? String(i + 1) : String(id);
    if (nameKey !== undefined) {
      const name = readName(record, nameKey);
      if (name !== undefined && name !== null) names[i] = String(name);
    }

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
    let raterTotals: RecordExtras['raters'];
    const failedAt = scoreRaters ? scoreRaters(record, values, scores, offset, issues, (t) => { raterTotals = t; }) : compiled.aggregateTree(values, scores, offset);
    const base = scores[offset]!;
    if (failedAt >= 0 || base !== base) {
      failed[i] = 1;
      const node = failedAt >= 0 ? tree.nodes[failedAt]!.id : tree.nodes[0]!.id;
      const extra: RecordExtras = { index: i, failure: { node, message: failedAt >= 0 ? `a child of "${node}" has no value and its missing-value policy is "fail"` : 'no indicator has a value' } };
      if (issues.length > 0) extra.errors = issues.slice();
      if (raterTotals) extra.raters = raterTotals;
      extras.push(extra);
      continue;
    }
    totalBefore[i] = base;

    let points = 0;
    for (let p = 0, k = i * P; p < P; p++, k++) {
      const cp = policies[p]!;
      runPolicy(cp, record, run);
      if (run.error !== null) issues.push({ source: cp.policy.id, message: run.error });
      if (!run.fired) continue;
      fired[k] = 1;
      const effect = cp.effect;
      if (effect.type === 'points') {
        points += run.amount;
        amounts[k] = run.amount;
      } else if (effect.type === 'money') {
        money[i] += run.amount;
        amounts[k] = run.amount;
      } else if (effect.type === 'veto') {
        if (effect.mode === 'void') voided[i] = 1;
        else {
          const b = bandIndex.get(effect.grade) ?? -1;
          if (b > capBand[i]!) capBand[i] = b;
        }
      }
    }
    adjustment[i] = points;
    if (issues.length > 0 || raterTotals) {
      const extra: RecordExtras = { index: i };
      if (issues.length > 0) extra.errors = issues.slice();
      if (raterTotals) extra.raters = raterTotals;
      extras.push(extra);
    }
    if (voided[i]) veto[i] = VETO_VOID;
    else if (capBand[i]! >= 0) veto[i] = VETO_CAP;

    let total = base + points;
    if (voided[i]) total = scale.min;
    if (scale.clamp !== false) total = clamp(total, scale.min, scale.max);
    totals[i] = roundTotal(total, scale.decimals, scale.rounding);
  }

  rankTotals(totals, failed, out.rank, out.percentile);
  out.gradeIds = bands.map((b) => b.id);
  assignGrades(out, bands, config.grades.forced, capBand, voided);
  out.stats = statistics(out);
  return out;
}

/** 360-degree: the tree once per rater class, combined by the classes' weights (§4). */
function raterScorer(compiled: CompiledScorecard) {
  const { raters, tree } = compiled;
  const K = tree.nodes.length;
  const classValues = new Float64Array(raters.length * K);
  const classScores = new Float64Array(raters.length * K);
  const present = new Uint8Array(raters.length);
  return (record: unknown, values: Float64Array, scores: Float64Array, offset: number, issues: EvaluationIssue[], report: (totals: Record<string, number | null>) => void): number => {
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
    report(totals);
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

function statistics(p: PackedEvaluation): EvaluationStats {
  const grades: Record<string, number> = {};
  for (const id of p.gradeIds) grades[id] = 0;
  const counts = new Float64Array(p.gradeIds.length);
  let count = 0, failed = 0, sum = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < p.count; i++) {
    if (p.failed[i]) {
      failed++;
      continue;
    }
    const t = p.total[i]!;
    count++;
    sum += t;
    if (t < min) min = t;
    if (t > max) max = t;
    const g = p.grade[i]!;
    if (g >= 0) counts[g]!++;
  }
  p.gradeIds.forEach((id, g) => { grades[id] = counts[g]!; });
  return { count: p.count, failed, mean: count ? sum / count : null, min: count ? min : null, max: count ? max : null, grades };
}
