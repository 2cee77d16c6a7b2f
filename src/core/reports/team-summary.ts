// The team's page: how the grades came out (against the forced distribution's targets, if any),
// each dimension's average, the indicators the team does best and worst on and those that cost the
// most points, and the totals' count, mean, minimum and maximum.
import type { Locale } from '../localized-text.ts';
import { chartScale, configNodes } from '../scorecard/charts/chart-common.ts';
import { dimensionAverages } from '../scorecard/charts/dimension-scores.ts';
import { gradeShares } from '../scorecard/charts/grade-shares.ts';
import type { ScorecardEvaluation } from '../scorecard/result-types.ts';
import type { ScorecardConfig } from '../scorecard/types.ts';
import { localized, reportGrades } from './report-labels.ts';
import type { TeamIndicator, TeamSummary } from './report-types.ts';

export interface TeamSummaryOptions {
  period?: string;
  /** How many indicators each top/bottom list keeps (default 5). */
  listLength?: number;
}

export function teamSummary(config: ScorecardConfig, evaluation: ScorecardEvaluation, locale: Locale, options: TeamSummaryOptions = {}): TeamSummary {
  const scale = chartScale(config);
  const shares = gradeShares(config, evaluation);
  const grades = reportGrades(config, locale);
  const averages = dimensionAverages(config, evaluation);
  const indicators = indicatorAverages(config, evaluation, locale, scale.max);
  const scored = indicators.filter((i) => i.averageScore !== null);
  const length = options.listLength ?? 5;
  const summary: TeamSummary = {
    locale,
    scorecard: { id: config.id, name: localized(config.name, locale, config.id) },
    scale,
    count: evaluation.stats.count,
    failed: evaluation.stats.failed,
    mean: evaluation.stats.mean,
    min: evaluation.stats.min,
    max: evaluation.stats.max,
    grades: shares.grades.map((share, b) => {
      const grade = { ...grades[b]!, count: share.count, share: share.share };
      return share.target === undefined ? grade : { ...grade, target: share.target };
    }),
    forced: shares.forced,
    dimensions: averages.axes.map((axis, a) => ({
      id: axis.id,
      name: localized(axis.name, locale, axis.id),
      average: averages.mean[a] ?? null,
      localWeight: evaluation.nodes[axis.column]!.localWeight,
    })),
    topIndicators: [...scored].sort((a, b) => b.averageScore! - a.averageScore!).slice(0, length),
    bottomIndicators: [...scored].sort((a, b) => a.averageScore! - b.averageScore!).slice(0, length),
    mostLost: [...scored].sort((a, b) => b.averageLost! - a.averageLost!).slice(0, length),
  };
  if (options.period !== undefined) summary.scorecard.period = options.period;
  return summary;
}

/**
 * Each indicator's mean score over the records with a total, and the mean points lost on it at its
 * configured absolute weight (what the team as a whole leaves on the table there).
 */
function indicatorAverages(config: ScorecardConfig, evaluation: ScorecardEvaluation, locale: Locale, max: number): TeamIndicator[] {
  const names = configNodes(config);
  const { nodes, records, scores } = evaluation;
  const K = nodes.length;
  const out: TeamIndicator[] = [];
  nodes.forEach((node, k) => {
    if (!node.leaf) return;
    let sum = 0, count = 0;
    for (let i = 0; i < records.length; i++) {
      if (records[i]!.total === null) continue;
      const s = scores[i * K + k]!;
      if (Number.isNaN(s)) continue;
      sum += s;
      count++;
    }
    const averageScore = count > 0 ? sum / count : null;
    out.push({
      id: node.id,
      name: localized(names.get(node.id)?.name, locale, node.id),
      averageScore,
      averageLost: averageScore === null ? null : node.absoluteWeight * (max - averageScore),
      absoluteWeight: node.absoluteWeight,
    });
  });
  return out;
}
