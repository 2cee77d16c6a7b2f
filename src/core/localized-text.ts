/** The display languages the product ships. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A name given once for all languages, or per language (`{"en": "Quality", "zh-CN": "质量"}`). */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/** Picks the text for a locale, falling back to English, then to any language given. */
export function resolveLocalized(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text).find((v) => typeof v === 'string') ?? '';
}
