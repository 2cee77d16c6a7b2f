/**
 * The public API of the workbench for plugins. Plugins import from here (and from src/base and
 * src/core), never from other workbench or platform files; the lint rule checks it.
 */
export { WorkbenchElement } from './base/workbench-element.ts';
export { servicesContext } from './base/services-context.ts';
export { CodiconElement } from './base/codicon.ts';
export { JsonDocumentViewElement, formatJsonDocument } from './json-document/json-document-view.ts';
export { DocumentListElement } from './parts/document-list.ts';
export { datasetSourceFor } from './dataset-source.ts';
export type { DatasetSource } from './dataset-source.ts';
export type { DocumentListTexts } from './parts/document-list.ts';
export type { DocumentChangeDetail, JsonDocumentProblem } from './json-document/json-document-view.ts';
export { buttonStyles } from './base/button-styles.ts';
export { formControlStyles } from './base/form-control-styles.ts';
export { downloadBlob, downloadText } from './base/download.ts';
export type { WorkbenchApi, WorkbenchServices } from './services/workbench-services.ts';
export type { EditorInput, EditorPane, EditorProvider } from './services/editor-input.ts';
export { DIRTY_CHANGE_EVENT } from './services/editor-input.ts';
export type { ViewPane, ViewProvider } from './services/view-service.ts';
export type { QuickPickItem, QuickPickRequest } from './services/quick-input-service.ts';
export type { QuickOpenEntry, QuickOpenProvider } from './services/quick-open-service.ts';
export type { StatusBarItem, StatusBarItemOptions } from './services/status-bar-service.ts';
export type { ThemeId } from './services/theme-service.ts';
export type { MonacoService, MonacoLoadState } from './services/monaco/monaco-service.ts';
export type {
  JsonEditorHandle, JsonEditorOptions, JsonSchemaObject, MonacoApi, MonacoCodeEditor, MonacoJsonEditor, MonacoRuntime, MonacoTextModel,
} from './services/monaco/json-editor.ts';
export type { PluginContext, PluginInfo, PluginState } from '../platform/plugins/plugin-host.ts';
export type { PluginManifest } from '../platform/plugins/plugin-manifest.ts';
export type { SettingDescriptor, SettingsProblem } from '../platform/settings/settings-service.ts';
export { SettingsValidationError } from '../platform/settings/settings-service.ts';
export type { Marker } from '../platform/markers/marker-service.ts';
export type { TestRun, TestCaseResult } from '../platform/tests/test-results-service.ts';
export type { DataImportService } from './services/workbench-services.ts';
export type {
  DatasetContent, DatasetRow, DocumentChange, DocumentChangeEvent, DocumentKind, DocumentModel, DocumentVersion, RecordSink,
  WorkspaceConflict, WorkspaceDocument, WorkspaceMessage, WorkspaceProblem, WorkspaceService,
} from '../platform/workspace/workspace-api.ts';
export { CURRENT_VERSION, WorkspaceError } from '../platform/workspace/workspace-api.ts';
export type { ImportProgress, ImportResult, PreviewResult } from '../platform/data-import/import-types.ts';
// The visual rule builder's types. Its elements (sc-condition-block, sc-expression-input, ...) come
// from src/workbench/rule-builder-api.ts, a separate entry so that only the plugins that draw rules
// load it (it is not part of the start-up JavaScript); how to use it: rule-builder/index.ts.
export type { FieldInfo } from '../core/policy/builder/types.ts';
export type { ConditionChange, ExprChange } from './rule-builder/builder-events.ts';
export type { NodeChange } from './rule-builder/comparison-editor.ts';
export type { RuleOperatorSet, RuleOperatorsService } from './services/rule-operators-service.ts';
