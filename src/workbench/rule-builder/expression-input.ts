import { css, html, nothing, type TemplateResult } from 'lit';
import type { ArithOp, BuilderCondition, BuilderExpr, FieldInfo } from '../../core/policy/builder/types.ts';
import { RuleBuilderElement } from './builder-element.ts';
import { builderStyles } from './builder-styles.ts';
import { type ConditionChange, type ExprChange, fire, handled } from './builder-events.ts';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { fromBuilderExpr, toBuilderExpr } from '../../core/policy/builder/mapping.ts';
import { countedItemField, newCountExpr } from '../../core/policy/builder/new-nodes.ts';
import { callOperator, catalog, operatorWidget, startingCall, valueFunctions } from './builder-catalog.ts';
import type { OperatorWidgetChange } from '../../core/policy/builder/types.ts';
import { defaultValueFor, fieldOf, type LiteralValue } from './field-types.ts';
import { startingCondition } from './condition-factory.ts';
import './condition-block.ts';
import './field-picker.ts';
import './raw-json-block.ts';
import './value-input.ts';

type Mode = 'literal' | 'field' | 'arith' | 'if' | 'count' | 'call' | 'condition' | 'raw';

const ARITH_OPS: readonly ArithOp[] = ['+', '-', '*', '/', '%', 'min', 'max'];
/** The sign shown for each operation (× and ÷ read better than * and /). */
const ARITH_SIGNS: Readonly<Record<ArithOp, string>> = { '+': '+', '-': '−', '*': '×', '/': '÷', '%': 'mod', min: 'min', max: 'max' };
/** Operations taking exactly two operands; the others take any number. */
const BINARY: ReadonlySet<ArithOp> = new Set(['/', '%', '-']);
/** Types the constants of a calculation that are not in a field's unit. */
const PLAIN_NUMBER: FieldInfo = { key: '', type: 'number' };

/**
 * One value: a constant (typed after `field`), a record field, a calculation (+ − × ÷ min max
 * over nested values), if/then/else, a function from the operator catalog (date/time and plugin
 * operators, one input per argument), or JSON the builder cannot draw. A select switches the kind.
 *
 * @fires expr-change - detail { expr, label } when the user changes the value
 */
export class ExpressionInputElement extends RuleBuilderElement {
  static override properties = {
    ...RuleBuilderElement.properties,
    expr: { attribute: false },
    fields: { attribute: false },
    field: { attribute: false },
    label: {},
  };

  declare expr: BuilderExpr;
  declare fields: FieldInfo[];
  /** The field this value is compared with: types the constant input and names the unit. */
  declare field: FieldInfo | undefined;
  /** Accessible name ("Value", "Amount", "Low"). */
  declare label: string;

  constructor() {
    super();
    this.expr = { kind: 'literal', value: 0 };
    this.fields = [];
    this.field = undefined;
    this.label = '';
  }

  static override styles = [builderStyles, css`
    :host { display: inline-flex; align-items: center; gap: 4px; flex-wrap: wrap; }
    .nested { display: inline-flex; align-items: center; gap: 4px; flex-wrap: wrap; padding: 1px 4px; border: 1px dashed var(--vscode-panel-border); border-radius: 3px; }
    .paren { color: var(--vscode-descriptionForeground); }
    .if { display: inline-grid; grid-template-columns: auto 1fr; gap: 4px 6px; align-items: center; padding: 4px; border: 1px dashed var(--vscode-panel-border); border-radius: 3px; }
    .kw { color: var(--vscode-descriptionForeground); font-weight: 600; }
    select.mode { max-width: 9em; }
  `];

  private change(expr: BuilderExpr, labelKey: string): void {
    fire<ExprChange>(this, 'expr-change', { expr, label: this.t(labelKey) });
  }

  private mode(): Mode {
    return this.expr.kind === 'literal' ? 'literal' : this.expr.kind;
  }

  /** A new value of another kind, built from the current one where that makes sense. */
  private switchTo(choice: string): void {
    const current = this.expr;
    const firstField = this.field?.key ?? this.fields[0]?.key ?? '';
    let next: BuilderExpr;
    switch (choice) {
      case 'literal': next = { kind: 'literal', value: defaultValueFor(this.field) }; break;
      case 'field': next = { kind: 'field', path: firstField, form: 'string' }; break;
      // "field × constant" is the common case: the current value becomes the first operand.
      case 'arith': next = { kind: 'arith', op: '*', args: [current, { kind: 'literal', value: 1 }] }; break;
      case 'if': next = { kind: 'if', branches: [{ when: startingCondition(this.fields), then: current }], otherwise: { kind: 'literal', value: 0 } }; break;
      case 'count': {
        const list = this.fields.find((f) => f.type === 'list');
        if (!list) return;
        next = newCountExpr(list);
        break;
      }
      default: {
        const call = choice.startsWith('call:') ? startingCall(this.operators, choice.slice(5), this.fields) : undefined;
        if (!call) return;
        next = call;
      }
    }
    this.change(next, 'workbench.builder.edit.changeValueKind');
  }

