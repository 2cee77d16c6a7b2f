import { describe, expect, it } from 'vitest';
import { analyzeDecisionTable } from '../../../../src/core/policy/decision-table/analyze-table.ts';
import type { DecisionTable, TableInput, TableRow } from '../../../../src/core/policy/types.ts';

const complaints: TableInput = { id: 'c', expression: { var: 'complaints' }, type: 'number', min: 0 };
const channel: TableInput = { id: 'ch', expression: { var: 'channel' }, type: 'category', values: ['phone', 'email', 'chat'] };

function table(rows: TableRow[], extra: Partial<DecisionTable> = {}): DecisionTable {
  return { hitPolicy: 'unique', inputs: [complaints, channel], output: { type: 'points' }, rows, ...extra };
}

const codes = (t: DecisionTable): string[] => analyzeDecisionTable(t).problems.map((p) => `${p.code} ${p.pointer}`);

describe('analyzeDecisionTable: gaps', () => {
  it('names the uncovered combination in both languages and offers a row for it', () => {
    const analysis = analyzeDecisionTable(table([
      { id: 'a', cells: [{ op: '<=', value: 3 }, { op: 'any' }], output: 0 },
      { id: 'b', cells: [{ op: '>', value: 3 }, { op: 'in', values: ['email', 'chat'] }], output: -5 },
    ]), { fieldLabels: { channel: { en: 'channel', 'zh-CN': '渠道' } } });
    expect(analysis.gaps).toHaveLength(1);
    const [gap] = analysis.gaps;
    expect(gap!.message.en).toBe('No row covers: complaints > 3 and channel = phone');
    expect(gap!.message['zh-CN']).toBe('没有任何行覆盖：complaints > 3 且 渠道 = phone');
    expect(gap!.cells).toEqual([{ op: '>', value: 3 }, { op: '==', value: 'phone' }]);
    expect(gap!.record).toEqual({ complaints: 4, channel: 'phone' });
    expect(gap!.severity).toBe('warning');
    expect(analysis.gapsCapped).toBe(false);
  });

  it('merges adjacent pieces into one range with open and closed ends', () => {
    const analysis = analyzeDecisionTable(table([
      { id: 'a', cells: [{ op: 'between', min: 0, max: 1 }, { op: 'any' }], output: 0 },
      { id: 'b', cells: [{ op: '>=', value: 5 }, { op: 'any' }], output: 0 },
    ]));
    expect(analysis.gaps.map((g) => g.message.en)).toEqual(['No row covers: 1 < complaints < 5']);
    expect(analysis.gaps[0]!.cells).toEqual([{ op: 'between', min: 1, max: 5, minExclusive: true, maxExclusive: true }, { op: 'any' }]);
  });

  it('finds the single uncovered point between < and >', () => {
    const analysis = analyzeDecisionTable(table([
      { id: 'a', cells: [{ op: '<', value: 3 }, { op: 'any' }], output: 0 },
      { id: 'b', cells: [{ op: '>', value: 3 }, { op: 'any' }], output: 0 },
    ]));
    expect(analysis.gaps.map((g) => g.message.en)).toEqual(['No row covers: complaints = 3']);
  });

  it('counts "any other value" of a string column and true/false of a boolean one', () => {
    const analysis = analyzeDecisionTable({
      hitPolicy: 'first',
      inputs: [
        { id: 's', expression: { var: 'team' }, type: 'string', values: ['north'] },
        { id: 'b', expression: { var: 'vip' }, type: 'boolean' },
      ],
      output: { type: 'points' },
      rows: [
        { id: 'a', cells: [{ op: '==', value: 'north' }, { op: 'any' }], output: 1 },
        { id: 'b', cells: [{ op: 'any' }, { op: '==', value: true }], output: 2 },
      ],
    });
    expect(analysis.gaps.map((g) => g.message.en)).toEqual(['No row covers: team ≠ north and vip = false']);
    expect(analysis.gaps[0]!.message['zh-CN']).toBe('没有任何行覆盖：team ≠ north 且 vip = 否');
    expect(analysis.gaps[0]!.record).toEqual({ team: 'other', vip: false });
  });

  it('an empty table has one gap: everything', () => {
    const analysis = analyzeDecisionTable(table([]));
    expect(analysis.gaps.map((g) => g.message.en)).toEqual(['No row covers any input.']);
    expect(analysis.gaps[0]!.cells).toEqual([{ op: 'any' }, { op: 'any' }]);
  });

  it('gaps are only information for collect and rule-order', () => {
    expect(analyzeDecisionTable(table([], { hitPolicy: 'rule-order' })).gaps[0]!.severity).toBe('info');
  });

  it('stops at the cell budget and says so', () => {
    const inputs: TableInput[] = Array.from({ length: 4 }, (_, i) => ({ id: `i${i}`, expression: { var: `f${i}` }, type: 'number' as const }));
    // Each row leaves a hole in every column, so the search cannot prune early.
    const rows: TableRow[] = Array.from({ length: 12 }, (_, r) => ({
      id: `r${r}`, cells: inputs.map((_, c) => ({ op: '!=' as const, value: r * 10 + c })), output: 0,
    }));
    const analysis = analyzeDecisionTable({ hitPolicy: 'first', inputs, output: { type: 'points' }, rows }, { maxCells: 500 });
    expect(analysis.gapsCapped).toBe(true);
    expect(analysis.cellsExamined).toBeLessThanOrEqual(501);
  });
});

