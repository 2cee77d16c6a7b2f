// The feedback-interview view of one record: each node's value, score and weight, the points each
// indicator earned and lost, the rules that fired, and what would reach the next grade.
import { type Locale, resolveLocalized } from '../localized-text.ts';
import type { CompiledScorecard } from './compile-scorecard.ts';
import type { ScorecardEvaluation } from './result-types.ts';
import type { IndicatorGroup } from './types.ts';

export interface ExplainedNode {
  id: string;
  name: string;
  depth: number;
  leaf: boolean;
  value: number | null;
  score: number | null;
  /** Weight in the total for this record (missing siblings re-normalised); null below a min or geometric node. */
  weight: number | null;
  /** Points of the total this node earned (weight × score), and those it left (weight × (max − score)). */
  earned: number | null;
  lost: number | null;
}

export interface NextGradeOption {
  /** Raise this indicator's score to `score` (its value to `value` where the scorer can be inverted). */
  node?: string;
  name: string;
  fromScore?: number;
  score?: number;
  fromValue?: number | null;
  value?: number;
  /** Or avoid this deduction. */
  policy?: string;
  points?: number;
}

export interface RecordExplanation {
  index: number;
  id: string;
  total: number | null;
  grade: string | null;
  nodes: ExplainedNode[];
  fired: { policy: string; name: string; effect: string; amount?: number; grade?: string; flag?: string }[];
  /** The leaves that lost the most points, worst first. */
  weakest: string[];
  strongest: string[];
  /** null when the record has the best grade, failed, or no grades are defined. */
  nextGrade: { grade: string; label: string; minimum: number; gap: number; blockedBy?: string; options: NextGradeOption[] } | null;
  /** The same in sentences, for the report and the interview. */
  sentences: string[];
}

const fmt = (x: number): string => String(Math.round(x * 100) / 100);

export function explainRecord(compiled: CompiledScorecard, evaluation: ScorecardEvaluation, index: number, locale: Locale = 'en'): RecordExplanation {
  const { tree, scale, bands, config } = compiled;
  const K = tree.nodes.length;
  const result = evaluation.records[index];
  if (result === undefined) throw new RangeError(`no record ${index}`);
  const at = (k: number, column: Float64Array): number | null => {
    const x = column[index * K + k]!;
    return Number.isNaN(x) ? null : x;
  };
  const name = (k: number): string => resolveLocalized(tree.source[k]!.name, locale) || tree.nodes[k]!.id;

  // Effective weights: a weighted-sum parent passes on its share over the children it used.
  const weight: (number | null)[] = new Array(K).fill(null);
  weight[0] = 1;
  for (let k = 0; k < K; k++) {
    const w = weight[k];
    if (tree.nodes[k]!.leaf || w === null || tree.aggregate[k] !== 'weighted-sum') continue;
    const kids = tree.children[k]!;
    const ws = tree.childWeights[k]!;
    const renormalize = tree.missing[k] === 'renormalize';
    const used = kids.reduce((s, c, i) => (!renormalize || at(c, evaluation.scores) !== null ? s + ws[i]! : s), 0);
    kids.forEach((c, i) => {
      weight[c] = used > 0 && (!renormalize || at(c, evaluation.scores) !== null) ? (w * ws[i]!) / used : 0;
    });
  }
  const nodes: ExplainedNode[] = tree.nodes.map((node, k) => {
    const score = at(k, evaluation.scores);
    const w = weight[k] ?? null;
    return {
      id: node.id,
      name: name(k),
      depth: node.depth,
      leaf: node.leaf,
      value: at(k, evaluation.values),
      score,
      weight: w,
      earned: w !== null && score !== null ? w * score : null,
      lost: w !== null && score !== null ? w * (scale.max - score) : null,
    };
  });
  const policyNames = new Map((config.policies ?? []).map((p) => [p.id, resolveLocalized(p.name, locale) || p.id]));
  const fired = result.fired.map((f) => ({ ...f, name: policyNames.get(f.policy) ?? f.policy }));
  const leaves = nodes.filter((n) => n.leaf && n.lost !== null && n.weight! > 0);
  const weakest = [...leaves].sort((a, b) => b.lost! - a.lost!).filter((n) => n.lost! > 0).slice(0, 3).map((n) => n.id);
  const strongest = [...leaves].sort((a, b) => b.earned! - a.earned!).slice(0, 3).map((n) => n.id);

  const nextGrade = result.total === null || result.grade === null ? null : nextGradeFor(compiled, evaluation, index, nodes, locale);
  const zh = locale === 'zh-CN';
  const sentences: string[] = [];
  const gradeLabel = (id: string | null): string => {
    const band = bands.find((b) => b.id === id);
    return band ? resolveLocalized(band.label, locale) || band.id : '';
  };
  if (result.total === null) {
    sentences.push(zh ? `本次考核无法计分：${result.failure?.message ?? ''}` : `No score: ${result.failure?.message ?? ''}`);
  } else {
    sentences.push(zh
      ? `总分 ${fmt(result.total)}（调整前 ${fmt(result.totalBefore!)}），等级 ${gradeLabel(result.grade)}，排名第 ${result.rank} 位。`
      : `Total ${fmt(result.total)} (before adjustments ${fmt(result.totalBefore!)}), grade ${gradeLabel(result.grade)}, rank ${result.rank}.`);
    const lostText = weakest.map((id) => {
      const n = nodes.find((x) => x.id === id)!;
      return zh ? `${n.name}（失 ${fmt(n.lost!)} 分）` : `${n.name} (−${fmt(n.lost!)} points)`;
    });
    if (lostText.length) sentences.push(zh ? `失分最多的指标：${lostText.join('、')}。` : `Most points were lost on ${lostText.join(', ')}.`);
    for (const f of fired) {
      if (f.effect === 'points') sentences.push(zh ? `规则“${f.name}”${f.amount! < 0 ? '扣' : '加'} ${fmt(Math.abs(f.amount!))} 分。` : `Rule “${f.name}” ${f.amount! < 0 ? 'deducted' : 'added'} ${fmt(Math.abs(f.amount!))} points.`);
      else if (f.effect === 'veto') sentences.push(zh ? `一票否决“${f.name}”：${f.veto === 'void' ? '考核结果作废' : `等级最高为 ${gradeLabel(f.grade ?? null)}`}。` : `Veto “${f.name}”: ${f.veto === 'void' ? 'the appraisal is void' : `the grade is capped at ${gradeLabel(f.grade ?? null)}`}.`);
    }
    if (nextGrade) {
      if (nextGrade.blockedBy) sentences.push(zh ? `由于“${policyNames.get(nextGrade.blockedBy) ?? nextGrade.blockedBy}”，本期无法获得更高等级。` : `“${policyNames.get(nextGrade.blockedBy) ?? nextGrade.blockedBy}” keeps the grade from rising this period.`);
      else {
        sentences.push(zh ? `距 ${nextGrade.label} 还差 ${fmt(nextGrade.gap)} 分。` : `${fmt(nextGrade.gap)} more points reach ${nextGrade.label}.`);
        for (const o of nextGrade.options) {
          if (o.policy) sentences.push(zh ? `• 避免“${o.name}”（+${fmt(o.points!)} 分）` : `• Avoid “${o.name}” (+${fmt(o.points!)} points)`);
          else if (o.value !== undefined) sentences.push(zh ? `• 将${o.name}从 ${o.fromValue === null ? '—' : fmt(o.fromValue!)} 提高到 ${fmt(o.value)}` : `• Raise ${o.name} from ${o.fromValue === null ? '—' : fmt(o.fromValue!)} to ${fmt(o.value)}`);
          else sentences.push(zh ? `• 将${o.name}得分提高到 ${fmt(o.score!)}` : `• Raise the score of ${o.name} to ${fmt(o.score!)}`);
        }
      }
    }
  }
  return { index, id: result.id, total: result.total, grade: result.grade, nodes, fired, weakest, strongest, nextGrade, sentences };
}

