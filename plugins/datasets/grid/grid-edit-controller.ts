// Cell editing for the data grid, as a reactive controller: which cell is being edited, the editor
// for its type, committing through the data converter, and the drafts that keep rejected text.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DataMessage } from '../../../src/core/data/types.ts';
import type { LocalizedText } from '../../../src/core/localized-text.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { convertEdit, editorKindFor, editorText, type EditorKind, type EditResult } from './cell-editing.ts';
import { isMissing, type CellValue, type GridDataSource, type RowId } from './grid-data-source.ts';
import type { MessageArgs } from './grid-messages.ts';
import { moveAfterCommit, type CellPosition } from './grid-navigation.ts';

/** A cell being edited. `text` follows the editor as the user types (it outlives the row's DOM). */
export interface EditState {
  readonly rowId: RowId;
  readonly key: string;
  readonly kind: EditorKind;
  text: string;
  checked: boolean;
  error: DataMessage | 'incomplete' | undefined;
}

/** Typed text that was not accepted, kept on its cell with the reason until fixed or cancelled. */
export interface Draft {
  readonly text: string;
  readonly message: DataMessage;
}

/** What the controller needs from the grid. */
export interface EditHost {
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  view(): readonly RowId[];
  fields(): readonly FieldDef[];
  source(): GridDataSource | undefined;
  active(): CellPosition | undefined;
  /** Makes a cell active (and visible); `byUser` announces it. */
  moveTo(position: CellPosition, byUser: boolean): void;
  ensureVisible(position: CellPosition): void;
  focusGrid(): void;
  /** Stores a value the user entered (and announces it). */
  write(rowId: RowId, key: string, value: CellValue): Promise<void>;
  /** Text to start editing an empty cell with (the original text of a cell to fix), if any. */
  originalText?(rowId: RowId, key: string): string | undefined;
  t(key: string, args?: MessageArgs): string;
  text(value: LocalizedText | undefined): string;
}

const draftKey = (rowId: RowId, key: string): string => `${rowId}\u0000${key}`;

export class GridEditController implements ReactiveController {
  private state: EditState | undefined;
  private readonly drafts = new Map<string, Draft>();
  private focusPending = false;

  constructor(private readonly grid: EditHost) {
    grid.host.addController(this);
  }

  /** The cell being edited, if any. */
  get editing(): EditState | undefined {
    return this.state;
  }

  draft(rowId: RowId, key: string): Draft | undefined {
    return this.drafts.get(draftKey(rowId, key));
  }

  /** Forgets a cell's rejected text; true when there was one. */
  clearDraft(rowId: RowId, key: string): boolean {
    return this.drafts.delete(draftKey(rowId, key));
  }

  /** Forgets everything (a new data source). */
  reset(): void {
    this.state = undefined;
    this.drafts.clear();
  }

  /** Closes the editor without storing or keeping anything (its row is no longer shown). */
  close(): void {
    this.state = undefined;
  }

  /** Rows are gone: their drafts too, and the editor when it was on one of them. */
  dropRows(gone: ReadonlySet<RowId>): void {
    for (const key of [...this.drafts.keys()]) if (gone.has(Number(key.split('\u0000')[0]))) this.drafts.delete(key);
    if (this.state && gone.has(this.state.rowId)) this.state = undefined;
  }

  /** The message to show for an edit state's or a draft's error, in the current language. */
  errorText(error: DataMessage | 'incomplete' | undefined): string | undefined {
    if (error === 'incomplete') return this.grid.t('datasets.grid.edit.incomplete');
    return error ? this.grid.text(error) : undefined;
  }

  hostUpdated(): void {
    if (this.focusPending) this.focusEditor(3);
  }

  /**
   * Opens the editor on a cell: with `typed` text (typing replaces the value) in a text box, else
   * the field type's editor with the stored value (or the cell's draft, with its message). An empty
   * cell with an original text (a cell to fix) opens in a text box holding that text to correct.
   */
  begin(position: CellPosition, typed: string | undefined): void {
    const rowId = this.grid.view()[position.row];
    const field = this.grid.fields()[position.col];
    const source = this.grid.source();
    if (rowId === undefined || !field || !source) return;
    const value = source.getValue(rowId, field.key);
    const draft = this.draft(rowId, field.key);
    const original = typed === undefined && draft === undefined && isMissing(value) ? this.grid.originalText?.(rowId, field.key) : undefined;
    this.state = {
      rowId,
      key: field.key,
      kind: editorKindFor(field, value, typed !== undefined || draft !== undefined || original !== undefined),
      text: typed ?? draft?.text ?? original ?? editorText(value),
      checked: value === true,
      error: typed === undefined ? draft?.message : undefined,
    };
    const active = this.grid.active();
    if (active?.row !== position.row || active.col !== position.col) this.grid.moveTo(position, true);
    else this.grid.ensureVisible(position);
    this.focusPending = true;
    this.grid.host.requestUpdate();
  }

