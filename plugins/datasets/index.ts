import type { FieldDef } from '../../src/core/scorecard/types.ts';
import { downloadText, type EditorInput, type PluginContext, type WorkbenchApi } from '../../src/workbench/api.ts';
import { datasetFileContent } from './dataset-export.ts';
import { DATASET_HISTORY_SCOPE, DatasetEditorElement } from './dataset-editor.ts';
import { DatasetsViewElement } from './datasets-view.ts';
import { DatasetGeneratorEditorElement } from './generator-editor.ts';
import { DatasetImportEditorElement } from './import-editor.ts';
import { workspaceImportBackend } from './workspace-import-backend.ts';
import { WorkspaceDatasetRepository } from './workspace-dataset-repository.ts';

export const DATA_CONTAINER_ID = 'data';
export const DATASETS_VIEW_ID = 'datasets.list';

export function datasetInput(id: string, name: string): EditorInput {
  return { uri: `dataset:${id}`, kind: 'dataset', title: name, icon: 'table', data: { datasetId: id } };
}

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  const repository = new WorkspaceDatasetRepository(api.workspace);
  context.subscriptions.add(repository);
  const backend = workspaceImportBackend(api);
  // A deleted dataset's undo history goes with it.
  context.subscriptions.add(api.workspace.onDidChangeDocument((e) => {
    if (e.deleted) void api.storage.delete(DATASET_HISTORY_SCOPE, e.docId);
  }));
  /** Files waiting for their import editor (a File cannot be restored after a reload). */
  const pendingFiles = new Map<string, File>();
  /** The dataset editors open now, by dataset id (the export commands act on the active one). */
  const editors = new Map<string, DatasetEditorElement>();
  let importCounter = 0;

  const openDataset = async (datasetId: string): Promise<void> => {
    const summary = (await repository.list()).find((d) => d.id === datasetId);
    api.editors.open(datasetInput(datasetId, summary?.name ?? datasetId));
  };

  const exportDataset = async (datasetId: string | undefined, format: 'csv' | 'json'): Promise<void> => {
    const id = datasetId ?? activeDatasetId();
    if (!id) {
      api.notifications.info(api.t('datasets.exportNoDataset'));
      return;
    }
    const summary = (await repository.list()).find((d) => d.id === id);
    const { text, mime, extension } = await datasetFileContent(repository, id, format);
    const file = `${summary?.name ?? 'dataset'}.${extension}`;
    downloadText(text, file, mime);
    api.notifications.info(api.t('datasets.exported', { rows: (summary?.rowCount ?? 0).toLocaleString(), file }));
  };

  const activeDatasetId = (): string | undefined => {
    const uri = api.editors.model.activeEditor?.uri;
    return uri?.startsWith('dataset:') ? uri.slice('dataset:'.length) : undefined;
  };

  const importFiles = async (files: File[]): Promise<void> => {
    for (const file of files) {
      const uri = `dataset-import:${++importCounter}`;
      pendingFiles.set(uri, file);
      api.editors.open({ uri, kind: 'dataset-import', title: { en: `Import ${file.name}`, 'zh-CN': `导入 ${file.name}` }, icon: 'cloud-upload' });
    }
  };

  /** Events the plugin's elements fire, handled the same wherever they come from. */
  const wire = (element: HTMLElement): void => {
    element.addEventListener('dataset-open', (e) => void openDataset((e as CustomEvent<{ datasetId: string }>).detail.datasetId));
    element.addEventListener('dataset-files', (e) => void importFiles((e as CustomEvent<{ files: File[] }>).detail.files));
    element.addEventListener('dataset-generate', () => void api.commands.executeCommand('datasets.generate'));
    element.addEventListener('dataset-export', (e) => {
      const { datasetId, format } = (e as CustomEvent<{ datasetId: string; format: 'csv' | 'json' }>).detail;
      void exportDataset(datasetId, format);
    });
  };

  context.subscriptions.add(api.views.registerViewProvider(DATASETS_VIEW_ID, {
    createView: () => {
      const element = new DatasetsViewElement();
      element.services = api;
      element.repository = repository;
      wire(element);
      return { element };
    },
  }));

  context.subscriptions.add(api.editors.registerEditorProvider('dataset', {
    createEditor: (input) => {
      const element = new DatasetEditorElement();
      element.services = api;
      element.repository = repository;
      const datasetId = (input.data as { datasetId?: string } | undefined)?.datasetId ?? input.uri.slice('dataset:'.length);
      element.datasetId = datasetId;
      editors.set(datasetId, element);
      wire(element);
      return { element, dispose: () => { editors.delete(datasetId); element.dispose(); } };
    },
  }));

  context.subscriptions.add(api.editors.registerEditorProvider('dataset-import', {
    createEditor: (input) => {
      const element = new DatasetImportEditorElement();
      element.services = api;
      element.backend = backend;
      element.file = pendingFiles.get(input.uri);
      pendingFiles.delete(input.uri);
      wire(element);
      return { element, dispose: () => element.cancel() };
    },
  }));

  context.subscriptions.add(api.editors.registerEditorProvider('dataset-generator', {
    createEditor: (input) => {
      const element = new DatasetGeneratorEditorElement();
      element.services = api;
      element.repository = repository;
      // Opened for a policy or a scorecard: start from the fields it reads.
      const fields = (input.data as { fields?: FieldDef[] } | undefined)?.fields;
      if (fields?.length) element.useFields(fields);
      wire(element);
      return { element };
    },
  }));

  context.subscriptions.add(api.commands.registerCommand('datasets.import', () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.tsv,.txt,.json,.jsonl,.ndjson,.xlsx';
    input.multiple = true;
    input.addEventListener('change', () => { if (input.files?.length) void importFiles([...input.files]); });
    input.click();
  }));
  // datasets.generate({ fields, for }) starts from the fields a policy or scorecard reads (other plugins call it so);
  // list fields ({ key, type: 'list', items: 'time' }) get lists, a month of check-in times by default.
  context.subscriptions.add(api.commands.registerCommand('datasets.generate', (request?: unknown) => {
    const { fields, for: owner } = (request ?? {}) as { fields?: FieldDef[]; for?: string };
    const title = owner ? { en: `Sample Data for ${owner}`, 'zh-CN': `${owner} 的样本数据` } : { en: 'Generate Sample Data', 'zh-CN': '生成样本数据' };
    api.editors.open({ uri: owner ? `dataset-generator:${owner}` : 'dataset-generator:', kind: 'dataset-generator', title, icon: 'wand', ...(fields?.length ? { data: { fields } } : {}) });
  }));
  context.subscriptions.add(api.commands.registerCommand('datasets.exportCsv', (id?: unknown) => exportDataset(typeof id === 'string' ? id : undefined, 'csv')));
  context.subscriptions.add(api.commands.registerCommand('datasets.exportJson', (id?: unknown) => exportDataset(typeof id === 'string' ? id : undefined, 'json')));
  const activeEditor = (): DatasetEditorElement | undefined => {
    const id = activeDatasetId();
    return id === undefined ? undefined : editors.get(id);
  };
  context.subscriptions.add(api.commands.registerCommand('datasets.undo', () => activeEditor()?.undo()));
  context.subscriptions.add(api.commands.registerCommand('datasets.redo', () => activeEditor()?.redo()));
  context.subscriptions.add(api.commands.registerCommand('datasets.focus', () => api.commands.executeCommand('workbench.view.show', DATA_CONTAINER_ID)));

  context.subscriptions.add(api.quickOpen.registerProvider({
    provideEntries: async () => (await repository.list()).map((d) => ({
      input: datasetInput(d.id, d.name),
      label: d.name,
      description: api.t('datasets.quickOpen.description', { rows: d.rowCount.toLocaleString() }),
    })),
  }));
}
