// Names are LocalizedText: one string for every language, or one per language. Editing one
// language must keep what the other language showed, including a shared string.
import { LOCALES, type Locale, type LocalizedText } from '../../localized-text.ts';

/** The name with `locale`'s text replaced; an empty text removes that language. Undefined when no language would be left. */
export function renamed(name: LocalizedText, locale: Locale, text: string): LocalizedText | undefined {
  const perLanguage: Partial<Record<Locale, string>> = typeof name === 'string' ? Object.fromEntries(LOCALES.map((l) => [l, name])) : { ...name };
  if (text.trim() === '') delete perLanguage[locale];
  else perLanguage[locale] = text;
  return Object.values(perLanguage).some((t) => typeof t === 'string' && t.trim() !== '') ? perLanguage : undefined;
}

const COPY_SUFFIX: Record<Locale, string> = { en: ' (copy)', 'zh-CN': '（副本）' };

/** "Quality" → { en: "Quality (copy)", zh-CN: "Quality（副本）" }: each language gets its own marker. */
export function copyName(name: LocalizedText): LocalizedText {
  if (typeof name === 'string') return Object.fromEntries(LOCALES.map((l) => [l, name + COPY_SUFFIX[l]]));
  const out: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const text = name[locale];
    if (text !== undefined) out[locale] = text + COPY_SUFFIX[locale];
  }
  return out;
}

// Functions, not constants: two nodes must never share one name object (validateConfig reports a
// shared reference, since editing one would change both).
export const newIndicatorName = (): LocalizedText => ({ en: 'New indicator', 'zh-CN': '新指标' });
export const newGroupName = (): LocalizedText => ({ en: 'New group', 'zh-CN': '新指标组' });

/** A name for another node: strings are values, objects are copied. */
export function nameCopy(name: LocalizedText): LocalizedText {
  return typeof name === 'string' ? name : { ...name };
}
