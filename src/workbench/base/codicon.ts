import { css, html, LitElement, nothing } from 'lit';
import { CODICONS } from './codicon-map.ts';

/**
 * A codicon glyph. The "codicon" font face is registered once on the document (fonts are global,
 * so it works inside shadow roots, where the codicons stylesheet would not).
 * @attr name - codicon name, e.g. "settings-gear"
 */
export class CodiconElement extends LitElement {
  declare name: string;
  static override properties = { name: { reflect: true } };
  static override styles = css`
    :host {
      display: inline-block;
      font: normal normal normal var(--sc-icon-size, 16px) / 1 codicon;
      width: var(--sc-icon-size, 16px);
      height: var(--sc-icon-size, 16px);
      text-align: center;
      user-select: none;
      speak: never;
      -webkit-font-smoothing: antialiased;
    }
  `;

  constructor() {
    super();
    this.name = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  override render() {
    const code = CODICONS[this.name];
    return code === undefined ? nothing : html`${String.fromCodePoint(code)}`;
  }
}

if (!customElements.get('sc-codicon')) customElements.define('sc-codicon', CodiconElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-codicon': CodiconElement;
  }
}