function nextGradeFor(compiled: CompiledScorecard, evaluation: ScorecardEvaluation, index: number, nodes: ExplainedNode[], locale: Locale): RecordExplanation['nextGrade'] {
  const { bands, scale, tree, config, scorers } = compiled;
  const result = evaluation.records[index]!;
  const current = bands.findIndex((b) => b.id === result.grade);
  if (current <= 0) return null;
  const target = bands[current - 1]!;
  const label = resolveLocalized(target.label, locale) || target.id;
  // Under a forced distribution the bar is the lowest total that earned the better grade.
  let minimum = target.min;
  if (config.grades.forced) {
    const totals = evaluation.records.filter((r) => r.grade === target.id && r.total !== null).map((r) => r.total!);
    minimum = totals.length ? Math.min(...totals) : target.min;
  }
  const gap = Math.max(0, minimum - result.total!);
  const blocker = result.fired.find((f) => f.effect === 'veto');
  if (blocker) return { grade: target.id, label, minimum, gap, blockedBy: blocker.policy, options: [] };
  const options: NextGradeOption[] = [];
  for (const f of result.fired) {
    if (f.effect === 'points' && f.amount! < 0 && -f.amount! >= gap) {
      const p = (config.policies ?? []).find((x) => x.id === f.policy);
      options.push({ policy: f.policy, name: p ? resolveLocalized(p.name, locale) || p.id : f.policy, points: -f.amount! });
    }
  }
  const candidates: (NextGradeOption & { effort: number })[] = [];
  nodes.forEach((n, k) => {
    if (!n.leaf || n.score === null || n.weight === null || n.weight <= 0) return;
    const needed = n.score + gap / n.weight;
    const ceiling = scorerCeiling(tree.source[k] as IndicatorGroup['children'][number], scale.max);
    if (needed > ceiling + 1e-9) return;
    const value = scorers[k]?.invert?.(needed);
    const option: NextGradeOption & { effort: number } = { node: n.id, name: n.name, fromScore: n.score, score: needed, fromValue: n.value, effort: (needed - n.score) / (ceiling - n.score || 1) };
    if (value !== undefined && Number.isFinite(value)) option.value = value;
    candidates.push(option);
  });
  candidates.sort((a, b) => a.effort - b.effort);
  for (const c of candidates.slice(0, 3)) {
    const { effort: _effort, ...option } = c;
    options.push(option);
  }
  return { grade: target.id, label, minimum, gap, options };
}

function scorerCeiling(node: IndicatorGroup['children'][number], max: number): number {
  const scorer = (node as { scorer?: { type: string; cap?: number; stretch?: number } }).scorer;
  return scorer?.type === 'target' && scorer.cap !== undefined && scorer.stretch !== undefined ? Math.max(max, scorer.cap) : max;
}
