// The workspace as the user sees it: its problems as notifications (quota, a corrupt value set
// aside, another tab's upgrade, edits kept as a conflicted copy), whether the browser keeps the data
// (persistent storage, in the status bar), and backup/restore of the whole workspace as one file.
import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import type { WorkspaceMessage, WorkspaceProblem } from '../../platform/workspace/workspace-api.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';
import { downloadText } from '../base/download.ts';

export function registerWorkspaceStatus(services: WorkbenchServices, early: readonly WorkspaceProblem[] = []): IDisposable {
  const store = new DisposableStore();
  const { workspace, notifications, i18n, statusBar, commands } = services;
  const say = (message: WorkspaceMessage): string => (i18n.locale === 'zh-CN' ? message['zh-CN'] : message.en);
  const reload = { label: i18n.t('workbench.workspace.reload'), run: () => location.reload() };
  const backupAction = { label: i18n.t('workbench.workspace.exportBackup'), run: () => commands.executeCommand('workbench.action.exportWorkspaceBackup') };

  const report = ({ error }: WorkspaceProblem): void => {
    const text = say(error.userMessage);
    if (error.code === 'version-change' || error.code === 'newer-version') notifications.error(text, [reload]);
    else if (error.code === 'quota' || error.code === 'unavailable') notifications.error(text, [backupAction]);
    else notifications.warn(text);
  };
  for (const problem of early) report(problem);
  if (workspace.problem) report({ error: workspace.problem });
  store.add(workspace.onDidReportProblem(report));
  store.add(workspace.onDidConflict((conflict) => {
    if (conflict.resolution === 'merged') notifications.info(i18n.t('workbench.workspace.merged'));
    else notifications.warn(i18n.t(conflict.deletedElsewhere ? 'workbench.workspace.deletedElsewhere' : 'workbench.workspace.keptBoth'));
  }));

  const item = store.add(statusBar.addItem({ id: 'workbench.workspace.storage', alignment: 'right', priority: 20, text: '', source: 'workbench', command: 'workbench.action.exportWorkspaceBackup' }));
  let persisted: boolean | undefined;
  const refresh = (): void => {
    const state = !workspace.persistent ? 'memory' : persisted === undefined ? 'checking' : persisted ? 'persistent' : 'bestEffort';
    item.update({ text: `$(${state === 'persistent' ? 'database' : 'warning'}) ${i18n.t(`workbench.workspace.storage.${state}`)}`, tooltip: i18n.t(`workbench.workspace.storage.${state}.tooltip`) });
  };
  refresh();
  store.add(i18n.onDidChangeLocale(refresh));
  void workspace.requestPersistence().then((result) => {
    persisted = result.persisted;
    refresh();
  }, () => {
    persisted = false;
    refresh();
  });

  store.add(commands.registerCommand('workbench.action.exportWorkspaceBackup', async () => {
    await workspace.flushAll();
    const backup = await workspace.exportBackup();
    downloadText(`${JSON.stringify(backup, null, 2)}\n`, `scorecard-workspace-${backup.exportedAt.slice(0, 10)}.json`, 'application/json');
    notifications.info(i18n.t('workbench.workspace.backupDone', { documents: backup.documents.length }));
  }));
  store.add(commands.registerCommand('workbench.action.restoreWorkspaceBackup', (file?: unknown) => restore(services, file instanceof Blob ? file : undefined)));
  for (const [id, title] of [['workbench.action.exportWorkspaceBackup', 'workbench.workspace.command.backup'], ['workbench.action.restoreWorkspaceBackup', 'workbench.workspace.command.restore']] as const) {
    store.add(commands.registerMetadata({ id, title, category: 'workbench.workspace.category', source: 'workbench' }));
  }
  return store;
}

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0]));
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}

/** Restore: validate, show what would be replaced, and only then ask how to restore. */
async function restore(services: WorkbenchServices, given?: Blob): Promise<void> {
  const { workspace, notifications, i18n, quickInput } = services;
  const file = given ?? await pickFile();
  if (!file) return;
  let backup: unknown;
  try {
    backup = JSON.parse(await file.text());
  } catch (error) {
    notifications.error(i18n.t('workbench.workspace.restoreNotJson', { error: error instanceof Error ? error.message : String(error) }));
    return;
  }
  const preview = await workspace.previewRestore(backup);
  if (!preview.ok) {
    const first = preview.problems.slice(0, 3).map((p) => `${p.pointer || '/'}: ${i18n.locale === 'zh-CN' ? p.message['zh-CN'] : p.message.en}`).join('; ');
    notifications.error(i18n.t('workbench.workspace.restoreInvalid', { count: preview.problems.length, problems: first }));
    return;
  }
  const lines = preview.documents.map((d) => ({
    id: `doc:${d.id}`,
    label: `${d.name}`,
    description: i18n.t(`workbench.workspace.restore.${d.action}`) + (d.records ? ` · ${i18n.t('workbench.workspace.restore.rows', { backup: d.records.backup, stored: d.records.stored })}` : ''),
  }));
  const choice = await quickInput.pick({
    placeholder: i18n.t('workbench.workspace.restore.question', { documents: preview.documents.length, absent: preview.notInBackup.length }),
    items: [
      { id: 'merge', label: i18n.t('workbench.workspace.restore.merge'), description: i18n.t('workbench.workspace.restore.mergeDetail', { absent: preview.notInBackup.length }) },
      { id: 'replace-all', label: i18n.t('workbench.workspace.restore.replaceAll'), description: i18n.t('workbench.workspace.restore.replaceAllDetail', { absent: preview.notInBackup.length }) },
      { id: 'cancel', label: i18n.t('workbench.workspace.restore.cancel') },
      ...lines,
    ],
  });
  if (choice?.id !== 'merge' && choice?.id !== 'replace-all') return;
  const result = await workspace.restoreBackup(backup, { mode: choice.id });
  notifications.info(i18n.t('workbench.workspace.restored', { restored: result.restored, deleted: result.deleted, versions: result.safetyVersions }));
}
