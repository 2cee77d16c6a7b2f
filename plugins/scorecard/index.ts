import { validateConfig } from '../../src/core/scorecard/validate.ts';
import { exportConfigJson } from '../../src/core/scorecard/export-config.ts';
import { resolveLocalized } from '../../src/core/localized-text.ts';
import { isGroup, type IndicatorNode, type ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { DocumentListElement, downloadText, type PluginContext, type WorkbenchApi } from '../../src/workbench/api.ts';
import { newScorecard, scorecardIdOf, scorecardInput } from './scorecard-documents.ts';
import { ScorecardEditorElement } from './scorecard-editor.ts';
import { ScorecardResultsController } from './results/results-controller.ts';

export const SCORECARDS_CONTAINER_ID = 'scorecards';
export const SCORECARDS_VIEW_ID = 'scorecard.list';
const MARKER_OWNER = 'scorecard-editor';

function leafCount(node: IndicatorNode | undefined): number {
  if (!node) return 0;
  return isGroup(node) ? node.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  const editors = new Map<string, ScorecardEditorElement>();
  const results = new ScorecardResultsController(api);
  context.subscriptions.add(results);
  const datasetMemory = {
    get: async (docId: string) => (await api.storage.get('scorecard.dataset', docId)) as string | undefined,
    set: (docId: string, datasetId: string | undefined) => (datasetId === undefined ? api.storage.delete('scorecard.dataset', docId) : api.storage.set('scorecard.dataset', docId, datasetId)),
  };

  const openScorecard = async (documentId: string): Promise<void> => {
    const doc = await api.workspace.getDocument(documentId);
    if (doc) api.editors.open(scorecardInput(documentId, doc.name));
  };

  const createScorecard = async (): Promise<void> => {
    const existing = await api.workspace.listDocuments('scorecard');
    const name = api.t('scorecard.newName', { n: existing.length + 1 });
    const id = `sc-${Date.now().toString(36)}`;
    const doc = await api.workspace.createDocument<ScorecardConfig>('scorecard', name, newScorecard(id, name, api.i18n.locale));
    api.editors.open(scorecardInput(doc.id, doc.name));
  };

  /** validateConfig's problems go to the Problems panel and the JSON view. */
  const validate = (docId: string, config: ScorecardConfig, editor: ScorecardEditorElement): void => {
    const locale = api.i18n.locale;
    const { problems } = validateConfig(config);
    editor.problems = problems.map((p) => ({ pointer: p.pointer, severity: p.severity, message: p.message[locale] ?? p.message.en }));
    const resource = `scorecard://${docId}`;
    api.markers.changeMarkers(MARKER_OWNER, resource, problems.map((p) => ({
      severity: p.severity,
      message: p.message[locale] ?? p.message.en,
      resource,
      pointer: p.pointer,
      source: api.t('scorecard.plugin.name'),
      command: { id: 'scorecard.reveal', args: [docId, p.pointer] },
    })));
  };

  context.subscriptions.add(api.views.registerViewProvider(SCORECARDS_VIEW_ID, {
    createView: () => {
      const element = new DocumentListElement();
      element.services = api;
      element.kind = 'scorecard';
      element.texts = {
        get label() { return api.t('scorecard.list.name'); },
        get newButton() { return api.t('scorecard.list.new'); },
        get empty() { return api.t('scorecard.list.empty'); },
        get rename() { return api.t('scorecard.list.rename'); },
        get keep() { return api.t('scorecard.list.keep'); },
        meta: (d) => api.t('scorecard.list.meta', { indicators: leafCount((d.content as ScorecardConfig | undefined)?.root), date: new Date(d.updatedAt).toLocaleString(api.i18n.locale) }),
        deleteQuestion: (name) => api.t('scorecard.list.deleteQuestion', { name }),
        deleteConfirm: (name) => api.t('scorecard.list.deleteConfirm', { name }),
      };
      element.addEventListener('document-open', (e) => void openScorecard((e as CustomEvent<{ documentId: string }>).detail.documentId));
      element.addEventListener('document-new', () => void createScorecard());
      return { element };
    },
  }));

  context.subscriptions.add(api.editors.registerEditorProvider('scorecard', {
    createEditor: async (input) => {
      const docId = (input.data as { documentId?: string } | undefined)?.documentId ?? scorecardIdOf(input.uri) ?? '';
      const model = await api.workspace.open<ScorecardConfig>(docId);
      const element = new ScorecardEditorElement();
      element.services = api;
      element.results = results;
      element.datasetMemory = datasetMemory;
      element.addEventListener('scorecard-changed', (e) => validate(docId, (e as CustomEvent<{ document: ScorecardConfig }>).detail.document, element));
      // The what-if view's variants open in editors of their own.
      const openVariant = (e: Event): void => void openScorecard((e as CustomEvent<{ id: string }>).detail.id);
      element.addEventListener('variant-created', openVariant);
      element.addEventListener('variant-open', openVariant);
      element.model = model;
      editors.set(docId, element);
      return {
        element,
        dispose: () => {
          editors.delete(docId);
          api.markers.changeMarkers(MARKER_OWNER, `scorecard://${docId}`, []);
          model.dispose();
        },
      };
    },
  }));

  const activeEditor = (): ScorecardEditorElement | undefined => {
    const id = scorecardIdOf(api.editors.model.activeEditor?.uri);
    return id === undefined ? undefined : editors.get(id);
  };
  // The live results follow the active scorecard editor.
  context.subscriptions.add(api.editors.model.onDidChange(() => activeEditor()?.notifyChanged()));
  context.subscriptions.add(api.i18n.onDidChangeLocale(() => { for (const editor of editors.values()) editor.notifyChanged(); }));
  context.subscriptions.add(api.workspace.onDidChangeDocument((e) => {
    if (e.deleted) api.markers.changeMarkers(MARKER_OWNER, `scorecard://${e.docId}`, []);
  }));

  const commands: Array<[string, (...args: unknown[]) => unknown]> = [
    ['scorecard.new', () => createScorecard()],
    ['scorecard.focus', () => api.commands.executeCommand('workbench.view.show', SCORECARDS_CONTAINER_ID)],
    ['scorecard.toggleJson', () => {
      const editor = activeEditor();
      if (editor) editor.view = editor.view === 'json' ? 'outline' : 'json';
    }],
    ['scorecard.undo', () => activeEditor()?.model?.undo()],
    ['scorecard.redo', () => activeEditor()?.model?.redo()],
    // A problem shows its node in the outline (or the JSON, underlined, when it is about no node).
    ['scorecard.reveal', async (docId: unknown, pointer: unknown) => {
      if (typeof docId !== 'string') return;
      await openScorecard(docId);
      editors.get(docId)?.reveal(typeof pointer === 'string' ? pointer : '');
    }],
    ['scorecard.generateSampleData', () => activeEditor()?.generateSampleData()],
    // For other plugins (spreadsheet import and export): the active editor's own model, so they see
    // unsaved edits and their changes are undo steps, and the dataset its live results evaluate.
    ['scorecard.activeEditorState', () => {
      const editor = activeEditor();
      return editor?.model ? { model: editor.model, datasetId: editor.chosenDatasetId } : undefined;
    }],
    // The configuration for other tools: validated, with $schema; refused (with the count) while it has errors.
    ['scorecard.exportConfig', () => {
      const editor = activeEditor();
      const model = editor?.model;
      if (!model) {
        api.notifications.info(api.t('scorecard.export.noEditor'));
        return;
      }
      const { text, report } = exportConfigJson(model.content);
      if (text === null) {
        api.notifications.error(api.t('scorecard.export.invalid', { count: report.problems.filter((p) => p.severity === 'error').length }));
        return;
      }
      downloadText(text, `${resolveLocalized(model.content.name, api.i18n.locale).trim() || model.id}.scorecard.json`, 'application/json;charset=utf-8');
    }],
  ];
  for (const [id, handler] of commands) context.subscriptions.add(api.commands.registerCommand(id, handler));

  context.subscriptions.add(api.quickOpen.registerProvider({
    provideEntries: async () => (await api.workspace.listDocuments('scorecard')).map((d) => ({
      input: scorecardInput(d.id, d.name),
      label: d.name,
      description: api.t('scorecard.quickOpen.description'),
    })),
  }));
}
