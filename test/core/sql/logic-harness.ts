// Runs JSON-logic rules through the engine and through DuckDB on the same typed records and
// compares the outcomes value by value (a thrown error must be an SQL error condition).
import type { DuckDBConnection } from '@duckdb/node-api';
import { applyLogic } from '../../../src/core/logic/engine.ts';
import { isLogicError } from '../../../src/core/logic/errors.ts';
import { recordScope } from '../../../src/core/sql/columns.ts';
import { finiteErr } from '../../../src/core/sql/coerce.ts';
import { dialectFor, quoteIdentifier as q } from '../../../src/core/sql/dialect.ts';
import { type Expr, type Translation, distribute, or } from '../../../src/core/sql/expr.ts';
import { logicToSql } from '../../../src/core/sql/logic-to-sql.ts';
import type { FieldDef, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { SqlProblem } from '../../../src/core/sql/types.ts';
import { loadTable, rows } from './duckdb-helpers.ts';

export const FIELDS: FieldDef[] = [
  { key: 'n1', type: 'number' },
  { key: 'n2', type: 'number' },
  { key: 'i1', type: 'integer' },
  { key: 'b1', type: 'boolean' },
  { key: 's1', type: 'string' },
  { key: 'c1', type: 'category', values: ['A', 'B', 'C'] },
  { key: 'd1', type: 'date' },
  { key: 'd2', type: 'date' },
  { key: 't1', type: 'time' },
  { key: 'l1', type: 'list', items: 'time' },
  { key: 'l2', type: 'list', items: 'integer' },
];

export const CONFIG = { version: 1, id: 'logic', name: 'logic', fields: FIELDS, root: { id: 'r', name: 'r', weight: 100, children: [] }, grades: { bands: [] } } as ScorecardConfig;

export type Rec = Record<string, unknown>;

export async function loadLogicRecords(c: DuckDBConnection, records: readonly Rec[]): Promise<void> {
  await loadTable(c, 'records', [{ name: 'rid', type: 'integer' }, ...FIELDS.map((f) => ({ name: f.key, type: f.type, items: f.items }))], records.map((r, i) => ({ ...r, rid: i })), (r, name) => (r as Rec)[name]);
}

/** SQL giving the value of an Expr as (tag, number, text, boolean) and its error condition. */
function probes(e: Expr, t: Translation): { tag: string; num: string; str: string; bool: string; err: string } {
  const d = t.dialect;
  const part = (f: (x: Expr) => string) => distribute({ ...e, err: undefined }, (x) => ({ sql: f(x) })).sql;
  const checked = distribute({ ...e, err: undefined }, (x) => ({ sql: 'FALSE', err: finiteErr(x, d) }));
  return {
    tag: part((x) => `'${x.kind}'`),
    num: part((x) => (x.kind === 'number' ? x.sql : 'NULL::DOUBLE')),
    str: part((x) => (x.kind === 'string' ? x.sql : x.kind === 'date' ? d.dateText(x.sql) : x.kind === 'time' ? `CAST(${x.sql} AS VARCHAR)` : 'NULL::VARCHAR')),
    bool: part((x) => (x.kind === 'boolean' ? x.sql : x.kind === 'array' ? (x.truthy ?? (x.items!.length > 0 ? 'TRUE' : 'FALSE')) : 'NULL::BOOLEAN')),
    err: or(e.err, checked.err) ?? 'FALSE',
  };
}

export interface Outcome {
  rule: unknown;
  problems: SqlProblem[];
  mismatches: { record: Rec; js: unknown; sql: unknown }[];
}

function jsOutcome(rule: unknown, record: Rec): { threw: true } | { threw: false; value: unknown } {
  try {
    return { threw: false, value: applyLogic(rule, record) };
  } catch (error) {
    if (!isLogicError(error)) throw error;
    return { threw: true };
  }
}

function normalTime(text: string): string {
  return /^\d{2}:\d{2}$/.test(text) ? `${text}:00` : text;
}

function agrees(js: ReturnType<typeof jsOutcome>, row: Rec): boolean {
  if (row.err === null) return false;
  if (js.threw) return row.err === true;
  if (row.err === true) return false;
  const v = js.value;
  switch (row.tag) {
    case 'null': return v === null;
    case 'number': {
      if (typeof v !== 'number') return false;
      const x = row.num as number;
      return Math.abs(x - v) <= 1e-9 * Math.max(1, Math.abs(v));
    }
    case 'boolean': return v === row.bool;
    case 'string': case 'date': return v === row.str;
    case 'time': return typeof v === 'string' && normalTime(v) === row.str;
    case 'array': return Array.isArray(v) && (v.length > 0) === row.bool;
    default: return false;
  }
}

/** Translates and runs `rules` on the loaded `records`; one outcome per rule. */
export async function compareRules(c: DuckDBConnection, rules: readonly unknown[], records: readonly Rec[]): Promise<Outcome[]> {
  const t: Translation = { dialect: dialectFor('duckdb'), problems: [] };
  const scope = recordScope(CONFIG, t.dialect);
  const out: Outcome[] = [];
  for (const rule of rules) {
    t.problems.length = 0;
    const e = logicToSql(rule as never, scope, t, '');
    const outcome: Outcome = { rule, problems: [...t.problems], mismatches: [] };
    out.push(outcome);
    if (e === undefined) continue;
    const p = probes(e, t);
    const result = await rows(c, `SELECT rid, ${p.tag} AS tag, ${p.num} AS num, ${p.str} AS str, ${p.bool} AS bool, ${p.err} AS err FROM records ORDER BY rid`);
    for (const row of result) {
      const record = records[row.rid as number]!;
      const js = jsOutcome(rule, record);
      if (!agrees(js, row)) outcome.mismatches.push({ record, js: js.threw ? 'throws' : js.value, sql: row });
    }
  }
  return out;
}

export { q };
