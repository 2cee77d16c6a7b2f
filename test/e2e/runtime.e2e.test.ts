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

  it('uses no DOM (so it runs in workers and other tools)', () => {
    const text = readFileSync(isolated, 'utf8');
    expect(text).not.toMatch(/\bdocument\.|\bwindow\.|\blocalStorage\b|\bindexedDB\b/);
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
