// The scorecard commands of the CLI: validate, evaluate, sql and weights. Each takes the loaded
// runtime (dist/runtime/scorecard-runtime.js) and parsed arguments, prints, and returns an exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';

export class UsageError extends Error {}

export function readBytes(path, what) {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} "${path}": ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

export function readJson(path, what) {
  const text = readBytes(path, what).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} "${path}" is not valid JSON: ${error.message}`);
  }
}

/** Removes `--name value` from args and returns the value. */
export function option(args, name, allowed) {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  if (allowed && !allowed.includes(value)) throw new UsageError(`${name} must be ${allowed.join(' or ')}, not "${value}"`);
  args.splice(index, 2);
  return value;
}

export function flag(args, name) {
  const index = args.indexOf(name);
  if (index < 0) return false;
  args.splice(index, 1);
  return true;
}

function noMoreOptions(args) {
  const extra = args.find((a) => a.startsWith('--'));
  if (extra) throw new UsageError(`unknown option "${extra}"`);
}

function printProblems(problems, lang, stream = process.stderr) {
  for (const p of problems) stream.write(`${p.severity.padEnd(7)} ${p.pointer === '' ? '/' : p.pointer}  ${p.message[lang] ?? p.message.en}\n`);
}

/** Loads and validates a configuration; prints its problems; throws when it has errors. */
function loadConfig(runtime, path, lang) {
  const doc = readJson(path, 'configuration');
  const report = runtime.validateConfig(doc);
  if (!report.valid) {
    printProblems(report.problems, lang);
    const errors = report.problems.filter((p) => p.severity === 'error').length;
    const error = new Error(`the configuration "${path}" has ${errors} error${errors === 1 ? '' : 's'}`);
    error.exitCode = 1;
    throw error;
  }
  return report.config;
}

export function validateCommand(runtime, args) {
  const lang = option(args, '--lang', ['en', 'zh-CN']) ?? 'en';
  const json = flag(args, '--json');
  noMoreOptions(args);
  if (args.length !== 1) throw new UsageError('validate needs <config.json>');
  const report = runtime.validateConfig(readJson(args[0], 'configuration'));
  if (json) console.log(JSON.stringify(report.problems, null, 2));
  else {
    printProblems(report.problems, lang, process.stdout);
    const count = (s) => report.problems.filter((p) => p.severity === s).length;
    console.log(report.valid ? `valid (${count('warning')} warnings)` : `invalid: ${count('error')} errors, ${count('warning')} warnings`);
  }
  return report.valid ? 0 : 1;
}

/** Records from a CSV (any supported encoding) or a JSON / JSON Lines file. */
function readRecords(runtime, path, config, encoding, skipBadCells) {
  const bytes = readBytes(path, 'records');
  const decoded = runtime.decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const isCsv = extname(path).toLowerCase() === '.csv' || (path === '-' && !/^\s*[[{]/.test(decoded.text));
  const parsed = isCsv ? runtime.parseCsv(decoded.text, { fields: config.fields }) : runtime.parseJsonRecords(decoded.text);
  if (parsed.problems.length > 0) {
    for (const p of parsed.problems.slice(0, 20)) process.stderr.write(`line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message.en}\n`);
    if (parsed.problems.length > 20) process.stderr.write(`… and ${parsed.problems.length - 20} more\n`);
    if (!skipBadCells || !isCsv) {
      const error = new Error(`${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'} in "${path}"${isCsv ? ' (--skip-bad-cells treats such cells as missing)' : ''}`);
      error.exitCode = 1;
      throw error;
    }
  }
  return { records: parsed.records, encoding: decoded.encoding };
}

function resultRows(evaluation) {
  const K = evaluation.nodes.length;
  return evaluation.records.map((r, i) => {
    const row = {
      id: r.id, name: r.name ?? '', status: r.status, total_before: r.totalBefore, adjustment: r.adjustment, money: r.money,
      total: r.total, grade: r.grade, coefficient: r.coefficient, rank: r.rank, percentile: r.percentile,
      veto: r.veto ?? '', flags: r.flags.join(' '), fired: r.fired.map((f) => f.policy).join(' '),
    };
    evaluation.nodes.forEach((node, k) => {
      const s = evaluation.scores[i * K + k];
      row[`score:${node.id}`] = Number.isNaN(s) ? null : Math.round(s * 1e6) / 1e6;
    });
    return row;
  });
}

