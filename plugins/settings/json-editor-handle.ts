import type { ThemeId } from '../../src/workbench/api.ts';
import type { JsonSchemaObject } from './settings-json-model.ts';

/** What the settings editor needs from a JSON text editor (Monaco, or the plain textarea fallback). */
export interface JsonEditorHandle {
  /** Which implementation runs; mirrored as `data-json-editor` on <sc-settings-editor>. */
  readonly kind: 'monaco' | 'textarea';
  getValue(): string;
  /** Replaces the text without calling `onDidChange` (not a user edit). */
  setValue(value: string): void;
  setSchema(schema: JsonSchemaObject): void;
  setTheme(theme: ThemeId): void;
  focus(): void;
  dispose(): void;
}

export interface JsonEditorOptions {
  value: string;
  schema: JsonSchemaObject;
  theme: ThemeId;
  /** Accessible name of the text area. */
  ariaLabel: string;
  /** Called on every user edit with the new text. */
  onDidChange(value: string): void;
  /** Ctrl/Cmd+S inside the editor. */
  onSave(): void;
}

/** Creates an editor inside `container` (a light-DOM element, so global CSS reaches it). */
export type JsonEditorFactory = (container: HTMLElement, options: JsonEditorOptions) => JsonEditorHandle;

/** Loads an editor implementation lazily; rejects when it cannot be loaded. */
export type JsonEditorLoader = () => Promise<JsonEditorFactory>;
