// A scorer of each kind to start from when the user switches kinds (parameters carried over where
// they mean the same: linear worst/best ↔ target floor/target).
import type { Scorer } from '../../../src/core/scorecard/types.ts';

export const SCORER_TYPES = ['linear', 'target', 'likert', 'pass-fail', 'bands', 'logic'] as const;
export type ScorerType = (typeof SCORER_TYPES)[number];

export function scorerOfType(type: ScorerType, from: Scorer): Scorer {
  const low = from.type === 'linear' ? from.worst : from.type === 'target' ? (from.floor ?? 0) : 0;
  const high = from.type === 'linear' ? from.best : from.type === 'target' ? from.target : 100;
  switch (type) {
    case 'linear': return { type: 'linear', worst: low, best: high };
    case 'target': return { type: 'target', target: high, floor: low };
    case 'likert': return { type: 'likert', points: 5 };
    case 'pass-fail': return { type: 'pass-fail' };
    case 'bands': return { type: 'bands', bands: [{ min: high, score: 100 }, { min: low, max: high, score: 60 }], otherwise: 0 };
    default: return { type: 'logic', score: { var: 'value' } };
  }
}
