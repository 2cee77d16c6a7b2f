// The analysis against the compiled JSON-logic on random tables: a gap's points match no row, an
// overlap's example matches both rows, and what is not reported does not happen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLogic, isTruthy } from '../../../../src/core/logic/index.ts';
import { analyzeDecisionTable } from '../../../../src/core/policy/decision-table/analyze-table.ts';
import { rowCondition } from '../../../../src/core/policy/decision-table/cell-condition.ts';
import type { DecisionTable } from '../../../../src/core/policy/types.ts';
import { cellMatches, recordArb, tableArb, type Scalar } from './table-fixtures.ts';

/** Rows whose compiled condition holds on the record, run by the engine. */
function matching(table: DecisionTable, record: unknown): number[] {
  return table.rows.flatMap((row, r) => (isTruthy(applyLogic(rowCondition(row, table.inputs), record)) ? [r] : []));
}

const withRecords = tableArb({ maxRows: 6 }).chain((table) => fc.tuple(fc.constant(table), fc.array(recordArb(table), { minLength: 1, maxLength: 25 })));
const RUNS = 300;

describe('analyzeDecisionTable on random tables', () => {
  it('a gap example matches no row, and neither does any record inside the gap', () => {
    fc.assert(fc.property(withRecords, ([table, records]) => {
      const { gaps } = analyzeDecisionTable(table);
      for (const gap of gaps) {
        expect(gap.record).toBeDefined();
        expect(matching(table, gap.record)).toEqual([]);
        for (const record of records) {
          const inside = gap.cells.every((cell, c) => cellMatches(cell, record[`f${c}`] as Scalar));
          if (inside) expect(matching(table, record)).toEqual([]);
        }
      }
    }), { numRuns: RUNS });
  });

  it('an overlap example matches both rows (as compiled)', () => {
    fc.assert(fc.property(tableArb({ maxRows: 6 }), (table) => {
      for (const overlap of analyzeDecisionTable(table).overlaps) {
        expect(overlap.record).toBeDefined();
        expect(matching(table, overlap.record)).toEqual(expect.arrayContaining(overlap.rows));
      }
    }), { numRuns: RUNS });
  });

  it('with no gaps reported, every record matches some row; a record no row matches lies in a reported gap', () => {
    fc.assert(fc.property(withRecords, ([table, records]) => {
      const analysis = analyzeDecisionTable(table);
      expect(analysis.gapsCapped).toBe(false);
      for (const record of records) {
        if (matching(table, record).length > 0) continue;
        expect(analysis.gaps.length).toBeGreaterThan(0);
        const inGap = analysis.gaps.some((gap) => gap.cells.every((cell, c) => cellMatches(cell, record[`f${c}`] as Scalar)));
        expect(inGap).toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it('every pair of rows a record matches together is a reported overlap', () => {
    fc.assert(fc.property(withRecords, ([table, records]) => {
      const analysis = analyzeDecisionTable(table);
      const reported = new Set(analysis.overlaps.map((o) => o.rows.join(',')));
      for (const record of records) {
        const rows = matching(table, record);
        for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) expect(reported.has(`${rows[i]},${rows[j]}`)).toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it('a row reported as never firing (first) never wins on any record', () => {
    fc.assert(fc.property(tableArb({ hitPolicies: ['first'], maxRows: 6 }).chain((table) => fc.tuple(fc.constant(table), fc.array(recordArb(table), { minLength: 1, maxLength: 25 }))), ([table, records]) => {
      const dead = analyzeDecisionTable(table).problems.filter((p) => p.code === 'unreachable-row').map((p) => Number(p.pointer.split('/')[2]));
      for (const record of records) {
        const first = matching(table, record)[0];
        if (first !== undefined) expect(dead).not.toContain(first);
      }
    }), { numRuns: RUNS });
  });
});
