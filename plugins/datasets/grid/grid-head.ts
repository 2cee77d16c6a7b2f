// The grid's head: the column headers (sort buttons, resize handles) and the filter row.
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import type { ColumnResizeController } from './column-resize-controller.ts';
import type { FilterError } from './grid-filter.ts';
import { filterErrorText, filterPlaceholder, listTypeName, type Translate } from './grid-messages.ts';
import type { SortKey } from './grid-view.ts';

export interface HeadContext {
  readonly fields: readonly FieldDef[];
  readonly sort: readonly SortKey[];
  readonly filters: Readonly<Record<string, string>>;
  readonly filterErrors: Readonly<Record<string, FilterError>>;
  readonly resize: ColumnResizeController;
  readonly t: Translate;
  /** A field's label and unit in the display language. */
  label(field: FieldDef): string;
  unit(field: FieldDef): string;
  onSortClick(e: MouseEvent, key: string): void;
  /** While typing (the grid waits a moment before filtering). */
  onFilterInput(key: string, text: string): void;
  /** On Enter, on leaving the box, and for the yes/no list: filter now. */
  onFilterChange(key: string, text: string): void;
}

export function renderHead(c: HeadContext): TemplateResult {
  return html`
    <div class="row headers" role="row" aria-rowindex="1">
      <div class="gutter" role="columnheader">${c.t('datasets.grid.rowNumber')}</div>
      ${c.fields.map((f, col) => renderHeader(c, f, col))}
    </div>
    <div class="row filters" role="row" aria-rowindex="2">
      <div class="gutter" role="gridcell"><sc-codicon name="filter"></sc-codicon></div>
      ${c.fields.map((f, col) => renderFilter(c, f, col))}
    </div>
  `;
}

function renderHeader(c: HeadContext, field: FieldDef, col: number): TemplateResult {
  const label = c.label(field);
  const unit = c.unit(field);
  const index = c.sort.findIndex((s) => s.key === field.key);
  const key = c.sort[index];
  // aria-sort belongs on one header only: the primary sort key's.
  const ariaSort = index === 0 && key ? (key.direction === 'asc' ? 'ascending' : 'descending') : nothing;
  return html`
    <div class="header ${field.type}" role="columnheader" aria-sort=${ariaSort} data-key=${field.key} data-col=${col}>
      <button type="button" class="sort" title=${c.t('datasets.grid.sort.title', { column: label })}
        @click=${(e: MouseEvent) => c.onSortClick(e, field.key)}>
        <span class="label">${label}${unit ? html` <span class="unit">(${unit})</span>` : nothing}${field.type === 'list'
          ? html` <span class="type">${listTypeName(field, c.t)}</span>` : nothing}</span>
        ${key ? html`<sc-codicon name=${key.direction === 'asc' ? 'arrow-up' : 'arrow-down'}></sc-codicon>` : nothing}
        ${key && c.sort.length > 1 ? html`<span class="rank" title=${c.t('datasets.grid.sort.rank', { rank: index + 1 })}>${index + 1}</span>` : nothing}
      </button>
      <div class="resizer ${c.resize.resizing === field.key ? 'active' : ''}" role="separator" aria-orientation="vertical"
        aria-label=${c.t('datasets.grid.resize', { column: label })} data-key=${field.key}
        @pointerdown=${c.resize.onPointerDown} @pointermove=${c.resize.onPointerMove}
        @pointerup=${c.resize.onPointerEnd} @pointercancel=${c.resize.onPointerEnd}></div>
    </div>
  `;
}

function renderFilter(c: HeadContext, field: FieldDef, col: number): TemplateResult {
  const label = c.t('datasets.grid.filter.label', { column: c.label(field) });
  const value = c.filters[field.key] ?? '';
  const error = c.filterErrors[field.key];
  const text = (e: Event): string => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const control = field.type === 'boolean'
    ? html`<select aria-label=${label} @change=${(e: Event) => c.onFilterChange(field.key, text(e))}>
        ${[
          ['', c.t('datasets.grid.filter.any')],
          ['yes', c.t('datasets.grid.filter.yes')],
          ['no', c.t('datasets.grid.filter.no')],
          ['is empty', c.t('datasets.grid.filter.isEmpty')],
          ['is not empty', c.t('datasets.grid.filter.notEmpty')],
        ].map(([v, name]) => html`<option value=${v} ?selected=${value === v}>${name}</option>`)}
      </select>`
    : html`<input type="text" .value=${value} aria-label=${label} placeholder=${filterPlaceholder(field, c.t)}
        aria-invalid=${error ? 'true' : 'false'} title=${error ? filterErrorText(error, c.t) : nothing}
        @input=${(e: Event) => c.onFilterInput(field.key, text(e))}
        @change=${(e: Event) => c.onFilterChange(field.key, text(e))}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') c.onFilterChange(field.key, text(e)); }} />`;
  return html`<div class="filter" role="gridcell" data-key=${field.key} data-col=${col}>${control}</div>`;
}
