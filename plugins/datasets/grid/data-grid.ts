import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { IDisposable } from '../../../src/base/lifecycle.ts';
import type { ListItem } from '../../../src/core/data/list-text.ts';
import type { FieldDef, FieldType } from '../../../src/core/scorecard/types.ts';
import { buttonStyles, WorkbenchElement } from '../../../src/workbench/api.ts';
import { isListCell, sameValue } from './cell-editing.ts';
import { nextNoted, ROW_NOTE, type CellNote, type CellNotes } from './cell-notes.ts';
import { ColumnResizeController } from './column-resize-controller.ts';
import { dataGridStyles } from './data-grid-styles.ts';
import { GridEditController, type EditState } from './grid-edit-controller.ts';
import { isMissing, type CellValue, type GridDataChange, type GridDataSource, type RowId } from './grid-data-source.ts';
import type { FilterError } from './grid-filter.ts';
import { renderHead } from './grid-head.ts';
import { fallbackMessage, filterErrorText, type MessageArgs } from './grid-messages.ts';
import { navigate, type CellPosition } from './grid-navigation.ts';
import { listDisplay } from './list-display.ts';
import { computeView, type SortKey } from './grid-view.ts';

/** `detail` of `grid-cell-edit`. */
export interface GridCellEditDetail {
  rowId: RowId;
  key: string;
  value: CellValue;
  /** The value before the edit (for the document layer's undo). */
  previous: CellValue;
}

/** `detail` of `grid-selection-change`: the active cell (if any) and the selected rows. */
export interface GridSelectionDetail {
  rowId: RowId | undefined;
  key: string | undefined;
  rowIds: RowId[];
}

const DEFAULT_WIDTHS: Readonly<Record<FieldType, number>> = {
  number: 100, integer: 90, boolean: 80, date: 120, time: 90, string: 160, category: 120, list: 220,
};
const FILTER_DELAY_MS = 150;
const QUICK_FILTER = '\u0000quick';
/** The header and filter rows come before the data rows in aria-rowindex. */
const HEAD_ROWS = 2;
/** The virtualizer's layout: vertical flow (one shared object, so it is not rebuilt on render). */
const LAYOUT = {};
/** The id of the active cell, the grid's aria-activedescendant. */
const ACTIVE_CELL_ID = 'grid-active-cell';

/**
 * A virtualised, editable grid over a dataset of up to hundreds of thousands of rows: sortable
 * (click; Shift+click adds a secondary key), filterable per column and across columns, resizable
 * columns, and full keyboard operation. Only the rows in view are in the DOM.
 *
 * Keys: arrows, Home/End, Ctrl+Home/End, PageUp/PageDown move; Enter or F2 edits, typing replaces;
 * in an editor Enter/Tab (Shift: backwards) commit and move, Escape cancels; Delete empties a cell;
 * Space toggles a yes/no cell; Shift+Space selects the row, Escape clears the row selection. An
 * edit the field's type rejects is not stored: the cell keeps the typed text and shows the data
 * converter's message. Edited and added rows stay where they are until the view is sorted or
 * filtered again (or `refresh()` is called), as in a spreadsheet. Noted cells (`cellNotes`) have a
 * warning outline and their note as tooltip and description; F8 / Shift+F8 go to the next or
 * previous one, the status line shows the active cell's note, and an editor opened on an empty
 * noted cell starts with the note's original text.
 *
 * @fires grid-cell-edit - {@link GridCellEditDetail} after the user's edit has been stored in the data source.
 * @fires grid-selection-change - {@link GridSelectionDetail} when the user moves the active cell or changes the row selection.
 * @fires grid-row-add - `{ rowId }` after the user added a row with the Add Row button.
 * @fires grid-rows-delete - `{ rowIds }` after the user deleted rows with the Delete Rows button.
 * @fires grid-column-resize - `{ key, width }` when the user has finished dragging a column's edge.
 */
