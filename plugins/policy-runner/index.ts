import type { PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import { RunnerController, type RunnerPort, type RunnerUpdate } from './runner-controller.ts';
import { PolicyResultsElement } from './results-view.ts';

export const RESULTS_VIEW_ID = 'policy-runner.results';

function createWorkerPort(): RunnerPort {
  return new Worker(new URL('./runner-worker.ts', import.meta.url), { type: 'module', name: 'policy-runner' }) as unknown as RunnerPort;
}

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  const controller = new RunnerController(api, createWorkerPort);
  context.subscriptions.add(controller);
  const views = new Set<PolicyResultsElement>();

  context.subscriptions.add(api.views.registerViewProvider(RESULTS_VIEW_ID, {
    createView: () => {
      const element = new PolicyResultsElement();
      element.services = api;
      element.controller = controller;
      views.add(element);
      return { element, dispose: () => views.delete(element) };
    },
  }));

  const commands: Array<[string, (...args: unknown[]) => unknown]> = [
    ['policy-runner.update', (update: unknown) => controller.update(update as RunnerUpdate)],
    ['policy-runner.focus', () => api.layout.update({ panelVisible: true, activePanelView: RESULTS_VIEW_ID })],
    ['policy-runner.cancel', () => controller.cancel()],
    ['policy-runner.crossCheck', () => controller.crossCheck()],
    ['policy-runner.compareVersion', () => {
      for (const view of views) view.tab = 'compare';
      api.layout.update({ panelVisible: true, activePanelView: RESULTS_VIEW_ID });
    }],
  ];
  for (const [id, handler] of commands) context.subscriptions.add(api.commands.registerCommand(id, handler));
}
