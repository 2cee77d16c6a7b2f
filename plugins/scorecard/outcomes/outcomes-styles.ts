import { css } from 'lit';

/** Tables, inputs, icon buttons and problem lists of the "Rules and outcomes" sections, in VS Code's theme colours. */
export const outcomesStyles = css`
  :host { display: block; }
  table { border-collapse: collapse; margin: 0 0 8px; }
  th, td { padding: 2px 6px; text-align: left; vertical-align: middle; }
  thead th { font-weight: 600; color: var(--vscode-descriptionForeground); border-bottom: 1px solid var(--vscode-panel-border); }
  tfoot th, tfoot td { border-top: 1px solid var(--vscode-panel-border); }
  .number { text-align: right; font-variant-numeric: tabular-nums; }
  input, select { font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 1px 4px; box-sizing: border-box; }
  input[type=number] { width: 6.5em; }
  input.id { width: 7em; }
  input[type=color] { width: 2.4em; height: 1.6em; padding: 0 1px; vertical-align: middle; }
  input[type=checkbox] { accent-color: var(--vscode-checkbox-background, auto); }
  input:focus-visible, select:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  input[aria-invalid=true] { border-color: var(--vscode-inputValidation-errorBorder, var(--vscode-errorForeground)); }
  .swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid var(--vscode-panel-border); border-radius: 2px; vertical-align: middle; margin-right: 4px; }
  .swatch.none { background: repeating-linear-gradient(45deg, transparent 0 3px, var(--vscode-panel-border) 3px 4px); }
  .actions { white-space: nowrap; }
  button.icon { background: transparent; border: 1px solid transparent; color: inherit; cursor: pointer; padding: 1px 2px; border-radius: 3px; line-height: 0; }
  button.icon:hover:not(:disabled) { background: var(--vscode-toolbar-hoverBackground, rgba(127, 127, 127, 0.2)); }
  button.icon:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  button.icon:disabled { opacity: 0.4; cursor: default; }
  .button:disabled { opacity: 0.5; cursor: default; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; margin: 4px 0 8px; }
  .toggle { display: inline-flex; gap: 6px; align-items: center; }
  .hint { color: var(--vscode-descriptionForeground); margin: 4px 0 8px; }
  .warning { color: var(--vscode-editorWarning-foreground, #bf8803); }
  .ok { color: var(--vscode-testing-iconPassed, inherit); }
  .error-text { color: var(--vscode-errorForeground); }
  ul.problems { list-style: none; margin: 2px 0 6px; padding: 0; }
  ul.problems li { display: flex; gap: 4px; align-items: flex-start; }
  ul.problems li.error { color: var(--vscode-errorForeground); }
  ul.problems li.warning { color: var(--vscode-editorWarning-foreground, #bf8803); }
  ul.problems li.info { color: var(--vscode-descriptionForeground); }
  tr.problem-row td { padding-top: 0; }
  ol.policies { margin: 0 0 8px; padding-left: 2em; }
  ol.policies > li { padding: 3px 0; border-bottom: 1px solid var(--vscode-panel-border); }
  ol.policies > li > .row { display: flex; gap: 8px; align-items: flex-start; }
  ol.policies .text { flex: 1; min-width: 0; }
  ol.policies .name { font-weight: 600; }
  ol.policies .id { color: var(--vscode-descriptionForeground); font-family: var(--vscode-editor-font-family, monospace); font-size: 0.9em; }
  ol.policies .summary { color: var(--vscode-descriptionForeground); overflow-wrap: anywhere; }
  ol.policies > li.disabled .name, ol.policies > li.disabled .summary { opacity: 0.6; }
  .message:empty { display: none; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
