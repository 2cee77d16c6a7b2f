// What-if: the pure part — a scorecard duplicated as a variant (new id, names suffixed in both
// languages), the remembered variants of a scorecard, and the movers and numbers the view shows.
import { LOCALES, type Locale, type LocalizedText } from '../../../src/core/localized-text.ts';
import type { EvaluationComparison, RecordMove } from '../../../src/core/scorecard/compare-evaluations.ts';
import type { GradeBand, ScorecardConfig } from '../../../src/core/scorecard/types.ts';

/** What a variant's name gets, per language (the Chinese one with full-width brackets, no space). */
export const VARIANT_SUFFIX: Readonly<Record<Locale, string>> = { en: ' (variant)', 'zh-CN': '（方案）' };

/** Where the view remembers each scorecard's variants (services.storage scope; key: the scorecard's document id). */
export const WHAT_IF_STORAGE_SCOPE = 'scorecard.whatif';

/** How long after an edit of either side the comparison runs again. */
export const WHAT_IF_DEBOUNCE_MS = 300;

/** What the view remembers per scorecard. */
export interface VariantMemory {
  /** Documents duplicated from this scorecard here, oldest first. */
  variants: string[];
  /** The variant picked last. */
  selected?: string;
}

/** Reads a stored memory defensively (storage is plain data another version may have written). */
export function variantMemoryOf(value: unknown): VariantMemory {
  if (!value || typeof value !== 'object') return { variants: [] };
  const v = value as { variants?: unknown; selected?: unknown };
  const variants = Array.isArray(v.variants) ? v.variants.filter((x): x is string => typeof x === 'string') : [];
  return typeof v.selected === 'string' ? { variants, selected: v.selected } : { variants };
}

/**
 * A name with the variant suffix in every language: a name given once for all languages becomes a
 * per-language one; a language the name lacks takes the English (or any) text.
 */
export function variantName(name: LocalizedText): LocalizedText {
  const base = (locale: Locale): string => {
    if (typeof name === 'string') return name;
    return name[locale] ?? name.en ?? Object.values(name).find((v) => typeof v === 'string') ?? '';
  };
  const out: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) out[locale] = `${base(locale)}${VARIANT_SUFFIX[locale]}`;
  return out;
}

/** The workspace document's name (one string) for a variant of a document named `name`. */
export function variantDocumentName(name: string, locale: Locale): string {
  return `${name}${VARIANT_SUFFIX[locale]}`;
}

/** A deep copy of `config` with a new id and the variant name; the original is not touched. */
export function duplicateAsVariant(config: ScorecardConfig, id: string): ScorecardConfig {
  const copy = structuredClone(config);
  copy.id = id;
  copy.name = variantName(config.name);
  return copy;
}

/** A fresh scorecard id in the style the plugin uses for new scorecards. */
export function newVariantId(now: number = Date.now()): string {
  return `sc-${now.toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/** The band of a grade id, looked up in the scorecard first, then in the variant (a grade only it has). */
export function bandOf(id: string | null, ...configs: Array<ScorecardConfig | undefined>): GradeBand | undefined {
  if (id === null) return undefined;
  for (const config of configs) {
    const band = config?.grades.bands.find((b) => b.id === id);
    if (band) return band;
  }
  return undefined;
}

/** What the movers lists rank by: the change of total, or of rank. */
export type MoversBy = 'total' | 'rank';

/**
 * The largest movers up and down, largest first: by total (up: the total rose) or by rank (up: a
 * smaller rank number), from the comparison's largest movers of that kind (so both lists together
 * hold at most the comparison's `top`).
 */
export function splitMovers(comparison: EvaluationComparison, by: MoversBy): { up: RecordMove[]; down: RecordMove[] } {
  const list = by === 'total' ? comparison.largestTotalMovers : comparison.largestRankMovers;
  const delta = (m: RecordMove): number => (by === 'total' ? m.deltaTotal ?? 0 : -(m.deltaRank ?? 0));
  return { up: list.filter((m) => delta(m) > 0), down: list.filter((m) => delta(m) < 0) };
}

/** The largest |Δ total| and |Δ rank| of the comparison (the movers lists are ordered by them), or null. */
export function largestChanges(comparison: EvaluationComparison): { total: number | null; rank: number | null } {
  return {
    total: comparison.largestTotalMovers[0]?.deltaTotal ?? null,
    rank: comparison.largestRankMovers[0]?.deltaRank ?? null,
  };
}

/** Share of `part` in `whole` (0 when there is nothing to share). */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
