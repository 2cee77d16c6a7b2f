// Styles of <sc-scorecard-results>: workbench theme variables only, so every theme applies.
import { css } from 'lit';

export const scorecardResultsStyles = css`
  /* The grid and the explanation get a fixed height; the charts follow below and the editor scrolls. */
  :host { display: flex; flex-direction: column; color: var(--vscode-foreground); font-size: var(--vscode-font-size, 13px); }
  .header { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  .dataset { font-weight: 600; }
  .error { color: var(--vscode-errorForeground); }
  .muted, .empty { color: var(--vscode-descriptionForeground); }
  .empty { padding: 8px; }
  progress { width: 8em; }
  .body { flex: 0 0 auto; height: 380px; display: grid; grid-template-columns: minmax(360px, 3fr) minmax(260px, 2fr); gap: 8px; padding: 6px 8px; }
  .table { display: flex; flex-direction: column; min-width: 0; min-height: 0; overflow: hidden; }
  .controls { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding-bottom: 4px; }
  select { font: inherit; background: var(--vscode-dropdown-background, var(--vscode-input-background)); color: var(--vscode-dropdown-foreground, var(--vscode-foreground)); border: 1px solid var(--vscode-dropdown-border, var(--vscode-panel-border)); }
  .grid-head, .row { display: grid; grid-template-columns: var(--columns); gap: 4px; padding: 1px 4px; align-items: center; }
  .grid-head { border-bottom: 1px solid var(--vscode-panel-border); }
  /* A header narrower than its label ellipsises (its title says it in full) instead of running into the next one. */
  .grid-head > span { min-width: 0; overflow: hidden; }
  .grid-head button { font: inherit; font-weight: 600; color: inherit; background: transparent; border: none; padding: 0; text-align: left; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .grid-head button:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  .grid-head .plain { font-weight: 600; }
  .grid-head .num, .grid-head .num button { text-align: right; }
  .grid { flex: 1; min-height: 120px; overflow: auto; outline: none; }
  .grid:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  .row { width: 100%; box-sizing: border-box; height: 22px; cursor: pointer; }
  .row > span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .row:hover { background: var(--vscode-list-hoverBackground); }
  .row.selected { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 4px; vertical-align: -1px; border: 1px solid var(--vscode-panel-border); }
  .details { min-width: 0; min-height: 0; overflow: auto; }
  .details h3 { margin: 0 0 4px; font-size: 1.05em; }
  .details h4 { margin: 10px 0 2px; font-size: 1em; }
  .details ul { margin: 4px 0; padding-left: 1.2em; }
  ul.sentences { list-style: none; padding-left: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 1px 6px; border-bottom: 1px solid var(--vscode-panel-border); }
  th { font-weight: 600; }
  tr.group td:first-child { font-weight: 600; }
  td.lost { color: var(--vscode-descriptionForeground); }
  .charts { padding: 0 8px 8px; }
`;