  override render() {
    const mode = this.mode();
    const call = this.expr.kind === 'call' ? this.expr.op : '';
    const label = this.label || this.t('workbench.builder.value');
    return html`<select class="mode" aria-label=${this.t('workbench.builder.valueKindOf', { label })} @change=${(e: Event) => this.switchTo((e.target as HTMLSelectElement).value)}>
        <option value="literal" ?selected=${mode === 'literal'}>${this.t('workbench.builder.kind.literal')}</option>
        <option value="field" ?selected=${mode === 'field'}>${this.t('workbench.builder.kind.field')}</option>
        <option value="arith" ?selected=${mode === 'arith'}>${this.t('workbench.builder.kind.arith')}</option>
        <option value="if" ?selected=${mode === 'if'}>${this.t('workbench.builder.kind.if')}</option>
        ${mode === 'count' || this.fields.some((f) => f.type === 'list') ? html`<option value="count" ?selected=${mode === 'count'}>${this.t('workbench.builder.kind.count')}</option>` : nothing}
        <optgroup label=${this.t('workbench.builder.kind.functions')}>
          ${valueFunctions(this.operators, call).map((op) => html`<option value=${`call:${op.name}`} ?selected=${call === op.name}>${this.text(op.label)}</option>`)}
        </optgroup>
        ${mode === 'condition' ? html`<option value="condition" selected disabled>${this.t('workbench.builder.kind.condition')}</option>` : nothing}
        ${mode === 'raw' ? html`<option value="raw" selected disabled>${this.t('workbench.builder.kind.raw')}</option>` : nothing}
      </select>${this.renderBody(label)}`;
  }

  private renderBody(label: string): TemplateResult | typeof nothing {
    const expr = this.expr;
    switch (expr.kind) {
      case 'literal':
        return html`<sc-value-input .services=${this.services} .value=${expr.value} .field=${this.field} .multiple=${Array.isArray(expr.value)} .label=${label}
          @value-change=${(e: CustomEvent<{ value: LiteralValue }>) => { handled(e); this.change({ kind: 'literal', value: e.detail.value }, 'workbench.builder.edit.changeValue'); }}></sc-value-input>`;
      case 'field':
        return html`<sc-field-picker .services=${this.services} .path=${expr.path} .fields=${this.fields} .label=${this.t('workbench.builder.fieldOf', { label })}
          @field-change=${(e: CustomEvent<{ path: string }>) => { handled(e); this.change({ ...expr, path: e.detail.path }, 'workbench.builder.edit.changeField'); }}></sc-field-picker>
          ${fieldOf(expr, this.fields)?.unit ? html`<span class="unit">${this.text(fieldOf(expr, this.fields)!.unit)}</span>` : nothing}`;
      case 'arith':
        return this.renderArith(expr, label);
      case 'if':
        return this.renderIf(expr, label);
      case 'count':
        return this.renderCount(expr, label);
      case 'call':
        return this.renderCall(expr, label);
      case 'condition':
        return html`<sc-condition-block .services=${this.services} .condition=${expr.condition} .fields=${this.fields} .label=${label}
          @condition-change=${(e: CustomEvent<ConditionChange>) => { handled(e); fire<ExprChange>(this, 'expr-change', { expr: { kind: 'condition', condition: e.detail.condition }, label: e.detail.label }); }}></sc-condition-block>`;
      case 'raw':
        return html`<sc-raw-json-block .services=${this.services} .json=${expr.json} .label=${label}
          @json-change=${(e: CustomEvent<{ json: unknown }>) => { handled(e); this.change({ kind: 'raw', json: e.detail.json }, 'workbench.builder.edit.editJson'); }}></sc-raw-json-block>`;
    }
  }

  /** A nested value whose change replaces one part of this one. */
  private operand(expr: BuilderExpr, label: string, field: FieldInfo | undefined, replace: (next: BuilderExpr) => BuilderExpr): TemplateResult {
    return html`<sc-expression-input .services=${this.services} .expr=${expr} .fields=${this.fields} .field=${field} .label=${label}
      @expr-change=${(e: CustomEvent<ExprChange>) => { handled(e); fire<ExprChange>(this, 'expr-change', { expr: replace(e.detail.expr), label: e.detail.label }); }}></sc-expression-input>`;
  }

