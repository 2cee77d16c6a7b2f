// What the import and generator editors share: the field type select's options and the look of a form
// page (headings, rows of labelled controls, small tables) in the workbench's theme colours.
import { css, html, type TemplateResult } from 'lit';
import { LIST_CHOICES, SCALAR_TYPES, type TypeChoice, typeChoiceKey } from './field-type-choices.ts';

/** The options of a field type select: single-value types, then the lists under their own heading. */
export function typeOptions(selected: TypeChoice, t: (key: string) => string): TemplateResult {
  const option = (choice: TypeChoice) => html`<option value=${choice} ?selected=${selected === choice}>${t(typeChoiceKey(choice))}</option>`;
  return html`${SCALAR_TYPES.map(option)}<optgroup label=${t('datasets.type.lists')}>${LIST_CHOICES.map(option)}</optgroup>`;
}

export const editorPageStyles = css`
  :host { display: block; height: 100%; overflow: auto; box-sizing: border-box; padding: 16px 24px; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  h2 { font-size: 1.3em; font-weight: 600; margin: 0 0 12px; }
  h3 { font-size: 1.05em; font-weight: 600; margin: 18px 0 6px; }
  .row { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 6px 0; }
  label { display: inline-flex; gap: 6px; align-items: center; }
  select, input[type='text'], input[type='number'] { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 3px 6px; font: inherit; }
  table { border-collapse: collapse; font-size: 0.95em; }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 3px 8px; text-align: left; white-space: nowrap; }
  th { font-weight: 600; }
  td.missing { color: var(--vscode-descriptionForeground); font-style: italic; }
  .meta, .hint { color: var(--vscode-descriptionForeground); }
  .error { color: var(--vscode-errorForeground); }
`;
