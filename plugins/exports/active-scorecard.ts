// Which scorecard a command acts on: the document id it was given (the quick pick, other plugins and
// tests pass one), else the scorecard in the active editor. Its content is read from the workspace
// after open editors have saved, so an edit made a moment ago is part of the export.
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import type { EditorInput, WorkbenchApi, WorkspaceDocument } from '../../src/workbench/api.ts';

/** The scorecard editor's uri scheme (plugins/scorecard: `scorecard:<document id>`). */
const SCORECARD_URI_PREFIX = 'scorecard:';

export function scorecardIdOfInput(input: EditorInput | undefined): string | undefined {
  if (input?.kind !== 'scorecard') return undefined;
  const fromData = (input.data as { documentId?: unknown } | undefined)?.documentId;
  if (typeof fromData === 'string') return fromData;
  return input.uri.startsWith(SCORECARD_URI_PREFIX) ? input.uri.slice(SCORECARD_URI_PREFIX.length) : undefined;
}

export function targetScorecardId(api: WorkbenchApi, argument: unknown): string | undefined {
  return typeof argument === 'string' && argument !== '' ? argument : scorecardIdOfInput(api.editors.model.activeEditor);
}

/** The stored scorecard document, or undefined when the id names none. */
export async function readScorecard(api: WorkbenchApi, id: string): Promise<WorkspaceDocument<ScorecardConfig> | undefined> {
  await api.workspace.flushAll();
  const doc = await api.workspace.getDocument<ScorecardConfig>(id);
  return doc?.kind === 'scorecard' ? doc : undefined;
}
