// The runtime bundle: the same document gives the same zip bytes, and the zip, unpacked in Node,
// is a working runtime — its README's Node example, run as written, scores records exactly as
// evaluate() does here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../../src/core/data/generate-records.ts';
import { CONFIG_FILE, PACKAGE_FILE, README_FILE, RUNTIME_FILE, runtimePackage } from '../../../src/core/export/runtime-package.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { bundleRuntimeSource } from '../../../vite.config.ts';

const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;
const records = [
  ...(JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre-records.json', import.meta.url), 'utf8')) as Record<string, unknown>[]),
  ...generateRecords(config.fields, 400, { seed: 7, idField: config.subject?.id ?? 'agentId' }),
];

interface RuntimeModule {
  validateConfig(config: unknown): { valid: boolean; config?: ScorecardConfig };
  evaluate: typeof evaluate;
}

let source: string;
let dir: string;
let bundleMs: number;
beforeAll(async () => {
  const start = performance.now();
  source = (await bundleRuntimeSource()).text;
  bundleMs = performance.now() - start;
  dir = mkdtempSync(join(tmpdir(), 'scorecard-runtime-'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unpack = (zip: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));

describe('runtimePackage', () => {
  it('gives the same bytes for the same document, with the files in a fixed order', () => {
    const a = runtimePackage(config, source, 'en').zip!;
    const b = runtimePackage(structuredClone(config), source, 'en').zip!;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Object.keys(unzipSync(a))).toEqual([README_FILE, PACKAGE_FILE, CONFIG_FILE, RUNTIME_FILE]);
    // Runtime about 1 MB of text; the zip about a quarter of it.
    console.info(`runtime ${source.length} chars bundled in ${bundleMs.toFixed(0)} ms; zip ${a.length} bytes`);
    expect(a.length).toBeLessThan(source.length / 2);
  });

  it('refuses a configuration with errors', () => {
    const broken = structuredClone(config);
    broken.grades.bands = [];
    const { zip, report } = runtimePackage(broken, source, 'en');
    expect(zip).toBeNull();
    expect(report.valid).toBe(false);
  });

  it('unpacked, the runtime validates the configuration and evaluates it as evaluate() does', async () => {
    const files = unpack(runtimePackage(config, source, 'en').zip!);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const runtime = (await import(pathToFileURL(join(dir, RUNTIME_FILE)).href)) as RuntimeModule;
    const report = runtime.validateConfig(JSON.parse(files[CONFIG_FILE]!));
    expect(report.valid).toBe(true);
    const theirs = runtime.evaluate(report.config!, records);
    const ours = evaluate(config, records);
    expect(theirs.records).toEqual(ours.records);
    expect([...theirs.scores]).toEqual([...ours.scores]);
  });

  it("the README's Node example runs as written and prints every record's total and grade", () => {
    const files = unpack(runtimePackage(config, source, 'en').zip!);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const example = /```js\n([\s\S]*?)```/.exec(files[README_FILE]!)![1]!;
    writeFileSync(join(dir, 'score.mjs'), example);
    writeFileSync(join(dir, 'records.json'), JSON.stringify(records));
    const lines = execFileSync(process.execPath, ['score.mjs', 'records.json'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    const expected = evaluate(config, records).records.map((r) => ({ id: r.id, total: r.total, grade: r.grade, status: r.status }));
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(expected);
  });
});

describe('the usage note', () => {
  it('is in the UI language, names the fields and has a browser module example calling validateConfig and evaluate', () => {
    const en = unpack(runtimePackage(config, source, 'en').zip!)[README_FILE]!;
    const zh = unpack(runtimePackage(config, source, 'zh-CN').zip!)[README_FILE]!;
    expect(en).toContain('## Browser');
    expect(zh).toContain('## 浏览器');
    for (const text of [en, zh]) {
      const browser = /```html\n([\s\S]*?)```/.exec(text)![1]!;
      expect(browser).toContain('<script type="module">');
      expect(browser).toMatch(/validateConfig\(config\)[\s\S]*evaluate\(report\.config, records\)/);
      for (const field of config.fields) expect(text).toContain(`\`${field.key}\``);
    }
  });

  it("the browser example's sample records evaluate with the packed runtime", async () => {
    const readme = unpack(runtimePackage(config, source, 'en').zip!)[README_FILE]!;
    const block = /const records = \[\n([\s\S]*?)\n {2}\];/.exec(readme)![1]!;
    const sample = block.split('\n').map((l) => JSON.parse(l.trim().replace(/,$/, '')) as Record<string, unknown>);
    expect(sample).toHaveLength(2);
    expect(evaluate(config, sample).records.every((r) => r.status === 'ok')).toBe(true);
  });
});
