import { css, html } from 'lit';
import { WorkbenchElement } from '../base/workbench-element.ts';
import type { ViewPane } from '../services/view-service.ts';

/**
 * Hosts one contributed view: asks the view service for its pane (activating the plugin on
 * onView:<id>) and shows the pane's element as a light-DOM child, or an error when that fails.
 */
export class ViewBodyElement extends WorkbenchElement {
  declare viewId: string;
  static override properties = { viewId: { attribute: 'view-id' } };
  static override styles = css`
    :host { display: block; min-height: 0; overflow: auto; }
    .message { padding: 8px 12px; color: var(--vscode-descriptionForeground); }
    .error { color: var(--vscode-errorForeground); }
  `;

  private pane: ViewPane | undefined;
  private state: 'idle' | 'loading' | 'ready' | 'empty' | 'error' = 'idle';
  private error = '';

  constructor() {
    super();
    this.viewId = '';
  }

  protected override updated(): void {
    if (this.state === 'idle' && this.services && this.viewId) void this.load();
  }

  private async load(): Promise<void> {
    this.state = 'loading';
    try {
      const pane = await this.services!.views.createView(this.viewId);
      if (!pane) {
        this.state = 'empty';
      } else {
        this.pane = pane;
        this.append(pane.element);
        this.state = 'ready';
      }
    } catch (error) {
      this.state = 'error';
      this.error = error instanceof Error ? error.message : String(error);
    }
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pane?.dispose?.();
    this.pane?.element.remove();
    this.pane = undefined;
    this.state = 'idle';
  }

  override render() {
    switch (this.state) {
      case 'ready':
        return html`<slot></slot>`;
      case 'error':
        return html`<div class="message error" role="alert">${this.t('host.view.failed', { view: this.viewId, error: this.error })}</div>`;
      case 'empty':
        return html`<div class="message">${this.t('workbench.view.unavailable')}</div>`;
      default:
        return html`<div class="message">${this.t('workbench.view.loading')}</div>`;
    }
  }
}

if (!customElements.get('sc-view-body')) customElements.define('sc-view-body', ViewBodyElement);
