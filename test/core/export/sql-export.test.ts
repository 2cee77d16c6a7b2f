// The SQL export: the file runs as saved (its run line names it), gives the same bytes for the same
// document, agrees with evaluate() on DuckDB, and explains itself instead of querying when toSQL
// finds a rule SQL cannot compute exactly.
import type { DuckDBConnection } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../../src/core/data/generate-records.ts';
import { sqlExport, sqlRunCommand } from '../../../src/core/export/sql-export.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { IndicatorGroup, IndicatorLeaf, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { tableColumns } from '../../../src/core/sql/columns.ts';
import { dialectFor } from '../../../src/core/sql/dialect.ts';
import { loadTable, openDuckDB, rows } from '../sql/duckdb-helpers.ts';

const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;
const options = { dialect: 'duckdb', fileName: 'Call centre.duckdb.sql', locale: 'en' } as const;

/** The call-centre scorecard with one indicator computed by a plugin operator SQL knows nothing of. */
function withPluginOperator(): ScorecardConfig {
  const copy = structuredClone(config);
  const leaf = (copy.root.children[0] as IndicatorGroup).children[0] as IndicatorLeaf;
  leaf.value = { 'acme.smooth': [{ var: 'csat' }] };
  return copy;
}

let c: DuckDBConnection;
beforeAll(async () => {
  c = await openDuckDB();
});
afterAll(() => c.closeSync());

describe('sqlExport', () => {
  it('starts with the file name and how to run it, then toSQL\'s header (table, columns, outputs)', () => {
    const { text, hasQuery, problems } = sqlExport(config, options);
    expect(hasQuery).toBe(true);
    expect(problems).toEqual([]);
    expect(text.split('\n')[0]).toBe("-- File Call centre.duckdb.sql (DuckDB). Run: duckdb mydb.duckdb < 'Call centre.duckdb.sql'");
    expect(text).toContain('Input: table "records", one row per record, with these columns:');
    expect(sqlExport(config, { ...options, dialect: 'postgres', fileName: 'kpi.sql' }).text.split('\n')[0]).toBe('-- File kpi.sql (PostgreSQL). Run: psql -d <database> -f kpi.sql');
    expect(sqlRunCommand('duckdb', "it's.sql")).toBe("duckdb mydb.duckdb < 'it'\\''s.sql'");
  });

  it('gives the same text for the same document', () => {
    expect(sqlExport(structuredClone(config), options).text).toBe(sqlExport(config, options).text);
    expect(sqlExport(config, { ...options, dialect: 'postgres' }).text).toBe(sqlExport(config, { ...options, dialect: 'postgres' }).text);
  });

  it('runs on DuckDB as saved and agrees with evaluate() on a generated sample', async () => {
    const records = generateRecords(config.fields, 1000, { seed: 11, idField: 'agentId' });
    const types = new Map(config.fields.map((f) => [f.key, f.type]));
    const columns = tableColumns(config, dialectFor('duckdb')).map((col) => ({ name: col.name, type: types.get(col.name)! }));
    await loadTable(c, 'records', columns, records, (r, name) => (r as Record<string, unknown>)[name]);
    const sqlRows = await rows(c, sqlExport(config, options).text);
    const byId = new Map(sqlRows.map((r) => [String(r.agentId), r]));
    const js = evaluate(config, records).records;
    expect(sqlRows).toHaveLength(js.length);
    const differences = js.filter((r) => {
      const s = byId.get(r.id)!;
      return s.total !== r.total || s.grade !== r.grade || s.status !== r.status || s.rank !== r.rank;
    });
    expect(differences).toEqual([]);
    expect(new Set(js.map((r) => r.grade)).size).toBeGreaterThan(1);
  });

  it('when toSQL refuses a rule, the file is only a comment listing the problems in the UI language', () => {
    const en = sqlExport(withPluginOperator(), options);
    expect(en.hasQuery).toBe(false);
    expect(en.problems.length).toBeGreaterThan(0);
    const lines = en.text.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('--'))).toBe(true);
    expect(en.text).toContain('no DuckDB query was generated');
    expect(en.text).toContain(`  ${en.problems[0]!.pointer}: ${en.problems[0]!.message.en}`);
    const zh = sqlExport(withPluginOperator(), { ...options, locale: 'zh-CN' });
    expect(zh.text).toContain('未生成 DuckDB 查询');
    expect(zh.text).toContain(zh.problems[0]!.message['zh-CN']);
  });
});
