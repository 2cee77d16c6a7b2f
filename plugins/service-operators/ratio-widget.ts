import { css, html, nothing } from 'lit';
import type { FieldInfo, OperatorWidgetChange } from '../../src/core/policy/builder/types.ts';
import { WorkbenchElement } from '../../src/workbench/api.ts';

/** The field a `{"var": "path"}` argument reads, or undefined for anything else. */
function fieldOf(arg: unknown): string | undefined {
  if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) return undefined;
  const path = (arg as { var?: unknown }).var;
  return typeof path === 'string' ? path : undefined;
}

/**
 * The visual builder's editor for `svc.percent`: "part out of whole", each a numeric field of the
 * record. An argument that is not a plain field (a computation) is kept and shown as such.
 *
 * @fires args-change - detail { args } on every user edit (OperatorWidgetChange)
 */
export class RatioWidgetElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    args: { attribute: false },
    fields: { attribute: false },
  };

  declare args: unknown[];
  declare fields: FieldInfo[];

  constructor() {
    super();
    this.args = [];
    this.fields = [];
  }

  static override styles = css`
    :host { display: inline-flex; gap: 4px; align-items: center; }
    select { font: inherit; background: var(--vscode-dropdown-background, var(--vscode-input-background)); color: var(--vscode-dropdown-foreground, var(--vscode-foreground)); border: 1px solid var(--vscode-dropdown-border, var(--vscode-panel-border)); padding: 2px 4px; }
    select:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
    .over { color: var(--vscode-descriptionForeground); }
  `;

  private setArg(index: number, path: string): void {
    const args = [this.args[0] ?? null, this.args[1] ?? null];
    args[index] = { var: path };
    const detail: OperatorWidgetChange = { args };
    this.dispatchEvent(new CustomEvent('args-change', { detail, bubbles: true, composed: true }));
  }

  private picker(index: number, labelKey: string) {
    const current = fieldOf(this.args[index]);
    const numeric = this.fields.filter((f) => f.type === 'number' || f.type === 'integer');
    const known = current === undefined || numeric.some((f) => f.key === current);
    return html`<select aria-label=${this.t(labelKey)} @change=${(e: Event) => this.setArg(index, (e.target as HTMLSelectElement).value)}>
      ${this.args[index] !== undefined && current === undefined ? html`<option selected disabled>${this.t('service-operators.ratio.expression')}</option>` : nothing}
      ${!known ? html`<option value=${current!} selected>${current}</option>` : nothing}
      ${numeric.map((f) => html`<option value=${f.key} ?selected=${f.key === current}>${f.label ? this.text(f.label) : f.key}</option>`)}
    </select>`;
  }

  override render() {
    return html`${this.picker(0, 'service-operators.ratio.part')}<span class="over">${this.t('service-operators.ratio.over')}</span>${this.picker(1, 'service-operators.ratio.whole')}`;
  }
}

customElements.define('svc-ratio-widget', RatioWidgetElement);

declare global {
  interface HTMLElementTagNameMap {
    'svc-ratio-widget': RatioWidgetElement;
  }
}
