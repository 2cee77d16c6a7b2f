import { describe, expect, it } from 'vitest';
import type { DecisionTable } from '../../../../src/core/policy/types.ts';
import * as edits from '../../../../plugins/policy/decision-table/table-edits.ts';

function table(): DecisionTable {
  return {
    hitPolicy: 'first',
    inputs: [
      { id: 'in1', expression: { var: 'complaints' }, type: 'number' },
      { id: 'in2', expression: { var: 'channel' }, type: 'category', values: ['phone', 'email'] },
    ],
    output: { type: 'points' },
    rows: [
      { id: 'row1', cells: [{ op: '>', value: 3 }, { op: '==', value: 'phone' }], output: -10 },
      { id: 'row2', cells: [{ op: 'any' }, { op: 'in', values: ['email'] }], output: -5 },
    ],
  };
}

describe('table edits', () => {
  it('never mutate the table they are given', () => {
    const before = table();
    const frozen = JSON.stringify(before);
    edits.addRow(before);
    edits.removeRow(before, 0);
    edits.duplicateRow(before, 0);
    edits.moveRow(before, 0, 1);
    edits.setCell(before, 0, 0, { op: 'any' });
    edits.addInput(before, [{ key: 'vip', type: 'boolean' }]);
    edits.removeInput(before, 0);
    edits.setHitPolicy(before, 'priority');
    edits.setOutputType(before, 'flag');
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('add, duplicate and move rows with fresh ids', () => {
    expect(edits.addRow(table()).rows[2]).toEqual({ id: 'row3', cells: [{ op: 'any' }, { op: 'any' }], output: 0 });
    const dup = edits.duplicateRow(table(), 0);
    expect(dup.rows.map((r) => r.id)).toEqual(['row1', 'row3', 'row2']);
    expect(dup.rows[1]!.cells).toEqual(table().rows[0]!.cells);
    expect(edits.moveRow(table(), 1, 0).rows.map((r) => r.id)).toEqual(['row2', 'row1']);
    const t = table();
    expect(edits.moveRow(t, 0, -1)).toBe(t);
  });

  it('add and remove columns together with their cells', () => {
    const added = edits.addInput(table(), [{ key: 'complaints', type: 'integer' }, { key: 'vip', type: 'boolean' }]);
    expect(added.inputs[2]).toEqual({ id: 'in3', expression: { var: 'vip' }, type: 'boolean' });
    expect(added.rows.every((r) => r.cells.length === 3 && r.cells[2]!.op === 'any')).toBe(true);
    const removed = edits.removeInput(table(), 0);
    expect(removed.inputs.map((i) => i.id)).toEqual(['in2']);
    expect(removed.rows[0]!.cells).toEqual([{ op: '==', value: 'phone' }]);
  });

  it('a column type change resets cells whose operator the new type lacks', () => {
    const next = edits.setInput(table(), 0, { id: 'in1', expression: { var: 'complaints' }, type: 'category' });
    expect(next.rows.map((r) => r.cells[0])).toEqual([{ op: 'any' }, { op: 'any' }]);
  });

  it('changing the operator keeps the value where it can', () => {
    const input = table().inputs[0]!;
    expect(edits.changeOperator({ op: '>', value: 3 }, '<=', input)).toEqual({ op: '<=', value: 3 });
    expect(edits.changeOperator({ op: '>', value: 3 }, 'between', input)).toEqual({ op: 'between', min: 3, max: 3 });
    expect(edits.changeOperator({ op: '>', value: 3 }, 'in', input)).toEqual({ op: 'in', values: [3] });
    expect(edits.changeOperator({ op: 'between', min: 1, max: 4 }, '==', input)).toEqual({ op: '==', value: 1 });
    expect(edits.changeOperator({ op: 'any' }, '==', table().inputs[1]!)).toEqual({ op: '==', value: 'phone' });
  });

  it('hit policy and output type changes keep the table consistent', () => {
    expect(edits.setHitPolicy(table(), 'priority').rows.map((r) => r.priority)).toEqual([0, 0]);
    expect(edits.setHitPolicy(table(), 'collect').collect).toBe('sum');
    expect('collect' in edits.setHitPolicy({ ...table(), hitPolicy: 'collect', collect: 'max' }, 'first')).toBe(false);
    expect(edits.setOutputType(table(), 'flag').rows.map((r) => r.output)).toEqual(['', '']);
    expect(edits.setOutputType(table(), 'money').rows.map((r) => r.output)).toEqual([-10, -5]);
  });
});
