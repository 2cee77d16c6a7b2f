// Public API of the domain layer (also built as the standalone runtime in later work).
export { LOCALES, isLocale, resolveLocalized } from './localized-text.ts';
export type { Locale, LocalizedText } from './localized-text.ts';
