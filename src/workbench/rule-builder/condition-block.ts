import { css, html, type PropertyValues } from 'lit';
import type { BuilderCondition, FieldInfo } from '../../core/policy/builder/types.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import { applyEdit } from './block-edits.ts';
import { type BuilderEdit, type ConditionChange, fire, type Path } from './builder-events.ts';
import { ConditionGroupElement } from './condition-group.ts';

type Group = Extract<BuilderCondition, { kind: 'group' }>;

let nextBlock = 0;

/**
 * A condition tree with its own scope: a rule's "when", the condition of each item of a
 * some/all/none, a branch of an if. It draws the tree from a root group (a lone condition is shown
 * inside an "all" group and stays lone until a second one is added, so its JSON is not rewritten),
 * applies the edits its rows and groups ask for, and keeps the keyboard focus on the moved item.
 *
 * @fires condition-change - detail { condition, label } for every user edit
 */
export class ConditionBlockElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    condition: { attribute: false },
    fields: { attribute: false },
    label: {},
  };

  declare condition: BuilderCondition;
  declare fields: FieldInfo[];
  /** Accessible name of the tree ("When", "Condition on each item"). */
  declare label: string;
  private readonly blockId = `block-${++nextBlock}`;
  /** Where focus goes once the edited tree comes back from the host. */
  private pendingFocus: { path: Path; add: boolean } | undefined;

  constructor() {
    super();
    this.condition = { kind: 'group', combinator: 'all', children: [] };
    this.fields = [];
    this.label = '';
    this.addEventListener('builder-edit', (e) => this.onEdit(e as CustomEvent<BuilderEdit>));
  }

  static override styles = css`:host { display: block; }`;

  /** The root group drawn: the condition itself, or a lone condition shown inside an "all" group. */
  private root(): { group: Group; lone: boolean } {
    const c = this.condition;
    return c.kind === 'group' ? { group: c, lone: false } : { group: { kind: 'group', combinator: 'all', children: [c] }, lone: true };
  }

  private onEdit(e: CustomEvent<BuilderEdit>): void {
    // Nested blocks (in a quantifier, an if) stop their own edits, so every edit here is ours.
    e.stopPropagation();
    const { group, lone } = this.root();
    const result = applyEdit(group, e.detail);
    if (!result) return;
    // A lone condition stays unwrapped while it is still alone in an "all" group.
    const stillLone = lone && result.root.combinator === 'all' && result.root.children.length === 1 && result.root.children[0]!.kind !== 'group';
    const condition: BuilderCondition = stillLone ? result.root.children[0]! : result.root;
    const label = result.label ?? this.t(result.labelKey ?? 'workbench.builder.edit.change');
    this.pendingFocus = e.detail.type === 'replace' ? undefined : { path: result.focus, add: result.focusAdd ?? false };
    fire<ConditionChange>(this, 'condition-change', { condition, label });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('condition') && this.pendingFocus) {
      const target = this.pendingFocus;
      this.pendingFocus = undefined;
      void this.focusPath(target.path, target.add);
    }
  }

  /** Focuses the handle of the item at `path` (or the add button of the group there). */
  async focusPath(path: Path, add = false): Promise<void> {
    await this.updateComplete;
    const group = this.renderRoot.querySelector('sc-condition-group');
    if (!(group instanceof ConditionGroupElement)) return;
    if (!add) {
      await group.focusItem(path);
      return;
    }
    // The add button of the group at `path`: walk down to it.
    let current: ConditionGroupElement = group;
    for (const i of path) {
      await current.updateComplete;
      const child = current.renderRoot.querySelector(`li[data-index="${i}"] > sc-condition-group`);
      if (!(child instanceof ConditionGroupElement)) return;
      current = child;
    }
    await current.focusAdd();
  }

  override render() {
    const { group } = this.root();
    return html`<sc-condition-group .services=${this.services} .node=${group} .path=${[]} .fields=${this.fields} .block=${this.blockId}
      .label=${this.label || this.t('workbench.builder.when')}></sc-condition-group>`;
  }
}

customElements.define('sc-condition-block', ConditionBlockElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-condition-block': ConditionBlockElement;
  }
}
