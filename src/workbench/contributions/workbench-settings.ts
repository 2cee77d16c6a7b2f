import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import { isLocale, type Locale } from '../../core/localized-text.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';
import type { ThemeSetting } from '../services/theme-service.ts';

export const THEME_SETTING = 'workbench.colorTheme';
export const LANGUAGE_SETTING = 'workbench.language';

/** The browser's preferred language, mapped to one we ship. */
export function detectLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

/**
 * Theme and display language: declared as settings (so the settings editor shows them) and
 * applied whenever they change. Switching language re-renders in place; open editors stay open.
 */
export function registerWorkbenchSettings(services: WorkbenchServices): IDisposable {
  const store = new DisposableStore();
  const { settings, i18n, theme, contextKeys } = services;
  const section = 'workbench.settings.section';
  store.add(settings.register({
    key: THEME_SETTING,
    source: 'workbench',
    section,
    schema: {
      type: 'string',
      default: 'auto',
      enum: ['auto', 'light', 'dark', 'high-contrast'],
      enumLabels: ['workbench.theme.auto', 'workbench.theme.light', 'workbench.theme.dark', 'workbench.theme.highContrast'],
      title: 'workbench.settings.theme.title',
      description: 'workbench.settings.theme.description',
      order: 1,
    },
  }));
  store.add(settings.register({
    key: LANGUAGE_SETTING,
    source: 'workbench',
    section,
    schema: {
      type: 'string',
      default: 'auto',
      enum: ['auto', 'en', 'zh-CN'],
      enumLabels: ['workbench.language.auto', 'workbench.language.en', 'workbench.language.zh-CN'],
      title: 'workbench.settings.language.title',
      description: 'workbench.settings.language.description',
      order: 2,
    },
  }));

  const applyLanguage = () => {
    const value = settings.get<string>(LANGUAGE_SETTING);
    const locale = isLocale(value) ? value : detectLocale();
    i18n.setLocale(locale);
    if (globalThis.document) document.documentElement.lang = locale;
    contextKeys.set('locale', locale);
  };
  const applyTheme = () => {
    theme.set(settings.get<ThemeSetting>(THEME_SETTING) ?? 'auto');
    contextKeys.set('theme', theme.theme);
  };
  applyLanguage();
  applyTheme();
  store.add(settings.onDidChange((keys) => {
    if (keys.has(LANGUAGE_SETTING)) applyLanguage();
    if (keys.has(THEME_SETTING)) applyTheme();
  }));
  store.add(theme.onDidChange(() => contextKeys.set('theme', theme.theme)));
  return store;
}
