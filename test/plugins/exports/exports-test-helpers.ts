// Shared setup of the exports plugin's tests: workbench services with the plugin's catalogs and
// declared exporters, a scorecard document, and the export commands with a save that records files.
import { readFileSync } from 'node:fs';
import manifest from '../../../plugins/exports/plugin.json';
import en from '../../../plugins/exports/l10n/en.json';
import zh from '../../../plugins/exports/l10n/zh-CN.json';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import type { DomainContribution } from '../../../src/platform/plugins/plugin-manifest.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { WorkbenchApi } from '../../../src/workbench/api.ts';
import { createWorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import type { ExportFile } from '../../../plugins/exports/export-files.ts';
import { registerExportCommands } from '../../../plugins/exports/export-commands.ts';

export const fixture = (): ScorecardConfig =>
  JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;

export function createApi(): WorkbenchApi {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  for (const exporter of manifest.contributes.exporters as DomainContribution[]) services.domainContributions.register('exporters', exporter, 'exports');
  for (const importer of manifest.contributes.importers as DomainContribution[]) services.domainContributions.register('importers', importer, 'exports');
  return { ...services, pluginId: 'exports', t: (key, args) => services.i18n.t(key, args) };
}

/** The export commands, saving into `saved` instead of downloading; the runtime source is a stand-in. */
export function registerCommands(api: WorkbenchApi, saved: ExportFile[], runtimeLoads = { count: 0 }): void {
  registerExportCommands(api, {
    save: (file) => saved.push(file),
    loadRuntimeSource: () => {
      runtimeLoads.count++;
      return Promise.resolve('export const runtime = 1;\n');
    },
  });
}

export async function addScorecard(api: WorkbenchApi, config: ScorecardConfig = fixture()): Promise<string> {
  return (await api.workspace.createDocument('scorecard', 'Call centre', config)).id;
}
