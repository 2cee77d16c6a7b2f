import { css, html, LitElement } from 'lit';

export interface SashDragDetail {
  /** Pixels moved since the drag started (positive: right/down). */
  delta: number;
  /** True on the first event of a drag: listeners take the size to resize from. */
  first: boolean;
  /** True on the last event of a drag. */
  done: boolean;
}

/**
 * A resize handle. Dragging fires `sc-sash-drag` with the distance since the drag started; the
 * keyboard moves it in 10 px steps (Shift: 50 px), so resizing works without a mouse.
 * @fires sc-sash-drag - detail: SashDragDetail
 * @attr orientation - "vertical" (resizes width) or "horizontal" (resizes height)
 */
export class SashElement extends LitElement {
  declare orientation: 'vertical' | 'horizontal';
  /** Accessible name, already translated. */
  declare label: string;
  static override properties = { orientation: { reflect: true }, label: {} };

  static override styles = css`
    :host {
      position: relative;
      z-index: 5;
      flex: none;
      touch-action: none;
      outline: none;
    }
    :host([orientation='vertical']) { width: 4px; margin: 0 -2px; cursor: ew-resize; }
    :host([orientation='horizontal']) { height: 4px; margin: -2px 0; cursor: ns-resize; }
    :host(:hover), :host(:focus-visible), :host([dragging]) {
      background: var(--vscode-sash-hoverBorder);
      transition: background 0.1s 0.2s;
    }
  `;

  private start = 0;
  private pendingFirst = false;

  constructor() {
    super();
    this.orientation = 'vertical';
    this.label = '';
    this.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.addEventListener('keydown', (e) => this.onKeyDown(e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = 0;
    this.setAttribute('role', 'separator');
  }

  protected override updated(): void {
    this.setAttribute('aria-orientation', this.orientation === 'vertical' ? 'vertical' : 'horizontal');
    if (this.label) this.setAttribute('aria-label', this.label);
  }

  override render() {
    return html``;
  }

  private position(e: PointerEvent): number {
    return this.orientation === 'vertical' ? e.clientX : e.clientY;
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    e.preventDefault();
    this.start = this.position(e);
    this.pendingFirst = true;
    this.setPointerCapture(e.pointerId);
    this.toggleAttribute('dragging', true);
    const move = (ev: PointerEvent) => this.emit(this.position(ev) - this.start, false);
    const up = (ev: PointerEvent) => {
      this.removeEventListener('pointermove', move);
      this.removeEventListener('pointerup', up);
      this.removeEventListener('pointercancel', up);
      this.toggleAttribute('dragging', false);
      this.emit(this.position(ev) - this.start, true);
    };
    this.addEventListener('pointermove', move);
    this.addEventListener('pointerup', up);
    this.addEventListener('pointercancel', up);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const step = e.shiftKey ? 50 : 10;
    const back = this.orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const forward = this.orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    if (e.key !== back && e.key !== forward) return;
    e.preventDefault();
    e.stopPropagation();
    this.pendingFirst = true;
    this.emit(e.key === forward ? step : -step, true);
  }

  private emit(delta: number, done: boolean): void {
    const first = this.pendingFirst;
    this.pendingFirst = false;
    this.dispatchEvent(new CustomEvent<SashDragDetail>('sc-sash-drag', { detail: { delta, first, done }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('sc-sash')) customElements.define('sc-sash', SashElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-sash': SashElement;
  }
}
