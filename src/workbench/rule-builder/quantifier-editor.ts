import { css, html } from 'lit';
import type { BuilderCondition, BuilderExpr, FieldInfo } from '../../core/policy/builder/types.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import { builderStyles } from './builder-styles.ts';
import { type ConditionChange, type ExprChange, fire, handled } from './builder-events.ts';
import type { NodeChange } from './comparison-editor.ts';
import { findField, ITEM_PATH } from './field-types.ts';
import './condition-block.ts';
import './expression-input.ts';
import './field-picker.ts';

type Quantifier = Extract<BuilderCondition, { kind: 'quantifier' }>;

/**
 * some / all / none of the items of an array field, with a nested condition over each item. As in
 * the engine, the nested condition reads the item, not the record: {"var": ""} is the item itself
 * and {"var": "score"} the item's own "score", so the nested field list offers the item's fields.
 *
 * @fires node-change - detail { node, label } when the user edits the quantifier
 */
export class QuantifierEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    node: { attribute: false },
    fields: { attribute: false },
  };

  declare node: Quantifier;
  declare fields: FieldInfo[];

  constructor() {
    super();
    this.node = { kind: 'quantifier', quantifier: 'some', array: { kind: 'field', path: '', form: 'string' }, condition: { kind: 'group', combinator: 'all', children: [] } };
    this.fields = [];
  }

  static override styles = [builderStyles, css`
    :host { display: flex; flex-direction: column; gap: 4px; }
    .head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .items { margin-left: 12px; padding-left: 8px; border-left: 2px solid var(--vscode-panel-border); }
  `];

  private emit(node: Quantifier, label: string): void {
    fire<NodeChange>(this, 'node-change', { node, label });
  }

  /** What an item offers: the keys of sampled object items, else the item itself typed after sampled values. */
  private itemFields(): FieldInfo[] {
    const array = this.node.array.kind === 'field' ? findField(this.fields, this.node.array.path) : undefined;
    const items = (array?.samples ?? []).flatMap((s) => (Array.isArray(s) ? s : []));
    const objects = items.filter((i): i is Record<string, unknown> => i !== null && typeof i === 'object' && !Array.isArray(i));
    if (objects.length > 0) {
      const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
      return keys.map((key) => ({ key, type: typeOfValues(objects.map((o) => o[key])) }));
    }
    return [{ key: ITEM_PATH, type: typeOfValues(items), label: this.t('workbench.builder.item') }];
  }

  override render() {
    const node = this.node;
    return html`<div class="head">
        <select aria-label=${this.t('workbench.builder.quantifier')} @change=${(e: Event) => this.emit({ ...node, quantifier: (e.target as HTMLSelectElement).value as Quantifier['quantifier'] }, this.t('workbench.builder.edit.changeOperator'))}>
          ${(['some', 'all', 'none'] as const).map((q) => html`<option value=${q} ?selected=${node.quantifier === q}>${this.t(`workbench.builder.quantifier.${q}`)}</option>`)}
        </select>
        ${node.array.kind === 'field'
          ? html`<sc-field-picker .services=${this.services} .path=${node.array.path} .fields=${this.fields} .label=${this.t('workbench.builder.arrayField')}
              @field-change=${(e: CustomEvent<{ path: string }>) => { handled(e); this.emit({ ...node, array: { ...(node.array as Extract<BuilderExpr, { kind: 'field' }>), path: e.detail.path } }, this.t('workbench.builder.edit.changeField')); }}></sc-field-picker>`
          : html`<sc-expression-input .services=${this.services} .expr=${node.array} .fields=${this.fields} .label=${this.t('workbench.builder.arrayField')}
              @expr-change=${(e: CustomEvent<ExprChange>) => { handled(e); this.emit({ ...node, array: e.detail.expr }, e.detail.label); }}></sc-expression-input>`}
        <span class="hint">${this.t('workbench.builder.itemsWhere')}</span>
      </div>
      <div class="items">
        <sc-condition-block .services=${this.services} .condition=${node.condition} .fields=${this.itemFields()} .label=${this.t('workbench.builder.itemCondition')}
          @condition-change=${(e: CustomEvent<ConditionChange>) => { handled(e); this.emit({ ...node, condition: e.detail.condition }, e.detail.label); }}></sc-condition-block>
      </div>`;
  }
}

function typeOfValues(values: readonly unknown[]): FieldInfo['type'] {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'string')) return 'string';
  // Unknown items are most often scores or counts.
  return 'number';
}

customElements.define('sc-quantifier-editor', QuantifierEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-quantifier-editor': QuantifierEditorElement;
  }
}
