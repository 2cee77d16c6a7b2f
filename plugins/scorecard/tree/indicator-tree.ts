import { css, html, nothing, type TemplateResult } from 'lit';
import { applyAhpWeights, applyDerivedWeights } from '../../../src/core/scorecard/derive-weights.ts';
import { nodeValues } from '../../../src/core/scorecard/charts/index.ts';
import type { ScorecardEvaluation } from '../../../src/core/scorecard/result-types.ts';
import '../weights/data-weights.ts';
import type { DataWeightsApplyDetail } from '../weights/data-weights.ts';
import type { DataWeightItem, IndicatorDirection } from '../weights/data-weights-model.ts';
import {
  absoluteWeights, addChild, balanceWeights, duplicate, moveNode, remove, rename, setWeight, siblingSums, toggleLock, type EditResult,
} from '../../../src/core/scorecard/edit/index.ts';
import { isGroup, type IndicatorGroup, type ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';
import '../weights/ahp-matrix.ts';
import type { AhpApplyDetail } from '../weights/ahp-matrix.ts';
import { visibleRows, type TreeRow } from './tree-rows.ts';

/** detail of `tree-edit`: the edited configuration, the undo label, the node to select next. */
export interface TreeEditDetail {
  config: ScorecardConfig;
  label: string;
  select?: string;
}

/**
 * The indicator tree as an outline: every node with its local weight (editable), its absolute
 * share of the total, a lock, sibling sums that are not 100 with "Scale to 100" / "Equal weights",
 * and "Weights by AHP…" for a group's children. Add, rename (F2), delete, duplicate, reorder and
 * re-parent by buttons, keyboard and drag and drop. Controlled: it shows `config` and fires the
 * edited configuration; the host applies it (undo, autosave).
 *
 * Keyboard on a node: ↑/↓ select, →/← expand/collapse (or go to the first child / the parent), F2
 * rename, Delete remove, Ctrl+D duplicate, Alt+↑/↓ move among siblings, Alt+Shift+→ into the group
 * above, Alt+Shift+← out of the group, Insert add an indicator, Shift+Insert add a group.
 *
 * @fires tree-edit - detail {@link TreeEditDetail}
 * @fires node-select - detail { id } when the user selects a node
 */
export class IndicatorTreeElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    config: { attribute: false },
    selected: { state: true },
    renaming: { state: true },
    ahpFor: { state: true },
    dataFor: { state: true },
    highlighted: { attribute: false },
    evaluation: { attribute: false },
    datasetId: { attribute: false },
  };

  declare config: ScorecardConfig | undefined;
  declare selected: string | undefined;
  declare renaming: string | undefined;
  /** The group whose AHP matrix is open under it. */
  declare ahpFor: string | undefined;
  /** The group whose weights-from-data panel (entropy, CRITIC) is open under it. */
  declare dataFor: string | undefined;
  /** The latest evaluation over the test dataset: the columns entropy and CRITIC weigh. */
  declare evaluation: ScorecardEvaluation | undefined;
  /** The dataset that evaluation ran on, recorded in a data derivation. */
  declare datasetId: string | undefined;
  /** A node outlined because a problem pointed at it. */
  declare highlighted: string | undefined;
  private readonly collapsed = new Set<string>();
  private dragging: string | undefined;

  constructor() {
    super();
    this.config = undefined;
    this.selected = undefined;
    this.renaming = undefined;
    this.ahpFor = undefined;
    this.dataFor = undefined;
    this.highlighted = undefined;
    this.evaluation = undefined;
    this.datasetId = undefined;
  }

  static override styles = [buttonStyles, css`
    :host { display: block; }
    .actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
    [role=tree] { list-style: none; margin: 0; padding: 0; }
    [role=treeitem] { display: flex; align-items: center; gap: 6px; padding: 1px 4px; border: 1px solid transparent; outline: none; }
    [role=treeitem][aria-selected=true] { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
    [role=treeitem]:focus-visible { border-color: var(--vscode-focusBorder); }
    [role=treeitem].highlight { outline: 2px solid var(--vscode-focusBorder); }
    [role=treeitem].drop { border-top-color: var(--vscode-focusBorder); }
    .twisty { width: 1em; text-align: center; cursor: pointer; color: var(--vscode-descriptionForeground); }
    .name { flex: 1; min-width: 6em; }
    .group > .name { font-weight: 600; }
    input { font: inherit; background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 0 4px; }
    input.weight { width: 5em; text-align: right; }
    .abs { width: 5.5em; text-align: right; color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
    .warn { color: var(--vscode-editorWarning-foreground, #cca700); }
    .lock { background: transparent; border: none; color: inherit; cursor: pointer; padding: 0 2px; }
    .ahp { margin: 4px 0 8px 2em; padding: 8px; border: 1px solid var(--vscode-panel-border); }
    .hint { color: var(--vscode-descriptionForeground); margin: 0; }
    button.small { padding: 0 6px; }
  `];

  private apply(result: EditResult, label: string): void {
    if (!result.ok) {
      this.services?.notifications.warn(this.text(result.reason));
      return;
    }
    this.fire({ config: result.config, label: this.t(label), select: result.nodeId });
  }

  private fire(detail: TreeEditDetail): void {
    if (detail.select !== undefined) this.selected = detail.select;
    this.dispatchEvent(new CustomEvent<TreeEditDetail>('tree-edit', { detail, bubbles: true, composed: true }));
    void this.updateComplete.then(() => this.focusSelected());
  }

  private select(id: string): void {
    this.selected = id;
    this.dispatchEvent(new CustomEvent('node-select', { detail: { id }, bubbles: true, composed: true }));
    void this.updateComplete.then(() => this.focusSelected());
  }

  private focusSelected(): void {
    if (this.renaming) return;
    this.renderRoot.querySelector<HTMLElement>(`[role=treeitem][aria-selected=true]`)?.focus();
  }

  private addTo(id: string, kind: 'group' | 'leaf'): void {
    const config = this.config!;
    const row = visibleRows(config.root, new Set()).find((r) => r.node.id === id);
    // A leaf gets a sibling after it; a group a last child.
    if (row && !isGroup(row.node) && row.parent) this.apply(addChild(config, row.parent.id, kind, { index: row.index + 1 }), kind === 'leaf' ? 'scorecard.tree.edit.addIndicator' : 'scorecard.tree.edit.addGroup');
    else this.apply(addChild(config, id, kind), kind === 'leaf' ? 'scorecard.tree.edit.addIndicator' : 'scorecard.tree.edit.addGroup');
  }

  private move(row: TreeRow, direction: 'up' | 'down' | 'in' | 'out'): void {
    const config = this.config!;
    const parent = row.parent;
    if (!parent) return;
    const label = 'scorecard.tree.edit.move';
    if (direction === 'up' && row.index > 0) this.apply(moveNode(config, row.node.id, parent.id, row.index - 1), label);
    else if (direction === 'down' && row.index < parent.children.length - 1) this.apply(moveNode(config, row.node.id, parent.id, row.index + 2), label);
    else if (direction === 'in') {
      const above = parent.children[row.index - 1];
      if (above && isGroup(above)) this.apply(moveNode(config, row.node.id, above.id, above.children.length), label);
    } else if (direction === 'out') {
      const grand = visibleRows(config.root, new Set()).find((r) => r.node.id === parent.id);
      if (grand?.parent) this.apply(moveNode(config, row.node.id, grand.parent.id, grand.index + 1), label);
    }
  }

  private onKey(e: KeyboardEvent, row: TreeRow, rows: TreeRow[]): void {
    if (this.renaming) return;
    const i = rows.indexOf(row);
    const id = row.node.id;
    const group = isGroup(row.node);
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.altKey && e.shiftKey && e.key === 'ArrowRight') this.move(row, 'in');
    else if (e.altKey && e.shiftKey && e.key === 'ArrowLeft') this.move(row, 'out');
    else if (e.altKey && e.key === 'ArrowUp') this.move(row, 'up');
    else if (e.altKey && e.key === 'ArrowDown') this.move(row, 'down');
    else if (e.key === 'ArrowDown' && rows[i + 1]) this.select(rows[i + 1]!.node.id);
    else if (e.key === 'ArrowUp' && rows[i - 1]) this.select(rows[i - 1]!.node.id);
    else if (e.key === 'ArrowRight' && isGroup(row.node)) {
      const first = row.node.children[0];
      if (this.collapsed.delete(id)) this.requestUpdate();
      else if (first) this.select(first.id);
    } else if (e.key === 'ArrowLeft') {
      if (group && !this.collapsed.has(id)) { this.collapsed.add(id); this.requestUpdate(); } else if (row.parent) this.select(row.parent.id);
    } else if (e.key === 'F2') this.renaming = id;
    else if (e.key === 'Delete') this.apply(remove(this.config!, id), 'scorecard.tree.edit.delete');
    else if (ctrl && e.key.toLowerCase() === 'd') this.apply(duplicate(this.config!, id), 'scorecard.tree.edit.duplicate');
    else if (e.key === 'Insert') this.addTo(id, e.shiftKey ? 'group' : 'leaf');
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  private commitRename(id: string, value: string): void {
    if (this.renaming !== id) return;
    this.renaming = undefined;
    this.apply(rename(this.config!, id, this.services?.i18n.locale ?? 'en', value), 'scorecard.tree.edit.rename');
  }

  private onDrop(e: DragEvent, row: TreeRow): void {
    e.preventDefault();
    const id = this.dragging;
    this.dragging = undefined;
    if (!id || id === row.node.id) return;
    // Onto a group: its last child; onto an indicator: just before it.
    const target = row.node;
    const result = isGroup(target)
      ? moveNode(this.config!, id, target.id, target.children.length)
      : moveNode(this.config!, id, row.parent!.id, row.index);
    this.apply(result, 'scorecard.tree.edit.move');
  }

  private applyAhp(groupId: string, detail: AhpApplyDetail): void {
    const { derivation } = detail;
    try {
      const { config } = applyAhpWeights(this.config!, groupId, derivation.matrix, { computation: derivation.computation, riTable: derivation.riTable });
      this.ahpFor = undefined;
      this.fire({ config, label: this.t('scorecard.edit.ahp'), select: groupId });
    } catch (error) {
      this.services?.notifications.error(error instanceof Error ? error.message : String(error));
    }
  }

  private applyData(groupId: string, detail: DataWeightsApplyDetail): void {
    try {
      const config = applyDerivedWeights(this.config!, detail.derivation);
      this.dataFor = undefined;
      this.fire({ config, label: this.t('scorecard.edit.dataWeights'), select: groupId });
    } catch (error) {
      this.services?.notifications.error(error instanceof Error ? error.message : String(error));
    }
  }

  override render(): TemplateResult {
    const config = this.config;
    if (!config) return html``;
    const rows = visibleRows(config.root, this.collapsed);
    const absolute = absoluteWeights(config);
    const sums = siblingSums(config);
    const selected = this.selected ?? config.root.id;
    const selectedRow = rows.find((r) => r.node.id === selected);
    return html`
      <div class="actions" role="toolbar" aria-label=${this.t('scorecard.tree.actions')}>
        <button class="secondary" @click=${() => this.addTo(selected, 'leaf')}>${this.t('scorecard.tree.addIndicator')}</button>
        <button class="secondary" @click=${() => this.addTo(selected, 'group')}>${this.t('scorecard.tree.addGroup')}</button>
        <button class="secondary" ?disabled=${!selectedRow?.parent} @click=${() => this.apply(duplicate(config, selected), 'scorecard.tree.edit.duplicate')}>${this.t('scorecard.tree.duplicate')}</button>
        <button class="secondary" ?disabled=${!selectedRow?.parent} @click=${() => this.apply(remove(config, selected), 'scorecard.tree.edit.delete')}>${this.t('scorecard.tree.delete')}</button>
      </div>
      <ul role="tree" aria-label=${this.t('scorecard.outline.label')}>${rows.map((row) => this.renderRow(row, rows, selected, absolute, sums.get(row.node.id)))}</ul>`;
  }

  private renderRow(row: TreeRow, rows: TreeRow[], selected: string, absolute: ReadonlyMap<string, number>, sum: { sum: number; ok: boolean } | undefined): TemplateResult {
    const { node } = row;
    const id = node.id;
    const group = isGroup(node);
    const isSelected = id === selected;
    const name = this.text(node.name);
    return html`<li role="treeitem" aria-level=${row.depth + 1} aria-selected=${isSelected ? 'true' : 'false'} aria-expanded=${group ? (this.collapsed.has(id) ? 'false' : 'true') : nothing}
        tabindex=${isSelected ? 0 : -1} data-node=${id} class="${group ? 'group' : 'leaf'} ${this.highlighted === id ? 'highlight' : ''}" style="padding-left: ${row.depth * 1.2 + 0.3}em"
        draggable=${row.parent ? 'true' : 'false'} @dragstart=${(e: DragEvent) => { this.dragging = id; e.dataTransfer?.setData('text/plain', id); }}
        @dragover=${(e: DragEvent) => { if (this.dragging) e.preventDefault(); }} @drop=${(e: DragEvent) => this.onDrop(e, row)}
        @click=${() => this.select(id)} @keydown=${(e: KeyboardEvent) => this.onKey(e, row, rows)}>
        <span class="twisty" aria-hidden="true" @click=${(e: Event) => { e.stopPropagation(); if (this.collapsed.has(id)) this.collapsed.delete(id); else this.collapsed.add(id); this.requestUpdate(); }}>${group ? (this.collapsed.has(id) ? '▸' : '▾') : ''}</span>
        ${this.renaming === id
          ? html`<input class="name" aria-label=${this.t('scorecard.tree.rename')} .value=${name} @click=${(e: Event) => e.stopPropagation()}
              @keydown=${(e: KeyboardEvent) => { e.stopPropagation(); if (e.key === 'Enter') this.commitRename(id, (e.target as HTMLInputElement).value); if (e.key === 'Escape') { this.renaming = undefined; void this.updateComplete.then(() => this.focusSelected()); } }}
              @blur=${(e: Event) => this.commitRename(id, (e.target as HTMLInputElement).value)}>`
          : html`<span class="name" @dblclick=${() => { this.renaming = id; }}>${name}</span>`}
        ${row.parent ? html`
          <input class="weight" type="number" min="0" step="any" aria-label=${this.t('scorecard.tree.weightOf', { name })} .value=${String(node.weight)}
            @click=${(e: Event) => e.stopPropagation()} @keydown=${(e: KeyboardEvent) => e.stopPropagation()}
            @change=${(e: Event) => this.apply(setWeight(this.config!, id, Number((e.target as HTMLInputElement).value)), 'scorecard.tree.edit.weight')}>
          <button class="lock" aria-pressed=${node.locked ? 'true' : 'false'} title=${this.t(node.locked ? 'scorecard.tree.unlock' : 'scorecard.tree.lock')} aria-label=${this.t(node.locked ? 'scorecard.tree.unlock' : 'scorecard.tree.lock')}
            @click=${(e: Event) => { e.stopPropagation(); this.apply(toggleLock(this.config!, id), 'scorecard.tree.edit.lock'); }}><sc-codicon name=${node.locked ? 'lock' : 'unlock'}></sc-codicon></button>` : nothing}
        <span class="abs" title=${this.t('scorecard.tree.absolute')}>${(absolute.get(id) ?? 0).toFixed(1)}%</span>
      </li>
      ${group && sum && !sum.ok ? html`<li role="none" style="padding-left: ${row.depth * 1.2 + 1.5}em"><span class="warn">${this.t('scorecard.outline.sum', { sum: sum.sum })}</span>
        <button class="secondary small" @click=${() => this.apply(balanceWeights(this.config!, id, 'proportional'), 'scorecard.edit.balance')}>${this.t('scorecard.outline.balanceProportional')}</button>
        <button class="secondary small" @click=${() => this.apply(balanceWeights(this.config!, id, 'equal'), 'scorecard.edit.balance')}>${this.t('scorecard.outline.balanceEqual')}</button></li>` : nothing}
      ${group && isSelected && node.children.length > 1 ? html`<li role="none" style="padding-left: ${row.depth * 1.2 + 1.5}em">
        <button class="secondary small" aria-expanded=${this.ahpFor === id ? 'true' : 'false'} @click=${() => { this.ahpFor = this.ahpFor === id ? undefined : id; this.dataFor = undefined; }}>${this.t('scorecard.outline.ahp')}</button>
        <button class="secondary small" aria-expanded=${this.dataFor === id ? 'true' : 'false'} @click=${() => { this.dataFor = this.dataFor === id ? undefined : id; this.ahpFor = undefined; }}>${this.t('scorecard.outline.dataWeights')}</button></li>` : nothing}
      ${group && this.ahpFor === id ? this.renderAhp(node) : nothing}
      ${group && this.dataFor === id ? this.renderDataWeights(node) : nothing}`;
  }

  /**
   * Entropy and CRITIC over the group's children as measured in the latest results: an indicator
   * by its raw value (with its direction), a sub-group by its score — as applyDataWeights does.
   */
  private dataItems: { evaluation: ScorecardEvaluation; node: IndicatorGroup; items: DataWeightItem[] } | undefined;

  /** The children's columns, copied out of the evaluation once per evaluation and group (not on every render). */
  private itemsFor(evaluation: ScorecardEvaluation, node: IndicatorGroup): DataWeightItem[] {
    const kept = this.dataItems;
    if (kept && kept.evaluation === evaluation && kept.node === node) return kept.items;
    const items = node.children.map((c) => ({ id: c.id, name: c.name, values: nodeValues(evaluation, c.id, isGroup(c) ? 'scores' : 'values') }));
    this.dataItems = { evaluation, node, items };
    return items;
  }

  private renderDataWeights(node: IndicatorGroup): TemplateResult {
    const evaluation = this.evaluation;
    const items = evaluation ? this.itemsFor(evaluation, node) : [];
    const direction: Record<string, IndicatorDirection> = {};
    for (const c of node.children) if (!isGroup(c) && c.direction === 'lower') direction[c.id] = 'lower';
    return html`<li role="none" class="ahp">${evaluation
      ? html`<sc-data-weights .services=${this.services} .node=${node.id} .items=${items} .direction=${direction} .datasetId=${this.datasetId}
          @data-weights-apply=${(e: CustomEvent<DataWeightsApplyDetail>) => this.applyData(node.id, e.detail)}></sc-data-weights>`
      : html`<p class="hint">${this.t('scorecard.outline.dataWeightsNeedData')}</p>`}</li>`;
  }

  private renderAhp(node: IndicatorGroup): TemplateResult {
    const existing = this.config!.weighting?.find((w) => w.node === node.id && w.method === 'ahp');
    return html`<li role="none" class="ahp"><sc-ahp-matrix .services=${this.services} .node=${node.id} .items=${node.children.map((c) => ({ id: c.id, name: c.name }))} .derivation=${existing}
      @ahp-apply=${(e: CustomEvent<AhpApplyDetail>) => this.applyAhp(node.id, e.detail)}></sc-ahp-matrix></li>`;
  }
}

customElements.define('sc-indicator-tree', IndicatorTreeElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-indicator-tree': IndicatorTreeElement;
  }
}
