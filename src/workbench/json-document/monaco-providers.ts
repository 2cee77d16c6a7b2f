// Monaco adapters for the JSON view: field completion and hovers limited to one model, and the
// host's problems as markers. They take Monaco from the view's editor (never import it), so the
// plugin stays out of the initial bundle and Monaco comes from the workbench's shared service.
import type { IDisposable } from '../../base/lifecycle.ts';
import type { FieldInfo } from '../../core/policy/builder/types.ts';
import type { MonacoApi, MonacoTextModel } from '../services/monaco/json-editor.ts';
import { fieldCompletionsAt, fieldHoverAt, type AssistMessages } from './field-assist.ts';
import { problemRanges, type JsonDocumentProblem } from './problem-ranges.ts';

/** The part of a Monaco text model the providers read (so tests can pass a fake). */
export type TextModelLike = Pick<MonacoTextModel, 'getValue' | 'getOffsetAt' | 'getPositionAt'>;
type Position = ReturnType<MonacoTextModel['getPositionAt']>;

export interface PlainRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

function rangeOf(model: TextModelLike, start: number, end: number): PlainRange {
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(end);
  return { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column };
}

export interface VarCompletionItem {
  label: { label: string; description: string };
  kind: number;
  detail: string;
  documentation: { value: string };
  insertText: string;
  filterText: string;
  sortText: string;
  range: PlainRange;
}

/** Completion items for a var path at `position` (Monaco's CompletionList shape); undefined elsewhere. */
export function provideVarCompletions(
  model: TextModelLike, position: Position, fields: readonly FieldInfo[], messages: AssistMessages, fieldKind: number,
): { suggestions: VarCompletionItem[] } | undefined {
  const found = fieldCompletionsAt(model.getValue(), model.getOffsetAt(position), fields, messages);
  if (!found) return undefined;
  const range = rangeOf(model, found.start, found.end);
  return {
    suggestions: found.items.map((item) => ({
      label: { label: item.label, description: item.description },
      kind: fieldKind,
      detail: item.detail,
      documentation: { value: item.documentation },
      insertText: item.insertText,
      filterText: item.insertText,
      sortText: item.sortText,
      range,
    })),
  };
}

/** The hover over a var path at `position` (Monaco's Hover shape); undefined elsewhere. */
export function provideVarHover(
  model: TextModelLike, position: Position, fields: readonly FieldInfo[], messages: AssistMessages,
): { range: PlainRange; contents: Array<{ value: string }> } | undefined {
  const hover = fieldHoverAt(model.getValue(), model.getOffsetAt(position), fields, messages);
  return hover && { range: rangeOf(model, hover.start, hover.end), contents: [{ value: hover.markdown }] };
}

/**
 * Registers field completion and hovers for the JSON language, answering only for `modelUri`:
 * providers are global to Monaco, and other JSON editors (settings, other policies) must not get
 * this document's fields.
 */
export function registerVarProviders(
  monaco: MonacoApi, modelUri: string, fields: () => readonly FieldInfo[], messages: AssistMessages,
): IDisposable {
  const ours = (model: MonacoTextModel): boolean => model.uri.toString() === modelUri;
  const completion = monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"'],
    provideCompletionItems: (model, position) => (ours(model)
      ? provideVarCompletions(model, position, fields(), messages, monaco.languages.CompletionItemKind.Field)
      : undefined),
  });
  const hover = monaco.languages.registerHoverProvider('json', {
    provideHover: (model, position) => (ours(model) ? provideVarHover(model, position, fields(), messages) : undefined),
  });
  return { dispose: () => { completion.dispose(); hover.dispose(); } };
}

/** The owner of the view's markers (Monaco's JSON language has its own for syntax and schema). */
export const PROBLEM_MARKER_OWNER = 'document-analysis';

/** Shows the host's problems as squiggles at the nodes their pointers name. */
export function setProblemMarkers(monaco: MonacoApi, model: MonacoTextModel, problems: readonly JsonDocumentProblem[]): void {
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
  const markers = problemRanges(model.getValue(), problems).map(({ problem, offset, length }) => ({
    ...rangeOf(model, offset, offset + length),
    severity: severity[problem.severity],
    message: problem.message,
  }));
  monaco.editor.setModelMarkers(model, PROBLEM_MARKER_OWNER, markers);
}
