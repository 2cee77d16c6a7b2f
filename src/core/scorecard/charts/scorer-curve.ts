// The scorer preview: an indicator's value → score curve over the values that matter (the scorer's
// own parameters widened to the data seen), with the data's distribution under it, so a manager
// sees at once where the population lands on the curve ("most agents already score full marks").
import { DEFAULT_ENGINE } from '../../logic/engine.ts';
import type { ScorecardEvaluation } from '../result-types.ts';
import { compileScorer } from '../scorers.ts';
import { DEFAULT_SCALE, type ScaleConfig, type Scorer } from '../types.ts';
import { niceBinWidth } from './score-histogram.ts';

export interface CurvePoint {
  x: number;
  /** The score, or null where the scorer gives none (a gap in the line). */
  y: number | null;
}

export interface ValueBin {
  from: number;
  to: number;
  count: number;
}

export interface ScorerCurve {
  /** The value axis: the scorer's parameters and the data's range, with a margin. */
  domain: { min: number; max: number };
  scale: { min: number; max: number };
  /** Enough points that steps (bands, pass-fail) show as steps: both sides of every edge. */
  points: CurvePoint[];
  /** The data's values in nice bins over the domain (empty without data). */
  bins: ValueBin[];
  /** Records with a value. */
  count: number;
  /** Values outside the domain are counted in the first or last bin; this many were. */
  outside: number;
}

const STEPS = 120;

/** Values where the score changes its course, per scorer kind. */
function breakpoints(scorer: Scorer): number[] {
  switch (scorer.type) {
    case 'linear': return [scorer.worst, scorer.best];
    case 'target': return [scorer.floor ?? 0, scorer.target, ...(scorer.stretch !== undefined ? [scorer.stretch] : [])];
    case 'likert': return [1, scorer.points];
    case 'pass-fail': return [0, 1];
    case 'bands': return scorer.bands.flatMap((b) => [b.min, b.max]).filter((x): x is number => x !== undefined && Number.isFinite(x));
    default: return [];
  }
}

function finiteRange(values: ArrayLike<number>): { min: number; max: number; count: number } {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    count++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max, count };
}

/**
 * The curve and the distribution for one scorer. `values` are the indicator's raw values per
 * record (NaN for missing), e.g. a column of ScorecardEvaluation.values. Undefined when the scorer
 * cannot be drawn on its own: a plugin scorer, or a JSON-logic one that needs the record.
 */
export function scorerCurve(scorer: Scorer, values: ArrayLike<number> = [], scaleConfig?: Partial<ScaleConfig>): ScorerCurve | undefined {
  const scale = { ...DEFAULT_SCALE, ...scaleConfig };
  let compiled;
  try {
    compiled = compileScorer(scorer, scale, DEFAULT_ENGINE, undefined);
  } catch {
    return undefined;
  }
  const data = finiteRange(values);
  const marks = breakpoints(scorer).filter((x) => Number.isFinite(x));
  let lo = Math.min(...marks, data.count > 0 ? data.min : Infinity);
  let hi = Math.max(...marks, data.count > 0 ? data.max : -Infinity);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = scale.min;
    hi = scale.max;
  }
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  // A margin shows the flat parts beyond the ends of the ramp.
  const margin = (hi - lo) * 0.05;
  const domain = { min: lo - margin, max: hi + margin };
  if (scorer.type === 'likert' || scorer.type === 'pass-fail') {
    domain.min = Math.min(domain.min, lo);
  }

  const xs = new Set<number>();
  for (let i = 0; i <= STEPS; i++) xs.add(domain.min + ((domain.max - domain.min) * i) / STEPS);
  // Both sides of each edge, so a band's step is vertical rather than a slope between samples.
  const eps = (domain.max - domain.min) * 1e-6;
  for (const m of marks) if (m >= domain.min && m <= domain.max) xs.add(m).add(m - eps);
  const points: CurvePoint[] = [];
  let failures = 0;
  for (const x of [...xs].sort((a, b) => a - b)) {
    let y: number | null;
    try {
      const s = compiled.score(x, undefined);
      y = Number.isFinite(s) ? s : null;
    } catch {
      y = null;
      failures++;
    }
    points.push({ x, y });
  }
  // A JSON-logic scorer that reads the record fails without one: nothing meaningful to draw.
  if (failures === points.length) return undefined;

  const bins: ValueBin[] = [];
  let outside = 0;
  if (data.count > 0) {
    const width = niceBinWidth(domain.max - domain.min);
    const start = Math.floor(domain.min / width) * width;
    const n = Math.max(1, Math.ceil((domain.max - start) / width));
    for (let b = 0; b < n; b++) bins.push({ from: start + b * width, to: start + (b + 1) * width, count: 0 });
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) continue;
      let b = Math.floor((v - start) / width);
      if (b < 0 || b >= n) {
        outside++;
        b = b < 0 ? 0 : n - 1;
      }
      bins[b]!.count++;
    }
  }
  return { domain, scale: { min: scale.min, max: scale.max }, points, bins, count: data.count, outside };
}

/**
 * One node's column from an evaluation: its raw values (NaN where missing; inner nodes have none)
 * or its scores. An empty array when the node is not in the evaluation.
 */
export function nodeValues(evaluation: ScorecardEvaluation, nodeId: string, column: 'values' | 'scores' = 'values'): Float64Array {
  const k = evaluation.nodes.findIndex((n) => n.id === nodeId);
  if (k < 0) return new Float64Array(0);
  const source = evaluation[column];
  const width = evaluation.nodes.length;
  const records = source.length / width;
  const out = new Float64Array(records);
  for (let i = 0; i < records; i++) out[i] = source[i * width + k]!;
  return out;
}
