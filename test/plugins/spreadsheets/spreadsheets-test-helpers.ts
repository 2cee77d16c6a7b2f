// Shared setup of the spreadsheets plugin tests: a real IndexedDB workspace holding the call-centre
// scorecard and a dataset of its records, the plugin's catalogs, and a stand-in for the scorecard
// plugin's `scorecard.activeEditorState` command (the editor's model and chosen dataset).
import configJson from '../../fixtures/scorecard/call-centre.json';
import recordsJson from '../../fixtures/scorecard/call-centre-records.json';
import { DisposableStore } from '../../../src/base/lifecycle.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { openWorkspace } from '../../../src/platform/workspace/index.ts';
import { createWorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import type { DocumentModel, PluginContext, PluginManifest, WorkbenchApi } from '../../../src/workbench/api.ts';
import en from '../../../plugins/spreadsheets/l10n/en.json';
import zh from '../../../plugins/spreadsheets/l10n/zh-CN.json';

export const config = (): ScorecardConfig => structuredClone(configJson) as unknown as ScorecardConfig;

/** The fixture's records, then copies with other ids and scores. */
export function records(count: number): Array<Record<string, unknown>> {
  const base = recordsJson as Array<Record<string, unknown>>;
  return Array.from({ length: count }, (_, i) => {
    const r = base[i % base.length]!;
    return i < base.length ? { ...r } : { ...r, agentId: `V${i}`, qaScore: Math.max(0, (r.qaScore as number) - (i % 40)) };
  });
}

export interface Setup {
  api: WorkbenchApi;
  model: DocumentModel<ScorecardConfig>;
  datasetId: string;
  rows: Array<Record<string, unknown>>;
  dispose(): Promise<void>;
}

let counter = 0;

export async function setup(count = 30): Promise<Setup> {
  const workspace = await openWorkspace({ name: `spreadsheets-test-${Date.now()}-${++counter}`, channel: null, locks: null });
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false, workspace });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  const api: WorkbenchApi = { ...services, pluginId: 'spreadsheets', t: (key, args) => services.i18n.t(key, args) };
  const rows = records(count);
  const sink = workspace.beginImport(undefined, 'Agents');
  await sink.write(rows);
  const datasetId = (await sink.commit({ fields: config().fields })).id;
  const doc = await workspace.createDocument<ScorecardConfig>('scorecard', 'Call centre', config());
  const model = await workspace.open<ScorecardConfig>(doc.id);
  const stand = services.commands.registerCommand('scorecard.activeEditorState', () => ({ model, datasetId }));
  return {
    api, model, datasetId, rows,
    dispose: async () => {
      stand.dispose();
      model.dispose();
      await workspace.close();
    },
  };
}

/** A plugin context for activate(). */
export function contextOf(api: WorkbenchApi): PluginContext<WorkbenchApi> {
  const state = new Map<string, unknown>();
  return {
    id: 'spreadsheets',
    manifest: { id: 'spreadsheets', name: 'spreadsheets', version: '0.1.0' } as PluginManifest,
    subscriptions: new DisposableStore(),
    state: { get: async <T>(key: string) => state.get(key) as T | undefined, set: async (key, value) => void state.set(key, value) },
    api,
  };
}

/** Downloads (anchor clicks with a `download` name) captured instead of saved: name and bytes. */
export function captureDownloads(): { files: Array<{ name: string; bytes: Promise<Uint8Array> }>; stop(): void } {
  const files: Array<{ name: string; bytes: Promise<Uint8Array> }> = [];
  const listener = (e: Event): void => {
    const a = e.target;
    if (!(a instanceof HTMLAnchorElement) || !a.download) return;
    e.preventDefault();
    files.push({ name: a.download, bytes: fetch(a.href).then(async (r) => new Uint8Array(await r.arrayBuffer())) });
  };
  document.addEventListener('click', listener, true);
  return { files, stop: () => document.removeEventListener('click', listener, true) };
}

export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 15));
  }
}
