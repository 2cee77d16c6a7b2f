// The templates the product ships: the `templates` contributions of this plugin's manifest, each
// naming its file under catalog/. Loaded on first use (the gallery), checked with validateTemplate;
// a file that fails is reported in the Output panel and left out rather than breaking the gallery.
import { validateTemplate } from '../../src/core/templates/index.ts';
import type { WorkbenchApi } from '../../src/workbench/api.ts';
import type { GalleryEntry } from './gallery-entry.ts';
import { BUILTIN_CATALOG } from './builtin-catalog.ts';
import manifest from './plugin.json';

export interface TemplateContribution {
  id: string;
  path: string;
}

/** The registered contributions when the workbench registered them, else this plugin's own manifest (tests start services without the contribution handlers). */
export function templateContributions(api: WorkbenchApi): TemplateContribution[] {
  const registered = api.domainContributions.list('templates').filter((e) => e.source === api.pluginId);
  const entries: Array<{ id: string; path?: unknown }> = registered.length > 0 ? registered : manifest.contributes.templates;
  return entries.filter((e): e is TemplateContribution => typeof e.path === 'string');
}


export async function loadBuiltinTemplates(api: WorkbenchApi): Promise<GalleryEntry[]> {
  const loaded = await Promise.all(templateContributions(api).map(async (entry): Promise<GalleryEntry | undefined> => {
    try {
      const load = BUILTIN_CATALOG[entry.path.replace(/^\.\//, '')];
      if (!load) throw new Error('not in builtin-catalog.ts');
      const checked = validateTemplate((await load()).default);
      if (!checked.valid || !checked.template) {
        const first = checked.problems.find((p) => p.severity === 'error');
        throw new Error(first ? `${first.pointer} ${first.message.en}` : 'invalid');
      }
      return { template: checked.template, origin: 'builtin' };
    } catch (error) {
      api.output.append(api.t('templates.output.channel'), api.t('templates.output.builtinFailed', { path: entry.path, reason: error instanceof Error ? error.message : String(error) }), 'error');
      return undefined;
    }
  }));
  return loaded.filter((e): e is GalleryEntry => e !== undefined);
}
