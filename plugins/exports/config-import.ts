// Importing a configuration file: the command picks a file, an editor tab shows its report and
// preview, and only "Create scorecard" writes — one new scorecard document, opened in its editor.
import type { IDisposable } from '../../src/base/lifecycle.ts';
import { DisposableStore } from '../../src/base/lifecycle.ts';
import { resolveLocalized } from '../../src/core/localized-text.ts';
import type { WorkbenchApi } from '../../src/workbench/api.ts';
import { ConfigImportEditorElement } from './config-import-editor.ts';
import { type ImportAnalysis, analyzeImport } from './import-analysis.ts';

export const IMPORT_EDITOR_KIND = 'scorecard-import';

export interface PickedFile {
  name: string;
  text: string;
}

export interface ImportDependencies {
  /** Asks the user for a file; undefined when they cancel. */
  pickFile(): Promise<PickedFile | undefined>;
}

/** The browser's file chooser, for .json files. */
export function chooseJsonFile(): Promise<PickedFile | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) resolve(undefined);
      else file.text().then((text) => resolve({ name: file.name, text }), () => resolve(undefined));
    });
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}

export function registerConfigImport(api: WorkbenchApi, deps: ImportDependencies): IDisposable {
  const store = new DisposableStore();
  /** Files read for an import tab not created yet (a reloaded tab has none and asks for the file again). */
  const pending = new Map<string, PickedFile>();
  let counter = 0;

  const openImport = (file: PickedFile): string => {
    const uri = `${IMPORT_EDITOR_KIND}:${++counter}`;
    pending.set(uri, file);
    api.editors.open({ uri, kind: IMPORT_EDITOR_KIND, title: 'exports.import.tabTitle', icon: 'cloud-upload' });
    return uri;
  };

  const pickInto = async (element?: ConfigImportEditorElement): Promise<void> => {
    const file = await deps.pickFile();
    if (!file) return;
    if (!element) {
      openImport(file);
      return;
    }
    element.fileName = file.name;
    element.analysis = analyzeImport(file.text);
    element.creating = false;
  };

  const create = async (analysis: ImportAnalysis, element: ConfigImportEditorElement, uri: string): Promise<void> => {
    if (!analysis.valid || !analysis.config) return;
    const name = resolveLocalized(analysis.config.name, api.i18n.locale).trim() || analysis.config.id;
    let docId: string;
    try {
      const doc = await api.workspace.createDocument('scorecard', name, analysis.config);
      docId = doc.id;
      api.editors.close(uri);
      api.notifications.info(api.t('exports.import.created', { name: doc.name }));
    } catch (error) {
      element.creating = false;
      api.notifications.error(api.t('exports.import.failed', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    // The scorecard plugin opens it; without that plugin the scorecard is still in the list.
    await api.commands.executeCommand('scorecard.reveal', docId, '').catch(() => undefined);
  };

  store.add(api.editors.registerEditorProvider(IMPORT_EDITOR_KIND, {
    createEditor: (input) => {
      const element = new ConfigImportEditorElement();
      element.services = api;
      const file = pending.get(input.uri);
      pending.delete(input.uri);
      if (file) {
        element.fileName = file.name;
        element.analysis = analyzeImport(file.text);
      }
      element.addEventListener('config-import-choose', () => void pickInto(element));
      element.addEventListener('config-import-create', (e) => void create((e as CustomEvent<{ analysis: ImportAnalysis }>).detail.analysis, element, input.uri));
      return { element };
    },
  }));
  store.add(api.commands.registerCommand('exports.importConfig', async (file?: unknown) => {
    // Other plugins and tests may hand over a file already read.
    if (isPickedFile(file)) return openImport(file);
    await pickInto();
    return undefined;
  }));
  return store;
}

function isPickedFile(value: unknown): value is PickedFile {
  return typeof value === 'object' && value !== null && typeof (value as PickedFile).name === 'string' && typeof (value as PickedFile).text === 'string';
}
