import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/** The workbench's own status bar items: problem counts and the display language. */
export function registerStatusItems(services: WorkbenchServices): IDisposable {
  const store = new DisposableStore();
  const { statusBar, markers, i18n } = services;

  const problems = store.add(statusBar.addItem({
    id: 'workbench.problems', alignment: 'left', priority: 100, text: '', command: 'workbench.action.showProblems', source: 'workbench',
  }));
  const language = store.add(statusBar.addItem({
    id: 'workbench.language', alignment: 'right', priority: 10, text: '', command: 'workbench.action.configureLanguage', source: 'workbench',
  }));

  const refresh = () => {
    const counts = markers.counts();
    problems.update({
      text: `$(error) ${counts.error} $(warning) ${counts.warning}`,
      tooltip: i18n.t('workbench.status.problems', { errors: counts.error, warnings: counts.warning }),
    });
    language.update({ text: `$(globe) ${i18n.t(`workbench.language.${i18n.locale}`)}`, tooltip: i18n.t('workbench.commands.configureLanguage') });
  };
  refresh();
  store.add(markers.onDidChange(refresh));
  store.add(i18n.onDidChangeLocale(refresh));
  store.add(i18n.onDidChangeCatalogs(refresh));
  return store;
}
