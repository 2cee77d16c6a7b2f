// Loading JSON records into an in-memory DuckDB table with the column types toSQL expects, and
// reading query results back as plain values.
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { quoteIdentifier as q } from '../../../src/core/sql/dialect.ts';
import type { FieldType, ScalarFieldType } from '../../../src/core/scorecard/types.ts';

export interface LoadColumn {
  name: string;
  type: FieldType;
  /** A list column's item type (default string). */
  items?: ScalarFieldType;
}

const SQL_TYPE: Record<ScalarFieldType, string> = { number: 'DOUBLE', integer: 'BIGINT', boolean: 'BOOLEAN', date: 'DATE', time: 'TIME', string: 'VARCHAR', category: 'VARCHAR' };

/** A column's cast from its staged text: list values are staged as JSON arrays (null items are NULL). */
function castOf(col: LoadColumn): string {
  if (col.type !== 'list') return `CAST(${q(col.name)} AS ${SQL_TYPE[col.type]})`;
  return `CAST(CAST(${q(col.name)} AS JSON) AS ${SQL_TYPE[col.items ?? 'string']}[])`;
}

export async function openDuckDB(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  return db.connect();
}

/**
 * Creates `table` with one typed column per entry of `columns` and one row per record;
 * `read(record, name)` gives a cell (null/undefined become NULL; a list column's cell is an array,
 * or null). Values go in as text and are
 * cast by DuckDB, whose text-to-double conversion rounds correctly (JavaScript prints the shortest
 * text that reads back as the same double).
 */
export async function loadTable(c: DuckDBConnection, table: string, columns: readonly LoadColumn[], records: readonly unknown[], read: (record: unknown, name: string) => unknown): Promise<void> {
  const staging = `${table}__text`;
  await c.run(`CREATE OR REPLACE TABLE ${q(staging)} (${columns.map((col) => `${q(col.name)} VARCHAR`).join(', ')})`);
  const appender = await c.createAppender(staging);
  for (const record of records) {
    for (const col of columns) {
      const v = read(record, col.name);
      if (v === null || v === undefined) appender.appendNull();
      else if (col.type === 'list') {
        if (!Array.isArray(v)) throw new Error(`cannot load ${JSON.stringify(v)} into list column ${col.name}`);
        appender.appendVarchar(JSON.stringify(v));
      } else if (typeof v === 'string') appender.appendVarchar(v);
      else if (typeof v === 'number' || typeof v === 'boolean') appender.appendVarchar(String(v));
      else throw new Error(`cannot load ${JSON.stringify(v)} into ${col.name}`);
    }
    appender.endRow();
  }
  appender.closeSync();
  const casts = columns.map((col) => `${castOf(col)} AS ${q(col.name)}`);
  await c.run(`CREATE OR REPLACE TABLE ${q(table)} AS SELECT ${casts.join(', ')} FROM ${q(staging)}`);
}

/** Rows as objects with JavaScript values (BIGINT as number). */
export async function rows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await c.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
    return out;
  });
}