describe('analyzeDecisionTable: overlaps', () => {
  const rows: TableRow[] = [
    { id: 'a', cells: [{ op: '>', value: 3 }, { op: '==', value: 'phone' }], output: -20 },
    { id: 'b', cells: [{ op: '>', value: 3 }, { op: 'any' }], output: -15 },
    { id: 'c', cells: [{ op: '<=', value: 3 }, { op: 'any' }], output: 0 },
  ];

  it('are errors for unique, with an example both rows match', () => {
    const { overlaps, errorCount } = analyzeDecisionTable(table(rows));
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatchObject({ rows: [0, 1], severity: 'error', pointer: '/rows/1', example: { c: 4, ch: 'phone' }, record: { complaints: 4, channel: 'phone' } });
    expect(overlaps[0]!.message.en).toBe('Rows 1 and 2 can both match: complaints > 3 and channel = phone. The "unique" hit policy allows only one matching row.');
    expect(overlaps[0]!.message['zh-CN']).toContain('第 1 行和第 2 行可能同时匹配');
    expect(errorCount).toBe(1);
  });

  it('are errors for any only when the outputs differ', () => {
    expect(analyzeDecisionTable(table(rows, { hitPolicy: 'any' })).overlaps[0]!.severity).toBe('error');
    const same = rows.map((r) => ({ ...r, output: 1 }));
    expect(analyzeDecisionTable(table(same, { hitPolicy: 'any' })).overlaps[0]!.severity).toBe('info');
    expect(analyzeDecisionTable(table(rows, { hitPolicy: 'first' })).overlaps[0]!.severity).toBe('info');
  });

  it('touching closed and open ends do not overlap; touching closed ends do', () => {
    const t = (a: TableRow['cells'][number], b: TableRow['cells'][number]) => table([
      { id: 'a', cells: [a, { op: 'any' }], output: 0 },
      { id: 'b', cells: [b, { op: 'any' }], output: 0 },
    ]);
    expect(analyzeDecisionTable(t({ op: 'between', min: 0, max: 3, maxExclusive: true }, { op: 'between', min: 3, max: 5 })).overlaps).toEqual([]);
    expect(analyzeDecisionTable(t({ op: 'between', min: 0, max: 3 }, { op: 'between', min: 3, max: 5 })).overlaps[0]!.example).toEqual({ c: 3, ch: 'phone' });
    expect(analyzeDecisionTable(t({ op: '<', value: 3 }, { op: '>=', value: 3 })).overlaps).toEqual([]);
  });
});

