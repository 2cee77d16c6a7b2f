// The look every part of the condition builder shares: VS Code inputs, icon buttons and a visible
// focus ring, in the workbench's theme variables (so light, dark and high-contrast all work).
import { css } from 'lit';
import { formControlStyles } from '../base/form-control-styles.ts';

export const builderStyles = [formControlStyles, css`
  :host { color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  input[type='number'] { width: 7em; }
  input[type='checkbox'] { accent-color: var(--vscode-button-background); }
  select:focus-visible, input:focus-visible, textarea:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline-offset: 1px; }
  .icon {
    display: inline-flex; align-items: center; justify-content: center;
    min-width: 22px; height: 22px; padding: 0 2px;
    border: 1px solid transparent; border-radius: 3px;
    background: transparent; color: inherit; font: inherit; cursor: pointer;
  }
  .icon:hover { background: var(--vscode-list-hoverBackground); border-color: var(--vscode-contrastActiveBorder, transparent); }
  .icon[disabled] { opacity: 0.4; cursor: default; }
  .link {
    display: inline-flex; gap: 4px; align-items: center;
    border: 1px solid transparent; background: transparent; color: var(--vscode-textLink-foreground);
    font: inherit; cursor: pointer; padding: 1px 4px; border-radius: 2px;
  }
  .link:hover { text-decoration: underline; }
  .hint, .unit { color: var(--vscode-descriptionForeground); }
  .error { color: var(--vscode-errorForeground); }
  .invalid { outline: 1px solid var(--vscode-inputValidation-errorBorder, red); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`];
