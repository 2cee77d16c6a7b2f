// Names shared by the person report and the team summary, resolved for one language: the
// scorecard's, each grade band's (with its chart colour) and each indicator's unit.
import { type Locale, type LocalizedText, resolveLocalized } from '../localized-text.ts';
import { chartBands } from '../scorecard/charts/chart-common.ts';
import type { IndicatorLeaf, ScorecardConfig } from '../scorecard/types.ts';
import type { ReportGrade } from './report-types.ts';

export function localized(text: LocalizedText | undefined, locale: Locale, fallback = ''): string {
  return resolveLocalized(text, locale) || fallback;
}

/** Every band as a report shows it, best first. */
export function reportGrades(config: ScorecardConfig, locale: Locale): ReportGrade[] {
  const coefficients = new Map(config.grades.bands.map((b) => [b.id, b.coefficient ?? null]));
  return chartBands(config).map((band) => ({ id: band.id, label: localized(band.label, locale, band.id), color: band.color, coefficient: coefficients.get(band.id) ?? null }));
}

/**
 * An indicator's unit: its own, else that of the field its value reads when the value is a plain
 * `{"var": "field"}` (most indicators are), so "85" prints as "85 %".
 */
export function indicatorUnit(config: ScorecardConfig, leaf: IndicatorLeaf, locale: Locale): string {
  if (leaf.unit !== undefined) return localized(leaf.unit, locale);
  const rule = leaf.value as { var?: unknown } | null;
  const key = rule !== null && typeof rule === 'object' && !Array.isArray(rule) ? rule.var : undefined;
  if (typeof key !== 'string') return '';
  return localized(config.fields.find((f) => f.key === key)?.unit, locale);
}
