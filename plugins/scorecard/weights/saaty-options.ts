// Saaty's 1–9 scale as the words a judgment menu shows ("9 — extremely more important" …
// "1 — equal" … "1/9 — extremely less important"), from the plugin's catalogs.
import { SAATY_VALUES } from '../../../src/core/weighting/saaty-scale.ts';
import { formatJudgment, scaleIndex } from './ahp-judgments.ts';

export type Translate = (key: string, args?: Readonly<Record<string, string | number>>) => string;

/** The scale from 9 down to 1/9, the order of the menu (most important first, as Chinese tools list it too). */
export const MENU_VALUES: readonly number[] = [...SAATY_VALUES].reverse();

/** The catalog key of a scale value: `…scale.3` for 3, `…scale.inverse3` for 1/3; undefined off the scale. */
function scaleKey(value: number): string | undefined {
  const i = scaleIndex(value);
  if (i < 0) return undefined;
  const exact = SAATY_VALUES[i] as number;
  return exact >= 1 ? `scorecard.weights.scale.${exact}` : `scorecard.weights.scale.inverse${Math.round(1 / exact)}`;
}

/** "3 — moderately more important"; a value off the scale (from an imported matrix) says so. */
export function judgmentLabel(t: Translate, value: number): string {
  const key = scaleKey(value);
  return key === undefined ? t('scorecard.weights.scale.custom', { value: formatJudgment(value) }) : t(key);
}
