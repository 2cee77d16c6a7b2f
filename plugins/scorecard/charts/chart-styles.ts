import { css } from 'lit';

/** Shared by every chart element: a titled figure, a fixed-height canvas box and the hidden table. */
export const chartStyles = css`
  :host {
    display: block;
    min-width: 0;
    color: var(--vscode-foreground);
    font-family: var(--vscode-font-family);
    font-size: var(--vscode-font-size, 13px);
  }
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .title {
    font-weight: 600;
  }
  .canvas-box {
    position: relative;
    height: var(--sc-chart-height, 240px);
    min-width: 0;
  }
  .empty {
    margin: 0;
    height: var(--sc-chart-height, 240px);
    display: flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    color: var(--vscode-descriptionForeground);
    border: 1px dashed var(--vscode-widget-border);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
