// The dataset editor's help for cells an import left empty to be fixed (DatasetSource.needsFixing):
// the banner above the grid, and the notes the grid shows on those cells.
import { css, html, nothing, type TemplateResult } from 'lit';
import { countRowsToFix } from '../../src/core/data/cells-to-fix.ts';
import type { CellToFix, DataMessage } from '../../src/core/data/types.ts';
import { ROW_NOTE, type CellNote, type CellNotes } from './grid/cell-notes.ts';
import type { Translate } from './grid/grid-messages.ts';

/** A short reason per problem code ("not a number"); the full message follows it in the note. */
function reason(cell: CellToFix, t: Translate, message: string): string {
  switch (cell.code) {
    case 'not-a-number':
      return t('datasets.fix.reason.number');
    case 'not-an-integer':
      return t('datasets.fix.reason.integer');
    case 'not-a-boolean':
      return t('datasets.fix.reason.boolean');
    case 'not-a-date':
      return t('datasets.fix.reason.date');
    case 'not-a-time':
      return t('datasets.fix.reason.time');
    case 'unknown-category':
      return t('datasets.fix.reason.category');
    case 'not-a-list':
      return t('datasets.fix.reason.list');
    default:
      return message;
  }
}

/**
 * The grid's notes for the cells to fix: 'Was "12,5": not a number (line 3)' and the import's full
 * message (which says what to write instead); a whole-row problem notes the row. `pick` chooses
 * the display language's text of a message.
 */
export function cellNotesFor(cells: readonly CellToFix[], t: Translate, pick: (message: DataMessage) => string): CellNotes {
  const notes = new Map<number, Map<string, CellNote>>();
  for (const cell of cells) {
    const message = pick(cell.message);
    const text = cell.column === ROW_NOTE
      ? t('datasets.problem.row', { line: cell.line, message })
      : `${t('datasets.fix.note', { text: cell.text, reason: reason(cell, t, message), line: cell.line })}\n${message}`;
    let row = notes.get(cell.rowId);
    if (!row) notes.set(cell.rowId, (row = new Map()));
    const earlier = row.get(cell.column);
    // A row can have several whole-row problems (too many cells and broken quotes): one note says all.
    row.set(cell.column, earlier ? { ...earlier, text: `${earlier.text}\n${text}` } : { text, ...(cell.column === ROW_NOTE ? {} : { original: cell.text }) });
  }
  return notes;
}

export interface FixBannerState {
  cells: readonly CellToFix[];
  /** Cells beyond the stored list's cap. */
  omitted: number;
  /** The grid shows only the rows that had cells to fix. */
  filtered: boolean;
}

export interface FixBannerActions {
  toggleFilter(): void;
  next(): void;
  dismiss(): void;
}

/** Nothing when there is nothing to fix and no filter to undo. */
export function renderFixBanner(state: FixBannerState, actions: FixBannerActions, t: Translate, format: (n: number) => string): TemplateResult | typeof nothing {
  const rows = countRowsToFix(state.cells);
  if (rows === 0 && state.omitted === 0 && !state.filtered) return nothing;
  let message = rows === 0 ? t('datasets.fix.allFixed') : rows === 1 ? t('datasets.fix.banner.one') : t('datasets.fix.banner', { count: format(rows) });
  if (state.omitted > 0) message += ` ${t('datasets.fix.omitted', { count: format(state.omitted) })}`;
  return html`
    <div class="fix-banner" role="region" aria-label=${t('datasets.fix.region')}>
      <sc-codicon name="warning"></sc-codicon>
      <span class="message" role="status">${message}</span>
      <span class="actions">
        ${rows > 0 || state.filtered ? html`<button type="button" class="button secondary filter" @click=${actions.toggleFilter}>
          ${state.filtered ? t('datasets.fix.showAll') : t('datasets.fix.showOnly')}</button>` : nothing}
        ${rows > 0 ? html`<button type="button" class="button secondary next" title=${t('datasets.fix.next.title')} @click=${actions.next}>${t('datasets.fix.next')}</button>` : nothing}
        ${rows > 0 || state.omitted > 0 ? html`<button type="button" class="button secondary dismiss" title=${t('datasets.fix.dismiss.title')} @click=${actions.dismiss}>${t('datasets.fix.dismiss')}</button>` : nothing}
      </span>
    </div>
  `;
}

/** In the theme's colours; the warning colour falls back to VS Code's where a theme lacks it. */
export const fixBannerStyles = css`
  .fix-banner {
    --warning: var(--vscode-inputValidation-warningBorder, var(--vscode-notificationsWarningIcon-foreground, #cca700));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 6px 12px;
    border-bottom: 1px solid var(--vscode-panel-border);
    border-left: 3px solid var(--warning);
    background: var(--vscode-inputValidation-warningBackground, color-mix(in srgb, var(--warning) 12%, transparent));
    color: var(--vscode-foreground);
  }
  .fix-banner sc-codicon { color: var(--warning); }
  .fix-banner .message { flex: 1; min-width: 200px; }
  .fix-banner .actions { display: flex; gap: 6px; flex-wrap: wrap; }
`;
