// Shared setup of the live-results tests: the call-centre scorecard, its records (the fixture's
// four, then variations of them), a memory workspace holding them as a dataset, and the real worker.
import configJson from '../../../fixtures/scorecard/call-centre.json';
import recordsJson from '../../../fixtures/scorecard/call-centre-records.json';
import { MemoryStorageService } from '../../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import type { WorkbenchApi } from '../../../../src/workbench/api.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import en from '../../../../plugins/scorecard/l10n/results.en.json';
import zh from '../../../../plugins/scorecard/l10n/results.zh-CN.json';
import { type ResultsPort, createResultsWorker } from '../../../../plugins/scorecard/results/results-controller.ts';

export const config = (): ScorecardConfig => structuredClone(configJson) as unknown as ScorecardConfig;

/** The fixture's records first, then variations (scores spread over every grade). */
export function records(count: number): Array<Record<string, unknown>> {
  const base = recordsJson as Array<Record<string, unknown>>;
  return Array.from({ length: count }, (_, i) => {
    const r = base[i % base.length]!;
    if (i < base.length) return { ...r };
    const spread = (i * 37) % 41;
    return {
      ...r,
      agentId: `V${String(i).padStart(5, '0')}`,
      qaScore: Math.max(0, (r.qaScore as number) - spread),
      csat: Math.max(1, Math.round(((r.csat as number) - spread / 20) * 10) / 10),
      fcrRate: Math.max(0, (r.fcrRate as number) - (i % 30)),
      complaints: i % 7 === 0 ? 1 : r.complaints,
    };
  });
}

export function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

export const apiOf = (services: WorkbenchServices): WorkbenchApi => ({ ...services, pluginId: 'scorecard', t: (key, args) => services.i18n.t(key, args) });

export async function addDataset(services: WorkbenchServices, rows: Array<Record<string, unknown>>, datasetId?: string): Promise<string> {
  const sink = services.workspace.beginImport(datasetId, 'Agents');
  await sink.write(rows);
  const dataset = await sink.commit({ fields: config().fields });
  return dataset.id;
}

/** The real worker, counting the runs sent to it. */
export function countingWorker(sent: { runs: number }): () => ResultsPort {
  return () => {
    const port = createResultsWorker();
    const post = port.postMessage.bind(port);
    port.postMessage = (message, transfer) => {
      if (message.type === 'run') sent.runs++;
      post(message, transfer ?? []);
    };
    return port;
  };
}

export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 15));
  }
}
