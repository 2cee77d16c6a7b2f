// The edits the decision-table editor makes, as pure functions from one table to the next (never
// mutating the input), so every user action is one new value and one undo step.
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import type { CollectOperator, DecisionTable, HitPolicy, TableCell, TableInput, TableOutput, TableRow } from '../../../src/core/policy/types.ts';

export type ColumnType = TableInput['type'];

/** The operators a column of each type offers, in menu order. */
export const OPERATORS_BY_TYPE: Record<ColumnType, ReadonlyArray<TableCell['op']>> = {
  number: ['any', '==', '!=', '<', '<=', '>', '>=', 'between', 'in', 'not-in'],
  category: ['any', '==', '!=', 'in', 'not-in'],
  string: ['any', '==', '!=', 'in', 'not-in'],
  boolean: ['any', '==', '!='],
};

/** A record field's type as a column type (dates and times compare as text). */
export function columnTypeOf(field: FieldInfo | undefined): ColumnType {
  switch (field?.type) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'category':
      return 'category';
    default:
      return field === undefined ? 'number' : 'string';
  }
}

function freshId(taken: Iterable<string>, prefix: string): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function freshRowId(table: DecisionTable): string {
  return freshId(table.rows.map((r) => r.id), 'row');
}

function withRows(table: DecisionTable, rows: TableRow[]): DecisionTable {
  return { ...table, rows };
}

/** What a new row's output starts as: nothing to fill for amounts, an empty name otherwise. */
export function defaultOutput(output: TableOutput): number | string {
  return output.type === 'points' || output.type === 'money' ? 0 : '';
}

export function addRow(table: DecisionTable, cells?: TableCell[]): DecisionTable {
  const row: TableRow = { id: freshRowId(table), cells: cells ?? table.inputs.map((): TableCell => ({ op: 'any' })), output: defaultOutput(table.output) };
  if (table.hitPolicy === 'priority') row.priority = 0;
  return withRows(table, [...table.rows, row]);
}

export function removeRow(table: DecisionTable, index: number): DecisionTable {
  return withRows(table, table.rows.filter((_, i) => i !== index));
}

/** A copy of the row right below it, under a fresh id. */
export function duplicateRow(table: DecisionTable, index: number): DecisionTable {
  const source = table.rows[index];
  if (source === undefined) return table;
  const copy: TableRow = { ...structuredClone(source), id: freshRowId(table) };
  return withRows(table, [...table.rows.slice(0, index + 1), copy, ...table.rows.slice(index + 1)]);
}

export function moveRow(table: DecisionTable, from: number, to: number): DecisionTable {
  if (from === to || from < 0 || to < 0 || from >= table.rows.length || to >= table.rows.length) return table;
  const rows = [...table.rows];
  const [row] = rows.splice(from, 1);
  rows.splice(to, 0, row!);
  return withRows(table, rows);
}

export function setCell(table: DecisionTable, row: number, column: number, cell: TableCell): DecisionTable {
  return withRows(table, table.rows.map((r, i) => {
    if (i !== row) return r;
    const cells = table.inputs.map((_, c): TableCell => r.cells[c] ?? { op: 'any' });
    cells[column] = cell;
    return { ...r, cells };
  }));
}

export function setRowOutput(table: DecisionTable, row: number, output: number | string): DecisionTable {
  return withRows(table, table.rows.map((r, i) => (i === row ? { ...r, output } : r)));
}

export function setRowPriority(table: DecisionTable, row: number, priority: number): DecisionTable {
  return withRows(table, table.rows.map((r, i) => (i === row ? { ...r, priority } : r)));
}

/** A new column reading `field` (the first field no column reads yet, when not given); every row says "any" for it. */
export function addInput(table: DecisionTable, fields: readonly FieldInfo[], field?: FieldInfo): DecisionTable {
  const read = new Set(table.inputs.map((i) => (i.expression as { var?: unknown } | null)?.var));
  const chosen = field ?? fields.find((f) => !read.has(f.key));
  const input = inputForField({ id: freshId(table.inputs.map((i) => i.id), 'in'), expression: { var: chosen?.key ?? '' }, type: 'number' }, chosen);
  return { ...table, inputs: [...table.inputs, input], rows: table.rows.map((r) => ({ ...r, cells: [...r.cells, { op: 'any' }] })) };
}

