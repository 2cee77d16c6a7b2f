// The decision table's look: a compact grid in the workbench's theme variables (light, dark and
// high contrast alike), with a visible focus ring on cells and controls and colours for findings.
import { css } from 'lit';
import { formControlStyles } from '../../../src/workbench/api.ts';

export const decisionTableStyles = [formControlStyles, css`
  :host { display: block; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  select, input { padding: 1px 4px; }
  [aria-invalid='true'] { outline: 1px solid var(--vscode-inputValidation-errorBorder, red); }
  .toolbar { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin: 4px 0 8px; }
  .toolbar label { display: inline-flex; gap: 6px; align-items: center; }
  .toolbar input { width: 6em; }
  .scroll { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 2px 4px; vertical-align: top; text-align: left; }
  thead th input, thead th select { font-weight: normal; }
  thead th { font-weight: 600; background: var(--vscode-sideBarSectionHeader-background, transparent); }
  th[scope='row'] { text-align: right; min-width: 2em; color: var(--vscode-descriptionForeground); font-weight: normal; cursor: default; }
  td:focus, th:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  tr.overlap > th[scope='row'], tr.overlap > td { background: var(--vscode-inputValidation-errorBackground, rgba(255, 0, 0, 0.1)); }
  tr.overlap > th[scope='row'] { color: var(--vscode-errorForeground); font-weight: 600; }
  td.problem { box-shadow: inset 0 0 0 1px var(--vscode-inputValidation-errorBorder, red); }
  .cell { display: flex; gap: 3px; align-items: center; flex-wrap: nowrap; }
  .cell select.op { min-width: 3.2em; }
  .cell input.value { width: 5.5em; }
  .cell input.list { width: 9em; }
  .cell select[multiple] { min-width: 7em; }
  .end { min-width: 1.6em; padding: 0 2px; font-family: var(--vscode-editor-font-family); }
  input.output { width: 6em; }
  input.priority { width: 3.5em; }
  .column { display: flex; flex-direction: column; gap: 3px; min-width: 9em; }
  .column .line { display: flex; gap: 3px; align-items: center; }
  .column input.field { flex: 1; min-width: 6em; }
  .column input.bound { width: 4.5em; }
  .column input.values { flex: 1; min-width: 6em; }
  .icon {
    display: inline-flex; align-items: center; justify-content: center;
    min-width: 22px; height: 22px; padding: 0 2px;
    border: 1px solid transparent; border-radius: 3px;
    background: transparent; color: inherit; font: inherit; cursor: pointer;
  }
  .icon:hover { background: var(--vscode-list-hoverBackground); border-color: var(--vscode-contrastActiveBorder, transparent); }
  .icon[disabled] { opacity: 0.4; cursor: default; }
  .actions { white-space: nowrap; }
  .table-buttons { display: flex; gap: 8px; margin: 6px 0; }
  .hint { color: var(--vscode-descriptionForeground); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`];
