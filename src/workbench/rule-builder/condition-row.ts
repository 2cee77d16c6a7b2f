import { css, html, type TemplateResult } from 'lit';
import type { BuilderCondition, FieldInfo } from '../../core/policy/builder/types.ts';
import { RuleBuilderElement } from './builder-element.ts';
import { builderStyles } from './builder-styles.ts';
import { type BuilderEdit, type ConditionChange, type ExprChange, fire, handled, type Path } from './builder-events.ts';
import type { NodeChange } from './comparison-editor.ts';
import { choiceOf } from './condition-operators.ts';
import { endDrag, startDrag } from './drag-state.ts';
import { itemKeyEdit } from './item-keys.ts';
import './comparison-editor.ts';
import './condition-block.ts';
import './expression-input.ts';
import './quantifier-editor.ts';
import './raw-json-block.ts';

/**
 * One condition of a group: a drag handle (which also takes the keyboard commands of
 * item-keys.ts), the condition drawn for its kind, and duplicate / wrap in group / delete.
 *
 * @fires builder-edit - detail BuilderEdit, handled by the enclosing condition block
 */
export class ConditionRowElement extends RuleBuilderElement {
  static override properties = {
    ...RuleBuilderElement.properties,
    node: { attribute: false },
    path: { attribute: false },
    fields: { attribute: false },
    block: {},
    position: {},
  };

  declare node: BuilderCondition;
  declare path: Path;
  declare fields: FieldInfo[];
  /** Id of the condition block the row belongs to (drags stay inside it). */
  declare block: string;
  /** "2 of 3", for the handle's accessible name. */
  declare position: string;

  constructor() {
    super();
    this.node = { kind: 'test', expr: { kind: 'literal', value: true } };
    this.path = [];
    this.fields = [];
    this.block = '';
    this.position = '';
  }

  static override styles = [builderStyles, css`
    :host { display: block; }
    .row { display: flex; align-items: flex-start; gap: 6px; padding: 3px 4px; border-radius: 3px; }
    .row:hover, .row:focus-within { background: var(--vscode-list-hoverBackground); }
    .handle { cursor: grab; color: var(--vscode-descriptionForeground); }
    .body { flex: 1; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; min-width: 0; }
    .actions { display: inline-flex; gap: 2px; opacity: 0.6; }
    .row:hover .actions, .row:focus-within .actions { opacity: 1; }
    .kw { color: var(--vscode-descriptionForeground); font-weight: 600; }
  `];

  /** Focuses the handle (after a keyboard move, so the user keeps their place). */
  focusHandle(): void {
    this.renderRoot.querySelector<HTMLElement>('.handle')?.focus();
  }

  private edit(edit: BuilderEdit): void {
    fire<BuilderEdit>(this, 'builder-edit', edit);
  }

  private replace(node: BuilderCondition, label: string): void {
    this.edit({ type: 'replace', path: this.path, node, label });
  }

  private onKey(e: KeyboardEvent): void {
    const edit = itemKeyEdit(e, this.path, e.composedPath()[0] === this.renderRoot.querySelector('.handle'));
    if (!edit) return;
    e.preventDefault();
    e.stopPropagation();
    this.edit(edit);
  }

  override render() {
    const label = this.t('workbench.builder.conditionAt', { position: this.position });
    return html`<div class="row" @keydown=${(e: KeyboardEvent) => this.onKey(e)}>
      <button class="icon handle" draggable="true" aria-label=${this.t('workbench.builder.handleFor', { item: label })} title=${this.t('workbench.builder.handleHint')}
        @dragstart=${(e: DragEvent) => { e.stopPropagation(); startDrag(e, { block: this.block, path: this.path }); }} @dragend=${() => endDrag()}>
        <sc-codicon name="gripper"></sc-codicon></button>
      <div class="body" @node-change=${(e: CustomEvent<NodeChange>) => { handled(e); this.replace(e.detail.node, e.detail.label); }}>${this.renderBody()}</div>
      <span class="actions">
        <button class="icon" aria-label=${this.t('workbench.builder.duplicateItem', { item: label })} title=${this.t('workbench.builder.duplicate')} @click=${() => this.edit({ type: 'duplicate', path: this.path })}><sc-codicon name="copy"></sc-codicon></button>
        <button class="icon" aria-label=${this.t('workbench.builder.wrapItem', { item: label })} title=${this.t('workbench.builder.wrap')} @click=${() => this.edit({ type: 'wrap', path: this.path })}><sc-codicon name="surround-with"></sc-codicon></button>
        <button class="icon" aria-label=${this.t('workbench.builder.deleteItem', { item: label })} title=${this.t('workbench.builder.delete')} @click=${() => this.edit({ type: 'remove', path: this.path })}><sc-codicon name="trash"></sc-codicon></button>
      </span>
    </div>`;
  }

  private renderBody(): TemplateResult {
    const node = this.node;
    if (choiceOf(this.operators, node) !== undefined) {
      return html`<sc-comparison-editor .services=${this.services} .node=${node} .fields=${this.fields}></sc-comparison-editor>`;
    }
    switch (node.kind) {
      case 'quantifier':
        return html`<sc-quantifier-editor .services=${this.services} .node=${node} .fields=${this.fields}></sc-quantifier-editor>`;
      case 'not':
        return html`<span class="kw">${this.t('workbench.builder.not')}</span>
          <sc-condition-block .services=${this.services} .condition=${node.condition} .fields=${this.fields} .label=${this.t('workbench.builder.negated')}
            @condition-change=${(e: CustomEvent<ConditionChange>) => { handled(e); this.replace({ kind: 'not', condition: e.detail.condition }, e.detail.label); }}></sc-condition-block>`;
      case 'test':
        return html`<sc-expression-input .services=${this.services} .expr=${node.expr} .fields=${this.fields} .label=${this.t('workbench.builder.tested')}
            @expr-change=${(e: CustomEvent<ExprChange>) => { handled(e); this.replace({ kind: 'test', expr: e.detail.expr }, e.detail.label); }}></sc-expression-input>
          <span class="kw">${this.t('workbench.builder.isTrue')}</span>`;
      case 'raw':
        return html`<sc-raw-json-block .services=${this.services} .json=${node.json} .label=${this.t('workbench.builder.raw.conditionLabel')}
          @json-change=${(e: CustomEvent<{ json: unknown }>) => { handled(e); this.replace({ kind: 'raw', json: e.detail.json }, this.t('workbench.builder.edit.editJson')); }}></sc-raw-json-block>`;
      default:
        // Groups are drawn by sc-condition-group; the comparison kinds above.
        return html``;
    }
  }
}

customElements.define('sc-condition-row', ConditionRowElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-condition-row': ConditionRowElement;
  }
}
