// How many records earned each grade, in band order (best first). Counts come from the records'
// grades, so forced distributions and vetoes are reflected as evaluated; with a forced
// distribution each grade also carries its target share, to show how close the result came.
import type { LocalizedText } from '../../localized-text.ts';
import type { ScorecardConfig } from '../types.ts';
import { type ChartEvaluation, bandsOfGrades, chartBands, chartColumns } from './chart-common.ts';

export interface GradeShare {
  id: string;
  label: LocalizedText;
  color: string;
  count: number;
  /** count / graded records (0 when none is graded). */
  share: number;
  /** The forced distribution's share for this grade (0..1), when one is configured. */
  target?: number;
  /** Records whose grade was capped or voided by a veto. */
  vetoed: number;
}

export interface GradeShares {
  grades: GradeShare[];
  /** Records with a grade. */
  graded: number;
  /** Records that failed (no total, no grade). */
  failed: number;
  /** Records with a grade the configuration no longer defines (a stale evaluation). */
  other: number;
  forced: boolean;
}

export function gradeShares(config: ScorecardConfig, evaluation: ChartEvaluation): GradeShares {
  const bands = chartBands(config);
  const columns = chartColumns(evaluation);
  const bandOf = bandsOfGrades(bands, columns.gradeIds);
  const { total, grade, veto } = columns;
  const counts = new Uint32Array(bands.length);
  const vetoed = new Uint32Array(bands.length);
  let failed = 0, other = 0;
  for (let i = 0; i < columns.count; i++) {
    if (total[i] !== total[i]) {
      failed++;
      continue;
    }
    const g = grade[i]!;
    if (g < 0) continue;
    const b = bandOf[g]!;
    if (b < 0) {
      other++;
      continue;
    }
    counts[b]!++;
    if (veto[i]) vetoed[b]!++;
  }
  const graded = counts.reduce((s, c) => s + c, 0);
  const forced = config.grades?.forced;
  // Shares may be written as percentages (20, 70, 10) or fractions; either way they are used in proportion.
  const targetSum = forced ? forced.shares.reduce((s, x) => s + Math.max(0, x.share), 0) : 0;
  const target = new Map(forced?.shares.map((s) => [s.grade, targetSum > 0 ? Math.max(0, s.share) / targetSum : 0]) ?? []);
  const grades = bands.map((band, b): GradeShare => {
    const share: GradeShare = { id: band.id, label: band.label, color: band.color, count: counts[b]!, share: graded ? counts[b]! / graded : 0, vetoed: vetoed[b]! };
    if (forced) share.target = target.get(band.id) ?? 0;
    return share;
  });
  return { grades, graded, failed, other, forced: forced !== undefined };
}
