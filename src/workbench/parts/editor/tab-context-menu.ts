import { css, html, type PropertyValues } from 'lit';
import { WorkbenchElement } from '../../base/workbench-element.ts';

export interface TabContextMenuItem {
  readonly id: string;
  /** Already translated. */
  readonly label: string;
  /** Keybinding label shown at the right, e.g. "Ctrl+W". */
  readonly keybinding?: string;
  readonly disabled?: boolean;
}

export interface TabContextMenuSelectDetail {
  readonly id: string;
}

/** Why the menu went away: Escape restores focus to where it came from, an outside click does not. */
export type TabContextMenuCloseReason = 'escape' | 'tab' | 'outside';

export interface TabContextMenuCloseDetail {
  readonly reason: TabContextMenuCloseReason;
}

export const TAB_MENU_SELECT_EVENT = 'sc-menu-select';
export const TAB_MENU_CLOSE_EVENT = 'sc-menu-close';

/**
 * The popup menu of an editor tab, at fixed viewport coordinates. Takes focus when shown;
 * Up/Down/Home/End move among the enabled items, Enter/Space pick, Escape/Tab and any click
 * outside dismiss. The owner removes the element in response to either event.
 * @fires sc-menu-select - detail `{ id }`: the user picked an enabled item
 * @fires sc-menu-close - detail `{ reason }`: the user dismissed the menu
 */
export class TabContextMenu extends WorkbenchElement {
  /** The entries, in order. */
  declare items: readonly TabContextMenuItem[];
  /** Viewport x of the anchor point (client coordinates). */
  declare x: number;
  /** Viewport y of the anchor point (client coordinates). */
  declare y: number;

  static override properties = {
    items: { attribute: false },
    x: { type: Number },
    y: { type: Number },
  };

  static override styles = css`
    :host {
      position: fixed;
      z-index: 100;
      min-width: 180px;
      padding: 4px 0;
      background: var(--vscode-quickInput-background);
      color: var(--vscode-quickInput-foreground);
      border: 1px solid var(--vscode-widget-border);
      border-radius: 5px;
      box-shadow: 0 2px 8px var(--vscode-widget-shadow);
      font: var(--vscode-font-size) var(--vscode-font-family);
      outline: none;
      user-select: none;
    }
    [role='menuitem'] {
      display: flex;
      gap: 24px;
      align-items: center;
      margin: 0 4px;
      padding: 3px 8px;
      line-height: 18px;
      border-radius: 3px;
      cursor: pointer;
      outline: none;
    }
    [role='menuitem']:hover,
    [role='menuitem']:focus {
      background: var(--vscode-list-activeSelectionBackground);
      color: var(--vscode-list-activeSelectionForeground);
    }
    [role='menuitem']:focus-visible {
      outline: 1px solid var(--vscode-list-focusOutline);
      outline-offset: -1px;
    }
    [role='menuitem'][aria-disabled='true'] {
      color: var(--vscode-disabledForeground);
      background: none;
      cursor: default;
    }
    .label {
      flex: 1;
      white-space: nowrap;
    }
    .key {
      opacity: 0.8;
      white-space: nowrap;
    }
  `;

  constructor() {
    super();
    this.items = [];
    this.x = 0;
    this.y = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'menu');
    // Capture, so a click on an element that stops propagation still dismisses the menu.
    window.addEventListener('pointerdown', this.onWindowPointerDown, true);
    window.addEventListener('blur', this.onWindowBlur);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pointerdown', this.onWindowPointerDown, true);
    window.removeEventListener('blur', this.onWindowBlur);
  }

  override render() {
    return html`${this.items.map(
      (item) => html`<div
        role="menuitem"
        tabindex="-1"
        data-id=${item.id}
        aria-disabled=${item.disabled ? 'true' : 'false'}
        @click=${() => this.pick(item)}
        @keydown=${(e: KeyboardEvent) => this.onItemKeyDown(e, item)}
        @pointerenter=${(e: PointerEvent) => this.hoverFocus(e, item)}
      >
        <span class="label">${item.label}</span>
        ${item.keybinding ? html`<span class="key">${item.keybinding}</span>` : ''}
      </div>`,
    )}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setAttribute('aria-label', this.t('workbench.editor.tabActions'));
    if (changed.has('x') || changed.has('y') || changed.has('items')) this.place();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    const first = this.enabledItems()[0];
    (first ?? this).focus();
  }

  /** Keeps the menu inside the viewport (flips left/up when it would overflow). */
  private place(): void {
    this.style.left = `${this.x}px`;
    this.style.top = `${this.y}px`;
    const rect = this.getBoundingClientRect();
    const left = rect.right > window.innerWidth ? Math.max(0, this.x - rect.width) : this.x;
    const top = rect.bottom > window.innerHeight ? Math.max(0, this.y - rect.height) : this.y;
    this.style.left = `${left}px`;
    this.style.top = `${top}px`;
  }

  private itemElements(): HTMLElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  private enabledItems(): HTMLElement[] {
    return this.itemElements().filter((el) => el.getAttribute('aria-disabled') !== 'true');
  }

  private hoverFocus(event: PointerEvent, item: TabContextMenuItem): void {
    if (!item.disabled) (event.currentTarget as HTMLElement).focus();
  }

  private onItemKeyDown(event: KeyboardEvent, item: TabContextMenuItem): void {
    const enabled = this.enabledItems();
    const index = enabled.indexOf(event.currentTarget as HTMLElement);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = enabled[(index + 1) % enabled.length];
        break;
      case 'ArrowUp':
        next = enabled[(index - 1 + enabled.length) % enabled.length];
        break;
      case 'Home':
        next = enabled[0];
        break;
      case 'End':
        next = enabled[enabled.length - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        event.stopPropagation();
        this.pick(item);
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.dismiss('escape');
        return;
      case 'Tab':
        event.preventDefault();
        this.dismiss('tab');
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    next?.focus();
  }

  private pick(item: TabContextMenuItem): void {
    if (item.disabled) return;
    this.dispatchEvent(
      new CustomEvent<TabContextMenuSelectDetail>(TAB_MENU_SELECT_EVENT, { detail: { id: item.id }, bubbles: true, composed: true }),
    );
  }

  private dismiss(reason: TabContextMenuCloseReason): void {
    this.dispatchEvent(new CustomEvent<TabContextMenuCloseDetail>(TAB_MENU_CLOSE_EVENT, { detail: { reason }, bubbles: true, composed: true }));
  }

  private readonly onWindowPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.dismiss('outside');
  };

  private readonly onWindowBlur = (): void => this.dismiss('outside');
}

if (!customElements.get('sc-tab-context-menu')) customElements.define('sc-tab-context-menu', TabContextMenu);

declare global {
  interface HTMLElementTagNameMap {
    'sc-tab-context-menu': TabContextMenu;
  }
  interface HTMLElementEventMap {
    'sc-menu-select': CustomEvent<TabContextMenuSelectDetail>;
    'sc-menu-close': CustomEvent<TabContextMenuCloseDetail>;
  }
}
