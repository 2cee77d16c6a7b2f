// The contract between the workbench's Monaco service and the plugins that edit JSON with it. Types
// only: Monaco itself stays in its lazy chunk (see monaco-runtime.ts), so `import type` is the only
// way this file may refer to it.
import type * as Monaco from 'monaco-editor/editor';
import type { IDisposable } from '../../../base/lifecycle.ts';

/** The Monaco API (the `monaco-editor/editor` module) as `MonacoService.load()` hands it out. */
export type MonacoApi = typeof Monaco;
export type MonacoCodeEditor = Monaco.editor.IStandaloneCodeEditor;
export type MonacoTextModel = Monaco.editor.ITextModel;

/** A JSON Schema document as plain data (what Monaco's JSON language service accepts). */
export type JsonSchemaObject = Record<string, unknown>;

export interface JsonEditorOptions {
  value: string;
  /** Accessible name of the text area. */
  ariaLabel: string;
  /** Validation and completion; registered for this editor's model only. */
  schema?: JsonSchemaObject;
  /** A readable part of the model URI (`inmemory://scorecard-designer/<name>-<n>.json`). */
  name?: string;
  readOnly?: boolean;
  /** Called on every user edit with the new text (never for setValue/replaceText). */
  onDidChange?(value: string): void;
  /** Ctrl/Cmd+S inside the editor; without it the keys reach the workbench. */
  onSave?(): void;
  /** The text area lost focus (a good moment to apply pending edits). */
  onDidBlur?(): void;
}

/** A JSON text editor: Monaco, or the plain textarea that stands in when Monaco cannot load. */
export interface JsonEditorHandle extends IDisposable {
  readonly kind: 'monaco' | 'textarea';
  getValue(): string;
  /** Replaces the whole text as a reload, not an edit (Monaco's undo history restarts). */
  setValue(value: string): void;
  /**
   * Changes the text to `value` with the smallest edit, as one undoable step, so the cursor and the
   * scroll position stay where they are when the change is elsewhere.
   */
  replaceText(value: string): void;
  setSchema(schema: JsonSchemaObject | undefined): void;
  focus(): void;
}

/** The Monaco implementation, with its parts for plugins that add providers or markers. */
export interface MonacoJsonEditor extends JsonEditorHandle {
  readonly kind: 'monaco';
  readonly monaco: MonacoApi;
  readonly editor: MonacoCodeEditor;
  readonly model: MonacoTextModel;
  /** `model.uri.toString()`: what per-model providers compare against. */
  readonly modelUri: string;
}

/** Monaco, loaded: what `MonacoService.load()` resolves to. */
export interface MonacoRuntime {
  readonly monaco: MonacoApi;
  /**
   * Creates a JSON editor in `container`, which must be in light DOM (Monaco's CSS is global; when
   * the container's root is a shadow root the CSS is adopted into it). The theme follows the
   * workbench's.
   */
  createJsonEditor(container: HTMLElement, options: JsonEditorOptions): MonacoJsonEditor;
  /**
   * Associates a schema with one model. Monaco's JSON diagnostics options are global; this keeps
   * every other registration (other editors, other plugins) when it changes them.
   */
  registerJsonSchema(modelUri: string, schema: JsonSchemaObject): IDisposable;
}
