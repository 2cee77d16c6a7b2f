// The public shapes of toSQL: options in, one query (or the reasons there is none) out.
export type SqlDialectName = 'duckdb' | 'postgres';

export interface ToSqlOptions {
  dialect: SqlDialectName;
  /** The records table (default "records"); a dotted name is schema-qualified (`staff.q1`). */
  table?: string;
}

/** A part of the configuration the SQL cannot express exactly as evaluate() computes it. */
export interface SqlProblem {
  /** JSON pointer into the configuration (`/root/children/0/value/if/1`). */
  pointer: string;
  message: SqlMessage;
}

/** A message in both shipped languages. */
export interface SqlMessage {
  en: string;
  'zh-CN': string;
}

export interface ToSqlResult {
  /** The query, or null when any problem was found (SQL that differs from evaluate() is never given). */
  sql: string | null;
  problems: SqlProblem[];
}
