import { css, html, nothing, type TemplateResult } from 'lit';
import type { BuilderCondition, FieldInfo } from '../../core/policy/builder/types.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import { builderStyles } from './builder-styles.ts';
import { type BuilderEdit, fire, type Path } from './builder-events.ts';
import { emptyGroup, startingCondition } from './condition-factory.ts';
import { draggedCondition, endDrag, isWithin, showingDropLine, startDrag } from './drag-state.ts';
import { itemKeyEdit } from './item-keys.ts';
import { ConditionRowElement } from './condition-row.ts';

type Group = Extract<BuilderCondition, { kind: 'group' }>;

/**
 * A group of conditions joined by all / any / none, as a labelled group of list items. Conditions
 * and groups are dropped between its items (a line shows where); a nested group has a handle
 * taking the same keyboard commands as a condition (item-keys.ts).
 *
 * @fires builder-edit - detail BuilderEdit, handled by the enclosing condition block
 */
export class ConditionGroupElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    node: { attribute: false },
    path: { attribute: false },
    fields: { attribute: false },
    block: {},
    position: {},
    label: {},
    dropIndex: { state: true },
  };

  declare node: Group;
  /** [] for the block's root group. */
  declare path: Path;
  declare fields: FieldInfo[];
  declare block: string;
  /** "2 of 3" for a nested group's handle; '' for the root. */
  declare position: string;
  /** Accessible name of the root group (nested groups are named by their position). */
  declare label: string;
  /** Where a dragged condition would land (shown as a line), undefined when nothing is dragged over. */
  declare dropIndex: number | undefined;

  constructor() {
    super();
    this.node = emptyGroup();
    this.path = [];
    this.fields = [];
    this.block = '';
    this.position = '';
    this.label = '';
    this.dropIndex = undefined;
  }

  static override styles = [builderStyles, css`
    :host { display: block; }
    fieldset { margin: 0; padding: 4px 6px 6px; border: 1px solid var(--vscode-panel-border); border-radius: 4px; min-width: 0; }
    :host([nested]) fieldset { border-left: 3px solid var(--vscode-textLink-foreground, var(--vscode-focusBorder)); }
    .head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-bottom: 2px; }
    .handle { cursor: grab; color: var(--vscode-descriptionForeground); }
    .spacer { flex: 1; }
    ul { list-style: none; margin: 0; padding: 0 0 0 8px; }
    li { position: relative; padding: 1px 0; }
    li.drop-before::before, li.drop-end::before {
      content: ''; position: absolute; left: 0; right: 0; top: -2px; height: 3px; border-radius: 2px;
      background: var(--vscode-focusBorder); outline: 1px solid var(--vscode-contrastActiveBorder, transparent);
    }
    li.end { min-height: 8px; }
    .empty { padding: 4px 8px; }
    .footer { display: flex; gap: 8px; padding: 2px 0 0 8px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('nested', this.path.length > 0);
  }

  protected override updated(): void {
    this.toggleAttribute('nested', this.path.length > 0);
  }

  /** Focuses the item at `rest` below this group (its handle), or this group's own handle for []. */
  async focusItem(rest: Path): Promise<boolean> {
    await this.updateComplete;
    if (rest.length === 0) {
      const own = this.renderRoot.querySelector<HTMLElement>('.head .handle') ?? this.renderRoot.querySelector<HTMLElement>('.head select');
      own?.focus();
      return own !== null;
    }
    const child = this.renderRoot.querySelector(`li[data-index="${rest[0]}"] > :is(sc-condition-row, sc-condition-group)`);
    if (child instanceof ConditionGroupElement) return child.focusItem(rest.slice(1));
    if (child instanceof ConditionRowElement && rest.length === 1) {
      await child.updateComplete;
      child.focusHandle();
      return true;
    }
    return false;
  }

  /** Focuses the "Add condition" button (after the last item of a group was removed). */
  async focusAdd(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.footer button')?.focus();
  }

  private edit(edit: BuilderEdit): void {
    fire<BuilderEdit>(this, 'builder-edit', edit);
  }

  clearDropLine(): void {
    this.dropIndex = undefined;
  }

  private accepts(): boolean {
    const dragged = draggedCondition();
    // Only conditions of this block, and never a group into itself.
    return dragged !== undefined && dragged.block === this.block && !isWithin(this.path, dragged.path);
  }

  private onDragOver(e: DragEvent, index: number): void {
    if (!this.accepts()) return;
    e.stopPropagation();
    if (this.isOwnPlace(index)) {
      // Dropping a condition where it already is would do nothing: no line, no drop.
      this.clearDropLine();
      return;
    }
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    this.dropIndex = index;
    showingDropLine(this);
  }

  /** True when `index` is just before or after the dragged item in this same group. */
  private isOwnPlace(index: number): boolean {
    const from = draggedCondition()?.path;
    if (!from || from.length !== this.path.length + 1 || !isWithin(from, this.path)) return false;
    const at = from[from.length - 1]!;
    return index === at || index === at + 1;
  }

  private onDrop(e: DragEvent, index: number): void {
    const dragged = draggedCondition(e);
    this.dropIndex = undefined;
    if (!dragged || dragged.block !== this.block || isWithin(this.path, dragged.path)) return;
    e.preventDefault();
    e.stopPropagation();
    endDrag();
    this.edit({ type: 'move', from: dragged.path, parent: this.path, index });
  }

  private onHeadKey(e: KeyboardEvent): void {
    if (this.path.length === 0) return;
    const edit = itemKeyEdit(e, this.path, e.composedPath()[0] === this.renderRoot.querySelector('.head .handle'));
    if (!edit) return;
    e.preventDefault();
    e.stopPropagation();
    this.edit(edit);
  }

  override render() {
    const node = this.node;
    const nested = this.path.length > 0;
    const name = nested ? this.t('workbench.builder.groupAt', { position: this.position }) : this.label || this.t('workbench.builder.when');
    const count = node.children.length;
    return html`<fieldset role="group" aria-label=${name} @dragleave=${(e: DragEvent) => { if (e.target === e.currentTarget) this.dropIndex = undefined; }}>
      <div class="head" @keydown=${(e: KeyboardEvent) => this.onHeadKey(e)}>
        ${nested ? html`<button class="icon handle" draggable="true" aria-label=${this.t('workbench.builder.handleFor', { item: name })} title=${this.t('workbench.builder.handleHint')}
          @dragstart=${(e: DragEvent) => { e.stopPropagation(); startDrag(e, { block: this.block, path: this.path }); }} @dragend=${() => endDrag()}><sc-codicon name="gripper"></sc-codicon></button>` : nothing}
        <select aria-label=${this.t('workbench.builder.combinatorOf', { group: name })} @change=${(e: Event) => this.edit({ type: 'replace', path: this.path, node: { ...node, combinator: (e.target as HTMLSelectElement).value as Group['combinator'] }, label: this.t('workbench.builder.edit.changeCombinator') })}>
          ${(['all', 'any', 'none'] as const).map((c) => html`<option value=${c} ?selected=${node.combinator === c}>${this.t(`workbench.builder.combinator.${c}`)}</option>`)}
        </select>
        <span class="hint">${this.t('workbench.builder.ofTheseConditions')}</span>
        <span class="spacer"></span>
        ${nested ? html`
          <button class="icon" aria-label=${this.t('workbench.builder.duplicateItem', { item: name })} title=${this.t('workbench.builder.duplicate')} @click=${() => this.edit({ type: 'duplicate', path: this.path })}><sc-codicon name="copy"></sc-codicon></button>
          <button class="icon" aria-label=${this.t('workbench.builder.wrapItem', { item: name })} title=${this.t('workbench.builder.wrap')} @click=${() => this.edit({ type: 'wrap', path: this.path })}><sc-codicon name="surround-with"></sc-codicon></button>
          <button class="icon" aria-label=${this.t('workbench.builder.deleteItem', { item: name })} title=${this.t('workbench.builder.delete')} @click=${() => this.edit({ type: 'remove', path: this.path })}><sc-codicon name="trash"></sc-codicon></button>` : nothing}
      </div>
      <ul role="list" aria-label=${name}>
        ${node.children.map((child, i) => this.renderChild(child, i, count))}
        <li class="end ${this.dropIndex === count ? 'drop-end' : ''}" role="presentation" @dragover=${(e: DragEvent) => this.onDragOver(e, count)} @drop=${(e: DragEvent) => this.onDrop(e, count)}>
          ${count === 0 ? html`<div class="empty hint">${this.t(`workbench.builder.emptyGroup.${node.combinator}`)}</div>` : nothing}
        </li>
      </ul>
      <div class="footer">
        <button class="link" @click=${() => this.edit({ type: 'insert', parent: this.path, index: count, node: startingCondition(this.fields), label: this.t('workbench.builder.edit.addCondition') })}>
          <sc-codicon name="add"></sc-codicon>${this.t('workbench.builder.addCondition')}</button>
        <button class="link" @click=${() => this.edit({ type: 'insert', parent: this.path, index: count, node: { ...emptyGroup('any'), children: [startingCondition(this.fields)] }, label: this.t('workbench.builder.edit.addGroup') })}>
          <sc-codicon name="add"></sc-codicon>${this.t('workbench.builder.addGroup')}</button>
      </div>
    </fieldset>`;
  }

  private renderChild(child: BuilderCondition, i: number, count: number): TemplateResult {
    const path = [...this.path, i];
    const position = this.t('workbench.builder.position', { n: i + 1, count });
    return html`<li data-index=${i} class=${this.dropIndex === i ? 'drop-before' : ''}
        @dragover=${(e: DragEvent) => this.onDragOver(e, i)} @drop=${(e: DragEvent) => this.onDrop(e, i)}>
      ${child.kind === 'group'
        ? html`<sc-condition-group .services=${this.services} .node=${child} .path=${path} .fields=${this.fields} .block=${this.block} .position=${position}></sc-condition-group>`
        : html`<sc-condition-row .services=${this.services} .node=${child} .path=${path} .fields=${this.fields} .block=${this.block} .position=${position}></sc-condition-row>`}
    </li>`;
  }
}

customElements.define('sc-condition-group', ConditionGroupElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-condition-group': ConditionGroupElement;
  }
}
