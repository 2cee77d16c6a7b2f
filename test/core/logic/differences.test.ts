// Keeps src/core/logic/DIFFERENCES.md honest: every row of its table is run through this engine
// and through json-logic-js, and both results must be what the row says.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { applyLogic, isLogicError } from '../../../src/core/index.ts';

interface JsonLogicJs {
  apply(rule: unknown, data?: unknown): unknown;
}
const jsonLogic = createRequire(import.meta.url)('json-logic-js') as JsonLogicJs;

const table = readFileSync(new URL('../../../src/core/logic/DIFFERENCES.md', import.meta.url), 'utf8');

interface Row {
  n: string;
  behaviour: string;
  rule: unknown;
  data: unknown;
  ours: string;
  theirs: string;
}

/** Cells of a markdown table row; code spans may not contain "|". */
function cells(line: string): string[] {
  return line.split('|').slice(1, -1).map((c) => c.trim());
}

function code(cell: string): string {
  const m = /^`(.*)`$/.exec(cell);
  if (!m) throw new Error(`Expected a code span: ${cell}`);
  return m[1]!;
}

/** The notation of the table: a JSON value, `NaN`-like non-JSON values, or `error: Type`. */
function describeOutcome(run: () => unknown, errorName: (e: unknown) => string): string {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    return `error: ${errorName(error)}`;
  }
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'function';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
}

function normalizeCell(cell: string): string {
  if (cell.startsWith('`error: ')) return cell.slice(1, -1);
  const text = code(cell);
  if (['NaN', 'Infinity', '-Infinity', 'undefined', 'function'].includes(text)) return text;
  return JSON.stringify(JSON.parse(text));
}

const rows: Row[] = table.split('\n').filter((line) => /^\| \d+ \|/.test(line)).map((line) => {
  const [n, behaviour, rule, data, ours, theirs] = cells(line) as [string, string, string, string, string, string];
  return { n, behaviour, rule: JSON.parse(code(rule)), data: JSON.parse(code(data)), ours: normalizeCell(ours), theirs: normalizeCell(theirs) };
});

describe('DIFFERENCES.md', () => {
  it('has its rows numbered 1..n', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.map((r) => r.n)).toEqual(rows.map((_, i) => String(i + 1)));
  });

  for (const row of rows) {
    it(`row ${row.n}: ${row.behaviour}`, () => {
      const ours = describeOutcome(() => applyLogic(row.rule, row.data), (e) => (isLogicError(e) ? e.type : `not a LogicError: ${String(e)}`));
      const theirs = describeOutcome(() => jsonLogic.apply(row.rule, row.data), (e) => (e instanceof Error ? e.constructor.name : typeof e));
      expect({ ours, theirs }).toEqual({ ours: row.ours, theirs: row.theirs });
      expect(ours).not.toBe(theirs);
    });
  }
});
