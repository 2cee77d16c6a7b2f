import type { PolicyDocument, PolicyTestCase } from '../../src/core/policy/types.ts';
import { validatePolicyDocument } from '../../src/core/policy/validate-policy.ts';
import type { FieldInfo } from '../../src/core/policy/builder/types.ts';
import { DocumentListElement, type PluginContext, type WorkbenchApi } from '../../src/workbench/api.ts';
import { PolicyEditorElement } from './policy-editor.ts';
import { newPolicyDocument, policyIdOf, policyInput } from './policy-documents.ts';

export const POLICIES_CONTAINER_ID = 'policies';
export const POLICIES_VIEW_ID = 'policy.list';
const DATASET_SCOPE = 'policy.dataset';
const MARKER_OWNER = 'policy-editor';

export function activate(context: PluginContext<WorkbenchApi>): void {
  const { api } = context;
  // The workbench owns the operators plugins declare (one engine for every rule editor).
  const operators = api.ruleOperators;
  /** Open editors by document id. */
  const editors = new Map<string, PolicyEditorElement>();
  const datasetMemory = {
    get: async (docId: string) => (await api.storage.get(DATASET_SCOPE, docId)) as string | undefined,
    set: (docId: string, datasetId: string | undefined) => (datasetId === undefined ? api.storage.delete(DATASET_SCOPE, docId) : api.storage.set(DATASET_SCOPE, docId, datasetId)),
  };

  const openPolicy = async (documentId: string): Promise<void> => {
    const doc = await api.workspace.getDocument(documentId);
    if (doc) api.editors.open(policyInput(documentId, doc.name));
  };

  const createPolicy = async (): Promise<void> => {
    const existing = await api.workspace.listDocuments('policy');
    const name = api.t('policy.newName', { n: existing.length + 1 });
    const doc = await api.workspace.createDocument<PolicyDocument>('policy', name, newPolicyDocument({ en: name, 'zh-CN': api.i18n.locale === 'zh-CN' ? name : `服务规则 ${existing.length + 1}` }));
    api.editors.open(policyInput(doc.id, doc.name));
  };

  /** Validates the document and shows its problems in the Problems panel and the JSON view. */
  const validate = (docId: string, document: PolicyDocument, fields: FieldInfo[], editor: PolicyEditorElement): void => {
    const locale = api.i18n.locale;
    const problems = validatePolicyDocument(document, { engine: operators.engine, fields: fields.map((f) => ({ key: f.key, type: f.type })) });
    editor.jsonProblems = problems.map((p) => ({ pointer: p.pointer, severity: p.severity, message: p.message[locale] ?? p.message.en }));
    api.markers.changeMarkers(MARKER_OWNER, `policy://${docId}`, problems.map((p) => ({
      severity: p.severity,
      message: p.message[locale] ?? p.message.en,
      resource: `policy://${docId}`,
      pointer: p.pointer,
      source: api.t('policy.plugin.name'),
      command: { id: 'policy.reveal', args: [docId, p.pointer] },
    })));
  };

  context.subscriptions.add(api.views.registerViewProvider(POLICIES_VIEW_ID, {
    createView: () => {
      const element = new DocumentListElement();
      element.services = api;
      element.kind = 'policy';
      element.texts = {
        get label() { return api.t('policy.list.name'); },
        get newButton() { return api.t('policy.list.new'); },
        get empty() { return api.t('policy.list.empty'); },
        get rename() { return api.t('policy.list.rename'); },
        get keep() { return api.t('policy.list.keep'); },
        meta: (d) => api.t('policy.list.meta', { rules: ((d.content as { rules?: unknown[] } | undefined)?.rules ?? []).length, date: new Date(d.updatedAt).toLocaleString(api.i18n.locale) }),
        deleteQuestion: (name) => api.t('policy.list.deleteQuestion', { name }),
        deleteConfirm: (name) => api.t('policy.list.deleteConfirm', { name }),
      };
      element.addEventListener('document-open', (e) => void openPolicy((e as CustomEvent<{ documentId: string }>).detail.documentId));
      element.addEventListener('document-new', () => void createPolicy());
      return { element };
    },
  }));

  context.subscriptions.add(api.editors.registerEditorProvider('policy', {
    createEditor: async (input) => {
      const docId = (input.data as { documentId?: string } | undefined)?.documentId ?? policyIdOf(input.uri) ?? '';
      const model = await api.workspace.open<PolicyDocument>(docId);
      const element = new PolicyEditorElement();
      element.services = api;
      element.datasetMemory = datasetMemory;
      element.model = model;
      element.addEventListener('policy-problems', (e) => {
        const { document, fields } = (e as CustomEvent<{ document: PolicyDocument; fields: FieldInfo[] }>).detail;
        validate(docId, document, fields, element);
      });
      editors.set(docId, element);
      return {
        element,
        dispose: () => {
          editors.delete(docId);
          api.markers.changeMarkers(MARKER_OWNER, `policy://${docId}`, []);
          model.dispose();
        },
      };
    },
  }));

  const activeEditor = (): PolicyEditorElement | undefined => {
    const id = policyIdOf(api.editors.model.activeEditor?.uri);
    return id === undefined ? undefined : editors.get(id);
  };

  // New or removed plugin operators change what every open policy means: validate and run again.
  context.subscriptions.add(operators.onDidChange(() => {
    const active = activeEditor();
    for (const editor of editors.values()) {
      editor.requestUpdate();
      if (editor === active) editor.notifyRunner();
      else editor.revalidate();
    }
  }));
  // The live test runner follows the active policy editor.
  context.subscriptions.add(api.editors.model.onDidChange(() => activeEditor()?.notifyRunner()));
  context.subscriptions.add(api.workspace.onDidChangeDocument((e) => {
    if (e.deleted) api.markers.changeMarkers(MARKER_OWNER, `policy://${e.docId}`, []);
  }));

  const commands: Array<[string, (...args: unknown[]) => unknown]> = [
    ['policy.new', () => createPolicy()],
    ['policy.focus', () => api.commands.executeCommand('workbench.view.show', POLICIES_CONTAINER_ID)],
    ['policy.addRule', () => activeEditor()?.addRule('condition')],
    ['policy.generateSampleData', () => activeEditor()?.generateSampleData()],
    ['policy.addTable', () => activeEditor()?.addRule('table')],
    ['policy.toggleJson', () => {
      const editor = activeEditor();
      if (editor) editor.view = editor.view === 'json' ? 'rules' : 'json';
    }],
    ['policy.undo', () => activeEditor()?.model?.undo()],
    ['policy.redo', () => activeEditor()?.model?.redo()],
    ['policy.addTestCase', (docId: unknown, test: unknown) => {
      const editor = typeof docId === 'string' ? editors.get(docId) : undefined;
      if (!editor) return false;
      editor.addTestCase(test as PolicyTestCase);
      return true;
    }],
    ['policy.reveal', async (docId: unknown, pointer: unknown) => {
      if (typeof docId !== 'string') return;
      await openPolicy(docId);
      editors.get(docId)?.reveal(typeof pointer === 'string' ? pointer : '');
    }],
  ];
  for (const [id, handler] of commands) context.subscriptions.add(api.commands.registerCommand(id, handler));

  context.subscriptions.add(api.quickOpen.registerProvider({
    provideEntries: async () => (await api.workspace.listDocuments('policy')).map((d) => ({
      input: policyInput(d.id, d.name),
      label: d.name,
      description: api.t('policy.quickOpen.description'),
    })),
  }));
}
