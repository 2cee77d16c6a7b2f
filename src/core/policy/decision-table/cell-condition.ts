// A decision-table cell as JSON-logic. Only classic operators (==, !=, <, <=, >, >=, in, !, and,
// or, if, +), so json-logic-js and other classic interpreters run the compiled policies too.
import type { LogicRule } from '../../logic/types.ts';
import type { TableCell, TableInput, TableRow } from '../types.ts';

/** A deep copy, so the compiled policies never share objects with the editable table. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The condition one cell puts on the input's value `x`; `true` for "any" (no condition). */
export function cellCondition(cell: TableCell | undefined, x: LogicRule): LogicRule {
  if (cell === undefined) return true;
  switch (cell.op) {
    case 'any':
      return true;
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return { [cell.op]: [cloneJson(x), cell.value] };
    case 'between': {
      const lowOp = cell.minExclusive === true ? '<' : '<=';
      const highOp = cell.maxExclusive === true ? '<' : '<=';
      // The three-argument form is classic for < and <= alike, but only when both ends agree.
      if (lowOp === highOp) return { [lowOp]: [cell.min, cloneJson(x), cell.max] };
      return { and: [{ [lowOp]: [cell.min, cloneJson(x)] }, { [highOp]: [cloneJson(x), cell.max] }] };
    }
    case 'in':
      return { in: [cloneJson(x), [...cell.values]] };
    case 'not-in':
      return { '!': { in: [cloneJson(x), [...cell.values]] } };
  }
}

/**
 * A row's condition: every non-"any" cell's condition joined by `and`; `true` when every cell is
 * "any". Cells beyond the inputs are ignored and missing cells mean "any" (analysis reports both).
 */
export function rowCondition(row: TableRow, inputs: readonly TableInput[]): LogicRule {
  const parts: LogicRule[] = [];
  inputs.forEach((input, index) => {
    const condition = cellCondition(row.cells[index], input.expression);
    if (condition !== true) parts.push(condition);
  });
  if (parts.length === 0) return true;
  if (parts.length === 1) return parts[0];
  return { and: parts };
}
