// toSQL: a scorecard configuration as one SQL query (DuckDB or PostgreSQL) that computes what
// evaluate() computes. logicToSql translates single JSON-logic rules for other SQL exports.
export { toSQL } from './to-sql.ts';
export { logicToSql } from './logic-to-sql.ts';
export type { Scope } from './logic-to-sql.ts';
export type { Expr, Translation } from './expr.ts';
export { dialectFor, quoteIdentifier, quoteString } from './dialect.ts';
export type { Dialect } from './dialect.ts';
export { truthy, valueNumber } from './coerce.ts';
export type { SqlDialectName, SqlMessage, SqlProblem, ToSqlOptions, ToSqlResult } from './types.ts';
