// What the report pages need to print words and numbers in the chosen language.
import type { Locale } from '../../src/core/localized-text.ts';

export interface ReportTexts {
  locale: Locale;
  /** A message of the reports catalog. */
  msg: (key: string, args?: Record<string, string | number>) => string;
  /** A number with at most two decimals, in the language's format. */
  number: (x: number | null | undefined) => string;
  /** A fraction (0..1) as a percentage. */
  percent: (x: number | null | undefined) => string;
}

const DASH = '—';

export function reportTexts(locale: Locale, msg: ReportTexts['msg']): ReportTexts {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    locale,
    msg,
    number: (x) => (x === null || x === undefined || Number.isNaN(x) ? DASH : numbers.format(x)),
    percent: (x) => (x === null || x === undefined || Number.isNaN(x) ? DASH : percents.format(x)),
  };
}
