// The look shared by the AHP matrix and the data-derived weights: VS Code form controls, a compact
// bordered table, weight bars and the warning box, all in the workbench's theme variables so the
// light, dark and high-contrast themes work alike (high contrast has borders, not only fills).
import { css } from 'lit';

export const weightsStyles = css`
  :host { display: block; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  select {
    font: inherit;
    color: var(--vscode-input-foreground);
    background: var(--vscode-dropdown-background, var(--vscode-input-background));
    border: 1px solid var(--vscode-dropdown-border, var(--vscode-panel-border));
    padding: 1px 2px;
  }
  select:focus-visible, button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin: 4px 0 8px; }
  .toolbar label { display: inline-flex; gap: 6px; align-items: center; }
  .scroll { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; }
  caption { caption-side: top; text-align: left; padding: 0 0 4px; color: var(--vscode-descriptionForeground); }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 2px 6px; text-align: left; vertical-align: middle; }
  thead th { font-weight: 600; background: var(--vscode-sideBarSectionHeader-background, transparent); }
  tbody th { font-weight: 600; white-space: nowrap; }
  .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .hint { color: var(--vscode-descriptionForeground); }
  .bar {
    display: inline-block; width: 8em; height: 0.7em; vertical-align: middle;
    border: 1px solid var(--vscode-contrastBorder, transparent);
    background: var(--vscode-input-background);
  }
  /* The focus colour, not the button's: it is the accent in light and dark and stays visible in high contrast, where buttons are black. */
  .bar > span { display: block; height: 100%; background: var(--vscode-focusBorder); }
  @media (forced-colors: active) { .bar > span { forced-color-adjust: none; background: CanvasText; } }
  .message {
    display: flex; gap: 6px; align-items: flex-start; margin: 6px 0; padding: 6px 8px;
    border: 1px solid var(--vscode-widget-border, var(--vscode-panel-border));
    border-left: 3px solid var(--vscode-notificationsWarningIcon-foreground, #bf8803);
    background: var(--vscode-notifications-background, transparent);
  }
  .message > div { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
  .message sc-codicon { color: var(--vscode-notificationsWarningIcon-foreground, #bf8803); flex: none; }
  .message p { margin: 0; }
  .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 0; }
  /* High contrast draws buttons by their border (transparent in the other themes). */
  .button { border: 1px solid var(--vscode-contrastBorder, transparent); }
  .button[disabled] { opacity: 0.5; cursor: default; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
