// toSQL's output as text and its problems: deterministic bytes, the header, identifier quoting,
// the cases it must refuse, and small hand-made record sets at the edges of ranking and grading.
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { IndicatorLeaf, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { toSQL } from '../../../src/core/sql/index.ts';
import { loadTable, openDuckDB, rows } from './duckdb-helpers.ts';
import { coverageCase } from './scorecard-configs.ts';

function small(extra: Partial<ScorecardConfig> = {}): ScorecardConfig {
  return {
    version: 1, id: 'small', name: { en: 'Small\nscorecard', 'zh-CN': '小' },
    subject: { id: 'who' },
    fields: [{ key: 'who', type: 'string' }, { key: 'x', type: 'number' }],
    root: { id: 'root', name: 'root', weight: 100, children: [{ id: 'x', name: 'x', weight: 100, value: { var: 'x' }, scorer: { type: 'linear', worst: 0, best: 10 } }] },
    grades: { bands: [{ id: 'A', label: 'A', min: 80 }, { id: 'B', label: 'B', min: 50 }, { id: 'C', label: 'C', min: 0 }] },
    ...extra,
  };
}

let c: DuckDBConnection;
beforeAll(async () => {
  c = await openDuckDB();
});
afterAll(() => c.closeSync());

/** Runs config on records in DuckDB and in evaluate(); returns both, keyed by the subject id. */
async function both(config: ScorecardConfig, records: Record<string, unknown>[]) {
  await loadTable(c, 'records', config.fields.map((f) => ({ name: f.key, type: f.type })), records, (r, name) => (r as Record<string, unknown>)[name]);
  const sql = toSQL(config, { dialect: 'duckdb' });
  expect(sql.problems).toEqual([]);
  const out = await rows(c, sql.sql!);
  const byId = new Map(out.map((r) => [String(r[config.subject!.id!]), r]));
  return evaluate(config, records).records.map((r) => ({ js: r, sql: byId.get(r.id)! }));
}

describe('toSQL output', () => {
  it('is byte-identical for the same configuration and opens with the header', () => {
    const config = coverageCase(1).config;
    const a = toSQL(config, { dialect: 'duckdb' }).sql!;
    expect(toSQL(structuredClone(config), { dialect: 'duckdb' }).sql).toBe(a);
    expect(a.startsWith('-- Scorecard "Coverage" (id coverage')).toBe(true);
    expect(a).toContain('duckdb mydb.duckdb < scorecard.sql');
    expect(a).toContain('"signIn"');
    expect(a).toContain('TIME');
    expect(a).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    // A name with a line break stays inside the comment.
    const s = toSQL(small(), { dialect: 'postgres' }).sql!;
    expect(s.split('\n').filter((l) => !l.startsWith('--'))[0]).toBe('WITH');
    expect(s).toContain('psql -f scorecard.sql');
  });

  it('quotes identifiers and schema-qualified table names', async () => {
    const config = small();
    config.fields = [{ key: 'who', type: 'string' }, { key: 'x "y"', type: 'number' }];
    const leaf = config.root.children[0]!;
    Object.assign(leaf, { id: 'it\'s "x"/y', value: { var: 'x "y"' } });
    const sql = toSQL(config, { dialect: 'duckdb', table: 'main.the "records"' }).sql!;
    expect(sql).toContain('FROM "main"."the ""records"""');
    expect(sql).toContain('AS "score_it\'s ""x""/y"');
    await c.run('CREATE OR REPLACE TABLE "the ""records""" ("who" VARCHAR, "x ""y""" DOUBLE)');
    await c.run('INSERT INTO "the ""records""" VALUES (\'a\', 5), (\'b\', NULL)');
    const out = await rows(c, sql);
    expect(out.find((r) => r.who === 'a')!['score_it\'s "x"/y']).toBe(50);
    expect(out.find((r) => r.who === 'b')!.status).toBe('failed');
  });

  it('stops the query on a text number in hexadecimal instead of misreading it', async () => {
    const config = small({ fields: [{ key: 'who', type: 'string' }, { key: 'x', type: 'string' }] });
    await loadTable(c, 'records', config.fields.map((f) => ({ name: f.key, type: f.type })), [{ who: 'a', x: ' 7 ' }, { who: 'b', x: '0x1A' }], (r, n) => (r as Record<string, unknown>)[n]);
    await expect(rows(c, toSQL(config, { dialect: 'duckdb' }).sql!)).rejects.toThrow(/hexadecimal/);
  });
});

describe('toSQL problems', () => {
  const problems = (config: ScorecardConfig, dialect: 'duckdb' | 'postgres' = 'duckdb') => {
    const r = toSQL(config, { dialect });
    expect(r.sql).toBeNull();
    return r.problems;
  };

  it('reports plugin scorers, custom operators and unknown fields, with pointers', () => {
    const config = small();
    config.root.children.push(
      { id: 'p', name: 'p', weight: 1, value: { var: 'x' }, scorer: { type: 'acme.curve', params: { k: 1 } } },
      { id: 'q', name: 'q', weight: 1, value: { 'acme.avg': [1, 2] }, scorer: { type: 'linear', worst: 0, best: 1 } },
      { id: 'r', name: 'r', weight: 1, value: { '+': [{ var: 'nope' }, 1] }, scorer: { type: 'linear', worst: 0, best: 1 } },
    );
    config.policies = [{ id: 'z', name: 'z', when: { some: [[1], { var: '' }] }, effect: { type: 'flag', flag: 'f' } }];
    const found = problems(config);
    expect(found.map((p) => p.pointer)).toEqual(['/root/children/1/scorer/type', '/root/children/2/value', '/root/children/3/value/+/0', '/policies/0/when']);
    expect(found[0]!.message.en).toContain('acme.curve');
    expect(found[1]!.message['zh-CN']).toContain('acme.avg');
  });

  it('reports names the database would confuse and our reserved prefix', () => {
    const config = small();
    config.fields.push({ key: 'X', type: 'number' }, { key: '__sc_total', type: 'number' });
    const found = problems(config);
    expect(found.some((p) => p.message.en.includes('"X"') && p.message.en.includes('"x"'))).toBe(true);
    expect(found.some((p) => p.message.en.includes('__sc_total'))).toBe(true);
    // PostgreSQL keeps case apart, but not the prefix.
    expect(problems(config, 'postgres').length).toBe(1);
  });

  it('reports modulo of fractional numbers for PostgreSQL only', () => {
    const config = small();
    (config.root.children[0] as { value: unknown }).value = { '%': [{ var: 'x' }, 3] };
    expect(problems(config, 'postgres')[0]!.pointer).toBe('/root/children/0/value');
    expect(toSQL(config, { dialect: 'duckdb' }).problems).toEqual([]);
  });

  it('translates counts over a list field, reports other rules that read one, and declares the list as an array column', () => {
    const config = small();
    config.fields.push({ key: 'signIns', type: 'list', items: 'time' });
    const late = { if: [{ 'time.after': [{ var: 'current' }, '08:30'] }, 1, 0] };
    (config.root.children[0] as { value: unknown }).value = { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, late] }, 0] };
    expect(toSQL(config, { dialect: 'duckdb' }).sql).toContain('CAST(COALESCE(len(list_filter("signIns", lambda item: ');
    expect(toSQL(config, { dialect: 'postgres' }).sql).toContain('CAST((SELECT count(*) FROM unnest("signIns") AS items(item) WHERE ');
    (config.root.children[0] as { value: unknown }).value = { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, 1] }, 0] };
    const found = problems(config);
    expect(found[0]!.pointer).toBe('/root/children/0/value');
    expect(found[0]!.message.en).toContain('"signIns" is a list field');
    (config.root.children[0] as { value: unknown }).value = { missing: ['signIns'] };
    const list = problems(config);
    expect(list[0]!.message.en).toContain('"signIns" is a list field');
    expect(list[0]!.message['zh-CN']).toContain('列表字段');
    (config.root.children[0] as { value: unknown }).value = { var: 'x' };
    const sql = toSQL(config, { dialect: 'duckdb' });
    expect(sql.problems).toEqual([]);
    expect(sql.sql).toContain('TIME[]');
    expect(toSQL(config, { dialect: 'postgres' }).sql).toContain('time[]');
  });

  it('reports scorers that divide by zero', () => {
    const config = small();
    (config.root.children[0] as IndicatorLeaf).scorer = { type: 'linear', worst: 3, best: 3 };
    expect(problems(config)[0]!.pointer).toBe('/root/children/0/scorer');
  });
});

