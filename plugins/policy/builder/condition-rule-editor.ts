import { css, html, nothing } from 'lit';
import { fromBuilderCondition, toBuilderCondition } from '../../../src/core/policy/builder/mapping.ts';
import { summarizeRule } from '../../../src/core/policy/builder/summary.ts';
import type { BuilderCondition, FieldInfo } from '../../../src/core/policy/builder/types.ts';
import type { LogicEngine } from '../../../src/core/logic/types.ts';
import type { ConditionRule } from '../../../src/core/policy/types.ts';
import { builderStyles, type ConditionChange, handled, RuleBuilderElement } from '../../../src/workbench/rule-builder-api.ts';
import type { EffectChange } from './effect-editor.ts';
import type { HeaderChange } from './rule-header.ts';
import './effect-editor.ts';
import './rule-header.ts';

/** detail of `rule-change`. */
export interface RuleChange {
  rule: ConditionRule;
  /** What the edit did, in the current language, for the host's undo/redo ("Add condition"). */
  label: string;
}

/**
 * The visual editor of one condition rule: its header (name, enabled, comment, duplicate/delete),
 * a plain-language summary, the condition ("when") as nested groups of typed conditions, and the
 * effect. Controlled: it shows whatever `rule` it is given and reports each user edit as a new rule;
 * the host applies it (and keeps undo/redo). Keyboard map: see item-keys.ts.
 *
 * @fires rule-change - detail { rule, label } for every user edit
 * @fires rule-duplicate - the user asked for a copy of the rule (the host makes it)
 * @fires rule-delete - the user asked to delete the rule (the host does it)
 */
export class ConditionRuleEditorElement extends RuleBuilderElement {
  static override properties = {
    ...RuleBuilderElement.properties,
    rule: { attribute: false },
    fields: { attribute: false },
  };

  /** The rule shown. */
  declare rule: ConditionRule | undefined;
  /** The record fields known to the policy and the chosen dataset, for the pickers and typed inputs. */
  declare fields: FieldInfo[];
  /** The builder model of the last `when` seen (re-derived only when `when` or the operators change). */
  private model: { when: unknown; engine: LogicEngine; condition: BuilderCondition } | undefined;

  constructor() {
    super();
    this.rule = undefined;
    this.fields = [];
    this.model = undefined;
  }

  static override styles = [builderStyles, css`
    :host { display: block; padding: 8px 12px; }
    .summary { margin: 6px 0 10px; padding: 4px 8px; border-left: 3px solid var(--vscode-textLink-foreground, var(--vscode-focusBorder)); color: var(--vscode-descriptionForeground); }
    .summary.off { text-decoration: line-through; }
    h3 { font-size: 0.85em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; margin: 10px 0 4px; color: var(--vscode-descriptionForeground); }
    section { margin: 0; }
  `];

  private condition(rule: ConditionRule): BuilderCondition {
    const engine = this.operators.engine;
    if (this.model && this.model.when === rule.when && this.model.engine === engine) return this.model.condition;
    const condition = toBuilderCondition(rule.when, { engine });
    this.model = { when: rule.when, engine, condition };
    return condition;
  }

  private emit(rule: ConditionRule, label: string): void {
    this.dispatchEvent(new CustomEvent<RuleChange>('rule-change', { detail: { rule, label }, bubbles: true, composed: true }));
  }

  private summary(rule: ConditionRule): string {
    try {
      return summarizeRule(rule, this.services?.i18n.locale ?? 'en', { fields: this.fields, engine: this.operators.engine });
    } catch {
      // A rule the summary cannot read (e.g. half-typed JSON) still gets edited.
      return '';
    }
  }

  override render() {
    const rule = this.rule;
    if (!rule) return nothing;
    const summary = this.summary(rule);
    return html`<sc-rule-header .services=${this.services} .rule=${rule}
        @header-change=${(e: CustomEvent<HeaderChange>) => { handled(e); this.emit(e.detail.rule, e.detail.label); }}></sc-rule-header>
      ${summary ? html`<p class="summary ${rule.enabled === false ? 'off' : ''}" aria-live="polite">${summary}</p>` : nothing}
      <section aria-labelledby="when-title">
        <h3 id="when-title">${this.t('policy.builder.whenTitle')}</h3>
        <sc-condition-block .services=${this.services} .condition=${this.condition(rule)} .fields=${this.fields} .label=${this.t('policy.builder.when')}
          @condition-change=${(e: CustomEvent<ConditionChange>) => { handled(e); this.emit({ ...rule, when: fromBuilderCondition(e.detail.condition) }, e.detail.label); }}></sc-condition-block>
      </section>
      <section aria-labelledby="then-title">
        <h3 id="then-title">${this.t('policy.builder.thenTitle')}</h3>
        <sc-effect-editor .services=${this.services} .effect=${rule.effect} .fields=${this.fields}
          @effect-change=${(e: CustomEvent<EffectChange>) => { handled(e); this.emit({ ...rule, effect: e.detail.effect }, e.detail.label); }}></sc-effect-editor>
      </section>`;
  }
}

customElements.define('sc-condition-rule-editor', ConditionRuleEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-condition-rule-editor': ConditionRuleEditorElement;
  }
}
