// Ranks, percentiles and grades (docs/scorecard-evaluation.md §5.6 and §6).
import type { RecordResult } from './result-types.ts';
import type { ForcedDistribution, GradeBand } from './types.ts';

/**
 * Competition ranking (1, 2, 2, 4) by total, highest first, over the records that did not fail:
 * rank = 1 + how many totals are strictly greater, found by binary search in the sorted totals
 * (a typed-array sort needs no comparator calls, which matters at 100,000 records).
 */
export function rankTotals(results: readonly RecordResult[]): void {
  let n = 0;
  for (const r of results) if (r.total !== null) n++;
  const sorted = new Float64Array(n);
  let j = 0;
  for (const r of results) if (r.total !== null) sorted[j++] = r.total;
  sorted.sort(); // ascending
  for (const r of results) {
    if (r.total === null) continue;
    // First index whose total is greater than r.total; everything from there on is strictly greater.
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= r.total) lo = mid + 1;
      else hi = mid;
    }
    const rank = 1 + (n - lo);
    r.rank = rank;
    r.percentile = n === 1 ? 100 : (100 * (n - rank)) / (n - 1);
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

export function assignGrades(
  results: readonly RecordResult[],
  bands: readonly GradeBand[],
  forced: ForcedDistribution | undefined,
  capBand: Int32Array,
  voided: Uint8Array,
): void {
  if (bands.length === 0) return;
  const ranked = results.reduce((n, r) => (r.total === null ? n : n + 1), 0);
  const byRank = forced ? forcedBands(bands, forced, ranked) : undefined;
  const last = bands.length - 1;
  for (const r of results) {
    if (r.total === null) continue;
    let b = byRank ? byRank(r.rank!) : bandForTotal(bands, r.total);
    if (capBand[r.index]! > b) b = capBand[r.index]!;
    if (voided[r.index]) b = last;
    r.grade = bands[b]!.id;
    r.coefficient = bands[b]!.coefficient ?? 1;
  }
}
