// Ranks, percentiles and grades (docs/scorecard-evaluation.md §5.6 and §6).
import type { ForcedDistribution, GradeBand } from './types.ts';

/**
 * Competition ranking (1, 2, 2, 4) by total, highest first, over the records that did not fail:
 * rank = 1 + how many totals are strictly greater, found by binary search in the sorted totals
 * (a typed-array sort needs no comparator calls, which matters at 100,000 records). Failed records
 * keep NaN in `rank` and `percentile`.
 */
export function rankTotals(totals: Float64Array, failed: Uint8Array, rank: Float64Array, percentile: Float64Array): void {
  const count = totals.length;
  let n = 0;
  for (let i = 0; i < count; i++) if (!failed[i]) n++;
  const sorted = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < count; i++) if (!failed[i]) sorted[j++] = totals[i]!;
  sorted.sort(); // ascending
  for (let i = 0; i < count; i++) {
    if (failed[i]) continue;
    const total = totals[i]!;
    // First index whose total is greater than this one; everything from there on is strictly greater.
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= total) lo = mid + 1;
      else hi = mid;
    }
    const r = 1 + (n - lo);
    rank[i] = r;
    percentile[i] = n === 1 ? 100 : (100 * (n - r)) / (n - 1);
  }
}

/** The band a total earns: the first (best) whose minimum it reaches, else the last. */
export function bandForTotal(bands: readonly GradeBand[], total: number): number {
  for (let b = 0; b < bands.length; b++) if (total >= bands[b]!.min) return b;
  return bands.length - 1;
}

/** The band a rank earns under a forced distribution: B_k = round(n · cumulative share). */
export function forcedBands(bands: readonly GradeBand[], forced: ForcedDistribution, n: number): (rank: number) => number {
  const share = new Map(forced.shares.map((s) => [s.grade, s.share]));
  const total = forced.shares.reduce((s, x) => s + x.share, 0) || 1;
  const bounds: number[] = [];
  // Summing the shares as given (20 + 70, not 0.2 + 0.7) keeps n·90/100 exact, so 4.5 rounds to 5.
  let cumulative = 0;
  for (const band of bands) {
    cumulative += share.get(band.id) ?? 0;
    bounds.push(Math.floor((n * cumulative) / total + 0.5));
  }
  return (rank) => {
    for (let b = 0; b < bounds.length; b++) if (rank - 1 < bounds[b]!) return b;
    return bands.length - 1;
  };
}

/** Grade (band index) and coefficient of every record that did not fail. */
export function assignGrades(
  columns: { failed: Uint8Array; total: Float64Array; rank: Float64Array; grade: Int32Array; coefficient: Float64Array },
  bands: readonly GradeBand[],
  forced: ForcedDistribution | undefined,
  capBand: Int32Array,
  voided: Uint8Array,
): void {
  if (bands.length === 0) return;
  const { failed, total, rank, grade, coefficient } = columns;
  const count = failed.length;
  let ranked = 0;
  for (let i = 0; i < count; i++) if (!failed[i]) ranked++;
  const byRank = forced ? forcedBands(bands, forced, ranked) : undefined;
  const last = bands.length - 1;
  for (let i = 0; i < count; i++) {
    if (failed[i]) continue;
    let b = byRank ? byRank(rank[i]!) : bandForTotal(bands, total[i]!);
    if (capBand[i]! > b) b = capBand[i]!;
    if (voided[i]) b = last;
    grade[i] = b;
    coefficient[i] = bands[b]!.coefficient ?? 1;
  }
}
