// What differs between DuckDB and PostgreSQL in the SQL we write: type names, literals, a few
// functions. Everything else is written once, in the SQL both accept.
import type { ScalarFieldType } from '../scorecard/types.ts';
import type { SqlDialectName } from './types.ts';

export interface Dialect {
  readonly name: SqlDialectName;
  readonly doubleType: string;
  /** The column type a field of this type must have in the records table. */
  columnType(type: ScalarFieldType): string;
  /** A double precision literal that reads back as exactly `value` (never a DECIMAL/NUMERIC). */
  double(value: number): string;
  /** Non-null when x is a finite double. */
  isFinite(x: string): string;
  /** Whole-string regular expression match (RE2 in DuckDB, ARE in PostgreSQL; we use their common subset). */
  matches(x: string, pattern: string): string;
  /** Text ordering by code point, as JavaScript compares (for characters of the Basic Multilingual Plane). */
  textLess(a: string, b: string, orEqual: boolean): string;
  /** The 'YYYY-MM-DD' text of a DATE. */
  dateText(x: string): string;
  /** Stops the query with an error naming `text` (for input the SQL must not silently misread). */
  fail(message: string, text: string): string;
  /** The number of items of a non-NULL list (array) column. */
  listLength(list: string): string;
  /** How many items of a list column satisfy `condition` (SQL over the item named `item`); 0 for a NULL list, never NULL. */
  countWhere(list: string, item: string, condition: string): string;
  /** The characters JavaScript's String.prototype.trim removes, as an SQL text expression. */
  readonly jsWhitespace: string;
  /** The same characters as a regular-expression character class. */
  readonly jsSpaceClass: string;
}

/** JavaScript's WhiteSpace and LineTerminator code points (what trim() and Number() skip). */
const JS_WHITESPACE = [9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279];

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The shortest text that reads back as `value` in both databases' double parsers (JavaScript prints exactly that). */
function doubleText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

function isPlainInteger(value: number): boolean {
  return Number.isSafeInteger(value) && !Object.is(value, -0);
}

const whitespace = JS_WHITESPACE.map((c) => (c === 32 ? "' '" : `chr(${c})`)).join(' || ');

const duckdb: Dialect = {
  name: 'duckdb',
  doubleType: 'DOUBLE',
  columnType: (type) => ({ number: 'DOUBLE', integer: 'BIGINT', boolean: 'BOOLEAN', date: 'DATE', time: 'TIME', string: 'VARCHAR', category: 'VARCHAR' })[type],
  // Plain decimals like 0.1 are DECIMAL in DuckDB (exact decimal arithmetic, unlike JavaScript); text casts round correctly.
  double: (value) => (isPlainInteger(value) ? (value < 0 ? `(${value})::DOUBLE` : `${value}::DOUBLE`) : `'${doubleText(value)}'::DOUBLE`),
  isFinite: (x) => `isfinite(${x})`,
  matches: (x, pattern) => `regexp_full_match(${x}, ${quoteString(pattern)})`,
  textLess: (a, b, orEqual) => `(${a} ${orEqual ? '<=' : '<'} ${b})`,
  dateText: (x) => `strftime(${x}, '%Y-%m-%d')`,
  fail: (message, text) => `CAST(error(${quoteString(message)} || ${text}) AS DOUBLE)`,
  listLength: (list) => `len(${list})`,
  countWhere: (list, item, condition) => `COALESCE(len(list_filter(${list}, lambda ${item}: ${condition})), 0)`,
  jsWhitespace: whitespace,
  jsSpaceClass: `[${JS_WHITESPACE.map((c) => (c === 32 ? ' ' : `\\x{${c.toString(16).toUpperCase()}}`)).join('')}]`,
};

const postgres: Dialect = {
  name: 'postgres',
  doubleType: 'double precision',
  columnType: (type) => ({ number: 'double precision', integer: 'bigint', boolean: 'boolean', date: 'date', time: 'time', string: 'text', category: 'text' })[type],
  // NUMERIC literals would make whole expressions NUMERIC; the text form converts with correct rounding.
  double: (value) => (isPlainInteger(value) ? (value < 0 ? `(${value})::float8` : `${value}::float8`) : `'${doubleText(value)}'::float8`),
  // Infinity - Infinity and NaN - NaN are NaN, which is not 0.
  isFinite: (x) => `(${x} - ${x} = 0)`,
  matches: (x, pattern) => `(${x} ~ ${quoteString(`^(?:${pattern})$`)})`,
  textLess: (a, b, orEqual) => `(${a} COLLATE "C" ${orEqual ? '<=' : '<'} ${b} COLLATE "C")`,
  dateText: (x) => `to_char(${x}, 'YYYY-MM-DD')`,
  // PostgreSQL has no error() function; a failing cast of a non-constant text stops the query the same way.
  fail: (message, text) => `CAST(CAST(${quoteString(message)} || ${text} AS integer) AS float8)`,
  listLength: (list) => `cardinality(${list})`,
  // unnest of a NULL array gives no rows: the count is 0.
  countWhere: (list, item, condition) => `(SELECT count(*) FROM unnest(${list}) AS items(${item}) WHERE ${condition})`,
  jsWhitespace: whitespace,
  jsSpaceClass: `[${JS_WHITESPACE.map((c) => (c === 32 ? ' ' : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`)).join('')}]`,
};

export function dialectFor(name: SqlDialectName): Dialect {
  return name === 'postgres' ? postgres : duckdb;
}
