// The structural checks of a decision table: what makes a table wrong or suspicious before any
// question of overlaps and gaps (cell counts, value types per column, empty ranges, outputs that
// do not fit the output type, hit-policy settings).
import { compileLogic } from '../../logic/engine.ts';
import type { DecisionTable, TableCell, TableInput } from '../types.ts';
import type { TableProblem, TableProblemCode, FindingSeverity } from './analysis-types.ts';
import { looseNumber } from './column-domain.ts';
import { numericOutput } from './compile-table.ts';
import { formatValue } from './describe-cells.ts';

type Report = (code: TableProblemCode, severity: FindingSeverity, pointer: string, en: string, zh: string) => void;

export function tableProblems(table: DecisionTable): TableProblem[] {
  const problems: TableProblem[] = [];
  const report: Report = (code, severity, pointer, en, zh) => problems.push({ code, severity, pointer, message: { en, 'zh-CN': zh } });
  checkSettings(table, report);
  table.inputs.forEach((input, c) => checkInput(input, c, report));
  duplicates(table.inputs.map((i) => i.id), (index, id) =>
    report('duplicate-input-id', 'error', `/inputs/${index}/id`, `Column id "${id}" is used twice.`, `列标识“${id}”重复。`));
  duplicates(table.rows.map((r) => r.id), (index, id) =>
    report('duplicate-row-id', 'error', `/rows/${index}/id`, `Row id "${id}" is used twice.`, `行标识“${id}”重复。`));
  table.rows.forEach((row, r) => {
    const n = r + 1;
    if (row.cells.length !== table.inputs.length) {
      report('cell-count', 'error', `/rows/${r}/cells`,
        `Row ${n} has ${row.cells.length} cells for ${table.inputs.length} columns.`,
        `第 ${n} 行有 ${row.cells.length} 个单元格，但表有 ${table.inputs.length} 列。`);
    }
    row.cells.forEach((cell, c) => {
      const input = table.inputs[c];
      if (input !== undefined) checkCell(cell, input, `/rows/${r}/cells/${c}`, `${n}`, report);
    });
    checkOutput(table, row.output, r, report);
    if (table.hitPolicy === 'priority' && typeof row.priority !== 'number') {
      report('no-priority', 'warning', `/rows/${r}/priority`, `Row ${n} has no priority (it counts as 0).`, `第 ${n} 行没有优先级（按 0 计）。`);
    }
  });
  return problems;
}

function checkSettings(table: DecisionTable, report: Report): void {
  if (table.inputs.length === 0) report('no-inputs', 'warning', '/inputs', 'The table has no input columns: every row always matches.', '此表没有输入列：每一行总是匹配。');
  if (table.rows.length === 0) report('no-rows', 'warning', '/rows', 'The table has no rows.', '此表没有任何行。');
  if (table.hitPolicy === 'collect' && table.collect === undefined) {
    report('collect-operator', 'error', '/collect', 'The collect hit policy needs an operator (sum, min, max or count).', '“汇总”命中策略需要选择汇总方式（求和、最小、最大或计数）。');
  }
  if (table.hitPolicy === 'collect' && table.collect === 'count' && (table.output.type === 'flag' || table.output.type === 'veto-cap')) {
    report('collect-output', 'warning', '/collect', 'Counting matching rows is meant for points or money outputs.', '计数汇总适用于积分或金额输出。');
  }
  if (table.hitPolicy === 'collect' && (table.collect === 'min' || table.collect === 'max') && (table.output.type === 'flag' || table.output.type === 'veto-cap')) {
    report('collect-output', 'warning', '/collect', 'Min and max compare flag names and grades as text.', '最小、最大会按文本比较标记名称和等级。');
  }
  const out = table.output;
  if (out.type === 'points' && out.min !== undefined && out.max !== undefined && out.min > out.max) {
    report('output-range', 'error', '/output', `The points range is empty (${out.min} > ${out.max}).`, `积分范围为空（${out.min} > ${out.max}）。`);
  }
}

function checkInput(input: TableInput, c: number, report: Report): void {
  const n = c + 1;
  try {
    compileLogic(input.expression);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    report('bad-expression', 'error', `/inputs/${c}/expression`, `Column ${n}'s expression is not valid JSON-logic: ${why}`, `第 ${n} 列的表达式不是有效的 JSON-logic：${why}`);
  }
  if (input.type === 'number' && typeof input.min === 'number' && typeof input.max === 'number' && input.min > input.max) {
    report('bad-domain', 'error', `/inputs/${c}/min`, `Column ${n}'s range is empty (${input.min} > ${input.max}).`, `第 ${n} 列的取值范围为空（${input.min} > ${input.max}）。`);
  }
  if (input.type === 'category' && (input.values === undefined || input.values.length === 0)) {
    report('no-values', 'info', `/inputs/${c}/values`, `Column ${n} lists no values: gaps are checked only against the values its cells name.`, `第 ${n} 列未列出取值：只能按单元格中出现的取值检查遗漏。`);
  }
}

