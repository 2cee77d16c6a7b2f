import type { EditorInput, PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import { SettingsEditorElement, type SettingsEditorMode } from './settings-editor.ts';

export const SETTINGS_INPUT: EditorInput = { uri: 'settings:', kind: 'settings', title: 'settings.title', icon: 'settings-gear' };

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  /** Live settings editors (one per editor group showing the tab). */
  const editors = new Set<SettingsEditorElement>();
  /** Mode for the next editor created, set by the command that opens it. */
  let requestedMode: SettingsEditorMode | undefined;

  context.subscriptions.add(api.editors.registerEditorProvider('settings', {
    createEditor: () => {
      const element = new SettingsEditorElement();
      element.services = api;
      element.mode = requestedMode ?? 'form';
      requestedMode = undefined;
      editors.add(element);
      return {
        element,
        isDirty: () => element.isDirty,
        save: () => element.save(),
        dispose: () => {
          editors.delete(element);
          element.dispose();
        },
      };
    },
  }));

  const open = (mode: SettingsEditorMode): void => {
    // Opening an open tab only focuses it, so switch the existing editors too.
    requestedMode = mode;
    for (const editor of editors) editor.mode = mode;
    api.editors.open(SETTINGS_INPUT);
  };
  context.subscriptions.add(api.commands.registerCommand('settings.open', () => open('form')));
  context.subscriptions.add(api.commands.registerCommand('settings.openJson', () => open('json')));

  context.subscriptions.add(api.quickOpen.registerProvider({
    provideEntries: () => [{ input: SETTINGS_INPUT, label: api.t('settings.title'), description: api.t('settings.quickOpen.description') }],
  }));
}
