import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AhpResult } from '../../../src/core/weighting/ahp.ts';
import type { AhpSuggestion } from '../../../src/core/weighting/ahp-suggestions.ts';
import { AHP_METHODS, type AhpMethod } from '../../../src/core/weighting/priority-vector.ts';
import type { RandomIndexTable } from '../../../src/core/weighting/random-index.ts';
import { toPercentWeights } from '../../../src/core/scorecard/derive-weights.ts';
import type { WeightDerivation } from '../../../src/core/scorecard/types.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';
import {
  type AhpDerivation, computeAhp, formatJudgment, judgmentsFor, MAX_AHP_ORDER, percentById, scaleIndex, setJudgment, stepJudgment, toDerivation,
  type WeightItem,
} from './ahp-judgments.ts';
import { renderConsistency, renderWeights, type AhpResultsView } from './ahp-results.ts';
import { isEditable, matrixKeyAction } from './matrix-keys.ts';
import { judgmentLabel, MENU_VALUES, type Translate } from './saaty-options.ts';
import { weightsStyles } from './weights-styles.ts';

const RI_TABLES: readonly RandomIndexTable[] = ['saaty', 'chinese'];

/** detail of `ahp-change`. */
export interface AhpChangeDetail {
  readonly derivation: AhpDerivation;
}

/** detail of `ahp-apply`: the derivation to record and the weights out of 100 (summing to 100) by item id. */
export interface AhpApplyDetail {
  readonly derivation: AhpDerivation;
  readonly weights: Record<string, number>;
}

/**
 * The AHP pairwise comparison matrix for one node's children. The upper triangle holds the
 * judgments (a menu on Saaty's 1–9 verbal scale per cell: how much more important the row's item
 * is than the column's), the lower triangle their reciprocals, the diagonal 1. Beside it, live:
 * each child's weight, λmax, CI, RI and CR under the chosen computation and random-index table,
 * and for CR ≥ 0.10 a warning naming the judgment most worth revising, with a button applying it.
 * More than 15 children are refused (the RI tables end at 15).
 *
 * Keyboard (on a judgment): arrow keys move between judgments, Home/End to the row's first/last,
 * + or PageUp makes the row's item more important by one scale step, − or PageDown less;
 * Alt+ArrowDown opens the menu. The grid is one Tab stop.
 *
 * @fires ahp-change - detail {@link AhpChangeDetail} after every user change of a judgment, the
 *   computation or the RI table: the in-progress derivation, for autosaving drafts
 * @fires ahp-apply - detail {@link AhpApplyDetail} when the user presses "Apply weights"
 */
