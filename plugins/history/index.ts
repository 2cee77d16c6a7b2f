import type { PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import { DocumentDiffElement, type DiffInputData } from './diff-editor.ts';
import { HistoryViewElement } from './history-view.ts';

export const HISTORY_VIEW_ID = 'history.versions';

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  const views = new Set<HistoryViewElement>();

  context.subscriptions.add(api.views.registerViewProvider(HISTORY_VIEW_ID, {
    createView: () => {
      const element = new HistoryViewElement();
      element.services = api;
      views.add(element);
      element.addEventListener('history-compare', (e) => {
        const { docId, a, b, title } = (e as CustomEvent<DiffInputData & { title: string }>).detail;
        api.editors.open({ uri: `document-diff:${docId}:${a}:${b}`, kind: 'document-diff', title, icon: 'git-compare', data: { docId, a, b } });
      });
      return { element, dispose: () => views.delete(element) };
    },
  }));

  context.subscriptions.add(api.editors.registerEditorProvider('document-diff', {
    createEditor: (input) => {
      const element = new DocumentDiffElement();
      element.services = api;
      element.data = input.data as DiffInputData;
      return { element };
    },
  }));

  context.subscriptions.add(api.commands.registerCommand('history.saveVersion', async (label?: unknown) => {
    const view = [...views][0];
    if (view) await view.saveVersion(typeof label === 'string' ? label : undefined);
  }));
  context.subscriptions.add(api.commands.registerCommand('history.focus', () => api.commands.executeCommand('workbench.view.show', 'explorer')));
}
