// The export commands: find the scorecard, build the file, save it, and tell the user what happened
// in their language. What saves the file and where the runtime's source comes from are passed in,
// so the tests run the same commands without downloads or the Vite-only runtime module.
import type { IDisposable } from '../../src/base/lifecycle.ts';
import { DisposableStore } from '../../src/base/lifecycle.ts';
import type { Locale } from '../../src/core/localized-text.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import type { WorkbenchApi } from '../../src/workbench/api.ts';
import { readScorecard, targetScorecardId } from './active-scorecard.ts';
import { type ExportFile, type ExportOutcome, configExport, runtimeExport, sqlFileExport } from './export-files.ts';
import { pickAndRun } from './contribution-quick-pick.ts';

export interface ExportDependencies {
  save(file: ExportFile): void;
  loadRuntimeSource(): Promise<string>;
}

type Build = (config: ScorecardConfig, locale: Locale) => ExportOutcome | Promise<ExportOutcome>;

export function registerExportCommands(api: WorkbenchApi, deps: ExportDependencies): IDisposable {
  const store = new DisposableStore();
  const output = () => api.t('exports.output.channel');

  /** Runs one exporter; resolves with the file saved, or undefined when nothing was. */
  const run = async (argument: unknown, build: Build): Promise<ExportFile | undefined> => {
    const id = targetScorecardId(api, argument);
    if (id === undefined) {
      api.notifications.info(api.t('exports.noScorecard'));
      return undefined;
    }
    const doc = await readScorecard(api, id);
    if (!doc) {
      api.notifications.error(api.t('exports.notFound'));
      return undefined;
    }
    const outcome = await build(doc.content, api.i18n.locale);
    if (!outcome.ok) {
      api.notifications.error(api.t('exports.invalid', { name: doc.name, errors: outcome.errors }));
      return undefined;
    }
    deps.save(outcome.file);
    const problems = outcome.sqlProblems;
    if (problems.length === 0) {
      api.notifications.info(api.t('exports.saved', { file: outcome.file.fileName }));
      return outcome.file;
    }
    // The file then explains why there is no query; the user sees the first reason at once, all of them in Output.
    const locale = api.i18n.locale;
    for (const p of problems) api.output.append(output(), `${outcome.file.fileName} ${p.pointer || '/'}: ${p.message[locale]}`, 'warning');
    api.notifications.warn(api.t('exports.sqlProblems', { file: outcome.file.fileName, count: problems.length, first: `${problems[0]!.pointer || '/'}: ${problems[0]!.message[locale]}` }));
    return outcome.file;
  };

  const commands: Array<[string, (argument?: unknown) => unknown]> = [
    ['exports.export', async (argument) => {
      const id = targetScorecardId(api, argument);
      if (id === undefined) {
        api.notifications.info(api.t('exports.noScorecard'));
        return undefined;
      }
      return pickAndRun(api, 'exporters', id);
    }],
    // Importers may import into the active scorecard (a spreadsheet of its tree) or create one (a configuration file).
    ['exports.import', (argument) => pickAndRun(api, 'importers', targetScorecardId(api, argument))],
    ['exports.exportConfig', (argument) => run(argument, configExport)],
    ['exports.exportSqlDuckdb', (argument) => run(argument, (config, locale) => sqlFileExport(config, 'duckdb', locale))],
    ['exports.exportSqlPostgres', (argument) => run(argument, (config, locale) => sqlFileExport(config, 'postgres', locale))],
    // Validated before the runtime's source (about 1 MB) is fetched: a configuration with errors costs no download.
    ['exports.exportRuntime', (argument) => run(argument, async (config, locale) => {
      const check = configExport(config, locale);
      return check.ok ? runtimeExport(config, await deps.loadRuntimeSource(), locale) : check;
    })],
  ];
  for (const [id, handler] of commands) store.add(api.commands.registerCommand(id, handler));
  return store;
}