  private renderArith(expr: Extract<BuilderExpr, { kind: 'arith' }>, label: string): TemplateResult {
    const binary = BINARY.has(expr.op);
    // A constant added to a field is in its unit (any number, even for a count); a factor or a
    // divisor is a plain number.
    const found = expr.args.map((a) => fieldOf(a, this.fields)).find((f) => f !== undefined) ?? this.field;
    const scaling = expr.op === '*' || expr.op === '/' || expr.op === '%';
    const constantField: FieldInfo | undefined = scaling || !found ? PLAIN_NUMBER : { ...found, type: found.type === 'integer' ? 'number' : found.type };
    const withArgs = (args: BuilderExpr[]): BuilderExpr => ({ ...expr, args });
    return html`<span class="nested" role="group" aria-label=${this.t('workbench.builder.calculationOf', { label })}>
      <span class="paren">(</span>
      ${expr.args.map((arg, i) => html`
        ${i > 0 || expr.op === 'min' || expr.op === 'max' ? this.renderArithOp(expr, i) : nothing}
        ${this.operand(arg, this.t('workbench.builder.operand', { n: i + 1 }), arg.kind === 'literal' ? constantField : this.field, (next) => withArgs(expr.args.map((a, j) => (j === i ? next : a))))}
        ${expr.args.length > 2 ? html`<button class="icon" aria-label=${this.t('workbench.builder.removeOperand', { n: i + 1 })}
          @click=${() => this.change(withArgs(expr.args.filter((_, j) => j !== i)), 'workbench.builder.edit.removeOperand')}><sc-codicon name="close"></sc-codicon></button>` : nothing}`)}
      ${binary ? nothing : html`<button class="icon" aria-label=${this.t('workbench.builder.addOperand')}
        @click=${() => this.change(withArgs([...expr.args, { kind: 'literal', value: expr.op === '*' ? 1 : 0 }]), 'workbench.builder.edit.addOperand')}><sc-codicon name="add"></sc-codicon></button>`}
      <span class="paren">)</span>
    </span>`;
  }

  /** The operation select, shown between operands (once, before the first, for min/max). */
  private renderArithOp(expr: Extract<BuilderExpr, { kind: 'arith' }>, index: number): TemplateResult | typeof nothing {
    // Only the first select is interactive; the signs between later operands repeat it.
    const first = expr.op === 'min' || expr.op === 'max' ? index === 0 : index === 1;
    if (!first) return html`<span class="paren" aria-hidden="true">${ARITH_SIGNS[expr.op]}</span>`;
    return html`<select aria-label=${this.t('workbench.builder.operation')} @change=${(e: Event) => {
      const op = (e.target as HTMLSelectElement).value as ArithOp;
      // Binary operations keep the first two operands; a missing second becomes 1.
      const args = BINARY.has(op) ? [expr.args[0]!, expr.args[1] ?? { kind: 'literal', value: 1 }] : expr.args;
      this.change({ ...expr, op, args }, 'workbench.builder.edit.changeOperation');
    }}>${ARITH_OPS.map((op) => html`<option value=${op} ?selected=${op === expr.op} title=${this.text(catalog(this.operators).get(op)?.label)}>${ARITH_SIGNS[op]}</option>`)}</select>`;
  }

  private renderIf(expr: Extract<BuilderExpr, { kind: 'if' }>, label: string): TemplateResult {
    const withBranches = (branches: typeof expr.branches): BuilderExpr => ({ ...expr, branches });
    const setWhen = (i: number, when: BuilderCondition) => withBranches(expr.branches.map((b, j) => (j === i ? { ...b, when } : b)));
    return html`<span class="if" role="group" aria-label=${this.t('workbench.builder.ifOf', { label })}>
      ${expr.branches.map((branch, i) => html`
        <span class="kw">${i === 0 ? this.t('workbench.builder.if') : this.t('workbench.builder.elseIf')}</span>
        <span><sc-condition-block .services=${this.services} .condition=${branch.when} .fields=${this.fields} .label=${this.t('workbench.builder.branchCondition', { n: i + 1 })}
          @condition-change=${(e: CustomEvent<ConditionChange>) => { handled(e); fire<ExprChange>(this, 'expr-change', { expr: setWhen(i, e.detail.condition), label: e.detail.label }); }}></sc-condition-block>
          ${expr.branches.length > 1 ? html`<button class="icon" aria-label=${this.t('workbench.builder.removeBranch', { n: i + 1 })}
            @click=${() => this.change(withBranches(expr.branches.filter((_, j) => j !== i)), 'workbench.builder.edit.removeBranch')}><sc-codicon name="close"></sc-codicon></button>` : nothing}</span>
        <span class="kw">${this.t('workbench.builder.then')}</span>
        <span>${this.operand(branch.then, this.t('workbench.builder.thenValue', { n: i + 1 }), this.field, (then) => withBranches(expr.branches.map((b, j) => (j === i ? { ...b, then } : b))))}</span>`)}
      <span class="kw">${this.t('workbench.builder.otherwise')}</span>
      <span>${expr.otherwise
        ? this.operand(expr.otherwise, this.t('workbench.builder.otherwiseValue'), this.field, (otherwise) => ({ ...expr, otherwise }))
        : html`<span class="hint">${this.t('workbench.builder.noOtherwise')}</span>`}
        <button class="link" @click=${() => this.change(withBranches([...expr.branches, { when: startingCondition(this.fields), then: { kind: 'literal', value: defaultValueFor(this.field) } }]), 'workbench.builder.edit.addBranch')}>
          <sc-codicon name="add"></sc-codicon>${this.t('workbench.builder.addBranch')}</button></span>
    </span>`;
  }

