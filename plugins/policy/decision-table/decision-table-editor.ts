import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizedText } from '../../../src/core/localized-text.ts';
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import { analyzeDecisionTable, inputName, type TableAnalysis, type TableGap } from '../../../src/core/policy/decision-table/index.ts';
import type { CollectOperator, DecisionTable, HitPolicy, TableInput, TableOutput, TableRule } from '../../../src/core/policy/types.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';
import { renderCellEditor, type Translate } from './cell-editor.ts';
import { decisionTableStyles } from './decision-table-styles.ts';
import { gridKeyAction, type GridPosition } from './grid-keys.ts';
import { renderInputHeader } from './input-header.ts';
import './table-analysis-view.ts';
import * as edits from './table-edits.ts';
import { parseNumber } from './value-text.ts';

const HIT_POLICIES: readonly HitPolicy[] = ['unique', 'first', 'priority', 'any', 'collect', 'rule-order'];
const COLLECT_OPERATORS: readonly CollectOperator[] = ['sum', 'min', 'max', 'count'];
const OUTPUT_TYPES: ReadonlyArray<TableOutput['type']> = ['points', 'money', 'flag', 'veto-cap'];
const SEVERITIES = ['info', 'warning', 'error'] as const;

/** The grid's columns left to right: row header, inputs, output, priority (priority hit policy), row actions. */
type GridColumn = { kind: 'head' } | { kind: 'input'; index: number } | { kind: 'output' } | { kind: 'priority' } | { kind: 'actions' };

let nextId = 0;

/**
 * A decision-table rule as an editable grid: hit policy and output settings above, one column per
 * input and one for the output (and the priority, for the priority hit policy), one row per rule
 * row; the analysis (overlapping rows, uncovered inputs, problems) is shown live below.
 * Keyboard: arrow keys move between cells, Enter/F2 edit a cell and Escape leaves it,
 * Alt+ArrowUp/Down move the row, Ctrl+D duplicates it, Delete on the row number removes it.
 *
 * @fires rule-change - detail { rule, label } after every user edit; `label` names the edit for undo
 */
