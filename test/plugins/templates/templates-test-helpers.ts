// Shared setup of the templates plugin's component tests: the workbench services over a real
// IndexedDB workspace (one database per test), the plugin started through its manifest, and a
// stand-in for the scorecard plugin's `scorecard.reveal` (which opens a scorecard editor).
import manifest from '../../../plugins/templates/plugin.json';
import en from '../../../plugins/templates/l10n/en.json';
import zh from '../../../plugins/templates/l10n/zh-CN.json';
import * as templatesModule from '../../../plugins/templates/index.ts';
import type { TemplateGalleryElement } from '../../../plugins/templates/template-gallery.ts';
import type { PluginDescriptor } from '../../../src/platform/plugins/plugin-host.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';

export const descriptor: PluginDescriptor = { location: 'plugins/templates', manifest, load: async () => templatesModule, catalogs: { en, 'zh-CN': zh } };

export interface TemplatesFixture {
  services: WorkbenchServices;
  /** Arguments of every `scorecard.reveal` the plugin ran. */
  revealed: unknown[][];
  dispose(): Promise<void>;
}

let databases = 0;

export async function startTemplates(): Promise<TemplatesFixture> {
  const workspace = await openWorkspace({ name: `templates-test-${Date.now()}-${databases++}`, channel: null, storage: null });
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false, workspace });
  const revealed: unknown[][] = [];
  services.commands.registerCommand('scorecard.reveal', (...args: unknown[]) => { revealed.push(args); });
  await services.plugins.start([descriptor]);
  return {
    services,
    revealed,
    dispose: async () => {
      await workspace.flushAll();
      await workspace.close();
    },
  };
}

/** Runs "New Scorecard from Template…" and returns the gallery, attached and loaded. */
export async function openGallery(services: WorkbenchServices): Promise<TemplateGalleryElement> {
  await services.commands.executeCommand('templates.newFromTemplate');
  const input = services.editors.model.activeEditor!;
  const pane = await services.editors.getPane(input, services.editors.model.activeGroup.id);
  const gallery = pane.element as TemplateGalleryElement;
  document.body.append(gallery);
  await gallery.refresh();
  await gallery.updateComplete;
  return gallery;
}

export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 15));
  }
}

export const shadow = (element: Element): ShadowRoot => element.shadowRoot!;
