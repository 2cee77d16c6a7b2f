// Total against rank, one point per record, coloured by the grade it got. 100,000 points would make
// a chart slow to draw and no clearer, so large populations are thinned to about 2,000 points: the
// ranks are cut into buckets and each keeps its highest and lowest total, which keeps the curve's
// shape, its steps and both ends (the best and the worst record) exactly.
import type { ScorecardConfig } from '../types.ts';
import { type ChartBand, type ChartEvaluation, type ChartScale, bandsOfGrades, chartBands, chartColumns, chartScale } from './chart-common.ts';

export interface ScoreRankPoint {
  /** Record index in the evaluation. */
  index: number;
  rank: number;
  total: number;
  /** Band of the grade the record got (−1 without one). */
  band: number;
}

/** Where a grade's records sit: exact, from every ranked record, not only the points shown. */
export interface ScoreRankBandSummary {
  band: number;
  count: number;
  bestRank: number | null;
  worstRank: number | null;
  highest: number | null;
  lowest: number | null;
}

export interface ScoreRankData {
  scale: ChartScale;
  bands: ChartBand[];
  /** Ranked records (those with a total). */
  count: number;
  /** Points in rank order (ties in record order). */
  points: ScoreRankPoint[];
  /** Whether `points` is a thinned selection of the ranked records. */
  sampled: boolean;
  /** One entry per band, in band order. */
  summary: ScoreRankBandSummary[];
}

export const DEFAULT_MAX_POINTS = 2000;

export function scoreRankPoints(config: ScorecardConfig, evaluation: ChartEvaluation, maxPoints = DEFAULT_MAX_POINTS): ScoreRankData {
  const scale = chartScale(config);
  const bands = chartBands(config, scale);
  const columns = chartColumns(evaluation);
  const { total, rank, grade, count: records } = columns;
  const bandOf = bandsOfGrades(bands, columns.gradeIds);
  const bandAt = (i: number): number => (grade[i]! < 0 ? -1 : bandOf[grade[i]!]!);
  // Ranks run 1..n, so a counting sort orders the records in linear time, with no comparator calls.
  // A failed record has NaN for both, and NaN fails every comparison below.
  let n = 0;
  for (let i = 0; i < records; i++) if (rank[i]! >= 1 && total[i] === total[i]) n++;
  const starts = new Uint32Array(n + 2);
  for (let i = 0; i < records; i++) if (rank[i]! >= 1 && rank[i]! <= n && total[i] === total[i]) starts[rank[i]! + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < records; i++) if (rank[i]! >= 1 && rank[i]! <= n && total[i] === total[i]) order[starts[rank[i]!]!++] = i;
  const summary = bands.map((_, band): ScoreRankBandSummary => ({ band, count: 0, bestRank: null, worstRank: null, highest: null, lowest: null }));
  // In rank order the first record of a grade has its best rank and the last its worst; a veto can
  // put a grade's records anywhere, so totals are compared rather than assumed to fall with rank.
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const b = bandAt(i);
    if (b < 0) continue;
    const s = summary[b]!;
    const t = total[i]!;
    s.count++;
    s.bestRank ??= rank[i]!;
    s.worstRank = rank[i]!;
    if (s.highest === null || t > s.highest) s.highest = t;
    if (s.lowest === null || t < s.lowest) s.lowest = t;
  }

  const point = (position: number): ScoreRankPoint => {
    const i = order[position]!;
    return { index: i, rank: rank[i]!, total: total[i]!, band: bandAt(i) };
  };
  const points: ScoreRankPoint[] = [];
  const limit = Math.max(2, Math.floor(maxPoints));
  if (n <= limit) {
    for (let p = 0; p < n; p++) points.push(point(p));
    return { scale, bands, count: n, points, sampled: false, summary };
  }
  const buckets = Math.floor(limit / 2);
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * n) / buckets);
    const to = Math.floor(((b + 1) * n) / buckets);
    let hi = from, lo = from;
    for (let p = from; p < to; p++) {
      const t = total[order[p]!]!;
      if (t > total[order[hi]!]!) hi = p; // strict: the first of equal highs
      if (t <= total[order[lo]!]!) lo = p; // not strict: the last of equal lows
    }
    const first = Math.min(hi, lo), second = Math.max(hi, lo);
    points.push(point(first));
    if (second !== first) points.push(point(second));
  }
  return { scale, bands, count: n, points, sampled: true, summary };
}