export class DataGridElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    dataSource: { attribute: false },
    sort: { attribute: false },
    filters: { attribute: false },
    quickFilter: { attribute: false },
    columnWidths: { attribute: false },
    rowHeight: { type: Number, attribute: 'row-height' },
    onlyRows: { attribute: false },
    cellNotes: { attribute: false },
  };

  static override styles = [buttonStyles, dataGridStyles];

  /** The rows shown and edited. */
  declare dataSource: GridDataSource | undefined;
  /** Sort keys, most significant first. */
  declare sort: readonly SortKey[];
  /** Filter text per field key, in the filter row's syntax (see grid-filter.ts). */
  declare filters: Readonly<Record<string, string>>;
  /** Words that must all appear somewhere in a shown row. */
  declare quickFilter: string;
  /** Column widths in pixels by field key; columns not listed get a width for their type. */
  declare columnWidths: Readonly<Record<string, number>>;
  /** Height of every body row in pixels (rows are fixed-height for the virtualizer). */
  declare rowHeight: number;
  /** Only these rows are shown (the filters apply on top); every row when undefined. */
  declare onlyRows: ReadonlySet<RowId> | undefined;
  /** Cells and rows to mark, with their notes (see cell-notes.ts). */
  declare cellNotes: CellNotes | undefined;

  /** Row ids shown, in display order. */
  private view: RowId[] = [];
  private filterErrors: Readonly<Record<string, FilterError>> = {};
  /** The language the view was collated for. */
  private viewLocale = '';
  private active: CellPosition | undefined;
  private selectedRows = new Set<RowId>();
  /** Where a Shift+click on the gutter extends from. */
  private selectionAnchor: number | undefined;
  private saveProblem: string | undefined;
  private sourceSubscription: IDisposable | undefined;
  private subscribedSource: GridDataSource | undefined;
  private readonly filterTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Texts every row uses, looked up once per render rather than once per cell. */
  private words = { empty: '', yes: '', no: '', noItems: '' };
  private readonly edits: GridEditController;
  private readonly resize: ColumnResizeController;

  constructor() {
    super();
    this.dataSource = undefined;
    this.sort = [];
    this.filters = {};
    this.quickFilter = '';
    this.columnWidths = {};
    this.rowHeight = 24;
    this.onlyRows = undefined;
    this.cellNotes = undefined;
    this.edits = new GridEditController({
      host: this,
      view: () => this.view,
      fields: () => this.fields,
      source: () => this.dataSource,
      active: () => this.active,
      moveTo: (position, byUser) => this.moveTo(position, byUser),
      ensureVisible: (position) => this.ensureVisible(position),
      focusGrid: () => this.focusGrid(),
      write: (rowId, key, value) => this.writeCell(rowId, key, value),
      originalText: (rowId, key) => this.noteOf(rowId, key)?.original,
      t: (key, args) => this.t(key, args),
      text: (value) => this.text(value),
    });
    this.resize = new ColumnResizeController({
      host: this,
      widthOf: (key) => {
        const field = this.fields.find((f) => f.key === key);
        return field && this.widthOf(field);
      },
      setWidth: (key, width) => {
        this.columnWidths = { ...this.columnWidths, [key]: width };
      },
      resized: (key, width) => this.dispatchEvent(new CustomEvent('grid-column-resize', { detail: { key, width }, bubbles: true, composed: true })),
    });
  }

  // ---- public API -------------------------------------------------------------------------

  /** Row ids shown after filters and sort, in display order. */
  get viewRowIds(): readonly RowId[] {
    return this.view;
  }

  /** The active cell, if any. */
  get activeCell(): { rowId: RowId; key: string } | undefined {
    const rowId = this.active ? this.view[this.active.row] : undefined;
    const field = this.active ? this.fields[this.active.col] : undefined;
    return rowId === undefined || !field ? undefined : { rowId, key: field.key };
  }

  /** Rows selected with the row-number gutter (or Shift+Space). */
  get selectedRowIds(): RowId[] {
    return [...this.selectedRows];
  }

  /** Makes a cell active and scrolls it into view (no event: not a user action). */
  selectCell(rowId: RowId, key: string): boolean {
    const row = this.view.indexOf(rowId);
    const col = this.fields.findIndex((f) => f.key === key);
    if (row < 0 || col < 0) return false;
    this.moveTo({ row, col }, false);
    return true;
  }

  /**
   * Makes the next noted cell after the active one active (the previous one with `backwards`),
   * scrolls to it and focuses the grid; false when no shown cell has a note.
   */
  goToNote(backwards = false): boolean {
    const next = this.cellNotes && nextNoted(this.view, this.fields, this.cellNotes, this.active, backwards);
    if (!next) return false;
    this.moveTo(next, true);
    this.focusGrid();
    return true;
  }

  /** Applies the sort and filters again (rows edited since stay where they are until then). */
  refresh(): void {
    this.recompute();
    this.requestUpdate();
  }

  /** Appends an empty row, makes its first cell active and resolves with its id. */
  async addRow(): Promise<RowId | undefined> {
    const source = this.dataSource;
    if (!source) return undefined;
    const rowId = await source.addRow();
    if (!this.view.includes(rowId)) this.view = [...this.view, rowId];
    this.selectedRows.clear();
    this.moveTo({ row: this.view.indexOf(rowId), col: 0 }, false);
    this.focusGrid();
    return rowId;
  }

  /** Deletes the selected rows, or the active cell's row when none is selected; resolves with the ids deleted. */
  async deleteSelectedRows(): Promise<RowId[]> {
    const source = this.dataSource;
    const rowIds = this.rowsToDelete();
    if (!source || !rowIds.length) return [];
    await source.deleteRows(rowIds);
    this.selectedRows.clear();
    this.selectionAnchor = undefined;
    this.requestUpdate();
    return rowIds;
  }

  // ---- lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dataSource) this.subscribeSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sourceSubscription?.dispose();
    this.sourceSubscription = undefined;
    this.subscribedSource = undefined;
    for (const timer of this.filterTimers.values()) clearTimeout(timer);
    this.filterTimers.clear();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('dataSource')) {
      this.subscribeSource();
      this.active = undefined;
      this.selectedRows.clear();
      this.edits.reset();
    }
    const localeChanged = this.locale !== this.viewLocale && this.sort.length > 0;
    if (changed.has('dataSource') || changed.has('sort') || changed.has('filters') || changed.has('quickFilter') || changed.has('onlyRows') || localeChanged) {
      this.recompute();
    }
  }

  protected override t(key: string, args?: MessageArgs): string {
    return this.services ? super.t(key, args) : fallbackMessage(key, args);
  }

  // ---- rendering --------------------------------------------------------------------------

  private get fields(): readonly FieldDef[] {
    return this.dataSource?.fields ?? [];
  }

  private get locale(): string {
    return this.services?.i18n.locale ?? 'en';
  }

  override render(): TemplateResult {
    const fields = this.fields;
    const total = this.dataSource?.rowCount ?? 0;
    const number = new Intl.NumberFormat(this.locale);
    const gutter = this.gutterWidth();
    const widths = fields.map((f) => this.widthOf(f));
    const width = widths.reduce((sum, w) => sum + w, gutter);
    const columns = [gutter, ...widths].map((w) => `${w}px`).join(' ');
    this.words = {
      empty: this.t('datasets.grid.empty'), yes: this.t('datasets.grid.value.true'), no: this.t('datasets.grid.value.false'), noItems: this.t('datasets.grid.value.noItems'),
    };
    const problems = this.problems();
    const activeNote = this.activeCell && this.noteOf(this.activeCell.rowId, this.activeCell.key, true);
    return html`
      <div class="toolbar" role="toolbar" aria-label=${this.t('datasets.grid.toolbar')}>
        <button type="button" class="button secondary add" title=${this.t('datasets.grid.addRow.title')} ?disabled=${!this.dataSource}
          @click=${this.onAddClick}><sc-codicon name="add"></sc-codicon>${this.t('datasets.grid.addRow')}</button>
        <button type="button" class="button secondary delete" title=${this.t('datasets.grid.deleteRows.title')}
          ?disabled=${this.rowsToDelete().length === 0} @click=${this.onDeleteClick}><sc-codicon name="trash"></sc-codicon>${this.t('datasets.grid.deleteRows')}</button>
        <span class="spacer"></span>
        <input type="search" class="quick-filter" .value=${this.quickFilter} placeholder=${this.t('datasets.grid.quickFilter.placeholder')}
          aria-label=${this.t('datasets.grid.quickFilter.label')} @input=${this.onQuickFilterInput} @change=${this.onQuickFilterInput} />
      </div>
      <div class="grid" role="grid" tabindex="0" aria-label=${this.t('datasets.grid.label')} aria-multiselectable="true"
        aria-rowcount=${this.view.length + HEAD_ROWS} aria-colcount=${fields.length + 1} aria-activedescendant=${this.active ? ACTIVE_CELL_ID : nothing}
        style=${styleMap({ '--grid-width': `${width}px`, '--columns': columns, '--row-height': `${this.rowHeight}px` })}
        @keydown=${this.onGridKeydown} @focus=${this.onGridFocus}>
        <div class="head" role="rowgroup">${renderHead({
          fields,
          sort: this.sort,
          filters: this.filters,
          filterErrors: this.filterErrors,
          resize: this.resize,
          t: (key, args) => this.t(key, args),
          label: (field) => this.columnLabel(field),
          unit: (field) => this.text(field.unit),
          onSortClick: (e, key) => this.onSortClick(e, key),
          onFilterInput: (key, text) => this.scheduleFilter(key, text),
          onFilterChange: (key, text) => this.setFilter(key, text),
        })}</div>
        ${this.dataSource && this.view.length === 0
          ? html`<div class="empty">${this.t(total === 0 ? 'datasets.grid.noData' : 'datasets.grid.noRows')}</div>`
          : nothing}
        <div class="body" role="rowgroup" tabindex="-1" @click=${this.onBodyClick} @dblclick=${this.onBodyDblClick} @scroll=${this.onBodyScroll}>${virtualize({
          items: this.view,
          renderItem: this.renderRow,
          keyFunction: (rowId: RowId) => rowId,
          layout: LAYOUT,
          scroller: true,
        })}</div>
      </div>
      <div class="status">
        <span role="status" class="count">${this.t('datasets.grid.rows', { shown: number.format(this.view.length), total: number.format(total) })}${this.selectedRows.size
          ? html` · ${this.t('datasets.grid.selected', { count: number.format(this.selectedRows.size) })}` : nothing}</span>
        ${activeNote ? html`<span class="note" title=${activeNote.text}><sc-codicon name="warning"></sc-codicon>${activeNote.text}</span>` : nothing}
        ${problems.length ? html`<span class="problem" role="alert" title=${problems.join('\n')}>${problems[0]}</span>` : nothing}
      </div>
    `;
  }

  /**
   * One body row. Rows are kept lean (the virtualizer renders about a hundred of them): columns come
   * from the grid's template, and only the active cell carries an id (for aria-activedescendant).
   * The active row may show an error bubble below it, so it is the only one not contained.
   */
  private readonly renderRow = (rowId: RowId, index: number): TemplateResult => {
    const selected = this.selectedRows.has(rowId);
    const edit = this.edits.editing;
    const editing = edit?.rowId === rowId ? edit : undefined;
    const active = this.active?.row === index;
    const rowNote = this.cellNotes?.get(rowId)?.get(ROW_NOTE);
    return html`
      <div class="row${selected ? ' selected' : ''}${active || editing ? ' open' : ''}" role="row" aria-rowindex=${index + HEAD_ROWS + 1}
        aria-selected=${selected ? 'true' : 'false'} data-row=${index} data-row-id=${rowId}>
        <div class="gutter${rowNote ? ' noted' : ''}" role="rowheader" title=${rowNote?.text ?? nothing}
          aria-description=${rowNote?.text ?? nothing}>${rowNote ? html`<sc-codicon name="warning"></sc-codicon>` : nothing}${index + 1}</div>
        ${this.fields.map((field, col) => this.renderCell(rowId, index, field, col, editing))}
      </div>
    `;
  };

  private renderCell(rowId: RowId, row: number, field: FieldDef, col: number, editing: EditState | undefined): TemplateResult {
    const isActive = this.active?.row === row && this.active.col === col;
    const isEditing = editing?.key === field.key;
    const draft = isEditing ? undefined : this.edits.draft(rowId, field.key);
    const errorText = this.edits.errorText(isEditing ? editing.error : draft?.message);
    const note = this.cellNotes?.get(rowId)?.get(field.key);
    const classes = `cell ${field.type}${isActive ? ' active' : ''}${isEditing ? ' editing' : ''}${draft ? ' invalid' : ''}${note ? ' noted' : ''}`;
    // A list shows as many items as fit; its tooltip has them all (a draft's or a note's text comes first).
    const value = this.dataSource?.getValue(rowId, field.key);
    const listTitle = isListCell(value) && value.length > 0 ? listDisplay(value, (item) => this.itemText(item, field)).title : undefined;
    let content: unknown;
    if (isEditing) content = this.edits.render(field, editing, row, errorText !== undefined);
    else if (draft) content = html`<sc-codicon name="error"></sc-codicon>${draft.text}`;
    else if (note) content = html`<sc-codicon name="warning"></sc-codicon>${this.renderValue(value, field)}`;
    else content = this.renderValue(value, field);
    return html`
      <div class=${classes} role="gridcell" id=${isActive ? ACTIVE_CELL_ID : nothing} data-col=${col}
        aria-invalid=${draft ? 'true' : nothing} title=${draft ? errorText ?? nothing : note?.text ?? listTitle ?? nothing}
        aria-description=${note?.text ?? nothing}>${content}
        ${errorText && (isEditing || isActive) ? html`<div class="error" id="grid-cell-error" role="alert">${errorText}</div>` : nothing}
      </div>
    `;
  }

  private renderValue(value: CellValue | undefined, field: FieldDef): unknown {
    if (isMissing(value)) return html`<span class="missing">${this.words.empty}</span>`;
    if (typeof value === 'boolean' && field.type === 'boolean') return value ? this.words.yes : this.words.no;
    if (isListCell(value)) {
      if (value.length === 0) return html`<span class="no-items">${this.words.noItems}</span>`;
      return listDisplay(value, (item) => this.itemText(item, field)).text;
    }
    return String(value);
  }

  /** One item of a list as its cell shows it: yes/no items in the display language. */
  private itemText(item: ListItem, field: FieldDef): string {
    return typeof item === 'boolean' && field.items === 'boolean' ? (item ? this.words.yes : this.words.no) : String(item);
  }

  // ---- view -------------------------------------------------------------------------------

  private recompute(): void {
    const source = this.dataSource;
    const activeRowId = this.active ? this.view[this.active.row] : undefined;
    if (!source) {
      this.view = [];
      this.filterErrors = {};
      this.active = undefined;
      return;
    }
    const result = computeView(source, {
      sort: this.sort, filters: this.filters, quickFilter: this.quickFilter, locale: this.locale, ...(this.onlyRows ? { onlyRows: this.onlyRows } : {}),
    });
    this.view = result.rowIds;
    this.filterErrors = result.filterErrors;
    this.viewLocale = this.locale;
    if (this.active) {
      const row = activeRowId === undefined ? -1 : this.view.indexOf(activeRowId);
      this.active = this.view.length ? { row: row >= 0 ? row : Math.min(this.active.row, this.view.length - 1), col: this.active.col } : undefined;
    }
    if (this.selectedRows.size) {
      const shown = new Set(this.view);
      this.selectedRows = new Set([...this.selectedRows].filter((id) => shown.has(id)));
    }
    const edit = this.edits.editing;
    if (edit && !this.view.includes(edit.rowId)) this.edits.close();
  }

  private subscribeSource(): void {
    if (this.subscribedSource === this.dataSource && this.sourceSubscription) return;
    this.sourceSubscription?.dispose();
    this.subscribedSource = this.dataSource;
    this.sourceSubscription = this.isConnected ? this.dataSource?.onDidChange((change) => this.onSourceChange(change)) : undefined;
  }

  private onSourceChange(change: GridDataChange): void {
    switch (change.kind) {
      case 'update':
        break;
      case 'add': {
        const added = change.rowIds.filter((id) => !this.view.includes(id));
        if (added.length) this.view = [...this.view, ...added];
        break;
      }
      case 'delete': {
        const gone = new Set(change.rowIds);
        const activeRowId = this.active ? this.view[this.active.row] : undefined;
        this.view = this.view.filter((id) => !gone.has(id));
        for (const id of gone) this.selectedRows.delete(id);
        this.edits.dropRows(gone);
        if (this.active) {
          const row = activeRowId === undefined || gone.has(activeRowId) ? this.active.row : this.view.indexOf(activeRowId);
          this.active = this.view.length ? { row: Math.min(row, this.view.length - 1), col: this.active.col } : undefined;
        }
        break;
      }
      case 'reset':
        this.recompute();
        break;
    }
    this.requestUpdate();
  }

  private setFilter(key: string, text: string): void {
    clearTimeout(this.filterTimers.get(key));
    this.filterTimers.delete(key);
    if ((this.filters[key] ?? '') === text) return;
    const next = { ...this.filters };
    if (text.trim() === '') delete next[key];
    else next[key] = text;
    this.filters = next;
  }

  private scheduleFilter(key: string, text: string): void {
    clearTimeout(this.filterTimers.get(key));
    this.filterTimers.set(key, setTimeout(() => this.setFilter(key, text), FILTER_DELAY_MS));
  }

  private readonly onQuickFilterInput = (e: Event): void => {
    const text = (e.target as HTMLInputElement).value;
    clearTimeout(this.filterTimers.get(QUICK_FILTER));
    const apply = (): void => {
      this.filterTimers.delete(QUICK_FILTER);
      if (this.quickFilter !== text) this.quickFilter = text;
    };
    if (e.type === 'change') apply();
    else this.filterTimers.set(QUICK_FILTER, setTimeout(apply, FILTER_DELAY_MS));
  };

  /** Click: sort by this column alone (ascending, descending, off). Shift+click: add it as a further key. */
  private onSortClick(e: MouseEvent, key: string): void {
    const index = this.sort.findIndex((s) => s.key === key);
    const current = this.sort[index];
    if (e.shiftKey) {
      if (!current) this.sort = [...this.sort, { key, direction: 'asc' }];
      else if (current.direction === 'asc') this.sort = this.sort.map((s, i) => (i === index ? { key, direction: 'desc' } : s));
      else this.sort = this.sort.filter((_, i) => i !== index);
      return;
    }
    const direction = !current ? 'asc' : current.direction === 'asc' ? 'desc' : undefined;
    this.sort = direction ? [{ key, direction }] : [];
  }

  // ---- selection, scrolling and keys ------------------------------------------------------

  private moveTo(position: CellPosition, byUser: boolean): void {
    this.active = position;
    this.ensureVisible(position);
    this.requestUpdate();
    if (byUser) this.fireSelectionChange();
  }

  private fireSelectionChange(): void {
    const cell = this.activeCell;
    const detail: GridSelectionDetail = { rowId: cell?.rowId, key: cell?.key, rowIds: this.selectedRowIds };
    this.dispatchEvent(new CustomEvent('grid-selection-change', { detail, bubbles: true, composed: true }));
  }

  /** The focus holder (role=grid): keys go here while no editor is open. */
  private get gridElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.grid');
  }

  /** The virtualised body, which is also the scroller. */
  private get body(): VirtualizerHostElement | null {
    return this.renderRoot.querySelector<VirtualizerHostElement>('.body');
  }

  private focusGrid(): void {
    this.gridElement?.focus({ preventScroll: true });
  }

  /** The head scrolls sideways with the body (it sits outside the scroller, so it never scrolls away). */
  private readonly onBodyScroll = (e: Event): void => {
    const head = this.renderRoot.querySelector<HTMLElement>('.head');
    if (head) head.scrollLeft = (e.currentTarget as HTMLElement).scrollLeft;
  };

  /**
   * Scrolls so that a cell is fully visible right of the sticky gutter. A row in the DOM is placed
   * by arithmetic (rows are fixed-height); a row further away is left to the virtualizer, which
   * pins it in view until it has rendered and measured the rows around it (a plain scrollTop can be
   * put back while it settles, e.g. just after the rows changed).
   */
  private ensureVisible(position: CellPosition, attempts = 3): void {
    const body = this.body;
    if (!body) return;
    const rendered = body.querySelector(`:scope > [data-row="${position.row}"][data-row-id="${this.view[position.row]}"]`);
    if (rendered) {
      const top = position.row * this.rowHeight;
      if (top < body.scrollTop) body.scrollTop = top;
      else if (top + this.rowHeight > body.scrollTop + body.clientHeight) body.scrollTop = top + this.rowHeight - body.clientHeight;
    } else {
      const row = body[virtualizerRef]?.element(position.row);
      if (row) row.scrollIntoView({ block: 'nearest' });
      // The virtualizer takes new rows a moment after a render (an added row, a new view).
      else if (attempts > 0) requestAnimationFrame(() => this.active === position && this.ensureVisible(position, attempts - 1));
    }
    const gutter = this.gutterWidth();
    const fields = this.fields;
    let left = gutter;
    for (let c = 0; c < position.col && c < fields.length; c++) left += this.widthOf(fields[c]!);
    const right = left + (fields[position.col] ? this.widthOf(fields[position.col]!) : 0);
    if (left - gutter < body.scrollLeft) body.scrollLeft = left - gutter;
    else if (right > body.scrollLeft + body.clientWidth) body.scrollLeft = right - body.clientWidth;
  }

  private gutterWidth(): number {
    return Math.max(40, 14 + 8 * String(this.view.length).length);
  }

  private pageRows(): number {
    const body = this.body;
    return body ? Math.max(1, Math.floor(body.clientHeight / this.rowHeight) - 1) : 10;
  }

  private readonly onGridFocus = (): void => {
    if (!this.active && this.view.length && this.fields.length) {
      this.active = { row: 0, col: 0 };
      this.requestUpdate();
    }
  };

  private readonly onGridKeydown = (e: KeyboardEvent): void => {
    // Keys typed into the filters and editors are theirs; the body may hold focus after a click.
    if ((e.target !== e.currentTarget && e.target !== this.body) || e.isComposing) return;
    // An editor that lost focus without a blur (its row was scrolled out of the DOM) closes now.
    if (this.edits.editing) void this.edits.commit(undefined, true);
    const rows = this.view.length;
    const cols = this.fields.length;
    if (!rows || !cols) return;
    const here = this.active ?? { row: 0, col: 0 };
    const ctrl = e.ctrlKey || e.metaKey;
    const next = navigate(here, { key: e.key, ctrl, shift: e.shiftKey }, rows, cols, this.pageRows());
    if (next) {
      e.preventDefault();
      this.moveTo(next, true);
      return;
    }
    switch (e.key) {
      case 'F8':
        e.preventDefault();
        this.goToNote(e.shiftKey);
        return;
      case 'Enter':
      case 'F2':
        e.preventDefault();
        this.edits.begin(here, undefined);
        return;
      case 'Delete':
        e.preventDefault();
        void this.clearCell(here);
        return;
      case 'Backspace':
        e.preventDefault();
        this.edits.begin(here, '');
        return;
      case 'Escape':
        if (this.selectedRows.size) {
          this.selectedRows.clear();
          this.requestUpdate();
          this.fireSelectionChange();
        }
        return;
      case ' ':
        if (e.shiftKey) {
          e.preventDefault();
          this.selectRows([this.view[here.row]!], here.row);
          return;
        }
        if (this.fields[here.col]!.type === 'boolean' && !ctrl) {
          e.preventDefault();
          void this.toggleBoolean(here);
          return;
        }
        break;
    }
    if ([...e.key].length === 1 && !ctrl && !e.altKey) {
      e.preventDefault();
      this.edits.begin(here, e.key);
    }
  };

  private cellAt(e: Event): { row: number; col: number | undefined; gutter: boolean } | undefined {
    const target = e.target as Element;
    if (target.closest('.editor')) return undefined;
    const cell = target.closest<HTMLElement>('.cell, .gutter');
    const row = cell?.closest<HTMLElement>('.row')?.dataset.row;
    if (!cell || row === undefined) return undefined;
    return { row: Number(row), col: cell.dataset.col === undefined ? undefined : Number(cell.dataset.col), gutter: cell.classList.contains('gutter') };
  }

  private readonly onBodyClick = (e: MouseEvent): void => {
    const hit = this.cellAt(e);
    if (!hit) return;
    if (this.edits.editing) void this.edits.commit(undefined, true);
    if (hit.gutter) {
      this.onGutterClick(hit.row, e);
      return;
    }
    if (hit.col === undefined) return;
    this.focusGrid();
    if (this.active?.row === hit.row && this.active.col === hit.col) return;
    this.moveTo({ row: hit.row, col: hit.col }, true);
  };

  private readonly onBodyDblClick = (e: MouseEvent): void => {
    const hit = this.cellAt(e);
    if (hit && !hit.gutter && hit.col !== undefined) this.edits.begin({ row: hit.row, col: hit.col }, undefined);
  };

  /** Click selects a row, Ctrl/Cmd+click adds or removes one, Shift+click selects a range. */
  private onGutterClick(row: number, e: MouseEvent): void {
    const rowId = this.view[row];
    if (rowId === undefined) return;
    this.focusGrid();
    const toggle = e.ctrlKey || e.metaKey;
    if (e.shiftKey && this.selectionAnchor !== undefined) {
      const [from, to] = [Math.min(this.selectionAnchor, row), Math.max(this.selectionAnchor, row)];
      if (!toggle) this.selectedRows.clear();
      for (const id of this.view.slice(from, to + 1)) this.selectedRows.add(id);
    } else if (toggle) {
      if (!this.selectedRows.delete(rowId)) this.selectedRows.add(rowId);
      this.selectionAnchor = row;
    } else {
      this.selectRows([rowId], row);
      return;
    }
    this.active = { row, col: this.active?.col ?? 0 };
    this.requestUpdate();
    this.fireSelectionChange();
  }

  private selectRows(rowIds: RowId[], anchor: number): void {
    this.selectedRows = new Set(rowIds);
    this.selectionAnchor = anchor;
    this.active = { row: anchor, col: this.active?.col ?? 0 };
    this.requestUpdate();
    this.fireSelectionChange();
  }

  private rowsToDelete(): RowId[] {
    if (this.selectedRows.size) return [...this.selectedRows];
    const cell = this.activeCell;
    return cell ? [cell.rowId] : [];
  }

  private readonly onAddClick = async (): Promise<void> => {
    const rowId = await this.addRow();
    if (rowId === undefined) return;
    this.dispatchEvent(new CustomEvent('grid-row-add', { detail: { rowId }, bubbles: true, composed: true }));
    this.fireSelectionChange();
  };

  private readonly onDeleteClick = async (): Promise<void> => {
    const rowIds = await this.deleteSelectedRows();
    if (!rowIds.length) return;
    this.dispatchEvent(new CustomEvent('grid-rows-delete', { detail: { rowIds }, bubbles: true, composed: true }));
    this.fireSelectionChange();
    this.focusGrid();
  };

  // ---- writing ----------------------------------------------------------------------------

  private async clearCell(position: CellPosition): Promise<void> {
    const rowId = this.view[position.row];
    const field = this.fields[position.col];
    if (rowId === undefined || !field) return;
    if (this.edits.clearDraft(rowId, field.key)) this.requestUpdate();
    await this.writeCell(rowId, field.key, null);
  }

  private async toggleBoolean(position: CellPosition): Promise<void> {
    const rowId = this.view[position.row];
    const field = this.fields[position.col];
    if (rowId === undefined || !field || !this.dataSource) return;
    await this.writeCell(rowId, field.key, this.dataSource.getValue(rowId, field.key) !== true);
  }

  /** Stores a value the user entered and announces it; a failed write is shown in the status line. */
  private async writeCell(rowId: RowId, key: string, value: CellValue): Promise<void> {
    const source = this.dataSource;
    if (!source) return;
    const previous = source.getValue(rowId, key) ?? null;
    if (sameValue(previous, value)) return;
    try {
      await source.updateCell(rowId, key, value);
      this.saveProblem = undefined;
    } catch (error) {
      this.saveProblem = this.t('datasets.grid.edit.saveFailed', { problem: error instanceof Error ? error.message : String(error) });
      this.requestUpdate();
      return;
    }
    const detail: GridCellEditDetail = { rowId, key, value, previous };
    this.dispatchEvent(new CustomEvent('grid-cell-edit', { detail, bubbles: true, composed: true }));
  }

  // ---- columns and messages ---------------------------------------------------------------

  /** A cell's note; with `orRow`, the row's own note when the cell has none. */
  private noteOf(rowId: RowId, key: string, orRow = false): CellNote | undefined {
    const notes = this.cellNotes?.get(rowId);
    return notes?.get(key) ?? (orRow ? notes?.get(ROW_NOTE) : undefined);
  }

  private widthOf(field: FieldDef): number {
    return this.columnWidths[field.key] ?? DEFAULT_WIDTHS[field.type];
  }

  private columnLabel(field: FieldDef): string {
    return this.text(field.label) || field.key;
  }

  /** What the status line reports: filters that could not be read, a failed save. */
  private problems(): string[] {
    const t = (key: string, args?: MessageArgs): string => this.t(key, args);
    const out: string[] = [];
    for (const field of this.fields) {
      const error = this.filterErrors[field.key];
      if (error) out.push(t('datasets.grid.filter.ignored', { column: this.columnLabel(field), problem: filterErrorText(error, t) }));
    }
    if (this.saveProblem) out.push(this.saveProblem);
    return out;
  }
}

if (!customElements.get('sc-data-grid')) customElements.define('sc-data-grid', DataGridElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-data-grid': DataGridElement;
  }
  interface HTMLElementEventMap {
    'grid-cell-edit': CustomEvent<GridCellEditDetail>;
    'grid-selection-change': CustomEvent<GridSelectionDetail>;
  }
}
