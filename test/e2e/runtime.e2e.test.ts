import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin/scorecard.mjs');

/** The runtime as other teams get it: one file, copied alone into an empty folder. */
let isolated: string;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'scorecard-runtime-'));
  await build({ configFile: join(root, 'vite.runtime.config.ts'), root, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const alone = mkdtempSync(join(tmpdir(), 'scorecard-alone-'));
  isolated = join(alone, 'scorecard-runtime.js');
  copyFileSync(join(outDir, 'scorecard-runtime.js'), isolated);
}, 120000);

describe('the standalone runtime (dist/runtime/scorecard-runtime.js)', () => {
  it('loads in Node from a folder holding nothing else and evaluates rules', async () => {
    const runtime = await import(pathToFileURL(isolated).href) as typeof import('../../src/core/index.ts');
    const rule = { and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '==': [{ var: 'complaints' }, 0] }] };
    expect(runtime.compileLogic(rule)({ satisfaction: 95, complaints: 0 })).toBe(true);
    expect(runtime.applyLogic({ 'time.after': [{ var: 'checkIn' }, '08:30'] }, { checkIn: '08:42' })).toBe(true);
    expect(runtime.renderLogic(rule, 'zh-CN')).toBe('satisfaction ≥ 90 且 complaints = 0');
    expect(runtime.analyzeLogic(rule).fields).toEqual(['satisfaction', 'complaints']);
    expect(() => runtime.compileLogic({ and: [{ nope: [] }] })).toThrow(expect.objectContaining({ pointer: '/and/0' }));
  });

  it('exports the scorecard API: validateConfig, evaluate, explainRecord, toSQL and the weighting methods', async () => {
    const runtime = await import(pathToFileURL(isolated).href) as typeof import('../../src/core/index.ts');
    const config = JSON.parse(readFileSync(join(root, 'test/fixtures/scorecard/call-centre.json'), 'utf8'));
    const records = JSON.parse(readFileSync(join(root, 'test/fixtures/scorecard/call-centre-records.json'), 'utf8'));
    expect(runtime.validateConfig(config).valid).toBe(true);
    const result = runtime.evaluate(config, records);
    expect(result.records.map((r) => r.grade)).toHaveLength(4);
    expect(runtime.explainRecord(runtime.compileScorecard(config), result, 0, 'zh-CN').sentences[0]).toMatch(/^总分/);
    expect(runtime.toSQL(config, { dialect: 'duckdb' }).sql).toMatch(/^--/);
    expect(runtime.ahp([[1, 3], [1 / 3, 1]]).weights[0]).toBeCloseTo(0.75);
    expect(runtime.entropyWeights([[1, 2], [2, 1], [3, 3]], ['benefit', 'benefit']).weights).toHaveLength(2);
    expect(runtime.criticWeights([[1, 2], [2, 1], [3, 3]], ['benefit', 'cost']).weights).toHaveLength(2);
  });

  it('uses no DOM (so it runs in workers and other tools)', () => {
    // Comment lines go first: the bundler names source files in them (".../compile-policy-document.ts").
    const text = readFileSync(isolated, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    // A property access on a DOM global (not a property named document, nor prose such as "the document." in schema descriptions).
    expect(text).not.toMatch(/(?<![.\w$-])(?:document|window)\.[A-Za-z_]|\blocalStorage\b|\bindexedDB\b/);
    expect(text).not.toMatch(/\bnew Function\b|\beval\(/);
  });
});

describe('the CLI (bin/scorecard.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-'));
  const file = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };

  it('applies a rule to each record and renders it in Chinese', async () => {
    const rule = file('rule.json', { '-': [100, { '*': [{ var: 'complaints' }, 10] }] });
    const records = file('records.json', [{ complaints: 0 }, { complaints: 2 }]);
    const applied = await run('node', [cli, 'logic', 'apply', rule, records, '--each']);
    expect(applied.stdout.trim().split('\n')).toEqual(['100', '80']);
    const rendered = await run('node', [cli, 'logic', 'render', rule, '--lang', 'zh-CN']);
    expect(rendered.stdout.trim()).toBe('100 - complaints × 10');
  });

  it('fails with a clear message and a non-zero exit on bad input', async () => {
    const bad = file('bad.json', '{ "and": [ ');
    await expect(run('node', [cli, 'logic', 'apply', bad])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('is not valid JSON') });
    const unknown = file('unknown.json', { and: [true, { 'no.such': [] }] });
    await expect(run('node', [cli, 'logic', 'apply', unknown])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('/and/1') });
    await expect(run('node', [cli, 'nonsense'])).rejects.toMatchObject({ code: 2 });
  });
});

