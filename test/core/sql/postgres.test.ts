// The PostgreSQL flavour, without a PostgreSQL server: it must be generated for the same configs,
// differ from the DuckDB SQL only by the dialect's known substitutions, and run in DuckDB (whose
// parser derives from PostgreSQL's; we give it to_char, and RE2 escapes for the \uXXXX ones) with
// the same results.
// This does not prove PostgreSQL accepts it; it checks everything short of that.
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableColumns } from '../../../src/core/sql/columns.ts';
import { dialectFor } from '../../../src/core/sql/dialect.ts';
import { toSQL } from '../../../src/core/sql/index.ts';
import type { FieldType } from '../../../src/core/scorecard/types.ts';
import { loadTable, openDuckDB, rows } from './duckdb-helpers.ts';
import { type Case, coverageCase, listsCase, negativeScaleCase, ratersCase } from './scorecard-configs.ts';

/** Rewrites every parenthesised group (innermost first) with `f(inner)`, or leaves it when f gives undefined. */
function rewriteGroups(sql: string, f: (inner: string) => string | undefined): string {
  let changed = true;
  while (changed) {
    changed = false;
    const stack: number[] = [];
    let inString = false;
    for (let i = 0; i < sql.length; i++) {
      const ch = sql[i];
      if (ch === "'") inString = !inString;
      if (inString) continue;
      if (ch === '(') stack.push(i);
      else if (ch === ')') {
        const start = stack.pop()!;
        const replaced = f(sql.slice(start + 1, i));
        if (replaced !== undefined) {
          sql = sql.slice(0, start) + replaced + sql.slice(i + 1);
          changed = true;
          break;
        }
      }
    }
  }
  return sql;
}

/** The PostgreSQL SQL with each dialect difference mapped back to DuckDB's form. */
function asDuckDB(pg: string): string {
  let sql = pg.split(dialectFor('postgres').jsSpaceClass).join(dialectFor('duckdb').jsSpaceClass).replace(/::float8/g, '::DOUBLE').replace(/ AS double precision\)/g, ' AS DOUBLE)').replace(/ COLLATE "C"/g, '').replace(/ AS text\)/g, ' AS VARCHAR)');
  sql = rewriteGroups(sql, (inner) => {
    const finite = /^(.*) = 0$/s.exec(inner);
    if (finite) {
      const body = finite[1]!;
      const half = (body.length - 3) / 2;
      if (Number.isInteger(half) && body.slice(half, half + 3) === ' - ' && body.slice(0, half) === body.slice(half + 3)) return `isfinite(${body.slice(0, half)})`;
    }
    const regex = /^(.*) ~ '\^\(\?:(.*)\)\$'$/s.exec(inner);
    if (regex) return `regexp_full_match(${regex[1]}, '${regex[2]}')`;
    // A count over a list: unnest in a subquery, a lambda over the DuckDB list.
    const count = /^SELECT count\(\*\) FROM unnest\(("(?:[^"]|"")*")\) AS items\(item\) WHERE (.*)$/s.exec(inner);
    if (count) return `COALESCE(len(list_filter(${count[1]}, lambda item: ${count[2]})), 0)`;
    return undefined;
  });
  return sql.replace(/cardinality\(("(?:[^"]|"")*")\)/g, 'len($1)').replace(/to_char\(([^()]*), 'YYYY-MM-DD'\)/g, "strftime($1, '%Y-%m-%d')").replace(/CAST\(CAST\(('[^']*') \|\| (.*?) AS integer\) AS float8\)/g, 'CAST(error($1 || $2) AS DOUBLE)');
}

function body(sql: string): string {
  return sql.slice(sql.indexOf('\nWITH\n'));
}

const CASES: Case[] = [coverageCase(2000), ratersCase(2000), negativeScaleCase(2000), listsCase(2000)];

let c: DuckDBConnection;
beforeAll(async () => {
  c = await openDuckDB();
  // PostgreSQL's to_char, for the one format the SQL uses.
  await c.run("CREATE MACRO to_char(d, f) AS strftime(d, '%Y-%m-%d')");
});
afterAll(() => c.closeSync());

describe('toSQL for PostgreSQL', () => {
  for (const kase of CASES) {
    it(`is generated for "${kase.name}" and differs from the DuckDB SQL only where the dialects differ`, () => {
      const pg = toSQL(kase.config, { dialect: 'postgres' });
      const duck = toSQL(kase.config, { dialect: 'duckdb' });
      expect(pg.problems).toEqual([]);
      expect(pg.sql).not.toBe(duck.sql);
      expect(pg.sql).toContain('double precision');
      expect(pg.sql).toContain('psql -f scorecard.sql');
      expect(pg.sql).not.toMatch(/::DOUBLE|isfinite\(|regexp_full_match|strftime|error\(/);
      expect(asDuckDB(body(pg.sql!))).toBe(body(duck.sql!));
    });

    it(`runs in DuckDB for "${kase.name}" with the same results as the DuckDB SQL`, async () => {
      const defs = new Map(kase.config.fields.map((f) => [f.key, f]));
      const sources = new Set((kase.config.raters?.classes ?? []).map((r) => r.source));
      const columns = tableColumns(kase.config, dialectFor('duckdb')).map((col) => {
        const dot = col.name.indexOf('.');
        if (sources.has(col.name)) return { name: col.name, type: 'boolean' as FieldType };
        const def = defs.get(dot > 0 ? col.name.slice(dot + 1) : col.name)!;
        return { name: col.name, type: def.type, items: def.items };
      });
      await loadTable(c, 'records', columns, kase.records, (record, name) => {
        const r = record as Record<string, unknown>;
        if (sources.has(name)) return r[name] !== null && typeof r[name] === 'object';
        const dot = name.indexOf('.');
        if (dot > 0) {
          const ratings = r[name.slice(0, dot)];
          return ratings !== null && typeof ratings === 'object' ? (ratings as Record<string, unknown>)[name.slice(dot + 1)] : null;
        }
        return r[name];
      });
      const order = `ORDER BY "${kase.config.subject!.id!}"`;
      // RE2 has no \uXXXX escapes, and DuckDB's cardinality() takes maps only (len() is its list length):
      // the substitutions made before running (PostgreSQL has both). The unnest subqueries run as they are.
      const pgSql = toSQL(kase.config, { dialect: 'postgres' }).sql!.split(dialectFor('postgres').jsSpaceClass).join(dialectFor('duckdb').jsSpaceClass).replace(/cardinality\(/g, 'len(');
      const pg = await rows(c, `SELECT * FROM (${pgSql.replace(/;\n$/, '')}) ${order}`);
      const duck = await rows(c, `SELECT * FROM (${toSQL(kase.config, { dialect: 'duckdb' }).sql!.replace(/;\n$/, '')}) ${order}`);
      expect(pg.length).toBe(kase.records.length);
      expect(pg).toEqual(duck);
    });
  }
});
