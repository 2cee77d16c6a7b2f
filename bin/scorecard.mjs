#!/usr/bin/env node
// The command-line front of src/core: a thin shell over the standalone runtime
// (dist/runtime/scorecard-runtime.js), which it builds first when it is missing.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError, evaluateCommand, option, readJson, sqlCommand, validateCommand, weightsCommand } from './lib/scorecard-commands.mjs';

// As in the app (src/base/seal-object-prototype.ts): nothing may add keys every plain object would
// inherit, and the rule engine then reads record fields without a lookup per key.
Object.preventExtensions(Object.prototype);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runtimePath = process.env.SCORECARD_RUNTIME ?? join(root, 'dist/runtime/scorecard-runtime.js');

const USAGE = `Usage: scorecard <command> [arguments]

Commands:
  validate <config.json> [--lang en|zh-CN] [--json]
                                           check a scorecard configuration (schema and meaning); exit 1 on errors
  evaluate <config.json> <records.csv|json|jsonl> [--out results.csv|results.json] [--encoding utf-8|gbk|gb18030|utf-16le]
           [--skip-bad-cells]              score every record (CSV in UTF-8 with or without BOM, UTF-16 or GBK/GB18030, detected)
  sql <config.json> [--dialect duckdb|postgres] [--table name] [--out file.sql]
                                           the whole scorecard as one SQL query
  weights ahp <matrix.json> [--method eigenvector|sum-product|geometric-mean] [--ri saaty|chinese] [--threshold 0.1] [--json]
                                           AHP weights, λmax, CI, CR and the judgments worth revising
  logic apply <rule.json> [data.json]      evaluate a JSON-logic rule against one record (or each record of an array with --each)
  logic analyze <rule.json> [--fields types.json]
                                           fields and operators a rule uses, classic-operator check, type problems
  logic render <rule.json> [--lang en|zh-CN]
                                           the rule in plain language

Options:
  --each          with "logic apply": the data file holds an array; print one result per record
  --help          this text
Files named "-" are read from standard input. SCORECARD_RUNTIME=<file> uses another runtime build.`;

async function loadRuntime() {
  if (!existsSync(runtimePath)) {
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.runtime.config.ts'), root, logLevel: 'warn' });
  }
  return import(pathToFileURL(runtimePath).href);
}

function describeError(error) {
  const where = error.pointer !== undefined ? ` at ${error.pointer === '' ? '/' : error.pointer}` : '';
  return `${error.type ?? 'Error'}${where}: ${error.message}`;
}

async function main(argv) {
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const scorecardCommands = { validate: validateCommand, evaluate: evaluateCommand, sql: sqlCommand, weights: weightsCommand };
  if (Object.hasOwn(scorecardCommands, args[0])) {
    const [name, ...rest] = args;
    return scorecardCommands[name](await loadRuntime(), rest);
  }
  const [group, command, ...rest] = args;
  if (group !== 'logic' || !['apply', 'analyze', 'render'].includes(command)) throw new UsageError(`unknown command "${[group, command].filter(Boolean).join(' ')}"`);
  const runtime = await loadRuntime();
  if (command === 'apply') {
    const each = rest.includes('--each');
    const files = rest.filter((a) => a !== '--each');
    if (files.length < 1 || files.length > 2) throw new UsageError('logic apply needs <rule.json> and optionally [data.json]');
    const compiled = runtime.compileLogic(readJson(files[0], 'rule'));
    const data = files[1] === undefined ? null : readJson(files[1], 'data');
    if (each) {
      if (!Array.isArray(data)) throw new UsageError('--each needs a data file holding an array of records');
      let failures = 0;
      data.forEach((record, i) => {
        try {
          console.log(JSON.stringify(compiled(record)));
        } catch (error) {
          failures++;
          console.error(`record ${i}: ${describeError(error)}`);
          console.log('null');
        }
      });
      return failures ? 1 : 0;
    }
    console.log(JSON.stringify(compiled(data), null, 2));
    return 0;
  }
  if (command === 'analyze') {
    const fieldsFile = option(rest, '--fields');
    if (rest.length !== 1) throw new UsageError('logic analyze needs <rule.json>');
    const analysis = runtime.analyzeLogic(readJson(rest[0], 'rule'), fieldsFile ? { fieldTypes: readJson(fieldsFile, 'field types') } : undefined);
    console.log(JSON.stringify(analysis, null, 2));
    return analysis.typeIssues.some((i) => i.severity === 'error') ? 1 : 0;
  }
  const lang = option(rest, '--lang') ?? 'en';
  if (!['en', 'zh-CN'].includes(lang)) throw new UsageError(`--lang must be en or zh-CN, not "${lang}"`);
  if (rest.length !== 1) throw new UsageError('logic render needs <rule.json>');
  console.log(runtime.renderLogic(readJson(rest[0], 'rule'), lang));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) {
      console.error(`scorecard: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error?.exitCode !== undefined) {
      console.error(`scorecard: ${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(`scorecard: ${error && error.type ? describeError(error) : error?.stack ?? String(error)}`);
    process.exit(1);
  },
);
