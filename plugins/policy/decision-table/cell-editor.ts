// The compact editor inside one grid cell: an operator menu ("-" for any) and the value controls
// the column's type calls for. Rendered into the table's own shadow root (not a nested element)
// so arrow-key navigation and focus stay in one tree.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TableCell, TableInput } from '../../../src/core/policy/types.ts';
import { changeOperator, OPERATORS_BY_TYPE } from './table-edits.ts';
import { listText, parseList, parseNumber, parseValue, type CellValue } from './value-text.ts';

type ValueCell = Extract<TableCell, { value: unknown }>;
type ListCell = Extract<TableCell, { values: unknown }>;

export type Translate = (key: string, args?: Readonly<Record<string, string | number>>) => string;

export interface CellEditorContext {
  t: Translate;
  /** Who the controls are for ("row 2, complaints"), part of every accessible name. */
  where: string;
  onChange: (cell: TableCell) => void;
}

/** Catalog key suffixes of the operators (keys cannot hold "<"). */
export const OPERATOR_KEYS: Record<TableCell['op'], string> = {
  any: 'any', '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', between: 'between', in: 'in', 'not-in': 'notIn',
};

/** Marks a control whose text does not fit, without committing it (the table keeps its last good value). */
function flag(control: HTMLInputElement, ok: boolean, message: string): boolean {
  control.setAttribute('aria-invalid', String(!ok));
  control.title = ok ? '' : message;
  return ok;
}

export function renderCellEditor(cell: TableCell, input: TableInput, ctx: CellEditorContext): TemplateResult {
  const { t, where } = ctx;
  const ops = OPERATORS_BY_TYPE[input.type].includes(cell.op) ? OPERATORS_BY_TYPE[input.type] : [...OPERATORS_BY_TYPE[input.type], cell.op];
  return html`<div class="cell">
    <select class="op" aria-label=${t('policy.table.cell.operator', { where })}
      @change=${(e: Event) => ctx.onChange(changeOperator(cell, (e.target as HTMLSelectElement).value as TableCell['op'], input))}>
      ${ops.map((op) => html`<option value=${op} .selected=${live(op === cell.op)} title=${t(`policy.table.op.${OPERATOR_KEYS[op]}.name`)}>${t(`policy.table.op.${OPERATOR_KEYS[op]}`)}</option>`)}
    </select>
    ${renderValues(cell, input, ctx)}
  </div>`;
}

function renderValues(cell: TableCell, input: TableInput, ctx: CellEditorContext): TemplateResult | typeof nothing {
  const { t, where } = ctx;
  switch (cell.op) {
    case 'any':
      return nothing;
    case 'between': {
      const commitEnd = (end: 'min' | 'max') => (e: Event) => {
        const control = e.target as HTMLInputElement;
        const n = parseNumber(control.value);
        if (!flag(control, n !== undefined, t('policy.table.cell.notNumber')) || n === undefined) return;
        ctx.onChange(end === 'min' ? { ...cell, min: n } : { ...cell, max: n });
      };
      const toggle = (key: 'minExclusive' | 'maxExclusive') => () => {
        const next: TableCell = { ...cell };
        if (cell[key] === true) delete next[key];
        else next[key] = true;
        ctx.onChange(next);
      };
      return html`
        <button class="icon end" aria-pressed=${cell.minExclusive === true ? 'false' : 'true'} title=${t('policy.table.cell.includeMin')}
          aria-label=${t('policy.table.cell.includeMinOf', { where })} @click=${toggle('minExclusive')}>${cell.minExclusive === true ? '(' : '['}</button>
        <input class="value" type="text" inputmode="decimal" aria-label=${t('policy.table.cell.min', { where })} .value=${live(String(cell.min))} @change=${commitEnd('min')}>
        <span aria-hidden="true">…</span>
        <input class="value" type="text" inputmode="decimal" aria-label=${t('policy.table.cell.max', { where })} .value=${live(String(cell.max))} @change=${commitEnd('max')}>
        <button class="icon end" aria-pressed=${cell.maxExclusive === true ? 'false' : 'true'} title=${t('policy.table.cell.includeMax')}
          aria-label=${t('policy.table.cell.includeMaxOf', { where })} @click=${toggle('maxExclusive')}>${cell.maxExclusive === true ? ')' : ']'}</button>`;
    }
    case 'in':
    case 'not-in':
      return renderList(cell, input, ctx);
    default:
      return renderSingle(cell, input, ctx);
  }
}

function valueLabel(value: CellValue, t: Translate): string {
  return typeof value === 'boolean' ? t(value ? 'policy.table.true' : 'policy.table.false') : String(value);
}

function renderSingle(cell: ValueCell, input: TableInput, ctx: CellEditorContext): TemplateResult {
  const { t, where } = ctx;
  const label = t('policy.table.cell.value', { where });
  const choices: CellValue[] = input.type === 'boolean' ? [true, false] : input.type === 'category' ? [...(input.values ?? [])] : [];
  if (choices.length > 0) {
    if (!choices.some((c) => c === cell.value)) choices.push(cell.value);
    return html`<select class="value" aria-label=${label}
      @change=${(e: Event) => ctx.onChange({ ...cell, value: choices[(e.target as HTMLSelectElement).selectedIndex]! })}>
      ${choices.map((c) => html`<option .selected=${live(c === cell.value)}>${valueLabel(c, t)}</option>`)}
    </select>`;
  }
  return html`<input class="value" type="text" inputmode=${input.type === 'number' ? 'decimal' : 'text'} aria-label=${label}
    .value=${live(String(cell.value))} @change=${(e: Event) => {
      const control = e.target as HTMLInputElement;
      const value = parseValue(control.value, input);
      if (flag(control, value !== undefined, t('policy.table.cell.notNumber'))) ctx.onChange({ ...cell, value: value! });
    }}>`;
}

function renderList(cell: ListCell, input: TableInput, ctx: CellEditorContext): TemplateResult {
  const { t, where } = ctx;
  const label = t('policy.table.cell.values', { where });
  const known = input.type === 'number' ? [] : [...(input.values ?? [])];
  if (known.length > 0) {
    const choices: CellValue[] = [...known, ...cell.values.filter((v) => !known.includes(v))];
    return html`<select multiple size=${Math.min(4, choices.length)} aria-label=${label}
      @change=${(e: Event) => {
        const selected = [...(e.target as HTMLSelectElement).options].flatMap((o, i) => (o.selected ? [choices[i]!] : []));
        ctx.onChange({ ...cell, values: selected });
      }}>
      ${choices.map((c) => html`<option .selected=${live(cell.values.includes(c))}>${valueLabel(c, t)}</option>`)}
    </select>`;
  }
  return html`<input class="list" type="text" aria-label=${label} placeholder=${t('policy.table.cell.listHint')}
    .value=${live(listText(cell.values))} @change=${(e: Event) => {
      const control = e.target as HTMLInputElement;
      const values = parseList(control.value, input);
      if (flag(control, values !== undefined, t('policy.table.cell.notNumbers'))) ctx.onChange({ ...cell, values: values! });
    }}>`;
}
