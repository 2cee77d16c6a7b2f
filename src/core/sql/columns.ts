// The records table the SQL reads: one column per declared field, and for 360-degree scorecards
// per rater class a BOOLEAN column "<source>" (the record has that class's ratings object) and one
// column "<source>.<field>" per field. Scopes map `var` paths onto those columns.
import type { FieldDef, ScalarFieldType, ScorecardConfig } from '../scorecard/types.ts';
import type { Dialect } from './dialect.ts';
import { quoteIdentifier } from './dialect.ts';
import type { Expr } from './expr.ts';
import type { ListColumn, Scope } from './logic-to-sql.ts';

export interface TableColumn {
  name: string;
  type: string;
  note: string;
}

/** The value of a column as the engine sees the field: SQL NULL is JSON null. */
export function fieldExpr(field: FieldDef, column: string, d: Dialect): Expr | ListColumn {
  const sql = quoteIdentifier(column);
  if (field.type === 'list') return { list: sql, items: field.items ?? 'string' };
  return valueExpr(field.type, sql, d);
}

/** A value of a scalar field type held in SQL `sql` (a column, or the item of a list column). */
export function valueExpr(type: ScalarFieldType, sql: string, d: Dialect): Expr {
  switch (type) {
    case 'number': return { kind: 'number', sql, nullable: true };
    case 'integer': return { kind: 'number', sql: `CAST(${sql} AS ${d.doubleType})`, nullable: true, integral: true, bound: 2 ** 63 };
    case 'boolean': return { kind: 'boolean', sql, nullable: true };
    case 'date': return { kind: 'date', sql, nullable: true };
    case 'time': return { kind: 'time', sql, nullable: true };
    default: return { kind: 'string', sql, nullable: true };
  }
}

/** A list field is an array column of its item type (DuckDB LIST, PostgreSQL array). */
function columnTypeOf(field: FieldDef, d: Dialect): string {
  return field.type === 'list' ? `${d.columnType(field.items ?? 'string')}[]` : d.columnType(field.type);
}

function noteOf(field: FieldDef): string {
  return field.type === 'list' ? `list of ${field.items ?? 'string'}` : field.type;
}

export function raterColumn(source: string, key: string): string {
  return `${source}.${key}`;
}

export function tableColumns(config: ScorecardConfig, d: Dialect): TableColumn[] {
  const out: TableColumn[] = config.fields.map((f) => ({ name: f.key, type: columnTypeOf(f, d), note: noteOf(f) }));
  for (const rater of config.raters?.classes ?? []) {
    out.push({ name: rater.source, type: d.columnType('boolean'), note: `true when the record has ratings from "${rater.id}"` });
    for (const f of config.fields) out.push({ name: raterColumn(rater.source, f.key), type: columnTypeOf(f, d), note: `${noteOf(f)}, rated by "${rater.id}"` });
  }
  return out;
}

/** The whole record: its fields, and `<source>.<field>` for rater classes. */
export function recordScope(config: ScorecardConfig, d: Dialect): Scope {
  const fields = new Map(config.fields.map((f) => [f.key, f]));
  const sources = new Set((config.raters?.classes ?? []).map((r) => r.source));
  return {
    read(segments) {
      const [first, second] = segments;
      if (first === undefined) return 'object';
      if (sources.has(first)) {
        if (segments.length === 1) return 'object';
        const field = second === undefined ? undefined : fields.get(second);
        return segments.length === 2 && field !== undefined ? fieldExpr(field, raterColumn(first, second!), d) : undefined;
      }
      const field = fields.get(first);
      return segments.length === 1 && field !== undefined ? fieldExpr(field, first, d) : undefined;
    },
  };
}

/** A rater class's ratings object: the data its tree is scored on. */
export function ratingsScope(config: ScorecardConfig, source: string, d: Dialect): Scope {
  const fields = new Map(config.fields.map((f) => [f.key, f]));
  return {
    read(segments) {
      const field = fields.get(segments[0]!);
      return segments.length === 1 && field !== undefined ? fieldExpr(field, raterColumn(source, segments[0]!), d) : undefined;
    },
  };
}

/** The data of a logic scorer: `{"value": <the indicator's number>, "record": <the whole record>}`. */
export function logicScorerScope(valueColumn: string, record: Scope): Scope {
  return {
    read(segments) {
      if (segments[0] === 'value') return segments.length === 1 ? { kind: 'number', sql: valueColumn, nullable: false } : undefined;
      if (segments[0] === 'record') return segments.length === 1 ? 'object' : record.read(segments.slice(1));
      return undefined;
    },
  };
}
