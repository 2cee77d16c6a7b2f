// The SQL export: toSQL's query for DuckDB or PostgreSQL as a file. toSQL's own header already says
// what the query computes, the table and columns it reads and how to run it; this adds the file's
// name to the run line. When toSQL finds rules SQL cannot compute exactly as evaluate() does it
// gives no query, and the file says so instead: the problems, located, in the UI language.
import { type Locale, resolveLocalized } from '../localized-text.ts';
import type { ScorecardConfig } from '../scorecard/types.ts';
import { toSQL } from '../sql/index.ts';
import type { SqlDialectName, SqlProblem } from '../sql/index.ts';

export interface SqlExport {
  /** The file's text: the query, or (when `problems` is not empty) a comment explaining why there is none. */
  text: string;
  /** True when `text` holds a query. */
  hasQuery: boolean;
  problems: SqlProblem[];
}

export interface SqlExportOptions {
  dialect: SqlDialectName;
  /** The records table the query reads (default "records"). */
  table?: string;
  /** The file name the text is saved under, used in the run line. */
  fileName: string;
  locale: Locale;
}

const DIALECT_NAME: Record<SqlDialectName, string> = { duckdb: 'DuckDB', postgres: 'PostgreSQL' };

/** How to run the saved file; file names with spaces are quoted for the shell. */
export function sqlRunCommand(dialect: SqlDialectName, fileName: string): string {
  const file = /^[\w.-]+$/.test(fileName) ? fileName : `'${fileName.replace(/'/g, `'\\''`)}'`;
  return dialect === 'duckdb' ? `duckdb mydb.duckdb < ${file}` : `psql -d <database> -f ${file}`;
}

function comment(lines: readonly string[]): string {
  return lines.map((l) => (l === '' ? '--' : `-- ${l.replace(/[\r\n\u2028\u2029]+/g, ' ')}`)).join('\n');
}

function problemsComment(config: ScorecardConfig, options: SqlExportOptions, problems: readonly SqlProblem[]): string {
  const name = resolveLocalized(config.name, options.locale);
  const dialect = DIALECT_NAME[options.dialect];
  const head = options.locale === 'zh-CN'
    ? [`评分卡“${name}”（${config.id}）未生成 ${dialect} 查询：以下规则无法在 SQL 中按 evaluate() 的方式精确计算。`,
      '请在设计器中修改这些规则后重新导出，或改用“运行时包”导出在 JavaScript 中计算。', '', '问题：']
    : [`Scorecard "${name}" (${config.id}): no ${dialect} query was generated, because SQL cannot compute these rules exactly as evaluate() does.`,
      'Change them in the designer and export again, or export the runtime bundle to compute in JavaScript.', '', 'Problems:'];
  return `${comment([...head, ...problems.map((p) => `  ${p.pointer || '/'}: ${p.message[options.locale]}`)])}\n`;
}

export function sqlExport(config: ScorecardConfig, options: SqlExportOptions): SqlExport {
  const result = toSQL(config, { dialect: options.dialect, ...(options.table ? { table: options.table } : {}) });
  if (result.sql === null) return { text: problemsComment(config, options, result.problems), hasQuery: false, problems: result.problems };
  const run = options.locale === 'zh-CN'
    ? `文件 ${options.fileName}（${DIALECT_NAME[options.dialect]}）。运行：${sqlRunCommand(options.dialect, options.fileName)}`
    : `File ${options.fileName} (${DIALECT_NAME[options.dialect]}). Run: ${sqlRunCommand(options.dialect, options.fileName)}`;
  return { text: `${comment([run, ''])}\n${result.sql}`, hasQuery: true, problems: [] };
}
