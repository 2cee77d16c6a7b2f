import { css, html, nothing } from 'lit';
import type { LogicEngine } from '../../src/core/logic/types.ts';
import { compilePolicyDocument, outcomeOf } from '../../src/core/policy/evaluate-policy.ts';
import type { ExpectedOutcome, PolicyDocument, PolicyOutcome, PolicyTestCase } from '../../src/core/policy/types.ts';
import { buttonStyles, WorkbenchElement } from '../../src/workbench/api.ts';

/** A record that shows every field the policy's dataset has, to fill in. */
function template(fields: readonly string[]): string {
  return JSON.stringify(Object.fromEntries(fields.map((f) => [f, 0])), null, 2);
}

/**
 * Writes a test case by hand: a record as JSON, the outcome the rules give it now (live), and the
 * expectations to keep — fired rules, points, veto — prefilled from that outcome and editable.
 *
 * @fires test-case-save - detail { test: PolicyTestCase }
 */
export class TestCaseFormElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    document: { attribute: false },
    engine: { attribute: false },
    fieldKeys: { attribute: false },
    recordText: { state: true },
    name: { state: true },
    expectPoints: { state: true },
    expectFired: { state: true },
  };

  declare document: PolicyDocument | undefined;
  declare engine: LogicEngine | undefined;
  /** Fields for the starting record. */
  declare fieldKeys: string[];
  declare recordText: string | undefined;
  declare name: string;
  /** Overrides of the prefilled expectations (undefined: take the current outcome). */
  declare expectPoints: number | undefined;
  declare expectFired: string[] | undefined;

  constructor() {
    super();
    this.document = undefined;
    this.engine = undefined;
    this.fieldKeys = [];
    this.recordText = undefined;
    this.name = '';
    this.expectPoints = undefined;
    this.expectFired = undefined;
  }

  static override styles = [buttonStyles, css`
    :host { display: block; border-top: 1px solid var(--vscode-panel-border); margin-top: 8px; padding-top: 6px; }
    h3 { font-size: 1em; margin: 0 0 4px; }
    .grid { display: grid; grid-template-columns: minmax(200px, 1fr) minmax(200px, 1fr); gap: 8px; }
    textarea, input { font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); box-sizing: border-box; }
    textarea { width: 100%; min-height: 8em; font-family: var(--vscode-editor-font-family, monospace); }
    textarea:focus-visible, input:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
    .error { color: var(--vscode-errorForeground); }
    label { display: block; margin: 2px 0; }
    fieldset { border: 1px solid var(--vscode-panel-border); margin: 0; padding: 4px 8px; }
  `];

  /** The record typed so far, or the JSON error. */
  private parsed(): { record?: Record<string, unknown>; error?: string } {
    const text = this.recordText ?? template(this.fieldKeys);
    try {
      const value = JSON.parse(text) as unknown;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: this.t('policy-runner.write.notObject') };
      return { record: value as Record<string, unknown> };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  private outcome(record: Record<string, unknown>): PolicyOutcome | undefined {
    if (!this.document) return undefined;
    try {
      return outcomeOf(compilePolicyDocument(this.document, this.engine), record);
    } catch {
      return undefined;
    }
  }

  private save(record: Record<string, unknown>, outcome: PolicyOutcome): void {
    const tests = this.document?.tests ?? [];
    const expect: ExpectedOutcome = { fired: this.expectFired ?? outcome.fired, points: this.expectPoints ?? outcome.points, veto: outcome.veto };
    const test: PolicyTestCase = { id: `w${tests.length + 1}-${Date.now().toString(36)}`, name: this.name.trim() || this.t('policy-runner.write.defaultName', { n: tests.length + 1 }), record, expect };
    this.dispatchEvent(new CustomEvent('test-case-save', { detail: { test }, bubbles: true, composed: true }));
    this.name = '';
    this.expectPoints = undefined;
    this.expectFired = undefined;
  }

  override render() {
    const { record, error } = this.parsed();
    const outcome = record ? this.outcome(record) : undefined;
    const fired = this.expectFired ?? outcome?.fired ?? [];
    const ids = this.document ? [...new Set([...(outcome?.fired ?? []), ...this.document.rules.map((r) => r.id)])] : [];
    return html`<h3>${this.t('policy-runner.write.title')}</h3>
      <div class="grid">
        <div>
          <label>${this.t('policy-runner.write.name')} <input .value=${this.name} @input=${(e: Event) => { this.name = (e.target as HTMLInputElement).value; }}></label>
          <label for="record">${this.t('policy-runner.write.record')}</label>
          <textarea id="record" spellcheck="false" .value=${this.recordText ?? template(this.fieldKeys)} @input=${(e: Event) => { this.recordText = (e.target as HTMLTextAreaElement).value; }}></textarea>
          ${error ? html`<div class="error" role="alert">${error}</div>` : nothing}
        </div>
        <div>${outcome && record ? html`
          <p role="status">${this.t('policy-runner.outcome', { points: outcome.points, money: outcome.money, veto: outcome.veto, flags: outcome.flags.join(', ') || '—' })}</p>
          <fieldset><legend>${this.t('policy-runner.write.expectFired')}</legend>
            ${ids.map((id) => html`<label><input type="checkbox" .checked=${fired.includes(id)} @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.expectFired = on ? [...fired.filter((f) => f !== id), id] : fired.filter((f) => f !== id);
            }}> ${id}</label>`)}
          </fieldset>
          <label>${this.t('policy-runner.write.expectPoints')} <input type="number" step="any" .value=${String(this.expectPoints ?? outcome.points)}
            @change=${(e: Event) => { const n = Number((e.target as HTMLInputElement).value); this.expectPoints = Number.isFinite(n) ? n : undefined; }}></label>
          <button @click=${() => this.save(record, outcome)}>${this.t('policy-runner.write.save')}</button>` : nothing}
        </div>
      </div>`;
  }
}

customElements.define('sc-test-case-form', TestCaseFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-test-case-form': TestCaseFormElement;
  }
}
