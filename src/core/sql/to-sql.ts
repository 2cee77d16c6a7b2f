// toSQL(config, { dialect, table }): the scorecard as one SQL query over a records table, computing
// per record what evaluate() computes (docs/scorecard-evaluation.md). A chain of CTEs: leaf values →
// leaf scores → groups by depth → (rater classes combined) → policies → totals → rounding → ranks
// → grades. Anything without an exact SQL form is reported and no SQL is given.
import { flattenTree } from '../scorecard/flat-tree.ts';
import { DEFAULT_SCALE, type ScaleConfig, type ScorecardConfig } from '../scorecard/types.ts';
import { type TableColumn, ratingsScope, recordScope, tableColumns } from './columns.ts';
import { type Dialect, dialectFor, quoteIdentifier } from './dialect.ts';
import type { Translation } from './expr.ts';
import { sqlHeader } from './header.ts';
import { messages } from './messages.ts';
import { bandSql, gradeColumns, percentileSql, policyColumns, rankCtes, roundSql, totalCol, totalColumns } from './totals-sql.ts';
import { type Column, type TreePlan, col, planTree } from './tree-sql.ts';
import type { SqlProblem, ToSqlOptions, ToSqlResult } from './types.ts';

const q = quoteIdentifier;

interface Cte {
  name: string;
  columns: Column[];
  /** The whole body, for the CTEs that are not "the previous one plus columns". */
  body?: string;
}

export function toSQL(config: ScorecardConfig, options: ToSqlOptions): ToSqlResult {
  const d = dialectFor(options.dialect);
  const t: Translation = { dialect: d, problems: [] };
  const scale: Readonly<ScaleConfig> = { ...DEFAULT_SCALE, ...config.scale };
  const tree = flattenTree(config.root);
  const table = (options.table ?? 'records').split('.').map(q).join('.');
  const columns = tableColumns(config, d);
  const record = recordScope(config, d);
  const ctes: Cte[] = [];

  const classes = config.raters?.classes ?? [];
  const plans: TreePlan[] = classes.length === 0
    ? [planTree(config, tree, scale, record, record, '', t)]
    : classes.map((c, i) => planTree(config, tree, scale, ratingsScope(config, c.source, d), record, `_c${i}`, t));
  ctes.push({ name: '__sc_values', columns: plans.flatMap((p) => p.values) });
  ctes.push({ name: '__sc_scores', columns: plans.flatMap((p) => p.scores) });
  const depths = Math.max(...plans.map((p) => p.levels.length));
  for (let level = 0; level < depths; level++) ctes.push({ name: `__sc_groups_${level}`, columns: plans.flatMap((p) => p.levels[level] ?? []) });

  const failed = (flags: string[]) => (flags.length === 0 ? '' : `${flags.map((f) => q(f)).join(' OR ')} OR `);
  if (classes.length === 0) {
    const base = q(col.score(0, ''));
    ctes.push({ name: '__sc_base', columns: [{ name: totalCol.base, sql: base }, { name: totalCol.failed, sql: `(${failed(plans[0]!.failFlags)}${base} IS NULL)` }] });
  } else {
    ctes.push({ name: '__sc_raters', columns: raterColumns(config, plans, tree.nodes.length, d) });
  }

  const policies = policyColumns(config.policies ?? [], record, t);
  if (policies.columns.length > 0) ctes.push({ name: '__sc_policies', columns: policies.columns });
  const bands = config.grades.bands;
  if (bands.length === 0) t.problems.push({ pointer: '/grades/bands', message: messages.noBands() });
  const totals = totalColumns(policies.enabled, bands, scale, t);
  ctes.push({ name: '__sc_totals', columns: totals.slice(0, 4) });
  ctes.push({ name: '__sc_clamped', columns: totals.slice(4) });
  ctes.push({ name: '__sc_rounded', columns: [{ name: totalCol.total, sql: roundSql(q(totalCol.clamped), scale, t) }] });
  ctes.push(...rankCtes('__sc_rounded'));
  ctes.push({ name: '__sc_graded', columns: [{ name: totalCol.band, sql: bandSql(config, t) }] });

  const idKey = config.subject?.id;
  if (idKey !== undefined && !config.fields.some((f) => f.key === idKey)) t.problems.push({ pointer: '/subject/id', message: messages.unknownField(idKey) });
  const grade = gradeColumns(bands, t);
  const outputs: Column[] = [
    ...(idKey === undefined ? [] : [{ name: idKey, sql: q(idKey) }]),
    { name: 'total_before', sql: `CASE WHEN ${q(totalCol.failed)} THEN NULL ELSE ${q(totalCol.base)} END` },
    { name: 'adjustment', sql: q(totalCol.adjustment) },
    { name: 'money', sql: q(totalCol.money) },
    { name: 'total', sql: q(totalCol.total) },
    { name: 'grade', sql: grade.grade },
    { name: 'coefficient', sql: grade.coefficient },
    { name: 'rank', sql: q(totalCol.rank) },
    { name: 'percentile', sql: percentileSql(t) },
    { name: 'status', sql: `CASE WHEN ${q(totalCol.failed)} THEN 'failed' ELSE 'ok' END` },
    ...tree.nodes.map((node, k) => ({ name: `score_${node.id}`, sql: q(col.score(k, '')) })),
  ];
  checkNames(columns, outputs, d, t.problems);
  if (t.problems.length > 0) return { sql: null, problems: t.problems };

  const header = sqlHeader(config, table, columns, outputs.map((o) => q(o.name)), d);
  const withs = ctes.map((cte, i) => {
    if (cte.body !== undefined) return `${q(cte.name)} AS (\n${cte.body}\n)`;
    // Each CTE adds columns to the one before it (the rank CTEs join; the ranked rows follow them).
    const from = i === 0 ? table : q(ctes[i - 1]!.name);
    const list = cte.columns.map((c) => `    ${c.sql} AS ${q(c.name)}`).join(',\n');
    return `${q(cte.name)} AS (\n  SELECT *${list ? `,\n${list}` : ''}\n  FROM ${from}\n)`;
  });
  const select = outputs.map((o) => `  ${o.sql} AS ${q(o.name)}`).join(',\n');
  const sql = `${header}\nWITH\n${withs.join(',\n')}\nSELECT\n${select}\nFROM ${q(ctes[ctes.length - 1]!.name)};\n`;
  return { sql, problems: [] };
}

