import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { LANGUAGE_SETTING, THEME_SETTING } from './workbench-settings.ts';
import { OUTPUT_VIEW, PROBLEMS_VIEW, TEST_RESULTS_VIEW } from './builtin-views.ts';
import { confirmCloseDirty } from '../services/confirm-close-dirty.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

interface BuiltinCommand {
  id: string;
  /** Catalog key of the title; omitted for commands the palette should not list. */
  title?: string;
  category?: LocalizedText;
  keys?: Array<{ key: string; mac?: string; when?: string }>;
  run(...args: unknown[]): unknown;
}

const VIEW = 'workbench.category.view';
const PREFERENCES = 'workbench.category.preferences';

/** The shell's own commands and their keybindings. */
export function registerWorkbenchCommands(services: WorkbenchServices): IDisposable {
  const store = new DisposableStore();
  const { layout, editors, commands, keybindings, quickInput, settings, i18n } = services;
  const model = editors.model;

  const showPanelView = (viewId: string) => layout.update({ panelVisible: true, activePanelView: viewId });
  const cycleEditor = (step: number) => {
    const group = model.activeGroup;
    const index = group.editors.findIndex((e) => e.uri === group.active);
    const next = group.editors[(index + step + group.editors.length) % group.editors.length];
    if (next) model.activate(next.uri, group.id);
  };

  const list: BuiltinCommand[] = [
    { id: 'workbench.action.toggleSidebarVisibility', title: 'workbench.commands.toggleSidebar', category: VIEW, keys: [{ key: 'ctrl+b', mac: 'cmd+b' }],
      run: () => {
        const first = layout.current.activeContainer ?? services.views.getContainers('sidebar')[0]?.id;
        layout.update({ sidebarVisible: !layout.current.sidebarVisible, activeContainer: first });
      } },
    { id: 'workbench.action.togglePanel', title: 'workbench.commands.togglePanel', category: VIEW, keys: [{ key: 'ctrl+j', mac: 'cmd+j' }],
      run: () => layout.update({ panelVisible: !layout.current.panelVisible }) },
    { id: 'workbench.view.show', run: (containerId) => {
      if (typeof containerId !== 'string' || !services.views.getContainer(containerId)) throw new Error(`Unknown view container: ${String(containerId)}`);
      layout.update({ sidebarVisible: true, activeContainer: containerId });
    } },
    { id: 'workbench.action.showProblems', title: 'workbench.commands.showProblems', category: VIEW, keys: [{ key: 'ctrl+shift+m', mac: 'cmd+shift+m' }],
      run: () => showPanelView(PROBLEMS_VIEW) },
    { id: 'workbench.action.showOutput', title: 'workbench.commands.showOutput', category: VIEW, keys: [{ key: 'ctrl+shift+u', mac: 'cmd+shift+u' }],
      run: () => showPanelView(OUTPUT_VIEW) },
    { id: 'workbench.action.showTestResults', title: 'workbench.commands.showTestResults', category: VIEW, run: () => showPanelView(TEST_RESULTS_VIEW) },
    { id: 'workbench.action.splitEditor', title: 'workbench.commands.splitEditor', category: VIEW, keys: [{ key: 'ctrl+\\', mac: 'cmd+\\' }],
      run: () => model.split() },
    { id: 'workbench.action.closeActiveEditor', title: 'workbench.commands.closeEditor', category: VIEW, keys: [{ key: 'ctrl+alt+w', mac: 'cmd+alt+w' }],
      run: async () => {
        const active = model.activeEditor;
        if (active && (await confirmCloseDirty(services, [active]))) model.close(active.uri);
      } },
    { id: 'workbench.action.closeOtherEditors', title: 'workbench.commands.closeOtherEditors', category: VIEW,
      run: async () => {
        const active = model.activeEditor;
        const others = model.activeGroup.editors.filter((e) => e.uri !== active?.uri);
        if (active && (await confirmCloseDirty(services, others))) model.closeOthers(active.uri);
      } },
    { id: 'workbench.action.closeAllEditors', title: 'workbench.commands.closeAllEditors', category: VIEW,
      run: async () => {
        if (await confirmCloseDirty(services, model.activeGroup.editors)) model.closeAll();
      } },
    { id: 'workbench.action.nextEditor', title: 'workbench.commands.nextEditor', category: VIEW, keys: [{ key: 'ctrl+pagedown', mac: 'cmd+alt+right' }], run: () => cycleEditor(1) },
    { id: 'workbench.action.previousEditor', title: 'workbench.commands.previousEditor', category: VIEW, keys: [{ key: 'ctrl+pageup', mac: 'cmd+alt+left' }], run: () => cycleEditor(-1) },
    { id: 'workbench.action.files.save', title: 'workbench.commands.save', category: 'workbench.category.file', keys: [{ key: 'ctrl+s', mac: 'cmd+s' }],
      run: async () => {
        const group = model.activeGroup;
        const input = model.activeEditor;
        if (!input) return;
        const pane = await editors.getPane(input, group.id);
        await pane.save?.();
      } },
    { id: 'workbench.action.selectTheme', title: 'workbench.commands.selectTheme', category: PREFERENCES,
      run: async () => {
        const current = settings.get<string>(THEME_SETTING);
        const ids = ['auto', 'light', 'dark', 'high-contrast'];
        const labels: Record<string, string> = { auto: 'workbench.theme.auto', light: 'workbench.theme.light', dark: 'workbench.theme.dark', 'high-contrast': 'workbench.theme.highContrast' };
        const choice = await quickInput.pick({
          placeholder: i18n.t('workbench.theme.pick'),
          items: ids.map((id) => ({ id, label: i18n.t(labels[id]!), description: id === current ? i18n.t('workbench.quickpick.current') : undefined })),
        });
        if (choice) await settings.update(THEME_SETTING, choice.id);
      } },
    { id: 'workbench.action.configureLanguage', title: 'workbench.commands.configureLanguage', category: PREFERENCES,
      run: async (locale?: unknown) => {
        if (typeof locale === 'string') return settings.update(LANGUAGE_SETTING, locale);
        const choice = await quickInput.pick({
          placeholder: i18n.t('workbench.language.pick'),
          items: (['en', 'zh-CN'] as const).map((id) => ({
            id,
            label: i18n.t(`workbench.language.${id}`),
            description: id === i18n.locale ? i18n.t('workbench.quickpick.current') : undefined,
          })),
        });
        if (choice) await settings.update(LANGUAGE_SETTING, choice.id);
      } },
    { id: 'workbench.action.resetLayout', title: 'workbench.commands.resetLayout', category: VIEW,
      run: () => layout.update({ sidebarVisible: true, sidebarWidth: 260, panelVisible: true, panelHeight: 200, collapsedViews: [] }) },
    { id: 'workbench.action.reloadWindow', title: 'workbench.commands.reloadWindow', category: 'workbench.category.developer',
      run: async () => {
        await Promise.all([layout.flush(), editors.flush()]);
        location.reload();
      } },
  ];

  for (const cmd of list) {
    store.add(commands.registerCommand(cmd.id, cmd.run));
    if (cmd.title) store.add(commands.registerMetadata({ id: cmd.id, title: cmd.title, category: cmd.category, source: 'workbench' }));
    for (const k of cmd.keys ?? []) store.add(keybindings.register({ ...k, command: cmd.id, source: 'workbench' }));
  }
  return store;
}
