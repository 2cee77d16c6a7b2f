// The form controls the workbench's editors share (the rule builder, and plugins' editors such as
// the policy editor's toolbar and decision tables): VS Code inputs and dropdowns in the theme
// variables, with a visible focus ring, so light, dark and high contrast all work.
import { css } from 'lit';

export const formControlStyles = css`
  select, input, textarea {
    font: inherit;
    background: var(--vscode-input-background);
    color: var(--vscode-input-foreground);
    border: 1px solid var(--vscode-input-border, var(--vscode-panel-border));
    padding: 2px 4px;
    box-sizing: border-box;
  }
  select { background: var(--vscode-dropdown-background, var(--vscode-input-background)); border-color: var(--vscode-dropdown-border, var(--vscode-panel-border)); }
  input::placeholder, textarea::placeholder { color: var(--vscode-input-placeholderForeground); }
  select:focus-visible, input:focus-visible, textarea:focus-visible, button:focus-visible, [tabindex]:focus-visible {
    outline: 1px solid var(--vscode-focusBorder);
    outline-offset: -1px;
  }
`;
