// The files the exporters write for one scorecard, as data (name, type, content): the commands
// download them, the tests compare their bytes. Every export validates first and refuses a
// configuration with errors, as the configuration export always has.
import type { Locale } from '../../src/core/localized-text.ts';
import { resolveLocalized } from '../../src/core/localized-text.ts';
import { runtimePackage } from '../../src/core/export/runtime-package.ts';
import { sqlExport } from '../../src/core/export/sql-export.ts';
import { exportConfigJson } from '../../src/core/scorecard/export-config.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { validateConfig } from '../../src/core/scorecard/validate.ts';
import type { SqlDialectName, SqlProblem } from '../../src/core/sql/index.ts';

export interface ExportFile {
  fileName: string;
  mime: string;
  content: string | Uint8Array<ArrayBuffer>;
}

export type ExportOutcome =
  /** `sqlProblems`: rules the SQL export could not translate (the file then explains instead of querying). */
  | { ok: true; file: ExportFile; sqlProblems: SqlProblem[] }
  /** The configuration has `errors` errors: nothing is written. */
  | { ok: false; errors: number };

/** The scorecard's name as a file name stem (the download replaces characters file systems refuse). */
export function fileStem(config: ScorecardConfig, locale: Locale): string {
  return resolveLocalized(config.name, locale).trim() || config.id;
}

const errorCount = (problems: ReadonlyArray<{ severity: string }>): number => problems.filter((p) => p.severity === 'error').length;

export function configExport(config: ScorecardConfig, locale: Locale): ExportOutcome {
  const { text, report } = exportConfigJson(config);
  if (text === null) return { ok: false, errors: errorCount(report.problems) };
  return { ok: true, file: { fileName: `${fileStem(config, locale)}.scorecard.json`, mime: 'application/json;charset=utf-8', content: text }, sqlProblems: [] };
}

export function sqlFileExport(config: ScorecardConfig, dialect: SqlDialectName, locale: Locale): ExportOutcome {
  const report = validateConfig(config);
  if (!report.valid || !report.config) return { ok: false, errors: errorCount(report.problems) };
  const fileName = `${fileStem(config, locale)}.${dialect}.sql`;
  const { text, problems } = sqlExport(report.config, { dialect, fileName, locale });
  return { ok: true, file: { fileName, mime: 'application/sql;charset=utf-8', content: text }, sqlProblems: problems };
}

export function runtimeExport(config: ScorecardConfig, runtimeSource: string, locale: Locale): ExportOutcome {
  const { zip, report } = runtimePackage(config, runtimeSource, locale);
  if (zip === null) return { ok: false, errors: errorCount(report.problems) };
  return { ok: true, file: { fileName: `${fileStem(config, locale)}.runtime.zip`, mime: 'application/zip', content: zip }, sqlProblems: [] };
}
