import { css } from 'lit';

export const resultsStyles = css`
  :host { display: flex; flex-direction: column; height: 100%; min-height: 0; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); }
  .header { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 4px 8px; }
  .dataset { font-weight: 600; }
  .error { color: var(--vscode-errorForeground); }
  .tabs { display: flex; gap: 2px; padding: 0 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  [role=tab] { font: inherit; background: transparent; color: inherit; border: none; border-bottom: 2px solid transparent; padding: 3px 8px; cursor: pointer; }
  [role=tab][aria-selected=true] { border-bottom-color: var(--vscode-focusBorder); }
  .badge { border-radius: 8px; padding: 0 6px; font-size: 0.85em; }
  .badge.good { background: var(--vscode-testing-iconPassed, #388a34); color: #fff; }
  .badge.bad { background: var(--vscode-testing-iconFailed, #c72e0f); color: #fff; }
  .tab-body { flex: 1; min-height: 0; overflow: auto; padding: 6px 8px; }
  .results { display: grid; grid-template-columns: minmax(220px, 1fr) minmax(320px, 2fr) minmax(260px, 1.5fr); gap: 8px; height: 100%; min-height: 0; }
  table { border-collapse: collapse; width: 100%; }
  /* Each column scrolls on its own: a wide rules table must not spill under the outcome grid. */
  .rules-pane, .outcomes, .details { min-width: 0; min-height: 0; overflow: auto; }
  .outcomes { overflow: hidden; }
  th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid var(--vscode-panel-border); }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .pct { color: var(--vscode-descriptionForeground); }
  table.rules tr[tabindex] { cursor: pointer; }
  table.rules tr.active, table.rules tr:focus-visible { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); outline: none; }
  .outcomes { display: flex; flex-direction: column; min-height: 0; }
  .controls { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding-bottom: 4px; }
  select { font: inherit; background: var(--vscode-dropdown-background, var(--vscode-input-background)); color: var(--vscode-dropdown-foreground, var(--vscode-foreground)); border: 1px solid var(--vscode-dropdown-border, var(--vscode-panel-border)); }
  .grid-head, .row { display: grid; grid-template-columns: 5em 6em 6em 4em 1fr; gap: 4px; padding: 1px 4px; }
  .grid-head { font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border); }
  .grid { flex: 1; min-height: 120px; overflow: auto; outline: none; }
  .grid:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  .row { width: 100%; box-sizing: border-box; height: 22px; cursor: pointer; }
  .row:hover { background: var(--vscode-list-hoverBackground); }
  .row.selected { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
  .row .num { text-align: right; font-variant-numeric: tabular-nums; }
  .fired { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .details { overflow: auto; min-height: 0; }
  .details h3 { margin: 0 0 4px; font-size: 1em; }
  ul.explained, ul.tests { list-style: none; padding: 0; margin: 6px 0; }
  ul.explained li { padding: 3px 0; border-bottom: 1px solid var(--vscode-panel-border); }
  ul.explained li.fired strong { color: var(--vscode-testing-iconPassed, #388a34); }
  ul.tests li.failed .mark, ul.tests li.errored .mark { color: var(--vscode-testing-iconFailed, #c72e0f); }
  ul.tests li.passed .mark { color: var(--vscode-testing-iconPassed, #388a34); }
  .message { color: var(--vscode-descriptionForeground); white-space: pre-wrap; margin-left: 1.5em; }
  ul.trace, ul.trace ul { list-style: none; padding-left: 1em; margin: 0; }
  .mark.true { color: var(--vscode-testing-iconPassed, #388a34); }
  .mark.false { color: var(--vscode-descriptionForeground); }
  .mark.error { color: var(--vscode-errorForeground); }
  pre { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.9em; white-space: pre-wrap; }
  .empty { color: var(--vscode-descriptionForeground); padding: 8px; }
  table.diffs tr { cursor: pointer; }
  table.diffs tr:hover { background: var(--vscode-list-hoverBackground); }
`;
