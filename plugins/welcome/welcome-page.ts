import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DisposableStore } from '../../src/base/lifecycle.ts';
import { WorkbenchElement, type WorkbenchServices } from '../../src/workbench/api.ts';

/** The setting the "show on startup" checkbox edits (declared in this plugin's manifest). */
export const SHOW_ON_STARTUP_SETTING = 'welcome.showOnStartup';

/** One entry of the "Start" list: a command the page runs. */
export interface WelcomeAction {
  readonly command: string;
  /** Catalog key of the label. */
  readonly label: string;
  /** Codicon name. */
  readonly icon: string;
}

export const START_ACTIONS: readonly WelcomeAction[] = [
  { command: 'workbench.action.showCommands', label: 'welcome.start.showCommands', icon: 'list-selection' },
  { command: 'settings.open', label: 'welcome.start.openSettings', icon: 'settings-gear' },
  { command: 'pluginsView.focus', label: 'welcome.start.managePlugins', icon: 'extensions' },
  { command: 'workbench.action.configureLanguage', label: 'welcome.start.changeLanguage', icon: 'globe' },
  { command: 'workbench.action.selectTheme', label: 'welcome.start.changeTheme', icon: 'color-mode' },
];

/**
 * The welcome page: what the product is for, a "Start" list of commands with their keybindings,
 * and the "show on startup" preference.
 */
export class WelcomePageElement extends WorkbenchElement {
  static override styles = css`
    :host {
      display: block;
      height: 100%;
      overflow: auto;
      box-sizing: border-box;
      padding: 48px 40px;
      background: var(--vscode-editor-background);
      color: var(--vscode-foreground);
      font-family: var(--vscode-font-family);
      font-size: var(--vscode-font-size);
    }
    :host([hidden]) { display: none; }
    .page { max-width: 720px; margin: 0 auto; }
    h1 { font-size: 2.2em; font-weight: 400; margin: 0 0 8px; }
    .tagline { font-size: 1.15em; color: var(--vscode-descriptionForeground); margin: 0 0 32px; line-height: 1.5; }
    h2 { font-size: 1.25em; font-weight: 400; margin: 0 0 8px; }
    ul { list-style: none; margin: 0 0 32px; padding: 0; }
    li { margin: 0; }
    button.action {
      display: flex;
      align-items: center;
      gap: 8px;
      width: 100%;
      max-width: 420px;
      padding: 6px 8px;
      border: 1px solid transparent;
      border-radius: 4px;
      background: none;
      color: var(--vscode-textLink-foreground);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    button.action:hover { background: var(--vscode-list-hoverBackground); }
    button.action:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .label { flex: 1; }
    kbd {
      font-family: inherit;
      font-size: 0.9em;
      padding: 1px 5px;
      border: 1px solid var(--vscode-keybindingLabel-border);
      border-radius: 3px;
      background: var(--vscode-keybindingLabel-background);
      color: var(--vscode-keybindingLabel-foreground);
    }
    label.startup { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
    input[type='checkbox'] { margin: 0; accent-color: var(--vscode-button-background); }
    input[type='checkbox']:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
  `;

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.keybindings.onDidChange(() => this.requestUpdate()));
    store.add(services.settings.onDidChange((keys) => {
      if (keys.has(SHOW_ON_STARTUP_SETTING)) this.requestUpdate();
    }));
  }

  override render() {
    const services = this.services;
    if (!services) return nothing;
    const showOnStartup = services.settings.get<boolean>(SHOW_ON_STARTUP_SETTING) ?? true;
    return html`
      <div class="page">
        <h1>${this.t('welcome.productName')}</h1>
        <p class="tagline">${this.t('welcome.tagline')}</p>
        <h2 id="start-heading">${this.t('welcome.start.heading')}</h2>
        <ul aria-labelledby="start-heading">
          ${START_ACTIONS.map((action) => this.renderAction(services, action))}
        </ul>
        <label class="startup">
          <input
            type="checkbox"
            .checked=${live(showOnStartup !== false)}
            @change=${this.onShowOnStartupChange}
          />
          ${this.t('welcome.showOnStartup')}
        </label>
      </div>
    `;
  }

  private renderAction(services: WorkbenchServices, action: WelcomeAction) {
    const keybinding = services.keybindings.lookupLabel(action.command);
    return html`
      <li>
        <button class="action" type="button" data-command=${action.command} @click=${() => void this.run(action)}>
          <sc-codicon name=${action.icon}></sc-codicon>
          <span class="label">${this.t(action.label)}</span>
          ${keybinding ? html`<kbd>${keybinding}</kbd>` : nothing}
        </button>
      </li>
    `;
  }

  private async run(action: WelcomeAction): Promise<void> {
    const services = this.services;
    if (!services) return;
    try {
      await services.commands.executeCommand(action.command);
    } catch (error) {
      services.notifications.notify({
        severity: 'error',
        source: 'welcome',
        message: this.t('welcome.commandFailed', { action: this.t(action.label), error: error instanceof Error ? error.message : String(error) }),
      });
    }
  }

  private readonly onShowOnStartupChange = (event: Event): void => {
    const checked = (event.target as HTMLInputElement).checked;
    void this.services?.settings.update(SHOW_ON_STARTUP_SETTING, checked).catch((error: unknown) => {
      this.services?.notifications.notify({ severity: 'error', source: 'welcome', message: error instanceof Error ? error.message : String(error) });
      this.requestUpdate();
    });
  };
}

if (!customElements.get('sc-welcome-page')) customElements.define('sc-welcome-page', WelcomePageElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-welcome-page': WelcomePageElement;
  }
}
