// toSQL against evaluate(): for several scorecards, thousands of generated records (with missing
// values) go through both; every record's status, total, grade, rank and percentile must be equal
// (totals exactly, after rounding), and so must the other outputs and every node's score.
import type { DuckDBConnection } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../../src/core/data/generate-records.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { tableColumns } from '../../../src/core/sql/columns.ts';
import { dialectFor } from '../../../src/core/sql/dialect.ts';
import { toSQL } from '../../../src/core/sql/index.ts';
import type { FieldType } from '../../../src/core/scorecard/types.ts';
import { loadTable, openDuckDB, rows } from './duckdb-helpers.ts';
import { type Case, blank, coverageCase, listsCase, negativeScaleCase, ratersCase } from './scorecard-configs.ts';

const COUNT = 2500;

function callCentreCase(): Case {
  const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;
  const records = generateRecords(config.fields, COUNT, {
    seed: 2025, idField: 'agentId',
    profiles: {
      csat: { kind: 'normal', mean: 4, sd: 0.6, min: 1, max: 5, decimals: 2 },
      fcrRate: { kind: 'normal', mean: 75, sd: 12, min: 30, max: 100, decimals: 1 },
      qaScore: { kind: 'normal', mean: 78, sd: 12, min: 20, max: 100, decimals: 1 },
      aht: { kind: 'normal', mean: 380, sd: 90, min: 150, max: 800, decimals: 0 },
      accuracyRate: { kind: 'normal', mean: 94, sd: 4, min: 70, max: 100, decimals: 1 },
      complaintOnTimeRate: { kind: 'normal', mean: 94, sd: 4, min: 70, max: 100, decimals: 1 },
      callbackRate: { kind: 'normal', mean: 88, sd: 8, min: 50, max: 100, decimals: 1 },
      attendanceDays: { kind: 'uniform', min: 17, max: 22, decimals: 0 },
      scheduledDays: { kind: 'uniform', min: 20, max: 22, decimals: 0 },
      complaints: { kind: 'poisson', lambda: 0.8 },
      seriousComplaints: { kind: 'bernoulli', p: 0.03 },
      lateCount: { kind: 'poisson', lambda: 1.5 },
      commendations: { kind: 'poisson', lambda: 1 },
      falsification: { kind: 'bernoulli', p: 0.01 },
    },
  });
  return { name: 'call-centre fixture', config, records: blank(records, 0.03, 1, ['agentId']) };
}

/** A cell of the records table: a field, a rater class's presence flag, or a rated field. */
function cell(config: ScorecardConfig) {
  const sources = new Set((config.raters?.classes ?? []).map((c) => c.source));
  return (record: unknown, name: string): unknown => {
    const r = record as Record<string, unknown>;
    if (sources.has(name)) return r[name] !== null && typeof r[name] === 'object' && !Array.isArray(r[name]);
    const dot = name.indexOf('.');
    if (dot > 0 && sources.has(name.slice(0, dot))) {
      const ratings = r[name.slice(0, dot)];
      return ratings !== null && typeof ratings === 'object' ? (ratings as Record<string, unknown>)[name.slice(dot + 1)] : null;
    }
    return r[name];
  };
}

async function load(c: DuckDBConnection, kase: Case): Promise<void> {
  const defs = new Map(kase.config.fields.map((f) => [f.key, f]));
  const sources = new Set((kase.config.raters?.classes ?? []).map((r) => r.source));
  const columns = tableColumns(kase.config, dialectFor('duckdb')).map((col) => {
    const dot = col.name.indexOf('.');
    if (sources.has(col.name)) return { name: col.name, type: 'boolean' as FieldType };
    const def = defs.get(dot > 0 && sources.has(col.name.slice(0, dot)) ? col.name.slice(dot + 1) : col.name)!;
    return { name: col.name, type: def.type, items: def.items };
  });
  await loadTable(c, 'records', columns, kase.records, cell(kase.config));
}

