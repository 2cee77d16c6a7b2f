// Indicator scorers (docs/scorecard-evaluation.md §2), compiled once per configuration into plain
// functions of the numeric value.
import { isTruthy } from '../logic/values.ts';
import type { CompiledLogic, LogicEngine } from '../logic/types.ts';
import { clamp, numericValue } from './numbers.ts';
import type { ScaleConfig, Scorer } from './types.ts';

/** A plugin scorer: the numeric value (NaN when missing) and the raw record → a score, or NaN for none. */
export type ScorerFunction = (value: number, params: Readonly<Record<string, unknown>>, record: unknown) => number;

export interface CompiledScorer {
  /** How the raw value becomes the number the scorer takes (pass-fail reads truthiness). */
  readonly numeric: (raw: unknown) => number;
  /** Score of a present value (never called with NaN). */
  readonly score: (value: number, record: unknown) => number;
  /** The value that reaches `score`, or undefined when the scorer cannot be inverted (for "what would reach the next grade"). */
  readonly invert?: (score: number) => number | undefined;
}

export class ScorerError extends Error {}

function passFailNumeric(raw: unknown): number {
  return raw === null || raw === undefined ? NaN : isTruthy(raw) ? 1 : 0;
}

export function compileScorer(
  scorer: Scorer,
  scale: Readonly<ScaleConfig>,
  engine: LogicEngine,
  plugins: Readonly<Record<string, ScorerFunction>> | undefined,
): CompiledScorer {
  const { min, max } = scale;
  const span = max - min;
  switch (scorer.type) {
    case 'linear': {
      const { worst, best } = scorer as Extract<Scorer, { type: 'linear' }>;
      const d = best - worst;
      return {
        numeric: numericValue,
        score: (v) => min + clamp((v - worst) / d, 0, 1) * span,
        invert: (s) => worst + clamp((s - min) / span, 0, 1) * d,
      };
    }
    case 'bands': {
      const { bands, otherwise } = scorer as Extract<Scorer, { type: 'bands' }>;
      const lows = bands.map((b) => b.min ?? -Infinity);
      const highs = bands.map((b) => b.max ?? Infinity);
      const scores = bands.map((b) => b.score);
      const fallback = otherwise ?? min;
      return {
        numeric: numericValue,
        score: (v) => {
          for (let i = 0; i < scores.length; i++) if (v >= lows[i]! && v < highs[i]!) return scores[i]!;
          return fallback;
        },
        // The band reaching the score with a finite entry point: its min (or just below its max).
        invert: (s) => {
          let best: number | undefined;
          for (let i = 0; i < scores.length; i++) {
            if (scores[i]! < s) continue;
            const entry = Number.isFinite(lows[i]!) ? lows[i]! : Number.isFinite(highs[i]!) ? highs[i]! : undefined;
            if (entry !== undefined && (best === undefined || Math.abs(entry) < Math.abs(best))) best = entry;
          }
          return best;
        },
      };
    }
    case 'likert': {
      const { points, reverse } = scorer as Extract<Scorer, { type: 'likert' }>;
      const steps = points - 1;
      return {
        numeric: numericValue,
        score: reverse
          ? (v) => min + (1 - clamp((v - 1) / steps, 0, 1)) * span
          : (v) => min + clamp((v - 1) / steps, 0, 1) * span,
        invert: (s) => {
          const t = clamp((s - min) / span, 0, 1);
          return 1 + (reverse ? 1 - t : t) * steps;
        },
      };
    }
    case 'pass-fail': {
      const s = scorer as Extract<Scorer, { type: 'pass-fail' }>;
      const pass = s.pass ?? max;
      const fail = s.fail ?? min;
      return { numeric: passFailNumeric, score: (v) => (v === 1 ? pass : fail), invert: (x) => (x <= fail ? 0 : x <= pass ? 1 : undefined) };
    }
    case 'target': {
      const s = scorer as Extract<Scorer, { type: 'target' }>;
      const floor = s.floor ?? 0;
      const target = s.target;
      const stretch = s.stretch !== undefined && s.cap !== undefined ? s.stretch : undefined;
      const cap = s.cap ?? max;
      return {
        numeric: numericValue,
        score: (v) => {
          const t = (v - floor) / (target - floor);
          if (t <= 1) return min + clamp(t, 0, 1) * span;
          return stretch === undefined ? max : max + clamp((v - target) / (stretch - target), 0, 1) * (cap - max);
        },
        invert: (x) => {
          if (x <= max) return floor + clamp((x - min) / span, 0, 1) * (target - floor);
          if (stretch === undefined || x > cap) return undefined;
          return target + ((x - max) / (cap - max)) * (stretch - target);
        },
      };
    }
    case 'logic': {
      const rule = engine.compile((scorer as Extract<Scorer, { type: 'logic' }>).score);
      // The rule sees the raw value's number; run errors propagate to the caller, which records them.
      return {
        numeric: numericValue,
        score: (v, record) => clamp(numericValue((rule as CompiledLogic)({ value: v, record })), min, max),
      };
    }
    default: {
      const fn = plugins?.[scorer.type];
      if (fn === undefined) throw new ScorerError(`no scorer is registered for type "${scorer.type}"`);
      const params = Object.freeze({ ...((scorer as { params?: Record<string, unknown> }).params ?? {}) });
      return { numeric: numericValue, score: (v, record) => fn(v, params, record) };
    }
  }
}
