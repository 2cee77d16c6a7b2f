import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import { LOCALES, type Locale, type LocalizedText, isLocale, resolveLocalized } from '../../core/localized-text.ts';

export type MessageCatalog = Readonly<Record<string, string>>;
export type MessageArgs = ReadonlyArray<string | number> | Readonly<Record<string, string | number>>;

/**
 * Message catalogs per locale, contributed by the workbench and by each plugin. Keys are dotted
 * and namespaced by their owner (`workbench.panel.problems`, `plugins.view.title`). A key missing
 * in the active locale falls back to English, then to the key itself, so a gap is visible but
 * never breaks the UI.
 */
export class I18nService implements IDisposable {
  private readonly catalogs = new Map<Locale, Array<MessageCatalog>>();
  private current: Locale;

  private readonly _onDidChangeLocale = new Emitter<Locale>();
  readonly onDidChangeLocale: Event<Locale> = this._onDidChangeLocale.event;
  private readonly _onDidChangeCatalogs = new Emitter<void>();
  readonly onDidChangeCatalogs: Event<void> = this._onDidChangeCatalogs.event;

  constructor(initial: Locale = 'en') {
    this.current = initial;
    for (const locale of LOCALES) this.catalogs.set(locale, []);
  }

  get locale(): Locale {
    return this.current;
  }

  setLocale(locale: string): void {
    if (!isLocale(locale)) throw new Error(`Unsupported language: ${locale} (supported: ${LOCALES.join(', ')})`);
    if (locale === this.current) return;
    this.current = locale;
    this._onDidChangeLocale.fire(locale);
  }

  registerCatalog(locale: Locale, catalog: MessageCatalog): IDisposable {
    const list = this.catalogs.get(locale)!;
    list.push(catalog);
    this._onDidChangeCatalogs.fire();
    return toDisposable(() => {
      const i = list.indexOf(catalog);
      if (i >= 0) list.splice(i, 1);
      this._onDidChangeCatalogs.fire();
    });
  }

  has(key: string, locale: Locale = this.current): boolean {
    return this.lookup(key, locale) !== undefined;
  }

  /** Translates a key; `{0}` / `{name}` placeholders are filled from args. */
  t(key: string, args?: MessageArgs): string {
    const message = this.lookup(key, this.current) ?? this.lookup(key, 'en') ?? key;
    return args ? format(message, args) : message;
  }

  /**
   * Text from a manifest or document: a localized object picks the locale; a string that is a
   * known catalog key is translated; any other string is shown as written.
   */
  text(value: LocalizedText | undefined): string {
    if (value === undefined) return '';
    if (typeof value === 'string') return this.lookup(value, this.current) ?? this.lookup(value, 'en') ?? value;
    return resolveLocalized(value, this.current);
  }

  keys(locale: Locale): Set<string> {
    const keys = new Set<string>();
    for (const catalog of this.catalogs.get(locale)!) for (const key of Object.keys(catalog)) keys.add(key);
    return keys;
  }

  private lookup(key: string, locale: Locale): string | undefined {
    const list = this.catalogs.get(locale)!;
    // Later catalogs override earlier ones.
    for (let i = list.length - 1; i >= 0; i--) {
      const hit = list[i]![key];
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  dispose(): void {
    this._onDidChangeLocale.dispose();
    this._onDidChangeCatalogs.dispose();
  }
}

export function format(message: string, args: MessageArgs): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Array.isArray(args) ? args[Number(name)] : (args as Record<string, string | number>)[name];
    return value === undefined ? whole : String(value);
  });
}