const close = (a: unknown, b: number | null) => (b === null ? a === null : typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

async function compare(c: DuckDBConnection, kase: Case): Promise<{ differences: string[]; stats: Record<string, number> }> {
  const { config, records } = kase;
  const result = toSQL(config, { dialect: 'duckdb' });
  expect(result.problems).toEqual([]);
  await load(c, kase);
  const sqlRows = await rows(c, result.sql!);
  const idKey = config.subject!.id!;
  const byId = new Map(sqlRows.map((r) => [String(r[idKey]), r]));
  const js = evaluate(config, records);
  const K = js.nodes.length;
  const differences: string[] = [];
  const stats: Record<string, number> = { failed: 0, voided: 0, capped: 0, adjusted: 0, money: 0 };
  expect(sqlRows.length).toBe(records.length);
  for (const r of js.records) {
    const s = byId.get(r.id)!;
    const problems: string[] = [];
    const same = (name: string, a: unknown, b: unknown) => {
      if (a !== b) problems.push(`${name}: js ${JSON.stringify(b)} sql ${JSON.stringify(a)}`);
    };
    same('status', s.status, r.status);
    same('total', s.total, r.total);
    same('grade', s.grade, r.grade);
    same('rank', s.rank, r.rank);
    same('coefficient', s.coefficient, r.coefficient);
    if (!close(s.percentile, r.percentile)) problems.push(`percentile: js ${r.percentile} sql ${String(s.percentile)}`);
    if (!close(s.total_before, r.totalBefore)) problems.push(`total_before: js ${r.totalBefore} sql ${String(s.total_before)}`);
    if (!close(s.adjustment, r.adjustment)) problems.push(`adjustment: js ${r.adjustment} sql ${String(s.adjustment)}`);
    if (!close(s.money, r.money)) problems.push(`money: js ${r.money} sql ${String(s.money)}`);
    if (r.status === 'ok') {
      js.nodes.forEach((node, k) => {
        const score = js.scores[r.index * K + k]!;
        if (!close(s[`score_${node.id}`], score === score ? score : null)) problems.push(`score_${node.id}: js ${score} sql ${String(s[`score_${node.id}`])}`);
      });
    }
    if (problems.length > 0) differences.push(`${r.id} ${JSON.stringify(records[r.index])}\n    ${problems.join('\n    ')}`);
    if (r.status === 'failed') stats.failed!++;
    if (r.veto === 'void') stats.voided!++;
    if (r.veto === 'cap') stats.capped!++;
    if (r.adjustment !== 0) stats.adjusted!++;
    if (r.money !== 0) stats.money!++;
  }
  return { differences, stats };
}

let c: DuckDBConnection;
beforeAll(async () => {
  c = await openDuckDB();
});
afterAll(() => c.closeSync());

describe('toSQL in DuckDB computes what evaluate() computes', () => {
  const cases: [string, () => Case][] = [
    ['the call-centre fixture (linear, likert, logic, target, bands; zero; points, money, cap, void, flag; half-up)', callCentreCase],
    ['geometric, min and fail groups, pass-fail, dates and times, forced distribution, half-even, no clamp', () => coverageCase(COUNT)],
    ['360-degree raters', () => ratersCase(COUNT)],
    ['a negative scale with three decimals and a geometric root', () => negativeScaleCase(COUNT)],
    ['counts over list fields (null lists, empty lists, null items, a count that fails)', () => listsCase(COUNT)],
  ];
  for (const [title, make] of cases) {
    it(title, async () => {
      const kase = make();
      expect(kase.records.length).toBeGreaterThanOrEqual(2000);
      const { differences, stats } = await compare(c, kase);
      expect(differences.slice(0, 5).join('\n')).toBe('');
      // The records must have exercised the paths, or agreeing means little.
      if (kase.name !== 'negative scale') expect(stats.adjusted).toBeGreaterThan(0);
      expect(stats.voided + stats.capped + stats.failed).toBeGreaterThan(0);
    }, 60_000);
  }

  it('exercises failures, vetoes and money in the coverage case', async () => {
    const { stats } = await compare(c, coverageCase(COUNT));
    expect(stats.failed).toBeGreaterThan(20);
    expect(stats.voided).toBeGreaterThan(0);
    expect(stats.capped).toBeGreaterThan(20);
    expect(stats.money).toBeGreaterThan(20);
  }, 60_000);

  it('exercises null and empty lists, null items and failing counts in the lists case', async () => {
    const kase = listsCase(COUNT);
    expect(kase.records.filter((r) => r.signIns === null).length).toBeGreaterThan(20);
    expect(kase.records.filter((r) => Array.isArray(r.signIns) && r.signIns.length === 0).length).toBeGreaterThan(20);
    expect(kase.records.filter((r) => Array.isArray(r.signIns) && r.signIns.includes(null)).length).toBeGreaterThan(20);
    const { stats } = await compare(c, kase);
    expect(stats.failed).toBeGreaterThan(20);
    expect(stats.adjusted).toBeGreaterThan(20);
    expect(stats.money).toBeGreaterThan(20);
    expect(stats.capped).toBeGreaterThan(20);
  }, 60_000);
});