describe('analyzeDecisionTable: problems', () => {
  it('reports cell counts, value types, empty ranges and lists, and bad operators', () => {
    expect(codes(table([
      { id: 'a', cells: [{ op: 'any' }], output: 0 },
      { id: 'b', cells: [{ op: '==', value: 'three' }, { op: '<', value: 'phone' }], output: 0 },
      { id: 'c', cells: [{ op: 'between', min: 5, max: 1 }, { op: '==', value: 'fax' }], output: 0 },
      { id: 'd', cells: [{ op: 'between', min: 2, max: 2, minExclusive: true }, { op: 'in', values: [] }], output: 0 },
    ]))).toEqual(expect.arrayContaining([
      'cell-count /rows/0/cells',
      'cell-type /rows/1/cells/0',
      'bad-operator /rows/1/cells/1',
      'empty-between /rows/2/cells/0',
      'unknown-value /rows/2/cells/1',
      'empty-between /rows/3/cells/0',
      'empty-list /rows/3/cells/1',
      'unreachable-row /rows/3',
    ]));
  });

  it('reports hit-policy and output problems', () => {
    expect(codes(table([{ id: 'a', cells: [{ op: 'any' }, { op: 'any' }], output: 'ten' }], { hitPolicy: 'collect' }))).toEqual([
      'collect-operator /collect',
      'output-type /rows/0/output',
    ]);
    expect(codes(table([{ id: 'a', cells: [{ op: 'any' }, { op: 'any' }], output: 1 }], { hitPolicy: 'priority' }))).toEqual(['no-priority /rows/0/priority']);
    expect(codes(table([{ id: 'a', cells: [{ op: 'any' }, { op: 'any' }], output: '' }], { output: { type: 'flag' } }))).toEqual(['output-type /rows/0/output']);
    expect(codes(table([{ id: 'a', cells: [{ op: 'any' }, { op: 'any' }], output: 50 }], { output: { type: 'points', min: -10, max: 10 } }))).toEqual(['output-range /rows/0/output']);
    expect(codes({ ...table([]), inputs: [complaints, { ...complaints }] })).toEqual(expect.arrayContaining(['duplicate-input-id /inputs/1/id']));
    expect(codes(table([{ id: 'a', cells: [{ op: 'any' }, { op: 'any' }], output: 1 }, { id: 'a', cells: [{ op: 'any' }, { op: 'any' }], output: 1 }], { hitPolicy: 'rule-order' })))
      .toEqual(['duplicate-row-id /rows/1/id']);
    expect(codes({ ...table([]), inputs: [{ ...complaints, expression: { nope: [1] } }, channel] })).toContain('bad-expression /inputs/0/expression');
  });

  it('reports rows that earlier rows shadow (first) or higher priorities take (priority)', () => {
    const rows: TableRow[] = [
      { id: 'a', cells: [{ op: '>', value: 3 }, { op: 'any' }], output: 1, priority: 1 },
      { id: 'b', cells: [{ op: '>', value: 5 }, { op: 'in', values: ['phone', 'chat'] }], output: 2, priority: 2 },
    ];
    expect(codes(table(rows, { hitPolicy: 'first' }))).toEqual(['unreachable-row /rows/1']);
    expect(codes(table(rows, { hitPolicy: 'priority' }))).toEqual([]);
    expect(analyzeDecisionTable(table(rows, { hitPolicy: 'first' })).problems[0]!.message.en).toBe('Row 2 never fires: rows 1 win on every input it matches.');
  });

  it('every message has both languages', () => {
    const analysis = analyzeDecisionTable(table([{ id: 'a', cells: [{ op: '==', value: 'x' }], output: 'y' }], { hitPolicy: 'collect' }));
    for (const f of [...analysis.problems, ...analysis.overlaps, ...analysis.gaps]) {
      expect(f.message.en).not.toBe('');
      expect(f.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
