// Styles of <sc-scorecard-what-if>: workbench theme variables only, so every theme applies.
import { css } from 'lit';

export const whatIfStyles = css`
  :host { display: flex; flex-direction: column; color: var(--vscode-foreground); font-size: var(--vscode-font-size, 13px); }
  .toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  .toolbar .picker { display: inline-flex; gap: 4px; align-items: center; }
  .button:disabled { opacity: 0.5; cursor: default; }
  select { font: inherit; max-width: 28em; background: var(--vscode-dropdown-background, var(--vscode-input-background)); color: var(--vscode-dropdown-foreground, var(--vscode-foreground)); border: 1px solid var(--vscode-dropdown-border, var(--vscode-panel-border)); }
  select:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  progress { width: 6em; }
  .muted, .empty { color: var(--vscode-descriptionForeground); }
  .empty { padding: 8px; }
  .error { color: var(--vscode-errorForeground); padding: 4px 8px; }
  .body { padding: 6px 8px; display: flex; flex-direction: column; gap: 10px; }
  .title { margin: 0; font-size: 1.05em; font-weight: 600; }
  .summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: 4px 16px; margin: 0; }
  .summary div { display: flex; flex-direction: column; }
  .summary dt { color: var(--vscode-descriptionForeground); }
  .summary dd { margin: 0; font-variant-numeric: tabular-nums; }
  .summary dd strong { font-size: 1.15em; }
  .panels { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
  table { border-collapse: collapse; }
  caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
  th, td { text-align: left; padding: 2px 8px; border-bottom: 1px solid var(--vscode-panel-border); white-space: nowrap; }
  th { font-weight: 600; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .matrix th.corner { color: var(--vscode-descriptionForeground); font-weight: normal; }
  .matrix td.cell { min-width: 3em; }
  .matrix td.diag { color: var(--vscode-descriptionForeground); background: var(--vscode-editorWidget-background, transparent); }
  .matrix td.zero { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); opacity: 0.6; }
  .matrix td.changed { font-weight: 600; background: var(--vscode-list-hoverBackground); }
  .matrix td.changed.up { color: var(--vscode-charts-green, var(--vscode-testing-iconPassed, inherit)); }
  .matrix td.changed.down { color: var(--vscode-charts-red, var(--vscode-errorForeground)); }
  .matrix td.row-total { color: var(--vscode-descriptionForeground); }
  .swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 4px; vertical-align: -1px; border: 1px solid var(--vscode-panel-border); }
  .movers-by { display: flex; gap: 4px; align-items: center; }
  .movers-by button { font: inherit; padding: 1px 8px; cursor: pointer; color: var(--vscode-foreground); background: transparent; border: 1px solid var(--vscode-panel-border); border-radius: 2px; }
  .movers-by button.active { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); border-color: var(--vscode-focusBorder); }
  .movers-by button:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  .movers-lists { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
  .movers h4 { margin: 0 0 4px; font-size: 1em; }
  tr.mover { cursor: pointer; }
  tr.mover:hover { background: var(--vscode-list-hoverBackground); }
  tr.mover:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  td.subject { max-width: 16em; overflow: hidden; text-overflow: ellipsis; }
  .delta.up { color: var(--vscode-charts-green, var(--vscode-testing-iconPassed, inherit)); }
  .delta.down { color: var(--vscode-charts-red, var(--vscode-errorForeground)); }
  td.grade.same { color: var(--vscode-descriptionForeground); }
`;
