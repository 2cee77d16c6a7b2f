import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import '../parts/panel/output-view.ts';
import '../parts/panel/problems-view.ts';
import '../parts/panel/test-results-view.ts';
import { PANEL_CONTAINER } from '../parts/panel-part.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

export const PROBLEMS_VIEW = 'workbench.panel.problems';
export const OUTPUT_VIEW = 'workbench.panel.output';
export const TEST_RESULTS_VIEW = 'workbench.panel.testResults';

/** The containers and panel views the workbench itself provides. */
export function registerBuiltinViews(services: WorkbenchServices): IDisposable {
  const store = new DisposableStore();
  const { views } = services;
  store.add(views.registerContainer({ id: 'explorer', title: 'workbench.container.explorer', icon: 'files', location: 'sidebar', order: 0, source: 'workbench' }));
  store.add(views.registerContainer({ id: PANEL_CONTAINER, title: 'workbench.panel.label', icon: 'layout-panel', location: 'panel', order: 0, source: 'workbench' }));
  const panelViews: Array<[string, string, string, number]> = [
    [PROBLEMS_VIEW, 'workbench.panel.problems', 'sc-problems-view', 0],
    [OUTPUT_VIEW, 'workbench.panel.output', 'sc-output-view', 1],
    [TEST_RESULTS_VIEW, 'workbench.panel.testResults', 'sc-test-results-view', 2],
  ];
  for (const [id, name, tag, order] of panelViews) {
    store.add(views.registerView({ id, container: PANEL_CONTAINER, name, order, source: 'workbench' }));
    store.add(views.registerViewProvider(id, { createView: () => ({ element: document.createElement(tag) }) }));
  }
  return store;
}
