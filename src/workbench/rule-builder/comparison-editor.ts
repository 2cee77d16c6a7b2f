import { css, html, nothing, type TemplateResult } from 'lit';
import type { BuilderCondition, BuilderExpr, FieldInfo } from '../../core/policy/builder/types.ts';
import { RuleBuilderElement } from './builder-element.ts';
import { builderStyles } from './builder-styles.ts';
import { type ExprChange, fire, handled } from './builder-events.ts';
import { callOperator, comparisonEntry } from './builder-catalog.ts';
import { choiceKey, choiceOf, choicesFor, entryIdOf, type OperatorChoice, subjectOf, withChoice } from './condition-operators.ts';
import { coerceToField, fieldOf, findField } from './field-types.ts';
import { newCountExpr } from '../../core/policy/builder/new-nodes.ts';
import './expression-input.ts';
import './field-picker.ts';

/** detail of `node-change`: the condition a part wants instead of the one it shows. */
export interface NodeChange {
  node: BuilderCondition;
  label: string;
}

/**
 * field ▸ operator ▸ value: a comparison, between (two values), in / not in (a list), "is true",
 * or a condition function (date/time and plugin operators, one input per argument). The value
 * inputs are typed after the field on the left.
 *
 * @fires node-change - detail { node, label } when the user edits the condition
 */
export class ComparisonEditorElement extends RuleBuilderElement {
  static override properties = {
    ...RuleBuilderElement.properties,
    node: { attribute: false },
    fields: { attribute: false },
  };

  declare node: BuilderCondition;
  declare fields: FieldInfo[];

  constructor() {
    super();
    this.node = { kind: 'test', expr: { kind: 'literal', value: true } };
    this.fields = [];
  }

  static override styles = [builderStyles, css`
    :host { display: inline-flex; align-items: center; gap: 6px; flex-wrap: wrap; }
    .and { color: var(--vscode-descriptionForeground); }
  `];

  private change(node: BuilderCondition, labelKey: string): void {
    fire<NodeChange>(this, 'node-change', { node, label: this.t(labelKey) });
  }

  /** A new subject; constants on the other side follow the new field's type. */
  private setSubject(subject: BuilderExpr, label: string): void {
    const field = fieldOf(subject, this.fields);
    const previous = fieldOf(subjectOf(this.node), this.fields);
    const retype = (e: BuilderExpr): BuilderExpr =>
      field && field.type !== previous?.type && e.kind === 'literal' && !Array.isArray(e.value) ? { kind: 'literal', value: coerceToField(e.value, field) } : e;
    const node = this.node;
    let next: BuilderCondition;
    // A list is compared by how many of its items match: "count of signIns where the item is after 09:00 > 0".
    if (field?.type === 'list' && node.kind === 'compare') {
      fire<NodeChange>(this, 'node-change', { node: { ...node, left: newCountExpr(field), right: { kind: 'literal', value: 0 } }, label });
      return;
    }
    switch (node.kind) {
      case 'compare': next = { ...node, left: subject, right: retype(node.right) }; break;
      case 'between': next = { ...node, value: subject, low: retype(node.low), high: retype(node.high) }; break;
      case 'in': next = { ...node, value: subject }; break;
      case 'not': next = node.condition.kind === 'in' ? { ...node, condition: { ...node.condition, value: subject } } : node; break;
      case 'test': next = node.expr.kind === 'call' ? { ...node, expr: { ...node.expr, args: [subject, ...node.expr.args.slice(1)] } } : { ...node, expr: subject }; break;
      default: next = node;
    }
    fire<NodeChange>(this, 'node-change', { node: next, label });
  }