/** §4: node scores averaged over the rater classes that have a total, weighted by the classes' weights. */
function raterColumns(config: ScorecardConfig, plans: readonly TreePlan[], nodeCount: number, d: Dialect): Column[] {
  const classes = config.raters!.classes;
  const n = (x: number) => d.double(x);
  // A class counts when the record has its ratings object and its tree has a total.
  const present = classes.map((c, i) => `(${q(c.source)} IS TRUE AND ${q(plans[i]!.score(0))} IS NOT NULL)`);
  const out: Column[] = [];
  for (let k = 0; k < nodeCount; k++) {
    const ws = `(${n(0)} + ${classes.map((c, i) => `CASE WHEN ${present[i]} AND ${q(plans[i]!.score(k))} IS NOT NULL THEN ${n(c.weight)} ELSE ${n(0)} END`).join(' + ')})`;
    const s = `(${n(0)} + ${classes.map((c, i) => `CASE WHEN ${present[i]} AND ${q(plans[i]!.score(k))} IS NOT NULL THEN ${n(c.weight)} * ${q(plans[i]!.score(k))} ELSE ${n(0)} END`).join(' + ')})`;
    out.push({ name: col.score(k, ''), sql: `CASE WHEN ${ws} > 0 THEN ${s} / ${ws} END` });
  }
  out.push({ name: totalCol.base, sql: q(col.score(0, '')) });
  // A class whose ratings object is there and whose tree fails fails the record.
  const fails = classes.flatMap((c, i) => (plans[i]!.failFlags.length === 0 ? [] : [`(${q(c.source)} IS TRUE AND (${plans[i]!.failFlags.map((f) => q(f)).join(' OR ')}))`]));
  out.push({ name: totalCol.failed, sql: `(${[...fails, `${q(col.score(0, ''))} IS NULL`].join(' OR ')})` });
  return out;
}

/** Names the databases would confuse: our own prefix, case (DuckDB), and length (PostgreSQL's 63 bytes). */
function checkNames(columns: readonly TableColumn[], outputs: readonly Column[], d: Dialect, problems: SqlProblem[]): void {
  const key = (name: string) => (d.name === 'duckdb' ? name.toLowerCase() : truncateUtf8(name, 63));
  const check = (names: readonly string[], pointer: string) => {
    const seen = new Map<string, string>();
    for (const name of names) {
      const k = key(name);
      const other = seen.get(k);
      if (other !== undefined) problems.push({ pointer, message: messages.duplicateColumn(name, other) });
      seen.set(k, name);
    }
  };
  for (const c of columns) if (c.name.toLowerCase().startsWith('__sc_')) problems.push({ pointer: '/fields', message: messages.reservedName(c.name) });
  if (d.name === 'postgres' && [...columns, ...outputs].some((c) => c.name.includes('\u0000'))) problems.push({ pointer: '/fields', message: messages.nulCharacter() });
  check(columns.map((c) => c.name), '/fields');
  check(outputs.map((c) => c.name), '/root');
}

/** The longest prefix of `name` that fits in `bytes` bytes of UTF-8, as PostgreSQL truncates identifiers. */
function truncateUtf8(name: string, bytes: number): string {
  let used = 0;
  let out = '';
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (used + size > bytes) break;
    used += size;
    out += ch;
  }
  return out;
}
