// Importing an indicator sheet (CSV or xlsx): into the active scorecard, replacing its tree as one
// undo step, or as a new scorecard. A sheet with any problem changes nothing; its problems are
// offered as a report (row, column, message in the display language).
import { decodeText } from '../../src/core/data/decode-text.ts';
import { treeFromCsv, treeFromXlsx } from '../../src/core/export/tree-sheet-files.ts';
import type { TreeSheetProblem, TreeSheetReadResult } from '../../src/core/export/tree-sheet.ts';
import { type IndicatorGroup, type IndicatorNode, type ScorecardConfig, isGroup } from '../../src/core/scorecard/types.ts';
import { validateConfig } from '../../src/core/scorecard/validate.ts';
import type { WorkbenchApi } from '../../src/workbench/api.ts';
import { targetScorecard } from './active-scorecard.ts';
import { scorecardFromTree } from './scorecard-from-tree.ts';

export type ImportTarget = 'active' | 'new';

export interface TreeImportReport {
  fileName: string;
  outcome: 'replaced' | 'created' | 'rejected';
  problems: TreeSheetProblem[];
  /** Leaves of the imported tree (0 when rejected). */
  indicators: number;
  /** Errors validateConfig finds in the scorecard after the import (shown in the Problems panel). */
  configErrors: number;
  /** The scorecard changed or created. */
  documentId?: string;
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function leafCount(node: IndicatorNode): number {
  return isGroup(node) ? node.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

/** The sheet's tree: xlsx by its zip signature (whatever the file is called), CSV otherwise. */
export function readTreeFile(bytes: Uint8Array, root?: IndicatorGroup): TreeSheetReadResult {
  const options = root ? { root } : {};
  if (XLSX_MAGIC.every((b, i) => bytes[i] === b)) return treeFromXlsx(bytes, options);
  return treeFromCsv(decodeText(bytes).text, options);
}

const errorCount = (config: ScorecardConfig): number => validateConfig(config).problems.filter((p) => p.severity === 'error').length;

/** Imports into the active scorecard (or the one `documentId` names), or as a new scorecard. */
export async function importTreeFile(api: WorkbenchApi, file: { name: string; bytes: Uint8Array }, target: ImportTarget, documentId?: unknown): Promise<TreeImportReport> {
  const active = target === 'active' ? await targetScorecard(api, documentId) : undefined;
  const base = { fileName: file.name, problems: [] as TreeSheetProblem[], indicators: 0, configErrors: 0 };
  if (target === 'active' && !active) {
    api.notifications.info(api.t('spreadsheets.noScorecard'));
    return { ...base, outcome: 'rejected' };
  }
  const { root, problems } = readTreeFile(file.bytes, active?.model.content.root);
  if (!root) {
    await active?.release();
    return { ...base, outcome: 'rejected', problems };
  }
  const indicators = leafCount(root);
  if (active) {
    const next: ScorecardConfig = { ...active.model.content, root };
    active.model.update(next, api.t('spreadsheets.import.undoLabel'));
    await active.release();
    return { ...base, outcome: 'replaced', indicators, configErrors: errorCount(next), documentId: active.model.id };
  }
  const name = file.name.replace(/\.(csv|tsv|txt|xlsx)$/i, '').replace(/\.indicators$/i, '') || api.t('spreadsheets.import.newName');
  const config = scorecardFromTree(root, `sc-${Date.now().toString(36)}`, name, api.i18n.locale);
  const doc = await api.workspace.createDocument<ScorecardConfig>('scorecard', name, config);
  return { ...base, outcome: 'created', indicators, configErrors: errorCount(config), documentId: doc.id };
}
