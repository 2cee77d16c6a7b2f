// The distribution of totals: counts in bins of a "nice" width over the scale, each bin coloured by
// the grade band it falls in, with the bands' boundaries for the chart to draw behind the bars.
import type { ScorecardConfig } from '../types.ts';
import { type ChartBand, type ChartEvaluation, type ChartScale, bandIndexForTotal, chartBands, chartColumns, chartScale } from './chart-common.ts';

export interface HistogramBin {
  /** Lower edge (inclusive). */
  from: number;
  /** Upper edge (exclusive, except for the last bin, which holds totals equal to it). */
  to: number;
  count: number;
  /** The grade band the bin's middle falls in (−1 without bands). */
  band: number;
}

export interface ScoreHistogram {
  scale: ChartScale;
  binWidth: number;
  bins: HistogramBin[];
  bands: ChartBand[];
  /** Records with a total (the histogram's population). */
  count: number;
  /** Records that failed and have no total. */
  failed: number;
  mean: number | null;
}

export interface HistogramOptions {
  /** A fixed bin width instead of the automatic one. */
  binWidth?: number;
}

/** Steps people read easily: 1, 2, 2.5 and 5 times a power of ten. */
const NICE = [1, 2, 2.5, 5];
/** About twenty bins: enough to show a shape, few enough for the bars to stay readable. */
const MAX_BINS = 25;
/** Up to this many when a finer step is needed for the bins to line up with the grade boundaries. */
const MAX_ALIGNED_BINS = 40;

/** Rounds away binary noise (0.1 · 3 = 0.30000000000000004) so edges print as people expect. */
const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * The bin width: the finest nice step giving at most 25 bins whose edges include every grade
 * boundary, else the finest aligned one up to 40 bins, else the finest up to 25 (so about twenty).
 */
export function niceBinWidth(span: number, boundaries: readonly number[] = []): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const steps: number[] = [];
  const top = Math.ceil(Math.log10(span));
  for (let p = top - 4; p <= top; p++) for (const nice of NICE) steps.push(tidy(nice * 10 ** p));
  const bins = (step: number): number => Math.ceil(tidy(span / step));
  const aligned = (step: number): boolean => boundaries.every((b) => Math.abs(b / step - Math.round(b / step)) < 1e-6);
  return steps.find((s) => bins(s) <= MAX_BINS && aligned(s))
    ?? steps.find((s) => bins(s) <= MAX_ALIGNED_BINS && aligned(s))
    ?? steps.find((s) => bins(s) <= MAX_BINS)
    ?? span / 10;
}

export function scoreHistogram(config: ScorecardConfig, evaluation: ChartEvaluation, options: HistogramOptions = {}): ScoreHistogram {
  const scale = chartScale(config);
  const bands = chartBands(config, scale);
  const { total, count: records } = chartColumns(evaluation);
  let count = 0, sum = 0, lowest = Infinity, highest = -Infinity;
  for (let i = 0; i < records; i++) {
    const t = total[i]!;
    if (t !== t) continue;
    count++;
    sum += t;
    if (t < lowest) lowest = t;
    if (t > highest) highest = t;
  }
  // Boundaries relative to the scale minimum, inside the scale, decide the alignment.
  const boundaries = bands.map((b) => b.min - scale.min).filter((b) => b > 0 && b < scale.max - scale.min);
  const width = options.binWidth && options.binWidth > 0 ? options.binWidth : niceBinWidth(scale.max - scale.min, boundaries);
  // Without clamping, bonus points can take totals past the scale: whole bins are added to show them.
  const below = lowest < scale.min ? Math.ceil(tidy((scale.min - lowest) / width)) : 0;
  const above = highest > scale.max ? Math.ceil(tidy((highest - scale.max) / width)) : 0;
  const lo = tidy(scale.min - below * width);
  const n = Math.max(1, Math.ceil(tidy((scale.max - scale.min) / width))) + below + above;
  const counts = new Uint32Array(n);
  for (let i = 0; i < records; i++) {
    const t = total[i]!;
    if (t !== t) continue;
    // The small epsilon keeps a total sitting on an edge (90 with width 5) in the bin it starts.
    let b = Math.floor((t - lo) / width + 1e-9);
    if (b >= n) b = n - 1;
    else if (b < 0) b = 0;
    counts[b]!++;
  }
  const bins: HistogramBin[] = [];
  for (let b = 0; b < n; b++) {
    const from = tidy(lo + b * width);
    const to = tidy(lo + (b + 1) * width);
    bins.push({ from, to, count: counts[b]!, band: bandIndexForTotal(bands, (from + to) / 2) });
  }
  return { scale, binWidth: width, bins, bands, count, failed: records - count, mean: count ? sum / count : null };
}
