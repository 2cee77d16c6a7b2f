import { css } from 'lit';

/**
 * The grid's look, in the workbench's theme colours only (light, dark and high contrast follow).
 * The head (column headers and filters) sits above the virtualised body, which is the scroller;
 * every row is a CSS grid over `--columns` (the gutter, then each field's width), so a column
 * resize changes one custom property. `--grid-width` and `--row-height` are set with it.
 */
export const dataGridStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
    box-sizing: border-box;
    background: var(--vscode-editor-background);
    color: var(--vscode-foreground);
    font-family: var(--vscode-font-family);
    font-size: var(--vscode-font-size);
  }
  :host([hidden]) { display: none; }

  .toolbar { display: flex; align-items: center; gap: 6px; padding: 6px 8px; border-bottom: 1px solid var(--vscode-widget-border); }
  .toolbar .spacer { flex: 1; }
  .button:disabled { opacity: 0.5; cursor: default; }
  input, select {
    box-sizing: border-box;
    font: inherit;
    color: var(--vscode-input-foreground);
    background: var(--vscode-input-background);
    border: 1px solid var(--vscode-input-border);
    border-radius: 2px;
  }
  input::placeholder { color: var(--vscode-input-placeholderForeground); }
  input:focus-visible, select:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  .quick-filter { width: 240px; max-width: 40%; padding: 3px 6px; }

  .grid { position: relative; flex: 1; min-height: 0; display: flex; flex-direction: column; outline: none; }
  .grid:focus-visible .cell.active { outline-width: 2px; }

  /* Outside the scroller, so it never scrolls away; it follows the body sideways (scrollLeft) and
     reserves the body's scrollbar gutter, so that both scroll equally far. */
  .head {
    flex: none;
    overflow: hidden;
    scrollbar-gutter: stable;
    background: var(--vscode-editorGroupHeader-tabsBackground);
    border-bottom: 1px solid var(--vscode-widget-border);
  }
  .body { flex: 1; width: 100%; }

  .row { display: grid; grid-template-columns: var(--columns); width: var(--grid-width); box-sizing: border-box; }
  .head .row { height: 28px; }
  .head .headers { border-bottom: 1px solid var(--vscode-widget-border); }
  .body .row { height: var(--row-height); border-bottom: 1px solid var(--vscode-widget-border); contain: strict; }
  .body .row.open { contain: none; z-index: 2; }
  .body .row:hover { background: var(--vscode-list-hoverBackground); }
  .body .row.selected {
    background: var(--vscode-list-activeSelectionBackground);
    color: var(--vscode-list-activeSelectionForeground);
    outline: 1px dashed var(--vscode-contrastActiveBorder); /* visible in high contrast only */
    outline-offset: -1px;
  }

  .gutter {
    position: sticky;
    left: 0;
    z-index: 1;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    padding: 0 6px;
    border-right: 1px solid var(--vscode-widget-border);
    color: var(--vscode-descriptionForeground);
    background: var(--vscode-editorGroupHeader-tabsBackground);
    font-variant-numeric: tabular-nums;
    cursor: pointer;
    user-select: none;
  }
  .head .gutter { z-index: 3; cursor: default; }
  .row.selected .gutter { color: var(--vscode-list-activeSelectionForeground); background: var(--vscode-list-activeSelectionBackground); }

  .cell {
    position: relative;
    min-width: 0;
    padding: 0 6px;
    box-sizing: border-box;
    border-right: 1px solid var(--vscode-widget-border);
    line-height: calc(var(--row-height) - 1px);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    cursor: cell;
  }
  .cell.number, .cell.integer { text-align: right; font-variant-numeric: tabular-nums; }
  .cell.active { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  .missing { color: var(--vscode-disabledForeground); font-style: italic; }
  .no-items { color: var(--vscode-descriptionForeground); font-style: italic; }
  /* Noted cells (to fix): a warning outline. The light theme defines the warning colour; the others fall back to VS Code's. */
  .cell.noted, .gutter.noted { --note-colour: var(--vscode-inputValidation-warningBorder, var(--vscode-notificationsWarningIcon-foreground, #cca700)); }
  .cell.noted { box-shadow: inset 0 0 0 1px var(--note-colour); }
  .cell.noted sc-codicon, .gutter.noted sc-codicon, .status .note sc-codicon { --sc-icon-size: 14px; vertical-align: -2px; margin-right: 4px; color: var(--vscode-inputValidation-warningBorder, var(--vscode-notificationsWarningIcon-foreground, #cca700)); }
  .gutter.noted { box-shadow: inset 2px 0 0 var(--note-colour); gap: 2px; }
  .cell.invalid { box-shadow: inset 0 0 0 1px var(--vscode-inputValidation-errorBorder); background: var(--vscode-inputValidation-errorBackground); }
  .cell.invalid sc-codicon { --sc-icon-size: 14px; vertical-align: -2px; margin-right: 4px; color: var(--vscode-errorForeground); }
  .cell.editing, .cell.active.invalid { overflow: visible; }
  .cell.editing { padding: 0; }
  .editor { width: 100%; height: 100%; padding: 0 5px; border-radius: 0; vertical-align: top; }
  .editor[type='checkbox'] { width: auto; height: auto; margin: 5px 6px; }
  .editor[aria-invalid='true'] { border-color: var(--vscode-inputValidation-errorBorder); }
  .cell.number .editor, .cell.integer .editor { text-align: right; }
  .error {
    position: absolute;
    top: 100%;
    left: 0;
    z-index: 5;
    width: max-content;
    max-width: 360px;
    padding: 4px 8px;
    line-height: 1.4;
    white-space: normal;
    color: var(--vscode-foreground);
    background: var(--vscode-inputValidation-errorBackground);
    border: 1px solid var(--vscode-inputValidation-errorBorder);
    box-shadow: 0 2px 8px var(--vscode-widget-shadow);
  }

  .header { position: relative; min-width: 0; border-right: 1px solid var(--vscode-widget-border); font-weight: 600; }
  .header .sort {
    display: flex;
    align-items: center;
    gap: 2px;
    width: 100%;
    height: 100%;
    min-width: 0;
    padding: 0 10px 0 6px;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .header .sort:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  .header .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .header .unit, .header .type { color: var(--vscode-descriptionForeground); font-weight: normal; }
  .header .type { font-size: 0.9em; }
  .header sc-codicon { --sc-icon-size: 14px; flex: none; }
  .header .rank { font-size: 0.8em; color: var(--vscode-descriptionForeground); }
  .header.number .sort, .header.integer .sort { flex-direction: row-reverse; }
  .resizer { position: absolute; top: 0; right: -3px; bottom: 0; width: 6px; z-index: 1; cursor: col-resize; touch-action: none; }
  .resizer:hover, .resizer.active { background: var(--vscode-sash-hoverBorder); }

  .filter { min-width: 0; padding: 2px; border-right: 1px solid var(--vscode-widget-border); }
  .filter input, .filter select { width: 100%; height: 100%; padding: 0 4px; }
  .filter [aria-invalid='true'] { border-color: var(--vscode-inputValidation-errorBorder); background: var(--vscode-inputValidation-errorBackground); }

  .empty { padding: 16px; color: var(--vscode-descriptionForeground); }
  .status {
    display: flex;
    gap: 12px;
    padding: 3px 8px;
    border-top: 1px solid var(--vscode-widget-border);
    color: var(--vscode-descriptionForeground);
  }
  .status .note { color: var(--vscode-foreground); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .status .problem { color: var(--vscode-errorForeground); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;
