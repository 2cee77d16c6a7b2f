#!/usr/bin/env node
// The command-line front of src/core: a thin shell over the standalone runtime
// (dist/runtime/scorecard-runtime.js), which it builds first when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runtimePath = join(root, 'dist/runtime/scorecard-runtime.js');

const USAGE = `Usage: scorecard <command> [arguments]

Commands:
  logic apply <rule.json> [data.json]      evaluate a JSON-logic rule against one record (or each record of an array with --each)
  logic analyze <rule.json> [--fields types.json]
                                           fields and operators a rule uses, classic-operator check, type problems
  logic render <rule.json> [--lang en|zh-CN]
                                           the rule in plain language

Options:
  --each          with "logic apply": the data file holds an array; print one result per record
  --help          this text
Files named "-" are read from standard input.`;

class UsageError extends Error {}

function readJson(path, what) {
  let text;
  try {
    text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} "${path}": ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${what} "${path}" is not valid JSON: ${error.message}`);
  }
}

function option(args, name) {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(index, 2);
  return value;
}

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
    console.error(`scorecard: ${error && error.type ? describeError(error) : error?.stack ?? String(error)}`);
    process.exit(1);
  },
);
