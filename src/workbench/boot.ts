import { type Locale } from '../core/localized-text.ts';
import type { MessageCatalog } from '../platform/i18n/i18n-service.ts';
import type { PluginDescriptor } from '../platform/plugins/plugin-host.ts';
import { openStorage, type StorageService } from '../platform/storage/storage-service.ts';
import { openWorkspace } from '../platform/workspace/open-workspace.ts';
import type { WorkspaceProblem, WorkspaceService } from '../platform/workspace/workspace-api.ts';
import { registerBuiltinViews } from './contributions/builtin-views.ts';
import { registerContributionHandlers } from './contributions/contribution-handlers.ts';
import { installKeyboardDispatcher } from './contributions/keyboard-dispatcher.ts';
import { registerStatusItems } from './contributions/status-items.ts';
import { registerWorkspaceStatus } from './contributions/workspace-status.ts';
import { registerWorkbenchCommands } from './contributions/workbench-commands.ts';
import { registerWorkbenchSettings } from './contributions/workbench-settings.ts';
import { WORKBENCH_CATALOGS } from './nls/index.ts';
import { registerQuickAccess } from './quick-access.ts';
import { createWorkbenchServices, type WorkbenchServices } from './services/workbench-services.ts';
import './workbench.ts';

export interface BootOptions {
  /** Where <sc-workbench> goes (its content is replaced). */
  container: HTMLElement;
  plugins: readonly PluginDescriptor[];
  /** Defaults to IndexedDB (falling back to memory with a warning). */
  storage?: StorageService;
  /** Defaults to the IndexedDB workspace (falling back to memory with a warning). */
  workspace?: WorkspaceService;
}

/**
 * Starts the workbench: services, the shell's own contributions, the plugins (manifests first,
 * code on demand), then restores the previous layout and open editors.
 */
export async function bootWorkbench(options: BootOptions): Promise<WorkbenchServices> {
  let storage = options.storage;
  const blockedProblems: WorkspaceProblem[] = [];
  let storageError: unknown;
  if (!storage) ({ storage, error: storageError } = await openStorage());
  const workspace = options.workspace ?? await openWorkspace({
    // An upgrade waiting for older tabs: say so at once (the toast service is not up yet, so queue it).
    onBlocked: (problem) => blockedProblems.push(problem),
  });
  const services = createWorkbenchServices(storage, { workspace });
  for (const [locale, catalog] of Object.entries(WORKBENCH_CATALOGS) as Array<[Locale, MessageCatalog]>) {
    services.i18n.registerCatalog(locale, catalog);
  }
  await Promise.all([services.settings.load(), services.layout.load()]);
  registerWorkbenchSettings(services);
  registerContributionHandlers(services);
  registerBuiltinViews(services);
  registerWorkbenchCommands(services);
  registerQuickAccess(services);
  registerStatusItems(services);
  registerWorkspaceStatus(services, blockedProblems);
  installKeyboardDispatcher(services);

  const shell = document.createElement('sc-workbench');
  shell.services = services;
  options.container.replaceChildren(shell);

  if (storageError) {
    services.notifications.warn(services.i18n.t('host.storage.unavailable', { error: storageError instanceof Error ? storageError.message : String(storageError) }));
  }

  await services.plugins.start(options.plugins);
  await services.editors.restore();

  const layout = services.layout.current;
  if (!layout.activeContainer) {
    const first = services.views.getContainers('sidebar')[0];
    if (first) services.layout.update({ activeContainer: first.id });
  }
  const showWelcome = !layout.welcomed || (services.settings.get<boolean>('welcome.showOnStartup') !== false && services.editors.model.allEditors().length === 0);
  if (showWelcome && services.commands.getMetadata('welcome.show')) {
    await services.commands.executeCommand('welcome.show').catch(() => undefined);
    services.layout.update({ welcomed: true });
  }
  addEventListener('pagehide', () => {
    void services.layout.flush();
    void services.editors.flush();
  });
  document.documentElement.setAttribute('data-workbench-ready', 'true');
  return services;
}
