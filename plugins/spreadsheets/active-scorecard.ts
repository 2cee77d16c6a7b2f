// The scorecard a command works on. Normally the active scorecard editor's own model, asked of the
// scorecard plugin through its command (plugins never import each other's files): exports then see
// unsaved edits and an import is one undo step in that editor. A command run for another document
// (the "Export…" pick passes a document id) opens that document's model itself.
import { resolveLocalized } from '../../src/core/localized-text.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import type { DocumentModel, WorkbenchApi } from '../../src/workbench/api.ts';

export interface TargetScorecard {
  model: DocumentModel<ScorecardConfig>;
  /** The dataset the scorecard's live results evaluate. */
  datasetId?: string;
  /** Saves and closes a model opened here; nothing for the editor's model. */
  release(): Promise<void>;
}

interface EditorState {
  model: DocumentModel<ScorecardConfig>;
  datasetId?: string;
}

/**
 * The dataset the scorecard editor would choose for a document it has not opened: the one it
 * remembered (the scorecard plugin keeps it in the `scorecard.dataset` storage scope), else the
 * most recently changed dataset.
 */
async function rememberedDataset(api: WorkbenchApi, documentId: string): Promise<string | undefined> {
  const datasets = (await api.workspace.listDocuments('dataset')).sort((a, b) => b.updatedAt - a.updatedAt);
  const remembered = await api.storage.get<string>('scorecard.dataset', documentId);
  return datasets.some((d) => d.id === remembered) ? remembered : datasets[0]?.id;
}

export async function targetScorecard(api: WorkbenchApi, documentId?: unknown): Promise<TargetScorecard | undefined> {
  const state = api.commands.hasHandler('scorecard.activeEditorState')
    ? await api.commands.executeCommand<EditorState | undefined>('scorecard.activeEditorState')
    : undefined;
  if (state && (typeof documentId !== 'string' || state.model.id === documentId)) return { ...state, release: async () => {} };
  if (typeof documentId !== 'string') return undefined;
  const doc = await api.workspace.getDocument(documentId);
  if (doc?.kind !== 'scorecard') return undefined;
  const model = await api.workspace.open<ScorecardConfig>(documentId);
  const datasetId = await rememberedDataset(api, documentId);
  return {
    model,
    ...(datasetId === undefined ? {} : { datasetId }),
    release: async () => {
      await model.flush();
      model.dispose();
    },
  };
}

/** A file name from the scorecard's name in the display language (the id when it has none). */
export function scorecardFileName(api: WorkbenchApi, config: ScorecardConfig, suffix: string): string {
  return `${resolveLocalized(config.name, api.i18n.locale).trim() || config.id}${suffix}`;
}
