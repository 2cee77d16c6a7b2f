// "Export…" and "Import…": every registered exporter (or importer) in one quick pick. An entry of
// the `exporters`/`importers` contribution points that names a `command` is listed, ours and other
// plugins' alike; choosing it runs that command with the scorecard's document id, so a plugin is
// activated only when one of its entries is chosen.
import type { LocalizedText } from '../../src/core/localized-text.ts';
import type { QuickPickItem, WorkbenchApi } from '../../src/workbench/api.ts';

export type RunnablePoint = 'exporters' | 'importers';

/** The fields of a declaration this plugin reads (plugin.json: `exporters`, `importers`). */
export interface RunnableEntry {
  id: string;
  command: string;
  label: string;
  description?: string;
  icon?: string;
  order: number;
}

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'string' || (value !== null && typeof value === 'object' && !Array.isArray(value));

/** The entries with a command, ordered by `order` (default 100) then label, in the UI language. */
export function listRunnable(api: WorkbenchApi, point: RunnablePoint): RunnableEntry[] {
  const entries: RunnableEntry[] = [];
  for (const e of api.domainContributions.list(point)) {
    if (typeof e.command !== 'string') continue;
    entries.push({
      id: e.id,
      command: e.command,
      label: e.label === undefined ? e.id : api.i18n.text(e.label),
      ...(isText(e['description']) ? { description: api.i18n.text(e['description']) } : {}),
      ...(typeof e['icon'] === 'string' ? { icon: e['icon'] } : {}),
      order: typeof e['order'] === 'number' ? e['order'] : 100,
    });
  }
  return entries.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, api.i18n.locale));
}

const PLACEHOLDER: Record<RunnablePoint, string> = { exporters: 'exports.pick.placeholder', importers: 'exports.pick.importPlaceholder' };
const EMPTY: Record<RunnablePoint, string> = { exporters: 'exports.pick.empty', importers: 'exports.pick.importEmpty' };

/** Shows the pick and runs the chosen entry's command with `documentId`; resolves with the entry's id (undefined when dismissed). */
export async function pickAndRun(api: WorkbenchApi, point: RunnablePoint, documentId: string | undefined): Promise<string | undefined> {
  const entries = listRunnable(api, point);
  const items: QuickPickItem[] = entries.map((e) => ({
    id: e.id,
    label: e.label,
    ...(e.description === undefined ? {} : { description: e.description }),
    ...(e.icon === undefined ? {} : { icon: e.icon }),
  }));
  const chosen = await api.quickInput.pick({ items, placeholder: api.t(PLACEHOLDER[point]), emptyText: api.t(EMPTY[point]), matchOnDescription: true });
  const entry = entries.find((e) => e.id === chosen?.id);
  if (!entry) return undefined;
  await api.commands.executeCommand(entry.command, ...(documentId === undefined ? [] : [documentId]));
  return entry.id;
}
