// Shared setup of the report component tests: services with the reports catalogs, the call-centre
// scorecard widened to a realistic number of indicators, and its evaluation over generated agents.
import en from '../../../plugins/reports/l10n/en.json';
import zh from '../../../plugins/reports/l10n/zh-CN.json';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import { type IndicatorGroup, type IndicatorLeaf, type ScorecardConfig, isGroup } from '../../../src/core/scorecard/types.ts';
import { callCentre } from '../../core/reports/report-fixtures.ts';

export { agentRecords, callCentre } from '../../core/reports/report-fixtures.ts';

export function createServices(locale: 'en' | 'zh-CN' = 'en'): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  services.i18n.setLocale(locale);
  return services;
}

const leafCount = (node: IndicatorGroup): number => node.children.reduce((n, c) => n + (isGroup(c) ? leafCount(c) : 1), 0);

/**
 * The call-centre scorecard (9 indicators) with copies of its indicators added round the
 * dimensions until it has `indicators` of them, under longer names (the worst case for the page).
 */
export function widenedCallCentre(indicators: number): ScorecardConfig {
  const config = callCentre();
  const dimensions = config.root.children.filter(isGroup);
  for (let copy = 1; leafCount(config.root) < indicators; copy++) {
    for (const dimension of dimensions) {
      if (leafCount(config.root) >= indicators) break;
      const original = dimension.children.find((c): c is IndicatorLeaf => !isGroup(c))!;
      const name = original.name as { en: string; 'zh-CN': string };
      dimension.children.push({
        ...structuredClone(original),
        id: `${original.id}-${copy}`,
        name: { en: `${name.en} (review ${copy}, second-line check)`, 'zh-CN': `${name['zh-CN']}（第 ${copy} 次复核抽查）` },
        weight: 10,
      });
    }
  }
  // The AHP derivations no longer match the children; the weights are used in proportion instead.
  delete config.weighting;
  for (const dimension of dimensions) dimension.normalize = true;
  return config;
}

/** The CSS pixels of a length in millimetres (96 px per inch). */
export const mm = (x: number): number => (x * 96) / 25.4;
