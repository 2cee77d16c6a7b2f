// The indicator tree as SQL columns (docs/scorecard-evaluation.md §1–3): leaf values, leaf scores,
// then the groups one depth at a time, deepest first, exactly as compile-scorecard.ts computes them.
import { nodePointers } from '../scorecard/compile-scorecard.ts';
import type { FlatTree } from '../scorecard/flat-tree.ts';
import { leafAt } from '../scorecard/flat-tree.ts';
import type { ScaleConfig, ScorecardConfig } from '../scorecard/types.ts';
import { passFailNumber, valueNumber } from './coerce.ts';
import { logicScorerScope } from './columns.ts';
import { quoteIdentifier } from './dialect.ts';
import { type Translation, report } from './expr.ts';
import { type Scope, logicToSql } from './logic-to-sql.ts';
import { messages } from './messages.ts';
import { scorerSql } from './scorer-sql.ts';

export interface Column {
  name: string;
  sql: string;
}

export interface TreePlan {
  values: Column[];
  scores: Column[];
  /** Group columns by depth, deepest first. */
  levels: Column[][];
  /** Boolean columns: a `missing: "fail"` group has a child without a score. */
  failFlags: string[];
  /** The score column of node k (pre-order index). */
  score(k: number): string;
}

export const col = {
  value: (k: number, suffix: string) => `__sc_v${k}${suffix}`,
  score: (k: number, suffix: string) => `__sc_s${k}${suffix}`,
  fail: (k: number, suffix: string) => `__sc_f${k}${suffix}`,
};

/**
 * Plans the tree's columns for one scoring of it: on the record (suffix '') or on a rater class's
 * ratings (suffix `_c<class>`). `record` is the whole record, which logic scorers read.
 */
export function planTree(config: ScorecardConfig, tree: FlatTree, scale: Readonly<ScaleConfig>, data: Scope, record: Scope, suffix: string, t: Translation): TreePlan {
  const d = t.dialect;
  const q = quoteIdentifier;
  const pointers = nodePointers(config);
  const values: Column[] = [];
  const scores: Column[] = [];
  for (const k of tree.leaves) {
    const leaf = leafAt(tree, k);
    const v = col.value(k, suffix);
    const e = logicToSql(leaf.value, data, t, `${pointers[k]}/value`);
    values.push({ name: v, sql: e === undefined ? 'NULL' : leaf.scorer.type === 'pass-fail' ? passFailNumber(e, d) : valueNumber(e, d) });
    let s = scorerSql(leaf.scorer, q(v), scale, d);
    if (s === 'degenerate') report(t, `${pointers[k]}/scorer`, messages.degenerateScorer());
    else if (s === 'plugin') report(t, `${pointers[k]}/scorer/type`, messages.pluginScorer(leaf.scorer.type));
    else if (typeof s !== 'string') {
      const score = logicToSql(s.logic.score, logicScorerScope(q(v), record), t, `${pointers[k]}/scorer/score`);
      const x = score === undefined ? 'NULL' : valueNumber(score, d);
      // clamp() of scorers.ts; NaN (missing) stays missing.
      s = `CASE WHEN ${x} IS NULL THEN NULL ELSE LEAST(GREATEST(${x}, ${d.double(scale.min)}), ${d.double(scale.max)}) END`;
    }
    scores.push({ name: col.score(k, suffix), sql: typeof s === 'string' && !['degenerate', 'plugin'].includes(s) ? `CASE WHEN ${q(v)} IS NULL THEN NULL ELSE ${s} END` : 'NULL' });
  }

  const byDepth = new Map<number, Column[]>();
  const failFlags: string[] = [];
  for (const k of tree.groupsBottomUp) {
    const depth = tree.nodes[k]!.depth;
    const level = byDepth.get(depth) ?? [];
    byDepth.set(depth, level);
    level.push({ name: col.score(k, suffix), sql: groupSql(tree, k, suffix, scale, t) });
    if (tree.missing[k] === 'fail') {
      const kids = tree.children[k]!.map((c) => `${q(col.score(c, suffix))} IS NULL`);
      level.push({ name: col.fail(k, suffix), sql: kids.length === 0 ? 'FALSE' : `(${kids.join(' OR ')})` });
      failFlags.push(col.fail(k, suffix));
    }
  }
  const levels = [...byDepth.entries()].sort((a, b) => b[0] - a[0]).map(([, columns]) => columns);
  return { values, scores, levels, failFlags, score: (k) => col.score(k, suffix) };
}

/** One group's score from its children's (§3); a `fail` group with a missing child has none. */
function groupSql(tree: FlatTree, k: number, suffix: string, scale: Readonly<ScaleConfig>, t: Translation): string {
  const d = t.dialect;
  const n = (x: number) => d.double(x);
  const kids = tree.children[k]!.map((c) => quoteIdentifier(col.score(c, suffix)));
  const weights = tree.childWeights[k]!;
  const policy = tree.missing[k]!;
  const mode = tree.aggregate[k]!;
  if (kids.length === 0) return 'NULL';
  // The score a child counts with: missing ones are skipped (renormalize, and fail, which has no
  // score then) or count as the scale minimum (zero).
  const used = (s: string) => (policy === 'zero' ? `COALESCE(${s}, ${n(scale.min)})` : s);
  const present = (s: string) => (policy === 'zero' ? 'TRUE' : `${s} IS NOT NULL`);
  const failGuard = policy === 'fail' ? `${kids.map((s) => `${s} IS NULL`).join(' OR ')}` : undefined;
  let sql: string;
  if (mode === 'min') {
    sql = kids.length === 1 ? used(kids[0]!) : `LEAST(${kids.map(used).join(', ')})`;
  } else {
    // wSum and acc start at 0 and add child by child, in order, as compile-scorecard.ts does.
    const wSum = policy === 'zero'
      ? n(weights.reduce((a, w) => a + w, 0))
      : `(${n(0)} + ${kids.map((s, i) => `CASE WHEN ${s} IS NULL THEN ${n(0)} ELSE ${n(weights[i]!)} END`).join(' + ')})`;
    if (mode === 'weighted-sum') {
      const acc = `(${n(0)} + ${kids.map((s, i) => (policy === 'zero' ? `${n(weights[i]!)} * ${used(s)}` : `CASE WHEN ${s} IS NULL THEN ${n(0)} ELSE ${n(weights[i]!)} * ${s} END`)).join(' + ')})`;
      sql = `CASE WHEN ${wSum} <= 0 THEN NULL ELSE ${acc} / ${wSum} END`;
    } else {
      // A weight of 0 takes no part; any used score ≤ 0 makes log −∞ and the mean 0.
      const positive = kids.map((s, i) => ({ s, w: weights[i]! })).filter((x) => x.w > 0);
      const zero = positive.map(({ s }) => `(${present(s)} AND ${used(s)} <= 0)`);
      const logs = positive.map(({ s, w }) => (policy === 'zero' ? `${n(w)} * ln(${used(s)})` : `CASE WHEN ${s} IS NULL THEN ${n(0)} ELSE ${n(w)} * ln(${s}) END`));
      const acc = `(${n(0)}${logs.map((x) => ` + ${x}`).join('')})`;
      sql = `CASE WHEN ${wSum} <= 0 THEN NULL${zero.length > 0 ? ` WHEN ${zero.join(' OR ')} THEN ${n(0)}` : ''} ELSE exp(${acc} / ${wSum}) END`;
    }
  }
  return failGuard === undefined ? sql : `CASE WHEN ${failGuard} THEN NULL ELSE ${sql} END`;
}
