import { isMacintosh } from '../../base/platform-info.ts';
import { CommandRegistry } from '../../platform/commands/command-registry.ts';
import { ContextKeyService } from '../../platform/contextkey/context-key-service.ts';
import { I18nService } from '../../platform/i18n/i18n-service.ts';
import { KeybindingService } from '../../platform/keybindings/keybinding-service.ts';
import { MarkerService } from '../../platform/markers/marker-service.ts';
import { NotificationService } from '../../platform/notifications/notification-service.ts';
import { OutputService } from '../../platform/output/output-service.ts';
import { DomainContributionRegistry } from '../../platform/plugins/domain-contributions.ts';
import { PluginHost } from '../../platform/plugins/plugin-host.ts';
import { SettingsService } from '../../platform/settings/settings-service.ts';
import type { StorageService } from '../../platform/storage/storage-service.ts';
import { TestResultsService } from '../../platform/tests/test-results-service.ts';
import { preview as previewImport } from '../../platform/data-import/import-preview.ts';
import { startImport } from '../../platform/data-import/import-client.ts';
import { createMemoryWorkspace } from '../../platform/workspace/open-workspace.ts';
import type { WorkspaceService } from '../../platform/workspace/workspace-api.ts';
import { EditorService } from './editor-service.ts';
import { LayoutService } from './layout-service.ts';
import { MonacoService } from './monaco/monaco-service.ts';
import { MenuService } from './menu-service.ts';
import { QuickInputService } from './quick-input-service.ts';
import { QuickOpenService } from './quick-open-service.ts';
import { RuleOperatorsService } from './rule-operators-service.ts';
import { StatusBarService } from './status-bar-service.ts';
import { ThemeService } from './theme-service.ts';
import { ViewService } from './view-service.ts';

/** Every service of a running workbench. Plugins receive these (plus their id) as their API. */
export interface WorkbenchServices {
  readonly isMac: boolean;
  readonly storage: StorageService;
  readonly commands: CommandRegistry;
  readonly contextKeys: ContextKeyService;
  readonly keybindings: KeybindingService;
  readonly i18n: I18nService;
  readonly settings: SettingsService;
  readonly notifications: NotificationService;
  readonly output: OutputService;
  readonly markers: MarkerService;
  readonly testResults: TestResultsService;
  readonly views: ViewService;
  readonly editors: EditorService;
  readonly layout: LayoutService;
  readonly statusBar: StatusBarService;
  readonly menus: MenuService;
  readonly quickInput: QuickInputService;
  readonly quickOpen: QuickOpenService;
  readonly theme: ThemeService;
  /** Monaco, loaded on first use and shared by every plugin (JSON editors, providers, markers). */
  readonly monaco: MonacoService;
  readonly plugins: PluginHost<WorkbenchApi>;
  /** Declarations of operators, scorers, weightings, importers, exporters and templates. */
  readonly domainContributions: DomainContributionRegistry;
  /** The engine of every rule: the default operators plus those plugins declare (what the rule builder draws). */
  readonly ruleOperators: RuleOperatorsService;
  /** Documents and dataset records in IndexedDB (in memory when the browser refuses storage). */
  readonly workspace: WorkspaceService;
  /** Reading files into datasets: a preview of the beginning, and the import itself in a worker. */
  readonly dataImport: DataImportService;
}

/** The import pipeline of src/platform/data-import, as plugins use it. */
export interface DataImportService {
  readonly preview: typeof previewImport;
  readonly startImport: typeof startImport;
}

/** What a plugin's activate() gets as `context.api`. */
export interface WorkbenchApi extends WorkbenchServices {
  readonly pluginId: string;
  /** Shortcut for `i18n.t`. */
  t(key: string, args?: Record<string, string | number> | Array<string | number>): string;
}

export function createWorkbenchServices(storage: StorageService, options: { isMac?: boolean; workspace?: WorkspaceService } = {}): WorkbenchServices {
  const isMac = options.isMac ?? isMacintosh();
  const commands = new CommandRegistry();
  const contextKeys = new ContextKeyService();
  const keybindings = new KeybindingService(contextKeys, { isMac });
  const i18n = new I18nService('en');
  const settings = new SettingsService(storage, (key, args) => (i18n.has(key, 'en') ? i18n.t(key, args) : undefined));
  const notifications = new NotificationService();
  const output = new OutputService();
  const views = new ViewService();
  const editors = new EditorService(storage);
  const theme = new ThemeService();
  const domainContributions = new DomainContributionRegistry();
  const services: Omit<WorkbenchServices, 'plugins'> = {
    domainContributions,
    ruleOperators: new RuleOperatorsService(domainContributions, output, i18n),
    isMac,
    storage,
    commands,
    contextKeys,
    keybindings,
    i18n,
    settings,
    notifications,
    output,
    markers: new MarkerService(),
    testResults: new TestResultsService(),
    views,
    editors,
    layout: new LayoutService(storage),
    statusBar: new StatusBarService(),
    menus: new MenuService(contextKeys),
    quickInput: new QuickInputService(),
    quickOpen: new QuickOpenService(),
    theme,
    monaco: new MonacoService(theme),
    workspace: options.workspace ?? createMemoryWorkspace(),
    dataImport: { preview: previewImport, startImport },
  };
  const plugins: PluginHost<WorkbenchApi> = new PluginHost<WorkbenchApi>({
    commands, keybindings, i18n, settings, output, notifications, storage,
    createApi: (pluginId) => ({ ...all, pluginId, t: (key, args) => i18n.t(key, args) }),
  });
  const all: WorkbenchServices = { ...services, plugins };
  views.setActivator((event) => plugins.activateByEvent(event));
  editors.setActivator((event) => plugins.activateByEvent(event));
  return all;
}