describe('the scorecard commands of the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-cli-card-'));
  const fixture = (name: string) => join(root, 'test/fixtures/scorecard', name);
  const scorecard = (...args: string[]) => run('node', [cli, ...args], { env: { ...process.env, SCORECARD_RUNTIME: isolated } });

  it('validates a configuration, and lists problems with pointers and a non-zero exit', async () => {
    const ok = await scorecard('validate', fixture('call-centre.json'));
    expect(ok.stdout).toMatch(/^valid/m);
    await expect(scorecard('validate', fixture('invalid-semantics.json'), '--lang', 'zh-CN')).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/error\s+\/root\S*\s+.*[\u4e00-\u9fff]/),
    });
  });

  it('evaluates a GBK CSV exactly as the same records in JSON, and writes results CSV', async () => {
    const fromJson = JSON.parse((await scorecard('evaluate', fixture('call-centre.json'), fixture('call-centre-records.json'))).stdout);
    const gbk = await scorecard('evaluate', fixture('call-centre.json'), fixture('call-centre-records-gbk.csv'));
    const fromCsv = JSON.parse(gbk.stdout);
    expect(fromCsv).toEqual(fromJson);
    expect(fromCsv.map((r: { name: string }) => r.name)).toEqual(['张三', '李四', '王五', '赵六']);
    // 赵六 falsified records: void veto → minimum total, lowest grade; 王五 has a serious complaint: capped at C at best.
    expect(fromCsv[3]).toMatchObject({ total: 0, grade: 'D', veto: 'void' });
    expect(['C', 'D']).toContain(fromCsv[2].grade);
    expect(gbk.stderr).toMatch(/4 records, 0 failed/);
    const out = join(dir, 'results.csv');
    await scorecard('evaluate', fixture('call-centre.json'), fixture('call-centre-records-gbk.csv'), '--out', out);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // Excel opens a UTF-8 CSV with Chinese correctly only with a BOM
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFid,name,status,total_before/);
    expect(csv).toContain('张三');
  });

  it('refuses records with cells that do not fit the declared types, unless told to skip them', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'agentId,csat,complaints\nX1,4.5,two\nX2,4.0,1\n');
    await expect(scorecard('evaluate', fixture('call-centre.json'), bad)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('line 2') });
    const skipped = await scorecard('evaluate', fixture('call-centre.json'), bad, '--skip-bad-cells');
    expect(JSON.parse(skipped.stdout)).toHaveLength(2);
  });

  it('prints SQL for DuckDB and PostgreSQL', async () => {
    const duck = await scorecard('sql', fixture('call-centre.json'), '--dialect', 'duckdb', '--table', 'agents');
    expect(duck.stdout).toMatch(/^--/);
    expect(duck.stdout).toContain('agents');
    const pg = await scorecard('sql', fixture('call-centre.json'), '--dialect', 'postgres');
    expect(pg.stdout).not.toBe(duck.stdout);
    await expect(scorecard('sql', fixture('call-centre.json'), '--dialect', 'oracle')).rejects.toMatchObject({ code: 2 });
  });

  it('computes AHP weights and names the judgment to revise when inconsistent', async () => {
    const consistent = file('ahp.json', { items: ['quality', 'efficiency', 'discipline'], matrix: [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]] });
    const ok = await scorecard('weights', 'ahp', consistent);
    expect(ok.stdout).toMatch(/quality\s+57\.14%/);
    expect(ok.stdout).toMatch(/CR 0\.0000\s+consistent/);
    const inconsistent = file('ahp-bad.json', [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]);
    const bad = await scorecard('weights', 'ahp', inconsistent, '--method', 'geometric-mean', '--ri', 'chinese');
    expect(bad.stdout).toMatch(/NOT consistent/);
    expect(bad.stdout).toMatch(/#\d vs #\d: \S+ → \S+ \(CR would be/);
    const notReciprocal = file('ahp-nr.json', [[1, 3], [3, 1]]);
    await expect(scorecard('weights', 'ahp', notReciprocal)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('row 2, column 1') });
  });

  function file(name: string, value: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  }
});