describe('toSQL ranking and grading at the edges', () => {
  it('ranks ties together and rounds forced-distribution bounds of exactly .5 up', async () => {
    // Ten records, three ties; 25 % of 10 is 2.5, which rounds to 3, as Math.floor(x + 0.5) does.
    const xs = [9, 9, 8, 7, 7, 7, 5, 4, 2, null];
    const records = xs.map((x, i) => ({ who: `w${i}`, x }));
    const config = small({ grades: { bands: [{ id: 'A', label: 'A', min: 80 }, { id: 'B', label: 'B', min: 50 }, { id: 'C', label: 'C', min: 0 }], forced: { shares: [{ grade: 'A', share: 25 }, { grade: 'B', share: 25 }, { grade: 'C', share: 50 }] } } });
    for (const { js, sql } of await both(config, records)) {
      expect([sql.status, sql.total, sql.grade, sql.rank, sql.percentile]).toEqual([js.status, js.total, js.grade, js.rank, js.percentile]);
    }
  });

  it('gives percentile 100 to a single ranked record', async () => {
    const result = await both(small(), [{ who: 'only', x: 3 }, { who: 'none', x: null }]);
    expect(result.map((r) => [r.sql.rank, r.sql.percentile, r.js.percentile])).toEqual([[1, 100, 100], [null, null, null]]);
  });

  it('rounds halves as evaluate() does, half-up and half-even', async () => {
    // Totals of exactly k.5 (and k.5 reached through floating point) at 0 decimals.
    const xs = [0.25, 0.35, 0.45, 1.15, 2.05, 0.125, 0.375, 9.95];
    const records = xs.map((x, i) => ({ who: `w${i}`, x }));
    for (const rounding of ['half-up', 'half-even'] as const) {
      const config = small({ scale: { min: 0, max: 100, decimals: rounding === 'half-up' ? 0 : 1, rounding } });
      for (const { js, sql } of await both(config, records)) expect(sql.total).toBe(js.total);
    }
  });
});