  /**
   * Stores the edited value when the field's type accepts it and moves as the key says. A rejected
   * text stays in the editor with the converter's message; when focus is leaving (`leaving`), it is
   * kept on the cell as a draft instead, so nothing typed is lost.
   */
  async commit(move: { key: 'Enter' | 'Tab'; shift: boolean } | undefined, leaving: boolean): Promise<boolean> {
    const edit = this.state;
    const fields = this.grid.fields();
    const field = edit && fields.find((f) => f.key === edit.key);
    if (!edit || !field) return false;
    const result = this.read(edit, field);
    if (result === 'incomplete' || !result.ok) {
      if (leaving) {
        this.state = undefined;
        if (result !== 'incomplete') this.drafts.set(draftKey(edit.rowId, edit.key), { text: edit.text, message: result.message });
      } else {
        edit.error = result === 'incomplete' ? 'incomplete' : result.message;
        this.focusPending = true;
      }
      this.grid.host.requestUpdate();
      return false;
    }
    this.clearDraft(edit.rowId, edit.key);
    this.state = undefined;
    const view = this.grid.view();
    const row = view.indexOf(edit.rowId);
    if (move && row >= 0) this.grid.moveTo(moveAfterCommit({ row, col: fields.indexOf(field) }, move.key, move.shift, view.length, fields.length), true);
    if (!leaving) this.grid.focusGrid();
    this.grid.host.requestUpdate();
    await this.grid.write(edit.rowId, field.key, result.value);
    return true;
  }

  /** Closes the editor without storing anything; the cell's draft goes too. */
  cancel(): void {
    const edit = this.state;
    if (!edit) return;
    this.clearDraft(edit.rowId, edit.key);
    this.state = undefined;
    this.grid.focusGrid();
    this.grid.host.requestUpdate();
  }

  /** The editor for the cell being edited; `invalid` when an error is shown with it. */
  render(field: FieldDef, edit: EditState, row: number, invalid: boolean): TemplateResult {
    const t = this.grid.t.bind(this.grid);
    const label = t('datasets.grid.edit.label', { column: this.grid.text(field.label) || field.key, row: row + 1 });
    const describedBy = invalid ? 'grid-cell-error' : nothing;
    const onInput = (e: Event): void => {
      edit.text = (e.target as HTMLInputElement | HTMLSelectElement).value;
    };
    switch (edit.kind) {
      case 'checkbox':
        return html`<input class="editor" type="checkbox" aria-label=${label} .checked=${edit.checked}
          @change=${(e: Event) => { edit.checked = (e.target as HTMLInputElement).checked; }}
          @keydown=${this.onKeydown} @blur=${this.onBlur} />`;
      case 'select': {
        const values = field.values ?? [];
        return html`<select class="editor" aria-label=${label} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy}
          @change=${onInput} @keydown=${this.onKeydown} @blur=${this.onBlur}>
          <option value="" ?selected=${edit.text === ''}>${t('datasets.grid.empty')}</option>
          ${values.map((v) => html`<option .value=${v} ?selected=${edit.text === v}>${v}</option>`)}
          ${edit.text !== '' && !values.includes(edit.text) ? html`<option .value=${edit.text} selected>${edit.text}</option>` : nothing}
        </select>`;
      }
      default: {
        const type = edit.kind === 'date' || edit.kind === 'time' ? edit.kind : 'text';
        const inputMode = edit.kind === 'number' ? (field.type === 'integer' ? 'numeric' : 'decimal') : nothing;
        return html`<input class="editor" type=${type} inputmode=${inputMode} step=${edit.kind === 'time' ? (edit.text.length > 5 ? 1 : 60) : nothing}
          .value=${edit.text} aria-label=${label} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy}
          @input=${onInput} @keydown=${this.onKeydown} @blur=${this.onBlur} />`;
      }
    }
  }

  private element(): HTMLInputElement | HTMLSelectElement | null {
    return this.grid.host.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>('.cell.editing .editor');
  }

  /** Focuses the editor once its row is rendered (the virtualizer may render it a frame later). */
  private focusEditor(attempts: number): void {
    const editor = this.element();
    if (!editor) {
      if (attempts > 0 && this.state) requestAnimationFrame(() => this.focusEditor(attempts - 1));
      else this.focusPending = false;
      return;
    }
    this.focusPending = false;
    editor.focus({ preventScroll: true });
    if (editor instanceof HTMLInputElement && editor.type === 'text') editor.setSelectionRange(editor.value.length, editor.value.length);
  }

  private read(edit: EditState, field: FieldDef): EditResult | 'incomplete' {
    const editor = this.element();
    if (edit.kind === 'checkbox') return { ok: true, value: editor instanceof HTMLInputElement ? editor.checked : edit.checked };
    // A native date or time input holds a half-typed value as "" plus badInput.
    if (editor instanceof HTMLInputElement && editor.validity.badInput) return 'incomplete';
    if (editor) edit.text = editor.value;
    return convertEdit(edit.text, field);
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.isComposing) return; // Enter confirms an IME composition, it does not commit the cell
    if (e.key === 'Escape') {
      e.preventDefault();
      this.cancel();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      void this.commit({ key: e.key, shift: e.shiftKey }, false);
    }
  };

  private readonly onBlur = (e: FocusEvent): void => {
    // Ignore the editor's row leaving the DOM (scrolled away) and the window losing focus.
    if (!this.state || !(e.target as Element).isConnected || !document.hasFocus()) return;
    void this.commit(undefined, true);
  };
}
