/**
 * The Monaco-based JSON editor. Only ever loaded through a dynamic import (see settings-editor.ts),
 * so Monaco and its workers end up in their own lazy chunks.
 *
 * Monaco 0.56+ entry points (package.json "exports" maps `monaco-editor/<path>` to `esm/vs/<path>.js`):
 * - `monaco-editor/editor`: the core API without features or languages;
 * - `monaco-editor/features/register.all`: the editor features (find, suggest, hover, folding...);
 * - `monaco-editor/languages/features/json/register`: the JSON language and `jsonDefaults`;
 * - workers: `monaco-editor/editor/editor.worker` and
 *   `monaco-editor/languages/features/json/json.worker`, bundled by Vite's `?worker` suffix.
 * These modules import their CSS, which Vite injects into the document's <head>: global CSS that
 * only reaches elements outside shadow roots.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import type { ThemeId } from '../../src/workbench/api.ts';
import type { JsonEditorFactory } from './json-editor-handle.ts';
import type { JsonSchemaObject } from './settings-json-model.ts';

// Another Monaco user of the app may have set the environment up already; the workers are the same.
if (!self.MonacoEnvironment?.getWorker && !self.MonacoEnvironment?.getWorkerUrl) {
  self.MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
  };
}

const MONACO_THEMES: Record<ThemeId, string> = { light: 'vs', dark: 'vs-dark', 'high-contrast': 'hc-black' };

/** Schemas of the open settings editors, by model URI (diagnostics options are global to Monaco). */
const schemasByModel = new Map<string, JsonSchemaObject>();
let instances = 0;

function applySchemas(): void {
  const ours = new Set([...schemasByModel.keys()].map(schemaUri));
  // Keep schemas that other Monaco users registered; replace only ours.
  const others = (jsonDefaults.diagnosticsOptions.schemas ?? []).filter((s) => !ours.has(s.uri) && !s.uri.startsWith(SCHEMA_PREFIX));
  jsonDefaults.setDiagnosticsOptions({
    ...jsonDefaults.diagnosticsOptions,
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [
      ...others,
      ...[...schemasByModel].map(([modelUri, schema]) => ({ uri: schemaUri(modelUri), fileMatch: [modelUri], schema })),
    ],
  });
}

const SCHEMA_PREFIX = 'inmemory://scorecard-designer/settings-schema/';

function schemaUri(modelUri: string): string {
  return `${SCHEMA_PREFIX}${encodeURIComponent(modelUri)}`;
}

let monacoSheet: CSSStyleSheet | undefined;

/** Monaco's bundled CSS as one constructable sheet, collected from the document's style sheets. */
function monacoStyleSheet(): CSSStyleSheet {
  if (monacoSheet) return monacoSheet;
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let texts: string[];
    try {
      texts = Array.from(sheet.cssRules, (rule) => rule.cssText);
    } catch {
      continue; // a cross-origin sheet; not Monaco's
    }
    if (texts.some((text) => text.includes('.monaco-') || text.includes('.codicon'))) rules.push(...texts);
  }
  monacoSheet = new CSSStyleSheet();
  monacoSheet.replaceSync(rules.join('\n'));
  return monacoSheet;
}

/**
 * The container sits in light DOM, but its host element may itself be inside a shadow root (the
 * workbench's editor part), where the document's CSS does not reach. Monaco handles its runtime
 * styles (theme colours, decorations) in shadow roots itself; its bundled CSS files are adopted
 * into that shadow root here.
 */
function adoptMonacoStyles(container: HTMLElement): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const sheet = monacoStyleSheet();
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export const createMonacoJsonEditor: JsonEditorFactory = (container, options) => {
  adoptMonacoStyles(container);
  const modelUri = monaco.Uri.parse(`inmemory://scorecard-designer/settings-${++instances}.json`);
  const model = monaco.editor.createModel(options.value, 'json', modelUri);
  schemasByModel.set(modelUri.toString(), options.schema);
  applySchemas();
  monaco.editor.setTheme(MONACO_THEMES[options.theme]);

  const editor = monaco.editor.create(container, {
    model,
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    tabSize: 2,
    insertSpaces: true,
    fontSize: 13,
  });
  // Monaco's own command palette (F1, Ctrl+Shift+P) would shadow the workbench's; unbind it so
  // those keys reach the workbench.
  const unbound = monaco.editor.addKeybindingRules([
    { keybinding: monaco.KeyCode.F1, command: '-editor.action.quickCommand' },
    { keybinding: monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyP, command: '-editor.action.quickCommand' },
  ]);
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => options.onSave());

  let settingValue = false;
  const changeSub = model.onDidChangeContent(() => {
    if (!settingValue) options.onDidChange(model.getValue());
  });

  return {
    kind: 'monaco',
    getValue: () => model.getValue(),
    setValue: (value) => {
      if (model.getValue() === value) return;
      settingValue = true;
      try {
        // pushEditOperations would keep undo history; a reload from storage is not an edit.
        model.setValue(value);
      } finally {
        settingValue = false;
      }
    },
    setSchema: (schema) => {
      schemasByModel.set(modelUri.toString(), schema);
      applySchemas();
    },
    setTheme: (theme) => monaco.editor.setTheme(MONACO_THEMES[theme]),
    focus: () => editor.focus(),
    dispose: () => {
      changeSub.dispose();
      unbound.dispose();
      editor.dispose();
      model.dispose();
      schemasByModel.delete(modelUri.toString());
      applySchemas();
    },
  };
};