export function evaluateCommand(runtime, args) {
  const lang = option(args, '--lang', ['en', 'zh-CN']) ?? 'en';
  const out = option(args, '--out');
  const encoding = option(args, '--encoding', ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk']);
  const skipBadCells = flag(args, '--skip-bad-cells');
  noMoreOptions(args);
  if (args.length !== 2) throw new UsageError('evaluate needs <config.json> <records.csv|json>');
  const config = loadConfig(runtime, args[0], lang);
  const { records } = readRecords(runtime, args[1], config, encoding === 'gbk' ? 'gb18030' : encoding, skipBadCells);
  const evaluation = runtime.evaluate(config, records);
  const rows = resultRows(evaluation);
  if (out !== undefined) {
    if (extname(out).toLowerCase() === '.csv') {
      const columns = Object.keys(rows[0] ?? { id: '', total: '' });
      writeFileSync(out, runtime.toCsv(rows, columns, { bom: true }));
    } else writeFileSync(out, `${JSON.stringify({ nodes: evaluation.nodes, records: evaluation.records, stats: evaluation.stats }, null, 2)}\n`);
  } else if (!out) {
    console.log(JSON.stringify(rows, null, 2));
  }
  const { stats } = evaluation;
  const grades = Object.entries(stats.grades).map(([g, n]) => `${g} ${n}`).join(', ');
  process.stderr.write(`${stats.count} records, ${stats.failed} failed; mean ${stats.mean === null ? '—' : stats.mean.toFixed(2)}; grades: ${grades}\n`);
  for (const r of evaluation.records) for (const e of r.errors) process.stderr.write(`record ${r.id}: ${e.source}: ${e.message}\n`);
  return 0;
}

export function sqlCommand(runtime, args) {
  const lang = option(args, '--lang', ['en', 'zh-CN']) ?? 'en';
  const dialect = option(args, '--dialect', ['duckdb', 'postgres']) ?? 'duckdb';
  const table = option(args, '--table');
  const out = option(args, '--out');
  noMoreOptions(args);
  if (args.length !== 1) throw new UsageError('sql needs <config.json>');
  const config = loadConfig(runtime, args[0], lang);
  const result = runtime.toSQL(config, table === undefined ? { dialect } : { dialect, table });
  if (result.sql === null) {
    for (const p of result.problems) process.stderr.write(`cannot express in SQL ${p.pointer || '/'}: ${p.message[lang] ?? p.message.en}\n`);
    return 1;
  }
  if (out !== undefined) writeFileSync(out, result.sql);
  else process.stdout.write(result.sql);
  return 0;
}

export function weightsCommand(runtime, args) {
  const [method, ...rest] = args;
  if (method !== 'ahp') throw new UsageError(`unknown weighting method "${method ?? ''}" (try: weights ahp <matrix.json>)`);
  const computation = option(rest, '--method', ['eigenvector', 'sum-product', 'geometric-mean']) ?? 'eigenvector';
  const riTable = option(rest, '--ri', ['saaty', 'chinese']) ?? 'saaty';
  const thresholdText = option(rest, '--threshold');
  const json = flag(rest, '--json');
  noMoreOptions(rest);
  if (rest.length !== 1) throw new UsageError('weights ahp needs <matrix.json>');
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) throw new UsageError('--threshold must be a number between 0 and 1');
  const doc = readJson(rest[0], 'matrix');
  const matrix = Array.isArray(doc) ? doc : doc?.matrix;
  const items = Array.isArray(doc) ? doc.map((_, i) => `#${i + 1}`) : doc?.items ?? matrix?.map((_, i) => `#${i + 1}`);
  if (!Array.isArray(matrix)) throw new UsageError('the matrix file must hold an array of rows, or { "items": [...], "matrix": [[...]] }');
  const problems = runtime.validatePairwiseMatrix(matrix);
  if (problems.length > 0) {
    for (const p of problems) {
      const where = p.row === null ? 'matrix' : p.column === null ? `row ${p.row + 1}` : `row ${p.row + 1}, column ${p.column + 1}`;
      process.stderr.write(`${where}: ${typeof p.message === 'string' ? p.message : p.message.en}\n`);
    }
    return 1;
  }
  const result = runtime.ahp(matrix, { method: computation, riTable, ...(threshold === undefined ? {} : { threshold }) });
  if (json) {
    console.log(JSON.stringify({ items, ...result }, null, 2));
    return 0;
  }
  const width = Math.max(...items.map((i) => String(i).length), 4);
  for (let i = 0; i < items.length; i++) console.log(`${String(items[i]).padEnd(width)}  ${(result.weights[i] * 100).toFixed(2).padStart(6)}%`);
  console.log(`λmax ${result.lambdaMax.toFixed(4)}  CI ${result.ci.toFixed(4)}  RI ${result.ri}  CR ${result.cr.toFixed(4)}  ${result.consistent ? 'consistent' : 'NOT consistent: revise the judgments below'}`);
  if (!result.consistent) {
    for (const s of result.suggestions) console.log(`  ${items[s.row]} vs ${items[s.column]}: ${fmtJudgment(s.current)} → ${fmtJudgment(s.suggested)} (CR would be ${s.crAfter.toFixed(4)})`);
  }
  return 0;
}

function fmtJudgment(x) {
  return x >= 1 ? String(Math.round(x * 100) / 100) : `1/${Math.round(1 / x)}`;
}
