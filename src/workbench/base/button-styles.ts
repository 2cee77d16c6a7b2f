import { css } from 'lit';

/**
 * VS Code-style buttons for shadow roots: `class="button"` (primary) and
 * `class="button secondary"`. Shared so every part and plugin looks and focuses the same.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    flex: none;
    padding: 2px 8px;
    border: none;
    border-radius: 2px;
    background: var(--vscode-button-background);
    color: var(--vscode-button-foreground);
    font: inherit;
    cursor: pointer;
  }
  .button:hover { background: var(--vscode-button-hoverBackground); }
  .button.secondary {
    background: var(--vscode-button-secondaryBackground);
    color: var(--vscode-button-secondaryForeground);
  }
  .button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
`;
