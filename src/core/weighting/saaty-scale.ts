// Saaty's fundamental 1–9 scale of absolute numbers for pairwise judgments.
import type { LocalizedText } from '../localized-text.ts';

export interface SaatyScaleEntry {
  readonly value: number;
  readonly label: LocalizedText;
}

/** The verbal meaning of each value; a reciprocal 1/v states the same judgment the other way round. */
export const SAATY_SCALE: readonly SaatyScaleEntry[] = Object.freeze([
  { value: 1, label: { en: 'Equal importance', 'zh-CN': '同等重要' } },
  { value: 2, label: { en: 'Between equal and moderate (intermediate)', 'zh-CN': '相邻判断的中值（介于同等重要与稍微重要之间）' } },
  { value: 3, label: { en: 'Moderate importance (slightly more important)', 'zh-CN': '稍微重要' } },
  { value: 4, label: { en: 'Between moderate and strong (intermediate)', 'zh-CN': '相邻判断的中值（介于稍微重要与明显重要之间）' } },
  { value: 5, label: { en: 'Strong importance', 'zh-CN': '明显重要' } },
  { value: 6, label: { en: 'Between strong and very strong (intermediate)', 'zh-CN': '相邻判断的中值（介于明显重要与强烈重要之间）' } },
  { value: 7, label: { en: 'Very strong importance', 'zh-CN': '强烈重要' } },
  { value: 8, label: { en: 'Between very strong and extreme (intermediate)', 'zh-CN': '相邻判断的中值（介于强烈重要与极端重要之间）' } },
  { value: 9, label: { en: 'Extreme importance', 'zh-CN': '极端重要' } },
].map((entry) => Object.freeze(entry)));

/** The 17 values a judgment may take: 1/9, 1/8, …, 1/2, 1, 2, …, 9 (ascending). */
export const SAATY_VALUES: readonly number[] = Object.freeze([
  ...SAATY_SCALE.slice(1).map((entry) => 1 / entry.value).reverse(),
  ...SAATY_SCALE.map((entry) => entry.value),
]);

/**
 * The scale value nearest to a ratio. Judgments are ratios, so "nearest" is measured on a log scale:
 * 1/3 is as far from 1 as 3 is.
 */
export function nearestSaatyValue(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) throw new RangeError(`A ratio must be a positive finite number, not ${ratio}.`);
  const target = Math.log(ratio);
  let best = 1;
  let bestDistance = Infinity;
  for (const value of SAATY_VALUES) {
    const distance = Math.abs(Math.log(value) - target);
    if (distance < bestDistance - 1e-12) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}