export class AhpMatrixElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    items: { attribute: false },
    derivation: { attribute: false },
    node: { type: String },
    matrix: { state: true },
    computation: { state: true },
    riTable: { state: true },
    active: { state: true },
  };

  /** The children compared, in matrix order. */
  declare items: readonly WeightItem[];
  /** A stored AHP derivation for these children (matched by id); undefined, or not AHP, means all judgments 1. */
  declare derivation: WeightDerivation | undefined;
  /** Id of the node whose children are compared; recorded as the derivation's `node` (default: the given derivation's). */
  declare node: string | undefined;
  /** The judgments being edited: a full reciprocal matrix in the order of `items`. */
  declare matrix: number[][];
  declare computation: AhpMethod;
  declare riTable: RandomIndexTable;
  /** The judgment that is the grid's Tab stop. */
  declare active: { row: number; col: number };

  private result: AhpResult | undefined;
  private pendingFocus: { row: number; col: number } | undefined;

  constructor() {
    super();
    this.items = [];
    this.derivation = undefined;
    this.node = undefined;
    this.matrix = [];
    this.computation = 'eigenvector';
    this.riTable = 'saaty';
    this.active = { row: 0, col: 1 };
  }

  static override styles = [buttonStyles, weightsStyles, css`
    .layout { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: flex-start; }
    /* The matrix scrolls sideways inside the editor rather than widening it. */
    .layout > .scroll { min-width: 0; max-width: 100%; }
    .matrix td { text-align: center; min-width: 3em; }
    .matrix td.judgment { padding: 1px 2px; }
    .matrix td.judgment:focus-within { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    /* Long verbal labels are cut in the closed menu (the open list and the tooltip show them whole), so eight or more children still fit. */
    .matrix td.judgment select { width: 10.5em; }
    .matrix td.reciprocal, .matrix td.diagonal { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
    .matrix td.suggested { box-shadow: inset 0 0 0 2px var(--vscode-notificationsWarningIcon-foreground, #bf8803); }
    .results { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
    dl.measures { display: grid; grid-template-columns: auto auto; gap: 2px 12px; margin: 0; }
    dl.measures > div { display: contents; }
    dl.measures dd { margin: 0; }
    .status p { margin: 0; }
    .consistent { color: var(--vscode-testing-iconPassed, inherit); }
  `];

  private readonly tr: Translate = (key, args) => this.t(key, args);

  /** The result for the current judgments; undefined with no children or more than 15. */
  get ahpResult(): AhpResult | undefined {
    return this.result;
  }

  /** The derivation the current judgments make (what `ahp-change` carries). */
  get currentDerivation(): AhpDerivation {
    return toDerivation(this.nodeId, this.items, this.matrix, this.computation, this.riTable, this.result);
  }

  private get nodeId(): string {
    return this.node ?? this.derivation?.node ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('items') || changed.has('derivation')) {
      // A new derivation from the host replaces the judgments; new items alone (the host rendering
      // again, or a child added) keep the judgments in progress, matched by id.
      const previousItems = (changed.get('items') as readonly WeightItem[] | undefined) ?? this.items;
      const source: WeightDerivation | undefined = changed.has('derivation')
        ? this.derivation
        : toDerivation(this.nodeId, previousItems, this.matrix, this.computation, this.riTable, undefined);
      this.matrix = judgmentsFor(this.items, source);
      if (changed.has('derivation') && this.derivation?.method === 'ahp') {
        if (AHP_METHODS.includes(this.derivation.computation)) this.computation = this.derivation.computation;
        if (RI_TABLES.includes(this.derivation.riTable)) this.riTable = this.derivation.riTable;
      }
      const n = this.items.length;
      if (!isEditable(this.active.row, this.active.col, n)) this.active = { row: 0, col: 1 };
    }
    if (changed.has('items') || changed.has('derivation') || changed.has('matrix') || changed.has('computation') || changed.has('riTable')) {
      this.result = computeAhp(this.matrix, this.computation, this.riTable);
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  override render(): TemplateResult {
    const n = this.items.length;
    if (n === 0) return html`<p class="hint empty">${this.t('scorecard.weights.ahp.empty')}</p>`;
    if (n > MAX_AHP_ORDER) return html`<div class="message too-many"><sc-codicon name="warning"></sc-codicon><p>${this.t('scorecard.weights.ahp.tooMany', { n, max: MAX_AHP_ORDER })}</p></div>`;
    const names = this.items.map((item) => this.text(item.name) || item.id);
    const result = this.result;
    const view: AhpResultsView | undefined = result && {
      t: this.tr,
      names,
      percent: toPercentWeights(result.weights),
      result,
      onApplySuggestion: (s) => this.applySuggestion(s),
    };
    return html`
      ${this.renderSettings()}
      <div class="layout">
        <div class="scroll">${this.renderGrid(names)}</div>
        ${view ? html`<section class="results">${renderWeights(view)}${renderConsistency(view)}</section>` : nothing}
      </div>
      ${n > 1 ? html`<p class="hint keys">${this.t('scorecard.weights.ahp.keys')}</p>` : nothing}
      <div class="buttons">
        <button class="button apply" ?disabled=${!result} @click=${() => this.apply()}>${this.t('scorecard.weights.ahp.apply')}</button>
      </div>`;
  }

  private renderSettings(): TemplateResult {
    return html`<div class="toolbar">
      <label>${this.t('scorecard.weights.ahp.computation')}
        <select class="method" @change=${(e: Event) => this.setComputation((e.target as HTMLSelectElement).value)}>
          ${AHP_METHODS.map((m) => html`<option value=${m} .selected=${live(m === this.computation)}>${this.t(`scorecard.weights.ahp.method.${m}`)}</option>`)}
        </select></label>
      <label>${this.t('scorecard.weights.ahp.riTable')}
        <select class="ri-table" @change=${(e: Event) => this.setRiTable((e.target as HTMLSelectElement).value)}>
          ${RI_TABLES.map((r) => html`<option value=${r} .selected=${live(r === this.riTable)}>${this.t(`scorecard.weights.ahp.ri.${r}`)}</option>`)}
        </select></label>
    </div>`;
  }

  private renderGrid(names: readonly string[]): TemplateResult {
    const n = names.length;
    const suggestion = this.result?.suggestions[0];
    return html`<table class="matrix" role="grid" aria-label=${this.t('scorecard.weights.ahp.gridLabel')} aria-rowcount=${n + 1} aria-colcount=${n + 1}
      @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}>
      <caption>${this.t('scorecard.weights.ahp.caption')}</caption>
      <thead><tr role="row">
        <td role="columnheader"><span class="visually-hidden">${this.t('scorecard.weights.ahp.corner')}</span></td>
        ${names.map((name) => html`<th scope="col" role="columnheader">${name}</th>`)}
      </tr></thead>
      <tbody>${names.map((rowName, i) => html`<tr role="row">
        <th scope="row" role="rowheader">${rowName}</th>
        ${names.map((columnName, j) => {
          const value = this.matrix[i]?.[j] ?? 1;
          if (i === j) return html`<td role="gridcell" class="diagonal" aria-readonly="true" title=${this.t('scorecard.weights.ahp.diagonal')}>1</td>`;
          if (i > j) {
            return html`<td role="gridcell" class="reciprocal" aria-readonly="true" data-row=${i} data-col=${j}
              title=${this.t('scorecard.weights.ahp.reciprocal', { row: rowName, column: columnName })}>${formatJudgment(value)}</td>`;
          }
          const suggested = suggestion?.row === i && suggestion.column === j;
          return html`<td role="gridcell" class=${suggested ? 'judgment suggested' : 'judgment'}>${this.renderJudgment(i, j, value, rowName, columnName)}</td>`;
        })}
      </tr>`)}</tbody>
    </table>`;
  }

  private renderJudgment(i: number, j: number, value: number, rowName: string, columnName: string): TemplateResult {
    const onScale = scaleIndex(value) >= 0;
    const tabStop = this.active.row === i && this.active.col === j;
    return html`<select class="judgment" data-row=${i} data-col=${j} tabindex=${tabStop ? '0' : '-1'} title=${judgmentLabel(this.tr, value)}
      aria-label=${this.t('scorecard.weights.ahp.cellLabel', { row: rowName, column: columnName })}
      @focus=${() => { if (!tabStop) this.active = { row: i, col: j }; }}
      @change=${(e: Event) => this.onSelect(i, j, (e.target as HTMLSelectElement).value)}>
      ${onScale ? nothing : html`<option value="custom" .selected=${live(true)}>${judgmentLabel(this.tr, value)}</option>`}
      ${MENU_VALUES.map((v, k) => html`<option value=${k} .selected=${live(onScale && scaleIndex(value) === scaleIndex(v))}>${judgmentLabel(this.tr, v)}</option>`)}
    </select>`;
  }

  // ---- user changes ----------------------------------------------------------------------------

  private onSelect(row: number, col: number, optionValue: string): void {
    const value = MENU_VALUES[Number(optionValue)];
    if (value !== undefined) this.setValue(row, col, value);
  }

  private setValue(row: number, col: number, value: number): void {
    if ((this.matrix[row]?.[col] ?? 1) === value) return;
    this.matrix = setJudgment(this.matrix, row, col, value);
    this.changed();
  }

  private setComputation(value: string): void {
    const method = AHP_METHODS.find((m) => m === value);
    if (!method || method === this.computation) return;
    this.computation = method;
    this.changed();
  }

  private setRiTable(value: string): void {
    const table = RI_TABLES.find((r) => r === value);
    if (!table || table === this.riTable) return;
    this.riTable = table;
    this.changed();
  }

  /** Recomputes now (rather than at the next render) so the event carries the new λmax, CI and CR. */
  private changed(): void {
    this.result = computeAhp(this.matrix, this.computation, this.riTable);
    const detail: AhpChangeDetail = { derivation: this.currentDerivation };
    this.dispatchEvent(new CustomEvent<AhpChangeDetail>('ahp-change', { detail, bubbles: true, composed: true }));
  }

  private applySuggestion(suggestion: AhpSuggestion): void {
    this.active = { row: suggestion.row, col: suggestion.column };
    this.pendingFocus = this.active;
    this.setValue(suggestion.row, suggestion.column, suggestion.suggested);
  }

  private apply(): void {
    const result = this.result;
    if (!result) return;
    const detail: AhpApplyDetail = { derivation: this.currentDerivation, weights: percentById(this.items, result.weights) };
    this.dispatchEvent(new CustomEvent<AhpApplyDetail>('ahp-apply', { detail, bubbles: true, composed: true }));
  }

  // ---- keyboard and focus ----------------------------------------------------------------------

  private onKeyDown(e: KeyboardEvent): void {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLSelectElement) || target.dataset.row === undefined) return;
    const at = { row: Number(target.dataset.row), col: Number(target.dataset.col) };
    const action = matrixKeyAction(e, at, this.items.length);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'move') {
      this.focusJudgment(action.row, action.col);
      return;
    }
    const current = this.matrix[at.row]?.[at.col] ?? 1;
    this.setValue(at.row, at.col, stepJudgment(current, action.steps));
  }

  /** Moves the focus to the judgment a[row][col] (row < column) and makes it the grid's Tab stop. */
  focusJudgment(row: number, col: number): void {
    if (!isEditable(row, col, this.items.length)) return;
    this.active = { row, col };
    this.pendingFocus = { row, col };
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    if (!focus) return;
    this.pendingFocus = undefined;
    this.renderRoot.querySelector<HTMLSelectElement>(`select.judgment[data-row="${focus.row}"][data-col="${focus.col}"]`)?.focus();
  }
}

customElements.define('sc-ahp-matrix', AhpMatrixElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-ahp-matrix': AhpMatrixElement;
  }
}
