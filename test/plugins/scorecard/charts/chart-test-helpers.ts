// Shared by the chart component tests: services with the chart catalogs, the call-centre fixture
// evaluated, the workbench theme's CSS in the page, and mounting an element until its chart is drawn.
import { MemoryStorageService } from '../../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import { evaluate } from '../../../../src/core/scorecard/evaluate.ts';
import type { ScorecardEvaluation } from '../../../../src/core/scorecard/result-types.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import fixture from '../../../fixtures/scorecard/call-centre.json';
import fixtureRecords from '../../../fixtures/scorecard/call-centre-records.json';
import en from '../../../../plugins/scorecard/l10n/charts.en.json';
import zh from '../../../../plugins/scorecard/l10n/charts.zh-CN.json';

export const config = fixture as unknown as ScorecardConfig;
export const records = fixtureRecords as Record<string, unknown>[];

export function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  services.theme.set('light');
  return services;
}

/** The fixture's four agents repeated with shifted numbers, so there is a population to chart. */
export function population(n: number, shift = 0): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const base = records[i % records.length]!;
    const k = ((i * 37) % 21) - 10 + shift;
    return { ...base, agentId: `P${i}`, fcrRate: (base.fcrRate as number) + k, aht: (base.aht as number) - 4 * k };
  });
}

export function evaluated(rows: Record<string, unknown>[] = records, card: ScorecardConfig = config): ScorecardEvaluation {
  return evaluate(card, rows);
}

let themeLoaded = false;
/** The workbench's theme.css, so the CSS custom properties switch with data-theme as in the app. */
export async function loadThemeCss(): Promise<void> {
  if (themeLoaded) return;
  const response = await fetch(new URL('../../../../src/workbench/theme/theme.css', import.meta.url));
  const style = document.createElement('style');
  style.textContent = await response.text();
  document.head.append(style);
  themeLoaded = true;
}

/** Text of the hidden table: header row then body rows, each as an array of cell texts. */
export function tableCells(root: ShadowRoot | HTMLElement): string[][] {
  const table = (root as ParentNode).querySelector('table');
  if (!table) return [];
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
}