export class DecisionTableEditorElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    rule: { attribute: false },
    fields: { attribute: false },
    active: { state: true },
    expressionColumns: { state: true },
  };

  /** The table rule being edited; replaced (never mutated) on every edit. */
  declare rule: TableRule | undefined;
  /** The record fields the policy knows, for field pickers, column types and labels. */
  declare fields: FieldInfo[];
  /** The cell that takes the Tab focus when the grid is entered (roving tabindex). */
  declare active: { row: number; col: number };
  /** Input ids whose expression is edited as JSON rather than picked as a field. */
  declare expressionColumns: ReadonlySet<string>;

  private readonly fieldListId = `dt-fields-${++nextId}`;
  private pendingFocus: { row: number; col: number } | undefined;
  private analysisCache: { table: DecisionTable; fields: FieldInfo[]; analysis: TableAnalysis } | undefined;

  constructor() {
    super();
    this.rule = undefined;
    this.fields = [];
    this.active = { row: 0, col: 0 };
    this.expressionColumns = new Set();
  }

  static override styles = [buttonStyles, decisionTableStyles];

  private readonly tr: Translate = (key, args) => this.t(key, args);

  private get locale(): 'en' | 'zh-CN' {
    return this.services?.i18n.locale ?? 'en';
  }

  private get fieldLabels(): Record<string, LocalizedText> {
    const labels: Record<string, LocalizedText> = {};
    for (const field of this.fields) if (field.label !== undefined) labels[field.key] = field.label;
    return labels;
  }

  /** The analysis of the current table, recomputed only when the table or the fields change. */
  get analysis(): TableAnalysis | undefined {
    const table = this.rule?.table;
    if (!table) return undefined;
    if (this.analysisCache?.table !== table || this.analysisCache.fields !== this.fields) {
      this.analysisCache = { table, fields: this.fields, analysis: analyzeDecisionTable(table, { fieldLabels: this.fieldLabels }) };
    }
    return this.analysisCache.analysis;
  }

  private columns(table: DecisionTable): GridColumn[] {
    return [
      { kind: 'head' },
      ...table.inputs.map((_, index): GridColumn => ({ kind: 'input', index })),
      { kind: 'output' },
      ...(table.hitPolicy === 'priority' ? [{ kind: 'priority' } as const] : []),
      { kind: 'actions' },
    ];
  }

  private commit(table: DecisionTable, label: string, focus?: { row: number; col: number }): void {
    if (!this.rule) return;
    const rule: TableRule = { ...this.rule, table };
    this.rule = rule;
    if (focus) {
      this.pendingFocus = focus;
      this.active = focus;
    }
    this.dispatchEvent(new CustomEvent('rule-change', { detail: { rule, label }, bubbles: true, composed: true }));
  }

  private edit(labelKey: string, change: (table: DecisionTable) => DecisionTable, focus?: { row: number; col: number }): void {
    const table = this.rule?.table;
    if (!table) return;
    const next = change(table);
    if (next !== table) this.commit(next, this.t(labelKey), focus);
  }

  // ---- rendering -------------------------------------------------------------------------------

  override render() {
    const table = this.rule?.table;
    if (!table) return nothing;
    const analysis = this.analysis;
    return html`
      ${this.renderSettings(table)}
      <datalist id=${this.fieldListId}>${this.fields.map((f) => html`<option value=${f.key}>${this.text(f.label) || f.key}</option>`)}</datalist>
      <div class="scroll">${this.renderGrid(table, analysis)}</div>
      <div class="table-buttons">
        <button class="button secondary add-row" @click=${() => this.edit('policy.table.undo.addRow', edits.addRow, { row: table.rows.length, col: 1 })}>${this.t('policy.table.addRow')}</button>
        <button class="button secondary add-column" @click=${() => this.edit('policy.table.undo.addColumn', (t) => edits.addInput(t, this.fields))}>${this.t('policy.table.addColumn')}</button>
      </div>
      <sc-decision-table-analysis .services=${this.services} .analysis=${analysis}
        @gap-add=${(e: CustomEvent<{ gap: TableGap }>) => this.addGapRow(e.detail.gap)}
        @finding-reveal=${(e: CustomEvent<{ pointer: string }>) => this.reveal(e.detail.pointer)}></sc-decision-table-analysis>`;
  }

  private renderSettings(table: DecisionTable): TemplateResult {
    const out = table.output;
    return html`<div class="toolbar">
      <label>${this.t('policy.table.hitPolicy')}
        <select class="hit-policy" title=${this.t(`policy.table.hitPolicy.${table.hitPolicy}.hint`)}
          @change=${(e: Event) => this.edit('policy.table.undo.hitPolicy', (t) => edits.setHitPolicy(t, (e.target as HTMLSelectElement).value as HitPolicy))}>
          ${HIT_POLICIES.map((p) => html`<option value=${p} .selected=${live(p === table.hitPolicy)}>${this.t(`policy.table.hitPolicy.${p}`)}</option>`)}
        </select></label>
      ${table.hitPolicy === 'collect' ? html`<label>${this.t('policy.table.collect')}
        <select class="collect" @change=${(e: Event) => this.edit('policy.table.undo.collect', (t) => edits.setCollect(t, (e.target as HTMLSelectElement).value as CollectOperator))}>
          ${table.collect === undefined ? html`<option value="" selected disabled>${this.t('policy.table.collect.choose')}</option>` : nothing}
          ${COLLECT_OPERATORS.map((op) => html`<option value=${op} .selected=${live(op === table.collect)}>${this.t(`policy.table.collect.${op}`)}</option>`)}
        </select></label>` : nothing}
      <label>${this.t('policy.table.output')}
        <select class="output-type" @change=${(e: Event) => this.edit('policy.table.undo.outputType', (t) => edits.setOutputType(t, (e.target as HTMLSelectElement).value as TableOutput['type']))}>
          ${OUTPUT_TYPES.map((type) => html`<option value=${type} .selected=${live(type === out.type)}>${this.t(`policy.table.output.${type}`)}</option>`)}
        </select></label>
      ${this.renderOutputSettings(out)}
      <span class="hint">${this.t(`policy.table.hitPolicy.${table.hitPolicy}.hint`)}</span>
    </div>`;
  }

  private renderOutputSettings(out: TableOutput): TemplateResult | typeof nothing {
    const setOutput = (next: TableOutput): void => this.edit('policy.table.undo.outputSettings', (t) => edits.setOutput(t, next));
    switch (out.type) {
      case 'points': {
        const bound = (end: 'min' | 'max') => (e: Event) => {
          const control = e.target as HTMLInputElement;
          const text = control.value.trim();
          const n = parseNumber(text);
          control.setAttribute('aria-invalid', String(text !== '' && n === undefined));
          if (text !== '' && n === undefined) return;
          const next: TableOutput = { ...out };
          if (n === undefined) delete next[end];
          else next[end] = n;
          setOutput(next);
        };
        return html`
          <label>${this.t('policy.table.output.min')}<input type="text" inputmode="decimal" class="points-min" .value=${live(out.min === undefined ? '' : String(out.min))} @change=${bound('min')}></label>
          <label>${this.t('policy.table.output.max')}<input type="text" inputmode="decimal" class="points-max" .value=${live(out.max === undefined ? '' : String(out.max))} @change=${bound('max')}></label>`;
      }
      case 'money':
        return html`<label>${this.t('policy.table.output.currency')}<input type="text" class="currency" .value=${live(out.currency ?? '')} @change=${(e: Event) => {
          const currency = (e.target as HTMLInputElement).value.trim();
          setOutput(currency === '' ? { type: 'money' } : { type: 'money', currency });
        }}></label>`;
      case 'flag':
        return html`<label>${this.t('policy.table.output.severity')}<select class="severity" @change=${(e: Event) => {
          const severity = (e.target as HTMLSelectElement).value;
          setOutput(severity === '' ? { type: 'flag' } : { type: 'flag', severity: severity as (typeof SEVERITIES)[number] });
        }}>
          <option value="" .selected=${live(out.severity === undefined)}>${this.t('policy.table.output.severity.none')}</option>
          ${SEVERITIES.map((s) => html`<option value=${s} .selected=${live(out.severity === s)}>${this.t(`policy.table.severity.${s}`)}</option>`)}
        </select></label>`;
      case 'veto-cap':
        return nothing;
    }
  }

  private renderGrid(table: DecisionTable, analysis: TableAnalysis | undefined): TemplateResult {
    const columns = this.columns(table);
    const locale = this.locale;
    const names = table.inputs.map((input) => inputName(input, locale, this.fieldLabels));
    const byPointer = new Map<string, string[]>();
    const note = (pointer: string, text: string): void => {
      const list = byPointer.get(pointer);
      if (list) list.push(text);
      else byPointer.set(pointer, [text]);
    };
    for (const p of analysis?.problems ?? []) if (p.severity !== 'info') note(p.pointer, p.message[locale]);
    const overlapRows = new Set<number>();
    for (const o of analysis?.overlaps ?? []) {
      if (o.severity === 'info') continue;
      for (const r of o.rows) {
        overlapRows.add(r);
        note(`/rows/${r}`, o.message[locale]);
      }
    }
    const name = this.text(this.rule?.name);
    return html`<table role="grid" aria-label=${this.t('policy.table.gridLabel', { name })} aria-rowcount=${table.rows.length + 1} aria-colcount=${columns.length}
      @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, table, columns.length)} @focusin=${(e: FocusEvent) => this.onFocusIn(e)}>
      <thead><tr role="row" aria-rowindex="1">${columns.map((column) => this.renderHeader(column, table, names))}</tr></thead>
      <tbody>${table.rows.map((row, r) => {
        const rowNotes = byPointer.get(`/rows/${r}`);
        return html`<tr role="row" aria-rowindex=${r + 2} class=${overlapRows.has(r) ? 'overlap' : ''} data-row-id=${row.id}>
          ${columns.map((column, c) => this.renderBodyCell(column, table, r, c, names, byPointer, rowNotes))}
        </tr>`;
      })}</tbody>
    </table>
    ${table.rows.length === 0 ? html`<p class="hint">${this.t('policy.table.noRows')}</p>` : nothing}`;
  }

  private renderHeader(column: GridColumn, table: DecisionTable, names: string[]): TemplateResult {
    switch (column.kind) {
      case 'head':
        return html`<th scope="col" role="columnheader"><span aria-hidden="true">#</span><span class="visually-hidden">${this.t('policy.table.rowNumber')}</span></th>`;
      case 'input': {
        const input = table.inputs[column.index]!;
        return html`<th scope="col" role="columnheader" data-input=${column.index}>${renderInputHeader(input, column.index, {
          t: this.tr,
          fields: this.fields,
          fieldListId: this.fieldListId,
          name: names[column.index]!,
          expressionMode: this.expressionColumns.has(input.id),
          onToggleExpression: () => this.toggleExpression(input.id),
          onChange: (next, label) => this.commit(edits.setInput(table, column.index, next), label),
          onRemove: () => this.edit('policy.table.undo.removeColumn', (t) => edits.removeInput(t, column.index)),
        })}</th>`;
      }
      case 'output':
        return html`<th scope="col" role="columnheader">${this.t('policy.table.outputColumn', { type: this.t(`policy.table.output.${table.output.type}`) })}</th>`;
      case 'priority':
        return html`<th scope="col" role="columnheader">${this.t('policy.table.priority')}</th>`;
      case 'actions':
        return html`<th scope="col" role="columnheader"><span class="visually-hidden">${this.t('policy.table.rowActions')}</span></th>`;
    }
  }

  /** Roving tabindex: the active cell, kept inside the grid when rows or columns went away. */
  private cellAttributes(r: number, c: number): { tabindex: string } {
    const table = this.rule?.table;
    const rows = table?.rows.length ?? 0;
    const cols = table ? this.columns(table).length : 0;
    const row = Math.max(0, Math.min(this.active.row, rows - 1));
    const col = Math.max(0, Math.min(this.active.col, cols - 1));
    return { tabindex: row === r && col === c ? '0' : '-1' };
  }

  private renderBodyCell(
    column: GridColumn, table: DecisionTable, r: number, c: number, names: string[], byPointer: Map<string, string[]>, rowNotes: string[] | undefined,
  ): TemplateResult {
    const row = table.rows[r]!;
    const { tabindex } = this.cellAttributes(r, c);
    const n = r + 1;
    switch (column.kind) {
      case 'head':
        return html`<th scope="row" role="rowheader" data-row=${r} data-col=${c} tabindex=${tabindex}
          aria-label=${this.t('policy.table.row', { n })} aria-description=${rowNotes?.join(' ') ?? nothing} title=${rowNotes?.join('\n') ?? ''}>${n}${rowNotes ? html` <span aria-hidden="true">⚠</span>` : nothing}</th>`;
      case 'input': {
        const input: TableInput = table.inputs[column.index]!;
        const cell = row.cells[column.index] ?? { op: 'any' as const };
        const problems = byPointer.get(`/rows/${r}/cells/${column.index}`);
        return html`<td role="gridcell" data-row=${r} data-col=${c} tabindex=${tabindex} class=${problems ? 'problem' : ''}
          aria-description=${problems?.join(' ') ?? nothing} title=${problems?.join('\n') ?? ''}>${renderCellEditor(cell, input, {
            t: this.tr,
            where: this.t('policy.table.where', { n, column: names[column.index]! }),
            onChange: (next) => this.edit('policy.table.undo.editCell', (t) => edits.setCell(t, r, column.index, next)),
          })}</td>`;
      }
      case 'output': {
        const problems = byPointer.get(`/rows/${r}/output`);
        const amounts = table.output.type === 'points' || table.output.type === 'money';
        return html`<td role="gridcell" data-row=${r} data-col=${c} tabindex=${tabindex} class=${problems ? 'problem' : ''}
          aria-description=${problems?.join(' ') ?? nothing} title=${problems?.join('\n') ?? ''}>
          <input class="output" type="text" inputmode=${amounts ? 'decimal' : 'text'} aria-label=${this.t('policy.table.outputOf', { n })}
            .value=${live(String(row.output))} @change=${(e: Event) => this.editOutput(e.target as HTMLInputElement, r, amounts)}></td>`;
      }
      case 'priority': {
        const problems = byPointer.get(`/rows/${r}/priority`);
        return html`<td role="gridcell" data-row=${r} data-col=${c} tabindex=${tabindex} class=${problems ? 'problem' : ''} title=${problems?.join('\n') ?? ''}>
          <input class="priority" type="text" inputmode="numeric" aria-label=${this.t('policy.table.priorityOf', { n })}
            .value=${live(row.priority === undefined ? '' : String(row.priority))} @change=${(e: Event) => {
              const control = e.target as HTMLInputElement;
              const p = parseNumber(control.value);
              control.setAttribute('aria-invalid', String(p === undefined));
              if (p !== undefined) this.edit('policy.table.undo.editPriority', (t) => edits.setRowPriority(t, r, p));
            }}></td>`;
      }
      case 'actions': {
        const last = table.rows.length - 1;
        return html`<td role="gridcell" class="actions" data-row=${r} data-col=${c} tabindex=${tabindex}>
          <button class="icon move-up" ?disabled=${r === 0} title=${this.t('policy.table.moveUp')} aria-label=${this.t('policy.table.moveUpOf', { n })}
            @click=${() => this.edit('policy.table.undo.moveRow', (t) => edits.moveRow(t, r, r - 1), { row: r - 1, col: c })}><sc-codicon name="arrow-up"></sc-codicon></button>
          <button class="icon move-down" ?disabled=${r === last} title=${this.t('policy.table.moveDown')} aria-label=${this.t('policy.table.moveDownOf', { n })}
            @click=${() => this.edit('policy.table.undo.moveRow', (t) => edits.moveRow(t, r, r + 1), { row: r + 1, col: c })}><sc-codicon name="arrow-down"></sc-codicon></button>
          <button class="icon duplicate" title=${this.t('policy.table.duplicate')} aria-label=${this.t('policy.table.duplicateOf', { n })}
            @click=${() => this.edit('policy.table.undo.duplicateRow', (t) => edits.duplicateRow(t, r), { row: r + 1, col: c })}><sc-codicon name="copy"></sc-codicon></button>
          <button class="icon remove" title=${this.t('policy.table.remove')} aria-label=${this.t('policy.table.removeOf', { n })}
            @click=${() => this.removeRow(r, c)}><sc-codicon name="trash"></sc-codicon></button>
        </td>`;
      }
    }
  }

  // ---- edits -----------------------------------------------------------------------------------

  private editOutput(control: HTMLInputElement, r: number, amounts: boolean): void {
    const text = control.value.trim();
    const n = parseNumber(text);
    const ok = !amounts || n !== undefined;
    control.setAttribute('aria-invalid', String(!ok));
    control.title = ok ? '' : this.t('policy.table.cell.notNumber');
    if (ok) this.edit('policy.table.undo.editOutput', (t) => edits.setRowOutput(t, r, amounts ? n! : text));
  }

  private removeRow(r: number, col: number): void {
    const rows = this.rule?.table.rows.length ?? 0;
    this.edit('policy.table.undo.removeRow', (t) => edits.removeRow(t, r), rows > 1 ? { row: Math.min(r, rows - 2), col } : undefined);
  }

  private addGapRow(gap: TableGap): void {
    const rows = this.rule?.table.rows.length ?? 0;
    const outputCol = (this.rule?.table.inputs.length ?? 0) + 1;
    this.edit('policy.table.undo.addGapRow', (t) => edits.addRow(t, gap.cells.map((cell) => structuredClone(cell))), { row: rows, col: outputCol });
  }

  private toggleExpression(id: string): void {
    const next = new Set(this.expressionColumns);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expressionColumns = next;
  }

  // ---- focus and keyboard ----------------------------------------------------------------------

  private cellElement(row: number, col: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tbody [data-row="${row}"][data-col="${col}"]`);
  }

  /** Moves the focus to a body cell (and makes it the grid's Tab stop). */
  focusCell(row: number, col: number): void {
    this.active = { row, col };
    this.pendingFocus = { row, col };
    this.requestUpdate();
  }

  /** Shows where a finding points: the cell, the row, or the column header. */
  reveal(pointer: string): void {
    const parts = pointer.split('/').slice(1);
    const table = this.rule?.table;
    if (!table) return;
    if (parts[0] === 'inputs' && parts[1] !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(`th[data-input="${parts[1]}"] input, th[data-input="${parts[1]}"] select`)?.focus();
      return;
    }
    if (parts[0] !== 'rows' || parts[1] === undefined) return;
    const row = Number(parts[1]);
    if (!Number.isInteger(row) || row < 0 || row >= table.rows.length) return;
    const columns = this.columns(table);
    let col = 0;
    if (parts[2] === 'cells' && parts[3] !== undefined) col = Number(parts[3]) + 1;
    else if (parts[2] === 'output') col = columns.findIndex((c) => c.kind === 'output');
    else if (parts[2] === 'priority') col = Math.max(0, columns.findIndex((c) => c.kind === 'priority'));
    this.focusCell(row, col);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    if (!focus) return;
    this.pendingFocus = undefined;
    this.cellElement(focus.row, focus.col)?.focus();
  }

  private positionOf(e: Event): { cell: HTMLElement; row: number; col: number } | undefined {
    for (const node of e.composedPath()) {
      if (node === this) break;
      if (node instanceof HTMLElement && node.dataset.row !== undefined && node.dataset.col !== undefined) {
        return { cell: node, row: Number(node.dataset.row), col: Number(node.dataset.col) };
      }
    }
    return undefined;
  }

  private onFocusIn(e: FocusEvent): void {
    const at = this.positionOf(e);
    if (at && (at.row !== this.active.row || at.col !== this.active.col)) this.active = { row: at.row, col: at.col };
  }

  private onKeyDown(e: KeyboardEvent, table: DecisionTable, cols: number): void {
    const at = this.positionOf(e);
    if (!at) return;
    const target = e.composedPath()[0];
    let focus: GridPosition['focus'];
    if (target === at.cell) focus = { kind: 'cell' };
    else if (target instanceof HTMLInputElement) {
      const length = target.value.length;
      focus = { kind: 'text', atStart: target.selectionStart === 0 && target.selectionEnd === 0, atEnd: target.selectionStart === length && target.selectionEnd === length };
    } else if (target instanceof HTMLSelectElement) focus = { kind: 'select' };
    else focus = { kind: 'button' };
    const action = gridKeyAction(e, { row: at.row, col: at.col, focus }, { rows: table.rows.length, cols });
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    switch (action.kind) {
      case 'focus':
        this.focusCell(action.row, action.col);
        break;
      case 'move-row':
        this.edit('policy.table.undo.moveRow', (t) => edits.moveRow(t, action.from, action.to), { row: action.to, col: at.col });
        break;
      case 'duplicate-row':
        this.edit('policy.table.undo.duplicateRow', (t) => edits.duplicateRow(t, action.row), { row: action.row + 1, col: at.col });
        break;
      case 'remove-row':
        this.removeRow(action.row, 0);
        break;
      case 'enter-cell':
        at.cell.querySelector<HTMLElement>('select, input, button')?.focus();
        break;
      case 'leave-control':
        at.cell.focus();
        break;
    }
  }
}

customElements.define('sc-decision-table-editor', DecisionTableEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-decision-table-editor': DecisionTableEditorElement;
  }
}
