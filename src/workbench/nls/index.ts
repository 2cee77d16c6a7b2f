import type { Locale } from '../../core/localized-text.ts';
import type { MessageCatalog } from '../../platform/i18n/i18n-service.ts';
import builderEn from './builder.en.json';
import builderZh from './builder.zh-CN.json';
import commandsEn from './commands.en.json';
import commandsZh from './commands.zh-CN.json';
import editorEn from './editor.en.json';
import editorZh from './editor.zh-CN.json';
import hostEn from './host.en.json';
import hostZh from './host.zh-CN.json';
import jsonEn from './json.en.json';
import jsonZh from './json.zh-CN.json';
import panelEn from './panel.en.json';
import panelZh from './panel.zh-CN.json';
import quickinputEn from './quickinput.en.json';
import quickinputZh from './quickinput.zh-CN.json';
import shellEn from './shell.en.json';
import shellZh from './shell.zh-CN.json';

/**
 * The workbench's own message catalogs, one file per area so parts can be edited independently.
 * Keys: `workbench.<area>.<name>` and `host.<...>` (plugin host messages).
 */
export const WORKBENCH_CATALOGS: Record<Locale, MessageCatalog> = {
  en: { ...shellEn, ...editorEn, ...quickinputEn, ...panelEn, ...hostEn, ...commandsEn, ...jsonEn, ...builderEn },
  'zh-CN': { ...shellZh, ...editorZh, ...quickinputZh, ...panelZh, ...hostZh, ...commandsZh, ...jsonZh, ...builderZh },
};
