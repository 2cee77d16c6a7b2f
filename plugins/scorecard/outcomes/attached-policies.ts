import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DisposableStore } from '../../../src/base/lifecycle.ts';
import type { LocalizedText } from '../../../src/core/localized-text.ts';
import { summarizeRule } from '../../../src/core/policy/builder/summary.ts';
import type { PolicyDocument } from '../../../src/core/policy/types.ts';
import type { FieldDef, Policy } from '../../../src/core/scorecard/types.ts';
import { buttonStyles, type WorkbenchServices } from '../../../src/workbench/api.ts';
import { OutcomesSectionElement } from './outcomes-section.ts';
import { outcomesStyles } from './outcomes-styles.ts';
import { attachPolicyDocument, movePolicy, removePolicy, setPolicyEnabled, type AttachResult } from './policy-edits.ts';

/** A policy document the workspace holds, as the attach menu lists it. */
interface PolicyDocumentEntry {
  id: string;
  name: string;
}

type AttachMessage = { kind: 'done' | 'error'; text: string };

/**
 * The service rules the scorecard applies, in order: each with a switch, its name, a one-line
 * summary of its condition and effect, buttons to move it and to remove it, and its problems. Below,
 * "Attach policy": the workspace's policy documents, whose rules (decision tables row by row) are
 * appended with ids made unique and the fields they declare. Fires `outcome-edit`.
 */
export class AttachedPoliciesElement extends OutcomesSectionElement {
  static override properties = {
    ...OutcomesSectionElement.properties,
    documents: { state: true },
    selected: { state: true },
    message: { state: true },
    busy: { state: true },
    datasetFields: { attribute: false },
  };

  /** The test dataset's fields: what an attached rule reads is declared from them. */
  declare datasetFields: readonly FieldDef[];

  /** The workspace's policy documents (undefined until listed). */
  declare documents: PolicyDocumentEntry[] | undefined;
  /** Id of the document chosen in the menu. */
  declare selected: string | undefined;
  /** The outcome of the last attach. */
  declare message: AttachMessage | undefined;
  declare busy: boolean;

  /** Documents known not to be policies, so their saves need not be looked up again. */
  private readonly otherDocuments = new Set<string>();
  private listing = 0;

  constructor() {
    super();
    this.documents = undefined;
    this.selected = undefined;
    this.message = undefined;
    this.busy = false;
    this.datasetFields = [];
  }

