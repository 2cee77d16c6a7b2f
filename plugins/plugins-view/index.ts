import type { PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import { PluginsViewElement } from './plugins-view.ts';

/** The activity-bar container this plugin declares in its manifest. */
export const PLUGINS_CONTAINER_ID = 'plugins';
export const PLUGINS_LIST_VIEW_ID = 'pluginsView.list';

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;

  context.subscriptions.add(api.views.registerViewProvider(PLUGINS_LIST_VIEW_ID, {
    createView: () => {
      const element = new PluginsViewElement();
      element.services = api;
      return { element };
    },
  }));

  // The workbench owns the side bar; it reveals a container by id.
  context.subscriptions.add(api.commands.registerCommand('pluginsView.focus', () =>
    api.commands.executeCommand('workbench.view.show', PLUGINS_CONTAINER_ID)));
}
