import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { LOCALES, resolveLocalized } from '../../../src/core/localized-text.ts';
import type { ConditionRule } from '../../../src/core/policy/types.ts';
import { WorkbenchElement } from '../../../src/workbench/api.ts';
import { builderStyles, fire } from '../../../src/workbench/rule-builder-api.ts';
import { withLocaleText } from '../policy-documents.ts';

let nextId = 0;

/** detail of `header-change`. */
export interface HeaderChange {
  rule: ConditionRule;
  label: string;
}

/**
 * A rule's name (the current language's text; the other language's is kept and shown beside it),
 * the enabled switch, an expandable comment, and duplicate / delete (done by the host).
 *
 * @fires header-change - detail { rule, label } when the name, enabled state or comment is edited
 * @fires rule-duplicate - the user asked for a copy of the rule
 * @fires rule-delete - the user asked to delete the rule
 */
export class RuleHeaderElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    rule: { attribute: false },
    commentOpen: { state: true },
  };

  declare rule: ConditionRule;
  /** Whether the comment is shown; undefined until the user toggles it (open when there is one). */
  declare commentOpen: boolean | undefined;
  private readonly commentId = `rule-comment-${++nextId}`;

  constructor() {
    super();
    this.rule = { id: '', name: '', when: true, effect: { type: 'points', amount: 0 } };
    this.commentOpen = undefined;
  }

  static override styles = [builderStyles, css`
    :host { display: block; }
    .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .name { font-weight: 600; min-width: 14em; flex: 1; }
    .other { font-size: 0.9em; }
    .switch { display: inline-flex; gap: 4px; align-items: center; }
    .comment { display: block; width: 100%; margin-top: 4px; min-height: 3em; resize: vertical; }
  `];

  private change(rule: ConditionRule, labelKey: string): void {
    fire<HeaderChange>(this, 'header-change', { rule, label: this.t(labelKey) });
  }

  override render() {
    const rule = this.rule;
    const locale = this.services?.i18n.locale ?? 'en';
    const other = LOCALES.find((l) => l !== locale)!;
    const otherText = typeof rule.name === 'string' ? '' : rule.name[other] ?? '';
    const enabled = rule.enabled !== false;
    const open = this.commentOpen ?? Boolean(rule.comment);
    return html`<div class="head">
        <input class="name" type="text" aria-label=${this.t('policy.builder.ruleName')} .value=${live(resolveLocalized(rule.name, locale))}
          @change=${(e: Event) => this.change({ ...rule, name: withLocaleText(rule.name, locale, (e.target as HTMLInputElement).value) }, 'policy.builder.edit.rename')}>
        ${otherText && otherText !== resolveLocalized(rule.name, locale) ? html`<span class="other hint" title=${this.t(`policy.builder.language.${other}`)}>${otherText}</span>` : nothing}
        <label class="switch"><input type="checkbox" .checked=${live(enabled)} @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          // Enabled is the default, so it is written only when the rule is off.
          const { enabled: _was, ...rest } = rule;
          this.change(on ? rest : { ...rest, enabled: false }, on ? 'policy.builder.edit.enable' : 'policy.builder.edit.disable');
        }}>${this.t('policy.builder.enabled')}</label>
        <button class="icon" aria-expanded=${open ? 'true' : 'false'} aria-controls=${this.commentId} aria-label=${this.t('policy.builder.comment')} title=${this.t('policy.builder.comment')}
          @click=${() => { this.commentOpen = !open; }}><sc-codicon name="comment"></sc-codicon></button>
        <button class="icon" aria-label=${this.t('policy.builder.duplicateRule')} title=${this.t('policy.builder.duplicateRule')}
          @click=${() => this.dispatchEvent(new CustomEvent('rule-duplicate', { bubbles: true, composed: true }))}><sc-codicon name="copy"></sc-codicon></button>
        <button class="icon" aria-label=${this.t('policy.builder.deleteRule')} title=${this.t('policy.builder.deleteRule')}
          @click=${() => this.dispatchEvent(new CustomEvent('rule-delete', { bubbles: true, composed: true }))}><sc-codicon name="trash"></sc-codicon></button>
      </div>
      <textarea class="comment" id=${this.commentId} ?hidden=${!open} aria-label=${this.t('policy.builder.comment')} placeholder=${this.t('policy.builder.commentPlaceholder')}
        .value=${live(rule.comment ?? '')} @change=${(e: Event) => {
          const comment = (e.target as HTMLTextAreaElement).value;
          const { comment: _was, ...rest } = rule;
          this.change(comment.trim() === '' ? rest : { ...rest, comment }, 'policy.builder.edit.comment');
        }}></textarea>`;
  }
}

customElements.define('sc-rule-header', RuleHeaderElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-rule-header': RuleHeaderElement;
  }
}