function checkCell(cell: TableCell, input: TableInput, pointer: string, row: string, report: Report): void {
  const where = { en: `Row ${row}, column ${Number(pointer.split('/').pop()) + 1}`, zh: `第 ${row} 行第 ${Number(pointer.split('/').pop()) + 1} 列` };
  const typeError = (value: unknown): void =>
    report('cell-type', 'error', pointer,
      `${where.en}: ${formatValue(value, 'en')} is not a ${typeName(input.type, 'en')}.`,
      `${where.zh}：${formatValue(value, 'zh-CN')} 不是${typeName(input.type, 'zh-CN')}。`);
  const badOperator = (): void =>
    report('bad-operator', 'error', pointer,
      `${where.en}: "${cell.op}" does not apply to a ${typeName(input.type, 'en')} column.`,
      `${where.zh}：“${cell.op}”不适用于${typeName(input.type, 'zh-CN')}列。`);
  const checkValue = (value: unknown): void => {
    if (!fitsType(value, input)) typeError(value);
    else if (input.type === 'category' && input.values !== undefined && input.values.length > 0 && !input.values.includes(value as string)) {
      report('unknown-value', 'warning', pointer, `${where.en}: ${formatValue(value, 'en')} is not one of the column's values.`, `${where.zh}：${formatValue(value, 'zh-CN')} 不在此列的取值中。`);
    }
  };
  switch (cell.op) {
    case 'any':
      return;
    case 'between': {
      if (input.type !== 'number') return badOperator();
      const min = looseNumber(cell.min);
      const max = looseNumber(cell.max);
      if (typeof cell.min !== 'number' || min === undefined) return typeError(cell.min);
      if (typeof cell.max !== 'number' || max === undefined) return typeError(cell.max);
      if (min > max || (min === max && (cell.minExclusive === true || cell.maxExclusive === true))) {
        report('empty-between', 'error', pointer, `${where.en}: the range ${min}…${max} is empty.`, `${where.zh}：范围 ${min}…${max} 为空。`);
      }
      return;
    }
    case 'in':
    case 'not-in':
      if (!Array.isArray(cell.values) || cell.values.length === 0) {
        report('empty-list', 'warning', pointer,
          `${where.en}: the list is empty, so the cell ${cell.op === 'in' ? 'never matches' : 'always matches'}.`,
          `${where.zh}：列表为空，此单元格${cell.op === 'in' ? '永不匹配' : '总是匹配'}。`);
        return;
      }
      // `in` compares strictly, so "5" never equals 5: a number column needs real numbers
      for (const v of cell.values) {
        if (input.type === 'number' ? typeof v !== 'number' : !fitsType(v, input)) typeError(v);
        else checkValue(v);
      }
      return;
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (input.type !== 'number') return badOperator();
      return checkValue(cell.value);
    default:
      return checkValue(cell.value);
  }
}

function fitsType(value: unknown, input: TableInput): boolean {
  switch (input.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
    case 'category':
      return typeof value === 'string' || (typeof value === 'number' && (input.values ?? []).includes(value));
  }
}

function typeName(type: TableInput['type'], locale: 'en' | 'zh-CN'): string {
  const names = { number: ['number', '数值'], string: ['text', '文本'], boolean: ['yes/no value', '是/否值'], category: ['category', '类别'] } as const;
  return names[type][locale === 'en' ? 0 : 1];
}

function checkOutput(table: DecisionTable, output: number | string, r: number, report: Report): void {
  const n = r + 1;
  const pointer = `/rows/${r}/output`;
  const spec = table.output;
  if (spec.type === 'points' || spec.type === 'money') {
    const value = numericOutput(output);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      report('output-type', 'error', pointer, `Row ${n}: the output ${formatValue(output, 'en')} is not a number.`, `第 ${n} 行：输出 ${formatValue(output, 'zh-CN')} 不是数值。`);
    } else if (spec.type === 'points' && ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max))) {
      report('output-range', 'warning', pointer, `Row ${n}: ${value} points lie outside the table's range and will be clamped.`, `第 ${n} 行：${value} 分超出表的积分范围，将被截断。`);
    }
  } else if (String(output).trim() === '') {
    report('output-type', 'error', pointer,
      `Row ${n} needs ${spec.type === 'flag' ? 'a flag name' : 'a grade'} as output.`,
      `第 ${n} 行需要填写${spec.type === 'flag' ? '标记名称' : '等级'}作为输出。`);
  }
}

function duplicates(ids: string[], found: (index: number, id: string) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) found(index, id);
    seen.add(id);
  });
}