  override render() {
    const subject = subjectOf(this.node);
    const field = fieldOf(subject, this.fields);
    const choice = choiceOf(this.operators, this.node);
    return html`${subject?.kind === 'field'
        ? html`<sc-field-picker .services=${this.services} .path=${subject.path} .fields=${this.fields} .label=${this.t('workbench.builder.field')}
            @field-change=${(e: CustomEvent<{ path: string }>) => { handled(e); this.setSubject({ ...subject, path: e.detail.path }, this.t('workbench.builder.edit.changeField')); }}></sc-field-picker>`
        : subject ? this.expression(subject, this.t('workbench.builder.subject'), undefined, (expr, label) => this.setSubject(expr, label)) : nothing}
      <select aria-label=${this.t('workbench.builder.operator')} @change=${(e: Event) => this.change(withChoice(this.operators, this.node, (e.target as HTMLSelectElement).value as OperatorChoice, field), 'workbench.builder.edit.changeOperator')}>
        ${choicesFor(this.operators, field, choice).map((c) => html`<option value=${c} ?selected=${c === choice}>${this.choiceLabel(c)}</option>`)}
      </select>
      ${this.renderOperands(field)}`;
  }

  /** "> greater than" from the catalog; the builder's own choices from its messages. */
  private choiceLabel(choice: OperatorChoice): string {
    if (choice.startsWith('call:')) {
      const op = callOperator(this.operators, choice.slice(5));
      return op ? this.text(op.label) : choice.slice(5);
    }
    if (choice === 'not-in' || choice === 'truthy') return this.t(choiceKey(choice));
    const id = entryIdOf(choice);
    const entry = id ? comparisonEntry(this.operators, id) : undefined;
    if (!entry) return choice;
    return entry.symbol ? `${entry.symbol} ${this.text(entry.label)}` : this.text(entry.label);
  }

  private expression(expr: BuilderExpr, label: string, field: FieldInfo | undefined, apply: (expr: BuilderExpr, label: string) => void): TemplateResult {
    return html`<sc-expression-input .services=${this.services} .expr=${expr} .fields=${this.fields} .field=${field} .label=${label}
      @expr-change=${(e: CustomEvent<ExprChange>) => { handled(e); apply(e.detail.expr, e.detail.label); }}></sc-expression-input>`;
  }

  private emit(node: BuilderCondition, label: string): void {
    fire<NodeChange>(this, 'node-change', { node, label });
  }

  private renderOperands(field: FieldInfo | undefined): TemplateResult | typeof nothing {
    const node = this.node;
    switch (node.kind) {
      case 'compare':
        return this.expression(node.right, this.t('workbench.builder.value'), field, (right, label) => this.emit({ ...node, right }, label));
      case 'between':
        return html`${this.expression(node.low, this.t('workbench.builder.low'), field, (low, label) => this.emit({ ...node, low }, label))}
          <span class="and">${this.t('workbench.builder.and')}</span>
          ${this.expression(node.high, this.t('workbench.builder.high'), field, (high, label) => this.emit({ ...node, high }, label))}`;
      case 'in':
        return this.expression(node.list, this.t('workbench.builder.values'), field, (list, label) => this.emit({ ...node, list }, label));
      case 'not': {
        const inner = node.condition;
        if (inner.kind !== 'in') return nothing;
        return this.expression(inner.list, this.t('workbench.builder.values'), field, (list, label) => this.emit({ ...node, condition: { ...inner, list } }, label));
      }
      case 'test': {
        const expr = node.expr;
        if (expr.kind !== 'call') return nothing;
        const op = callOperator(this.operators, expr.op);
        return html`${expr.args.slice(1).map((arg, k) => {
          const i = k + 1;
          const label = op?.args[i] ? this.text(op.args[i].label) : this.t('workbench.builder.argument', { n: i + 1 });
          // A time limit next to a time field is a time, a date next to a date field a date.
          const hint = op?.args[i]?.field ?? (field ? findField(this.fields, field.key) : undefined);
          return this.expression(arg, label, hint, (next, l) => this.emit({ ...node, expr: { ...expr, args: expr.args.map((a, j) => (j === i ? next : a)) } }, l));
        })}`;
      }
      default:
        return nothing;
    }
  }
}

customElements.define('sc-comparison-editor', ComparisonEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-comparison-editor': ComparisonEditorElement;
  }
}