  static override styles = [buttonStyles, outcomesStyles];

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    void this.listDocuments();
    store.add(services.workspace.onDidChangeDocument((e) => void this.documentChanged(e.docId, e.deleted === true)));
  }

  private async documentChanged(docId: string, deleted: boolean): Promise<void> {
    if (this.documents?.some((d) => d.id === docId)) return this.listDocuments();
    if (deleted || this.otherDocuments.has(docId)) return;
    const doc = await this.services?.workspace.getDocument(docId);
    if (doc?.kind === 'policy') return this.listDocuments();
    this.otherDocuments.add(docId);
  }

  /** Lists the policy documents again (the latest call wins). */
  async listDocuments(): Promise<void> {
    const workspace = this.services?.workspace;
    if (!workspace) return;
    const call = ++this.listing;
    const docs = await workspace.listDocuments('policy');
    if (call !== this.listing) return;
    this.documents = docs.map((d) => ({ id: d.id, name: d.name })).sort((a, b) => a.name.localeCompare(b.name));
    if (!this.documents.some((d) => d.id === this.selected)) this.selected = this.documents[0]?.id;
  }

  private async attach(): Promise<void> {
    const id = this.selected;
    const workspace = this.services?.workspace;
    if (!id || !workspace || this.busy) return;
    this.busy = true;
    try {
      const doc = await workspace.getDocument<PolicyDocument>(id);
      const name = doc?.name ?? id;
      if (!doc || !this.config) {
        this.message = { kind: 'error', text: this.t('scorecard.outcomes.policies.missing', { name }) };
        return;
      }
      const result = attachPolicyDocument(this.config, doc.content, this.datasetFields);
      this.message = this.describe(result, name);
      if (result.ok && result.added + result.fields.length > 0) this.apply(result.config, 'scorecard.outcomes.edit.attachPolicy');
    } catch (error) {
      this.message = { kind: 'error', text: this.t('scorecard.outcomes.policies.failed', { name: id, message: error instanceof Error ? error.message : String(error) }) };
    } finally {
      this.busy = false;
    }
  }

  private describe(result: AttachResult, name: string): AttachMessage {
    if (!result.ok) {
      const message = result.reason === 'expand' ? (result.message ?? '')
        : result.reason === 'broken' ? this.t('scorecard.outcomes.policies.brokenRule', { rule: result.rule ?? '' })
          : this.t('scorecard.outcomes.policies.noRules');
      return { kind: 'error', text: this.t('scorecard.outcomes.policies.failed', { name, message }) };
    }
    if (result.added === 0) return { kind: 'done', text: this.t('scorecard.outcomes.policies.nothing', { name }) };
    const parts = [this.t('scorecard.outcomes.policies.attached', { count: result.added, name })];
    if (result.renamed.length) parts.push(this.t('scorecard.outcomes.policies.renamed', { ids: result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ') }));
    if (result.fields.length) parts.push(this.t('scorecard.outcomes.policies.fieldsAdded', { fields: result.fields.join(', ') }));
    return { kind: 'done', text: parts.join(' ') };
  }

  private toggle(e: Event, index: number): void {
    if (this.config) this.apply(setPolicyEnabled(this.config, index, (e.target as HTMLInputElement).checked), 'scorecard.outcomes.edit.policyEnabled');
  }

  private move(index: number, delta: -1 | 1): void {
    if (!this.config) return;
    const to = `li[data-policy="${index + delta}"]`;
    const [same, other] = delta < 0 ? ['button.up', 'button.down'] : ['button.down', 'button.up'];
    this.apply(movePolicy(this.config, index, delta), 'scorecard.outcomes.edit.movePolicy', `${to} ${same}`, `${to} ${other}`);
  }

  private delete(index: number): void {
    if (!this.config) return;
    const next = Math.min(index, (this.config.policies?.length ?? 1) - 2);
    this.apply(removePolicy(this.config, index), 'scorecard.outcomes.edit.removePolicy', `li[data-policy="${next}"] button.delete`, 'select.policy-document', 'button.attach');
  }

  override render(): TemplateResult {
    const config = this.config;
    if (!config) return html``;
    const policies = config.policies ?? [];
    const gradeLabels: Record<string, LocalizedText> = Object.fromEntries(config.grades.bands.map((b) => [b.id, b.label]));
    const options = { fields: config.fields, gradeLabels };
    return html`
      ${policies.length === 0
        ? html`<p class="hint none">${this.t('scorecard.outcomes.policies.none')}</p>`
        : html`<ol class="policies" aria-label=${this.t('scorecard.outcomes.policies.list')}>
            ${policies.map((policy, i) => this.renderPolicy(policy, i, policies.length, summarizeRule(policy, this.locale, options)))}</ol>`}
      ${this.renderProblems(this.problems.filter((p) => p.pointer === '/policies'))}
      ${this.renderAttach()}`;
  }

  private renderPolicy(policy: Policy, i: number, count: number, summary: string): TemplateResult {
    const name = this.text(policy.name) || policy.id;
    const problems = this.problemsUnder(`/policies/${i}`);
    return html`<li data-policy=${i} class=${policy.enabled === false ? 'disabled' : ''}><div class="row">
      <input type="checkbox" class="enabled" aria-label=${this.t('scorecard.outcomes.policies.enabledOf', { name })} title=${this.t('scorecard.outcomes.policies.enabledOf', { name })}
        .checked=${live(policy.enabled !== false)} @change=${(e: Event) => this.toggle(e, i)}>
      <div class="text">
        <div><span class="name">${name}</span> <code class="id">${policy.id}</code></div>
        <div class="summary">${summary}</div>
        ${this.renderProblems(problems)}
      </div>
      <span class="actions">
        <button class="icon up" ?disabled=${i === 0} aria-label=${this.t('scorecard.outcomes.policies.up', { name })} title=${this.t('scorecard.outcomes.policies.up', { name })}
          @click=${() => this.move(i, -1)}><sc-codicon name="arrow-up"></sc-codicon></button>
        <button class="icon down" ?disabled=${i === count - 1} aria-label=${this.t('scorecard.outcomes.policies.down', { name })} title=${this.t('scorecard.outcomes.policies.down', { name })}
          @click=${() => this.move(i, 1)}><sc-codicon name="arrow-down"></sc-codicon></button>
        <button class="icon delete" aria-label=${this.t('scorecard.outcomes.policies.delete', { name })} title=${this.t('scorecard.outcomes.policies.delete', { name })}
          @click=${() => this.delete(i)}><sc-codicon name="trash"></sc-codicon></button>
      </span>
    </div></li>`;
  }

  private renderAttach(): TemplateResult {
    const docs = this.documents;
    const message = this.message;
    return html`<div class="attach">
      ${docs === undefined ? nothing : docs.length === 0
        ? html`<p class="hint empty">${this.t('scorecard.outcomes.policies.noDocuments')}</p>`
        : html`<div class="toolbar">
            <label>${this.t('scorecard.outcomes.policies.document')}
              <select class="policy-document" @focus=${() => void this.listDocuments()} @change=${(e: Event) => { this.selected = (e.target as HTMLSelectElement).value; }}>
                ${docs.map((d) => html`<option value=${d.id} .selected=${live(d.id === this.selected)}>${d.name}</option>`)}
              </select></label>
            <button class="button attach" ?disabled=${this.busy || !this.selected} @click=${() => void this.attach()}>
              <sc-codicon name="attach"></sc-codicon>${this.t('scorecard.outcomes.policies.attach')}</button>
          </div>`}
      <p class=${message?.kind === 'error' ? 'message error-text' : 'message'} role=${message?.kind === 'error' ? 'alert' : 'status'}>${message?.text ?? ''}</p>
    </div>`;
  }
}

customElements.define('sc-attached-policies', AttachedPoliciesElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-attached-policies': AttachedPoliciesElement;
  }
}