  /**
   * "count of the items of [list] where [condition on the item]". The condition reads the item only
   * (inside the reduce the record is out of reach), so its field list is the item itself.
   */
  private renderCount(expr: Extract<BuilderExpr, { kind: 'count' }>, label: string): TemplateResult {
    const list = fieldOf(expr.array, this.fields);
    const lists = this.fields.filter((f) => f.type === 'list');
    const setList = (path: string): void => {
      const next = lists.find((f) => f.key === path);
      // Items of another type need another condition (a time limit means nothing for a score).
      const keep = next === undefined || next.items === list?.items;
      const array: BuilderExpr = { kind: 'field', path, form: 'string' };
      this.change(keep ? { ...expr, array } : newCountExpr(next), 'workbench.builder.edit.changeField');
    };
    return html`<span class="nested" role="group" aria-label=${this.t('workbench.builder.countOf', { label })}>
      <span class="kw">${this.t('workbench.builder.countItemsOf')}</span>
      ${expr.array.kind === 'field'
        ? html`<sc-field-picker .services=${this.services} .path=${expr.array.path} .fields=${lists} .label=${this.t('workbench.builder.countList')}
            @field-change=${(e: CustomEvent<{ path: string }>) => { handled(e); setList(e.detail.path); }}></sc-field-picker>`
        : this.operand(expr.array, this.t('workbench.builder.countList'), undefined, (array) => ({ ...expr, array }))}
      <span class="kw">${this.t('workbench.builder.countWhere')}</span>
      <sc-condition-block .services=${this.services} .condition=${expr.condition} .fields=${[countedItemField(list)]} .label=${this.t('workbench.builder.countCondition')}
        @condition-change=${(e: CustomEvent<ConditionChange>) => { handled(e); fire<ExprChange>(this, 'expr-change', { expr: { ...expr, condition: e.detail.condition }, label: e.detail.label }); }}></sc-condition-block>
    </span>`;
  }

  private renderCall(expr: Extract<BuilderExpr, { kind: 'call' }>, label: string): TemplateResult {
    const info = callOperator(this.operators, expr.op);
    const name = info ? this.text(info.label) : expr.op;
    const widget = operatorWidget(this.operators, expr.op);
    if (widget) {
      // The declaring plugin's own editor for the arguments (JSON in, JSON out; see OperatorWidgetChange).
      const tag = unsafeStatic(widget);
      return staticHtml`<span class="nested" role="group" aria-label=${this.t('workbench.builder.functionOf', { label, name })}>
        <span class="kw">${name}</span>
        <${tag} .services=${this.services} .args=${expr.args.map(fromBuilderExpr)} .fields=${this.fields}
          @args-change=${(e: CustomEvent<OperatorWidgetChange>) => { handled(e); this.change({ ...expr, args: e.detail.args.map((a) => toBuilderExpr(a, { engine: this.operators.engine })) }, 'workbench.builder.edit.changeValue'); }}></${tag}></span>`;
    }
    return html`<span class="nested" role="group" aria-label=${this.t('workbench.builder.functionOf', { label, name })}>
      <span class="kw" title=${info?.description ? this.text(info.description) : expr.op}>${name}</span><span class="paren">(</span>
      ${expr.args.map((arg, i) => {
        const argLabel = info?.args[i] ? this.text(info.args[i].label) : this.t('workbench.builder.argument', { n: i + 1 });
        return this.operand(arg, argLabel, fieldOf(arg, this.fields) ? undefined : info?.args[i]?.field, (next) => ({ ...expr, args: expr.args.map((a, j) => (j === i ? next : a)) }));
      })}
      <span class="paren">)</span></span>`;
  }
}

customElements.define('sc-expression-input', ExpressionInputElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-expression-input': ExpressionInputElement;
  }
}
