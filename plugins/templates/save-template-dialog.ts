import { css, html } from 'lit';
import { live } from 'lit/directives/live.js';
import { WorkbenchElement, buttonStyles, formControlStyles } from '../../src/workbench/api.ts';
import type { TemplateDetails } from './template-from-scorecard.ts';

/**
 * The modal form of "Save Scorecard as Template": name, description and industry (with the
 * industries already in use to pick from). `ask()` resolves with the details, or undefined when
 * cancelled (Cancel, Escape).
 */
export class SaveTemplateDialogElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    industries: { attribute: false },
    details: { state: true },
    missing: { state: true },
  };

  static override styles = [buttonStyles, formControlStyles, css`
    dialog {
      min-width: 420px; padding: 16px 20px; border: 1px solid var(--vscode-widget-border, var(--vscode-panel-border));
      background: var(--vscode-editorWidget-background, var(--vscode-editor-background)); color: var(--vscode-foreground);
      font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
    }
    dialog::backdrop { background: rgb(0 0 0 / 30%); }
    h2 { font-size: 1.2em; font-weight: 600; margin: 0 0 12px; }
    label { display: flex; flex-direction: column; gap: 2px; margin-bottom: 10px; }
    input, textarea { width: 100%; }
    .error { color: var(--vscode-errorForeground); margin: 0 0 8px; }
    .buttons { display: flex; justify-content: flex-end; gap: 8px; }
  `];

  /** Industries of the existing templates, offered as suggestions. */
  declare industries: string[];
  declare private details: TemplateDetails;
  declare private missing: boolean;
  private resolve: ((details: TemplateDetails | undefined) => void) | undefined;

  constructor() {
    super();
    this.industries = [];
    this.details = { name: '', description: '', industry: '' };
    this.missing = false;
  }

  /** Shows the dialog with these starting values. */
  async ask(initial: TemplateDetails): Promise<TemplateDetails | undefined> {
    this.details = { ...initial };
    this.missing = false;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
    return new Promise((resolve) => { this.resolve = resolve; });
  }

  private finish(details: TemplateDetails | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    resolve?.(details);
  }

  private submit(e: Event): void {
    e.preventDefault();
    if (!this.details.name.trim() || !this.details.industry.trim()) {
      this.missing = true;
      return;
    }
    this.finish({ ...this.details });
  }

  private field(key: keyof TemplateDetails, value: string): void {
    this.details = { ...this.details, [key]: value };
  }

  override render(): unknown {
    return html`
      <dialog aria-labelledby="title" @cancel=${(e: Event) => { e.preventDefault(); this.finish(undefined); }}>
        <form @submit=${(e: Event) => this.submit(e)}>
          <h2 id="title">${this.t('templates.save.title')}</h2>
          <label>${this.t('templates.save.name')}
            <input class="name" required .value=${live(this.details.name)} @input=${(e: Event) => this.field('name', (e.target as HTMLInputElement).value)}>
          </label>
          <label>${this.t('templates.save.description')}
            <textarea class="description" rows="3" .value=${live(this.details.description)} @input=${(e: Event) => this.field('description', (e.target as HTMLTextAreaElement).value)}></textarea>
          </label>
          <label>${this.t('templates.save.industry')}
            <input class="industry" required list="industries" .value=${live(this.details.industry)} @input=${(e: Event) => this.field('industry', (e.target as HTMLInputElement).value)}>
          </label>
          <datalist id="industries">${this.industries.map((i) => html`<option value=${i}></option>`)}</datalist>
          ${this.missing ? html`<p class="error" role="alert">${this.t('templates.save.missing')}</p>` : ''}
          <div class="buttons">
            <button class="button secondary cancel" type="button" @click=${() => this.finish(undefined)}>${this.t('templates.save.cancel')}</button>
            <button class="button ok" type="submit">${this.t('templates.save.ok')}</button>
          </div>
        </form>
      </dialog>`;
  }
}

customElements.define('sc-save-template-dialog', SaveTemplateDialogElement);
