import type { JsonEditorHandle, JsonEditorOptions, WorkbenchServices } from '../../src/workbench/api.ts';

export type { JsonEditorHandle, JsonEditorOptions };

/** Creates an editor inside `container` (a light-DOM element, so global CSS reaches it). */
export type JsonEditorFactory = (container: HTMLElement, options: JsonEditorOptions) => JsonEditorHandle;

/** Loads an editor implementation lazily; rejects when it cannot be loaded. */
export type JsonEditorLoader = (services: WorkbenchServices) => Promise<JsonEditorFactory>;
