// The composition root: finds every plugin's manifest and catalogs at build time (no plugin code
// runs until its activation event), then boots the workbench.
import './base/seal-object-prototype.ts'; // first: no module after it can extend Object.prototype
import codiconFont from '@vscode/codicons/dist/codicon.ttf?url';
import type { Locale } from './core/localized-text.ts';
import type { MessageCatalog } from './platform/i18n/i18n-service.ts';
import type { PluginDescriptor } from './platform/plugins/plugin-host.ts';
import { bootWorkbench } from './workbench/boot.ts';
import './workbench/theme/theme.css';

type Modules = Record<string, () => Promise<unknown>>;

const manifests = import.meta.glob<{ default: unknown }>('../plugins/*/plugin.json', { eager: true });
const catalogs = import.meta.glob<{ default: MessageCatalog }>('../plugins/*/l10n/*.json', { eager: true });
const entries: Modules = import.meta.glob('../plugins/*/index.ts');

// The e2e build adds test plugins (one of them deliberately broken); production builds drop them.
const testManifests = __TEST_PLUGINS__ ? import.meta.glob<{ default: unknown }>('../test/fixtures/plugins/*/plugin.json', { eager: true }) : {};
const testCatalogs = __TEST_PLUGINS__ ? import.meta.glob<{ default: MessageCatalog }>('../test/fixtures/plugins/*/l10n/*.json', { eager: true }) : {};
const testEntries: Modules = __TEST_PLUGINS__ ? import.meta.glob('../test/fixtures/plugins/*/index.ts') : {};

function describePlugins(
  manifestModules: Record<string, { default: unknown }>,
  catalogModules: Record<string, { default: MessageCatalog }>,
  entryModules: Modules,
): PluginDescriptor[] {
  return Object.entries(manifestModules).map(([path, module]) => {
    const folder = path.slice(0, -'/plugin.json'.length);
    const manifest = module.default as { main?: string; contributes?: { localization?: Array<{ locale: Locale; path: string }> } };
    const pluginCatalogs: Partial<Record<Locale, MessageCatalog>> = {};
    for (const l10n of manifest.contributes?.localization ?? []) {
      const catalog = catalogModules[`${folder}/${l10n.path.replace(/^\.\//, '')}`];
      // A plugin may split a locale's messages over several files (one per feature folder).
      if (catalog) pluginCatalogs[l10n.locale] = { ...pluginCatalogs[l10n.locale], ...catalog.default };
    }
    const entryPath = `${folder}/${(manifest.main ?? 'index.ts').replace(/^\.\//, '')}`;
    return {
      manifest: module.default,
      catalogs: pluginCatalogs,
      location: folder.replace(/^\.\.\//, ''),
      load: entryModules[entryPath] ?? (() => Promise.reject(new Error(`missing entry module ${entryPath}`))),
    };
  });
}

async function main(): Promise<void> {
  const font = new FontFace('codicon', `url(${codiconFont})`);
  document.fonts.add(font);
  void font.load().catch(() => undefined); // icons degrade to nothing; the app still works
  const container = document.getElementById('app')!;
  try {
    await bootWorkbench({
      container,
      plugins: [...describePlugins(manifests, catalogs, entries), ...describePlugins(testManifests, testCatalogs, testEntries)],
    });
  } catch (error) {
    container.textContent = `The workbench could not start / 工作台无法启动: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
}

void main();
