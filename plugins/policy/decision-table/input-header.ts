// The header of one input column: which field (or JSON-logic expression) it reads, its type, and
// what gap analysis needs to know about its domain (the range of a number, the values of a
// category). Rendered into the table's shadow root, like the cells.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import { varPath } from '../../../src/core/policy/decision-table/index.ts';
import type { TableInput } from '../../../src/core/policy/types.ts';
import type { Translate } from './cell-editor.ts';
import { inputForField, type ColumnType } from './table-edits.ts';
import { listText, parseList, parseNumber } from './value-text.ts';

const COLUMN_TYPES: readonly ColumnType[] = ['number', 'category', 'string', 'boolean'];

export interface InputHeaderContext {
  t: Translate;
  fields: readonly FieldInfo[];
  /** The id of the page's <datalist> of field keys. */
  fieldListId: string;
  /** The column's name for accessible labels ("complaints"). */
  name: string;
  /** The expression is edited as JSON (it is not a plain field, or the user asked to). */
  expressionMode: boolean;
  onToggleExpression: () => void;
  onChange: (input: TableInput, label: string) => void;
  onRemove: () => void;
}

function mark(control: HTMLInputElement, ok: boolean, message: string): boolean {
  control.setAttribute('aria-invalid', String(!ok));
  control.title = ok ? '' : message;
  return ok;
}

export function renderInputHeader(input: TableInput, index: number, ctx: InputHeaderContext): TemplateResult {
  const { t, name } = ctx;
  const path = varPath(input.expression);
  const asExpression = ctx.expressionMode || path === undefined;
  const change = (next: TableInput, labelKey: string): void => ctx.onChange(next, t(labelKey));
  return html`<div class="column">
    <div class="line">
      ${asExpression
        ? html`<input class="field expression" type="text" spellcheck="false" aria-label=${t('policy.table.column.expression', { n: index + 1 })}
            .value=${live(JSON.stringify(input.expression))} @change=${(e: Event) => {
              const control = e.target as HTMLInputElement;
              let expression: unknown;
              try {
                expression = JSON.parse(control.value) as unknown;
              } catch {
                mark(control, false, t('policy.table.column.badJson'));
                return;
              }
              mark(control, true, '');
              change({ ...input, expression }, 'policy.table.undo.changeColumn');
            }}>`
        : html`<input class="field" type="text" list=${ctx.fieldListId} spellcheck="false" aria-label=${t('policy.table.column.field', { n: index + 1 })}
            .value=${live(path ?? '')} @change=${(e: Event) => {
              const key = (e.target as HTMLInputElement).value.trim();
              const field = ctx.fields.find((f) => f.key === key);
              change(inputForField(input, field, key), 'policy.table.undo.changeColumn');
            }}>`}
      <button class="icon" aria-pressed=${asExpression ? 'true' : 'false'} ?disabled=${path === undefined && !ctx.expressionMode}
        title=${t('policy.table.column.asExpression')} aria-label=${t('policy.table.column.asExpressionOf', { name })}
        @click=${ctx.onToggleExpression}>{ }</button>
      <button class="icon" title=${t('policy.table.column.remove')} aria-label=${t('policy.table.column.removeOf', { name })} @click=${ctx.onRemove}>✕</button>
    </div>
    <div class="line">
      <select aria-label=${t('policy.table.column.type', { name })} @change=${(e: Event) => {
        const type = (e.target as HTMLSelectElement).value as ColumnType;
        const next: TableInput = { id: input.id, expression: input.expression, type };
        if (input.label !== undefined) next.label = input.label;
        if (input.values !== undefined && (type === 'category' || type === 'string')) next.values = input.values;
        change(next, 'policy.table.undo.changeColumn');
      }}>
        ${COLUMN_TYPES.map((type) => html`<option value=${type} .selected=${live(type === input.type)}>${t(`policy.table.type.${type}`)}</option>`)}
      </select>
      ${input.type === 'number' ? renderRange(input, ctx, change) : nothing}
    </div>
    ${input.type === 'category' || input.type === 'string'
      ? html`<div class="line"><input class="values" type="text" placeholder=${t('policy.table.column.valuesHint')}
          aria-label=${t('policy.table.column.values', { name })} .value=${live(listText(input.values ?? []))} @change=${(e: Event) => {
            const values = parseList((e.target as HTMLInputElement).value, input) ?? [];
            const next: TableInput = { ...input };
            if (values.length > 0) next.values = values;
            else delete next.values;
            change(next, 'policy.table.undo.changeColumn');
          }}></div>`
      : nothing}
  </div>`;
}

function renderRange(input: TableInput, ctx: InputHeaderContext, change: (next: TableInput, labelKey: string) => void): TemplateResult {
  const { t, name } = ctx;
  const bound = (end: 'min' | 'max') => (e: Event) => {
    const control = e.target as HTMLInputElement;
    const text = control.value.trim();
    const n = parseNumber(text);
    if (!mark(control, text === '' || n !== undefined, t('policy.table.cell.notNumber'))) return;
    const next: TableInput = { ...input };
    if (n === undefined) delete next[end];
    else next[end] = n;
    change(next, 'policy.table.undo.changeColumn');
  };
  return html`
    <input class="bound" type="text" inputmode="decimal" placeholder=${t('policy.table.column.min')} title=${t('policy.table.column.rangeHint')}
      aria-label=${t('policy.table.column.minOf', { name })} .value=${live(input.min === undefined ? '' : String(input.min))} @change=${bound('min')}>
    <span aria-hidden="true">…</span>
    <input class="bound" type="text" inputmode="decimal" placeholder=${t('policy.table.column.max')} title=${t('policy.table.column.rangeHint')}
      aria-label=${t('policy.table.column.maxOf', { name })} .value=${live(input.max === undefined ? '' : String(input.max))} @change=${bound('max')}>`;
}
