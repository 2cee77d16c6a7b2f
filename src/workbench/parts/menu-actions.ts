import { css, html } from 'lit';
import type { DisposableStore } from '../../base/lifecycle.ts';
import type { ContextValue } from '../../platform/contextkey/when-expression.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import '../base/codicon.ts';
import type { MenuId } from '../services/menu-service.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/**
 * Icon buttons for the commands of a title-bar menu (view/title, editor/title), filtered by their
 * when-clauses with `context` layered over the context keys.
 */
export class MenuActionsElement extends WorkbenchElement {
  declare menu: MenuId;
  /** Extra context keys, e.g. `{ view: 'plugins.list' }`. */
  declare context: Record<string, ContextValue>;
  static override properties = { menu: {}, context: { attribute: false } };
  static override styles = css`
    :host { display: inline-flex; align-items: center; gap: 2px; }
    button {
      display: inline-flex; border: none; background: none; color: inherit; cursor: pointer;
      padding: 3px; border-radius: 4px;
    }
    button:hover { background: var(--vscode-list-hoverBackground); }
    button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  `;

  constructor() {
    super();
    this.menu = 'view/title';
    this.context = {};
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.menus.onDidChange(() => this.requestUpdate()));
    store.add(services.contextKeys.onDidChange(() => this.requestUpdate()));
    store.add(services.commands.onDidChangeMetadata(() => this.requestUpdate()));
  }

  override render() {
    const services = this.services;
    if (!services) return html``;
    return services.menus.getItems(this.menu, this.context).map((item) => {
      const meta = services.commands.getMetadata(item.command);
      const title = meta ? this.text(meta.title) : item.command;
      const key = services.keybindings.lookupLabel(item.command);
      const label = key ? `${title} (${key})` : title;
      return html`<button data-command=${item.command} title=${label} aria-label=${label}
        @click=${(e: Event) => { e.stopPropagation(); this.run(item.command); }}>
        <sc-codicon name=${meta?.icon ?? 'circle-large'}></sc-codicon>
      </button>`;
    });
  }

  private run(command: string): void {
    const services = this.services!;
    services.commands.executeCommand(command).catch((error: unknown) => {
      services.notifications.error(this.t('host.command.failed', { command, error: error instanceof Error ? error.message : String(error) }));
    });
  }
}

if (!customElements.get('sc-menu-actions')) customElements.define('sc-menu-actions', MenuActionsElement);
