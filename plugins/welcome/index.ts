import type { EditorInput, PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import { WelcomePageElement } from './welcome-page.ts';

export const WELCOME_INPUT: EditorInput = { uri: 'welcome:', kind: 'welcome', title: 'welcome.title', icon: 'home' };

/**
 * The welcome page. Activated lazily: the boot runs `welcome.show` on start-up when the
 * `welcome.showOnStartup` setting says so, which activates this plugin.
 */
export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;

  context.subscriptions.add(api.editors.registerEditorProvider('welcome', {
    createEditor: () => {
      const element = new WelcomePageElement();
      element.services = api;
      return { element };
    },
  }));

  context.subscriptions.add(api.commands.registerCommand('welcome.show', () => api.editors.open(WELCOME_INPUT)));

  context.subscriptions.add(api.quickOpen.registerProvider({
    provideEntries: () => [{ input: WELCOME_INPUT, label: api.t('welcome.title'), description: api.t('welcome.quickOpen.description') }],
  }));
}