export function removeInput(table: DecisionTable, column: number): DecisionTable {
  return {
    ...table,
    inputs: table.inputs.filter((_, c) => c !== column),
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.filter((_, c) => c !== column) })),
  };
}

/** A column now reading `field`: its type and values follow the field. */
export function inputForField(input: TableInput, field: FieldInfo | undefined, path = field?.key ?? ''): TableInput {
  const next: TableInput = { id: input.id, expression: { var: path }, type: field ? columnTypeOf(field) : input.type };
  if (input.label !== undefined) next.label = input.label;
  if ((next.type === 'category' || next.type === 'string') && field?.values && field.values.length > 0) next.values = [...field.values];
  if (next.type === 'number' && input.type === 'number') {
    if (input.min !== undefined) next.min = input.min;
    if (input.max !== undefined) next.max = input.max;
  }
  return next;
}

/** Replaces column `column`; when its type changed, cells whose operator the new type lacks become "any". */
export function setInput(table: DecisionTable, column: number, input: TableInput): DecisionTable {
  const before = table.inputs[column];
  const inputs = table.inputs.map((i, c) => (c === column ? input : i));
  if (before === undefined || before.type === input.type) return { ...table, inputs };
  const allowed = OPERATORS_BY_TYPE[input.type];
  return {
    ...table,
    inputs,
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((cell, c): TableCell => (c === column && !allowed.includes(cell.op) ? { op: 'any' } : cell)) })),
  };
}

/** A new hit policy; priority gives every row a priority, collect defaults to sum. */
export function setHitPolicy(table: DecisionTable, hitPolicy: HitPolicy): DecisionTable {
  const next: DecisionTable = { ...table, hitPolicy };
  if (hitPolicy === 'collect') next.collect = table.collect ?? 'sum';
  else delete next.collect;
  if (hitPolicy === 'priority') next.rows = table.rows.map((r) => (typeof r.priority === 'number' ? r : { ...r, priority: 0 }));
  return next;
}

export function setCollect(table: DecisionTable, collect: CollectOperator): DecisionTable {
  return { ...table, collect };
}

/** A new output type; outputs that cannot mean anything under it are reset. */
export function setOutputType(table: DecisionTable, type: TableOutput['type']): DecisionTable {
  if (table.output.type === type) return table;
  const output: TableOutput = { type };
  const amounts = type === 'points' || type === 'money';
  const wasAmounts = table.output.type === 'points' || table.output.type === 'money';
  return {
    ...table,
    output,
    rows: amounts === wasAmounts ? table.rows : table.rows.map((r) => ({ ...r, output: defaultOutput(output) })),
  };
}

export function setOutput(table: DecisionTable, output: TableOutput): DecisionTable {
  return { ...table, output };
}

/**
 * The cell an operator change produces: keeps the value the cell had where it can (3 stays 3 from
 * "=" to "<", becomes [3] for "in" and 3…3 for "between").
 */
export function changeOperator(cell: TableCell, op: TableCell['op'], input: TableInput): TableCell {
  if (cell.op === op) return cell;
  const previous = cellValues(cell);
  const fallback = defaultValue(input);
  const first = previous[0] ?? fallback;
  switch (op) {
    case 'any':
      return { op };
    case 'between': {
      const numbers = previous.filter((v): v is number => typeof v === 'number');
      const min = numbers[0] ?? 0;
      return { op, min, max: numbers[1] ?? min };
    }
    case 'in':
    case 'not-in':
      return { op, values: previous.length > 0 ? previous.slice(0, cell.op === 'between' ? 1 : undefined) : [fallback] };
    default:
      return { op, value: first };
  }
}

/** The constants a cell names, in order. */
export function cellValues(cell: TableCell): Array<string | number | boolean> {
  switch (cell.op) {
    case 'any':
      return [];
    case 'between':
      return [cell.min, cell.max];
    case 'in':
    case 'not-in':
      return [...cell.values];
    default:
      return [cell.value];
  }
}

export function defaultValue(input: TableInput): string | number | boolean {
  switch (input.type) {
    case 'number':
      return input.min ?? 0;
    case 'boolean':
      return true;
    default:
      return input.values?.[0] ?? '';
  }
}
