/**
 * Monaco itself. Only ever loaded through MonacoService.load()'s dynamic import, so Monaco, its CSS
 * and its workers end up in their own lazy chunks and never in the initial bundle.
 *
 * Monaco 0.56+ entry points (package.json "exports" maps `monaco-editor/<path>` to `esm/vs/<path>.js`):
 * - `monaco-editor/editor`: the core API without features or languages;
 * - `monaco-editor/features/register.all`: the editor features (find, suggest, hover, folding...);
 * - `monaco-editor/languages/features/json/register`: the JSON language and `jsonDefaults`;
 * - workers: `monaco-editor/editor/editor.worker` and
 *   `monaco-editor/languages/features/json/json.worker`, bundled by Vite's `?worker` suffix.
 * These modules import their CSS, which Vite injects into the document's <head> (see monaco-in-shadow-dom.ts).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { minimalEdit } from '../../../core/json/minimal-edit.ts';
import type { ThemeId } from '../theme-service.ts';
import type { JsonEditorOptions, MonacoJsonEditor, MonacoRuntime } from './json-editor.ts';
import { JsonSchemaRegistry } from './json-schema-registry.ts';
import { adoptMonacoStyles, keepMouseMovesInside } from './monaco-in-shadow-dom.ts';

const MONACO_THEMES: Record<ThemeId, string> = { light: 'vs', dark: 'vs-dark', 'high-contrast': 'hc-black' };

/** What the service needs beyond the public runtime: the theme is the service's to set. */
export interface MonacoRuntimeInternal extends MonacoRuntime {
  setTheme(theme: ThemeId): void;
}

let runtime: MonacoRuntimeInternal | undefined;

/** Sets Monaco up once (workers, keybindings, JSON defaults) and returns the runtime. */
export function createMonacoRuntime(theme: ThemeId): MonacoRuntimeInternal {
  if (runtime) {
    runtime.setTheme(theme);
    return runtime;
  }
  // Code outside the workbench may have set the environment up already; the workers are the same.
  if (!self.MonacoEnvironment?.getWorker && !self.MonacoEnvironment?.getWorkerUrl) {
    self.MonacoEnvironment = {
      getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
    };
  }
  // Monaco's own command palette (F1, Ctrl+Shift+P) would shadow the workbench's; unbind it for
  // every editor so those keys reach the workbench.
  monaco.editor.addKeybindingRules([
    { keybinding: monaco.KeyCode.F1, command: '-editor.action.quickCommand' },
    { keybinding: monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyP, command: '-editor.action.quickCommand' },
  ]);
  const schemas = new JsonSchemaRegistry(jsonDefaults);
  let instances = 0;

  const createJsonEditor = (container: HTMLElement, options: JsonEditorOptions): MonacoJsonEditor => {
    adoptMonacoStyles(container);
    const name = (options.name ?? 'json').replace(/[^\w-]/g, '-');
    const model = monaco.editor.createModel(options.value, 'json', monaco.Uri.parse(`inmemory://scorecard-designer/${name}-${++instances}.json`));
    const modelUri = model.uri.toString();
    let schemaRegistration = options.schema ? schemas.register(modelUri, options.schema) : undefined;

    const editor = monaco.editor.create(container, {
      model,
      ariaLabel: options.ariaLabel,
      readOnly: options.readOnly ?? false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      tabSize: 2,
      insertSpaces: true,
      fontSize: 13,
      // In JSON nearly everything is a string (member names, enum values, field paths): suggest
      // while typing in them, as VS Code does for JSON.
      quickSuggestions: { other: true, comments: false, strings: true },
    });
    if (options.onSave) {
      const onSave = options.onSave;
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => onSave());
    }

    /** True while the text changes from code rather than from the user. */
    let programmatic = false;
    const withoutEvents = (change: () => void): void => {
      programmatic = true;
      try {
        change();
      } finally {
        programmatic = false;
      }
    };
    const subscriptions = [
      keepMouseMovesInside(container),
      model.onDidChangeContent(() => {
        if (!programmatic) options.onDidChange?.(model.getValue());
      }),
      editor.onDidBlurEditorText(() => options.onDidBlur?.()),
    ];

    return {
      kind: 'monaco',
      monaco,
      editor,
      model,
      modelUri,
      getValue: () => model.getValue(),
      setValue: (value) => {
        // A reload from storage is not an edit: model.setValue starts a new undo history.
        if (model.getValue() !== value) withoutEvents(() => model.setValue(value));
      },
      replaceText: (value) => {
        const edit = minimalEdit(model.getValue(), value);
        if (!edit) return;
        const range = monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end));
        // Its own undo step; the editor's cursors are tracked through a non-flushing edit.
        withoutEvents(() => {
          model.pushStackElement();
          model.pushEditOperations(editor.getSelections(), [{ range, text: edit.text }], () => null);
          model.pushStackElement();
        });
      },
      setSchema: (schema) => {
        schemaRegistration?.dispose();
        schemaRegistration = schema ? schemas.register(modelUri, schema) : undefined;
      },
      focus: () => editor.focus(),
      dispose: () => {
        for (const s of subscriptions) s.dispose();
        editor.dispose();
        model.dispose();
        schemaRegistration?.dispose();
      },
    };
  };

  runtime = {
    monaco,
    createJsonEditor,
    registerJsonSchema: (modelUri, schema) => schemas.register(modelUri, schema),
    setTheme: (id) => monaco.editor.setTheme(MONACO_THEMES[id]),
  };
  runtime.setTheme(theme);
  return runtime;
}
