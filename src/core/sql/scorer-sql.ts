// Indicator scorers (docs/scorecard-evaluation.md §2, src/core/scorecard/scorers.ts) as SQL over
// a value column that is not NULL. Constants are computed here in JavaScript, so the SQL does the
// same floating-point operations in the same order as evaluate().
import type { LogicScorer, ScaleConfig, Scorer } from '../scorecard/types.ts';
import type { Dialect } from './dialect.ts';
import { caseWhen } from './expr.ts';

/** The scorer's SQL, or 'degenerate' (a division by zero validateConfig rejects), or 'plugin'. */
export type ScorerSql = string | 'degenerate' | 'plugin' | { logic: LogicScorer };

/** clamp(x, 0, 1) of scorers.ts for a finite x. */
function unit(x: string, d: Dialect): string {
  return `LEAST(GREATEST(${x}, ${d.double(0)}), ${d.double(1)})`;
}

export function scorerSql(scorer: Scorer, v: string, scale: Readonly<ScaleConfig>, d: Dialect): ScorerSql {
  const { min, max } = scale;
  const span = max - min;
  const n = (x: number) => d.double(x);
  switch (scorer.type) {
    case 'linear': {
      const { worst, best } = scorer as Extract<Scorer, { type: 'linear' }>;
      const slope = best - worst;
      if (slope === 0) return 'degenerate';
      return `(${n(min)} + ${unit(`((${v} - ${n(worst)}) / ${n(slope)})`, d)} * ${n(span)})`;
    }
    case 'bands': {
      const { bands, otherwise } = scorer as Extract<Scorer, { type: 'bands' }>;
      const cases = bands.map((b) => {
        const tests = [b.min === undefined ? undefined : `${v} >= ${n(b.min)}`, b.max === undefined ? undefined : `${v} < ${n(b.max)}`].filter((x) => x !== undefined);
        return { when: tests.length === 0 ? 'TRUE' : `(${tests.join(' AND ')})`, then: n(b.score) };
      });
      return caseWhen(cases, n(otherwise ?? min));
    }
    case 'likert': {
      const { points, reverse } = scorer as Extract<Scorer, { type: 'likert' }>;
      const t = unit(`((${v} - ${n(1)}) / ${n(points - 1)})`, d);
      return `(${n(min)} + ${reverse ? `(${n(1)} - ${t})` : t} * ${n(span)})`;
    }
    case 'pass-fail': {
      const s = scorer as Extract<Scorer, { type: 'pass-fail' }>;
      return `CASE WHEN ${v} = 1 THEN ${n(s.pass ?? max)} ELSE ${n(s.fail ?? min)} END`;
    }
    case 'target': {
      const s = scorer as Extract<Scorer, { type: 'target' }>;
      const floor = s.floor ?? 0;
      const reach = s.target - floor;
      const stretch = s.stretch !== undefined && s.cap !== undefined ? s.stretch : undefined;
      const cap = s.cap ?? max;
      if (reach === 0 || (stretch !== undefined && stretch - s.target === 0)) return 'degenerate';
      const t = `((${v} - ${n(floor)}) / ${n(reach)})`;
      const beyond = stretch === undefined ? n(max) : `(${n(max)} + ${unit(`((${v} - ${n(s.target)}) / ${n(stretch - s.target)})`, d)} * ${n(cap - max)})`;
      return `CASE WHEN ${t} <= 1 THEN (${n(min)} + ${unit(t, d)} * ${n(span)}) ELSE ${beyond} END`;
    }
    case 'logic':
      return { logic: scorer as LogicScorer };
    default:
      return 'plugin';
  }
}
