import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORKBENCH_CATALOGS } from '../../src/workbench/nls/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NLS_DIR = join(ROOT, 'src', 'workbench', 'nls');
const PLUGINS_DIR = join(ROOT, 'plugins');

type Catalog = Record<string, string>;

/**
 * zh-CN values allowed to contain no Chinese: proper nouns that stay as written. Keep it small;
 * values with nothing to translate (only placeholders, digits and punctuation) need no entry.
 */
const NO_CJK_ALLOWLIST = new Set<string>([]);

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const PLACEHOLDER = /\{(\w+)\}/g;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** True when a message has words to translate (a run of two or more Latin letters outside placeholders). */
function hasWords(message: string): boolean {
  return /[A-Za-z]{2,}/.test(message.replace(PLACEHOLDER, ''));
}

/** Problems comparing an English catalog with its Chinese counterpart (empty when they match). */
function compareCatalogs(en: unknown, zh: unknown): string[] {
  const problems: string[] = [];
  for (const [name, catalog] of [['en', en], ['zh-CN', zh]] as const) {
    if (!catalog || typeof catalog !== 'object' || Array.isArray(catalog)) {
      problems.push(`${name}: not a JSON object`);
      continue;
    }
    for (const [key, value] of Object.entries(catalog)) {
      if (typeof value !== 'string') problems.push(`${name} ${key}: not a string`);
      else if (value.trim() === '') problems.push(`${name} ${key}: empty`);
    }
  }
  if (problems.length) return problems;
  const enCatalog = en as Catalog;
  const zhCatalog = zh as Catalog;
  for (const key of Object.keys(enCatalog)) if (!(key in zhCatalog)) problems.push(`zh-CN lacks ${key}`);
  for (const key of Object.keys(zhCatalog)) if (!(key in enCatalog)) problems.push(`en lacks ${key}`);
  for (const key of Object.keys(enCatalog)) {
    const zhValue = zhCatalog[key];
    if (zhValue === undefined) continue;
    const a = placeholders(enCatalog[key]!);
    const b = placeholders(zhValue);
    if (a.join(',') !== b.join(',')) problems.push(`${key}: placeholders {${a.join('}{')}} in en but {${b.join('}{')}} in zh-CN`);
    if (!CJK.test(zhValue) && hasWords(zhValue) && !NO_CJK_ALLOWLIST.has(key)) problems.push(`${key}: zh-CN value "${zhValue}" is not translated`);
  }
  return problems;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function pluginFolders(): string[] {
  return readdirSync(PLUGINS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** The catalog files a plugin's manifest lists for a locale (a plugin may split one locale over several files). */
function catalogPaths(folder: string, locale: 'en' | 'zh-CN'): string[] {
  const manifestPath = join(PLUGINS_DIR, folder, 'plugin.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = readJson(manifestPath) as { contributes?: { localization?: Array<{ locale: string; path: string }> } };
  return (manifest.contributes?.localization ?? []).filter((l) => l.locale === locale).map((l) => join(PLUGINS_DIR, folder, l.path));
}

function pluginCatalog(folder: string, locale: 'en' | 'zh-CN'): Catalog {
  return Object.assign({}, ...catalogPaths(folder, locale).filter((p) => existsSync(p)).map((p) => readJson(p) as Catalog)) as Catalog;
}

/** The English keys a file may use: the workbench's, plus its plugin's own when it is in plugins/<id>/. */
function catalogFor(file: string): { owner: string; keys: Set<string> } {
  const rel = relative(ROOT, file).split(sep);
  const keys = new Set(Object.keys(WORKBENCH_CATALOGS.en));
  if (rel[0] === 'plugins' && rel[1]) {
    for (const key of Object.keys(pluginCatalog(rel[1], 'en'))) keys.add(key);
    return { owner: `plugins/${rel[1]}`, keys };
  }
  return { owner: 'workbench', keys };
}

const SOURCE_FILES = [...walk(join(ROOT, 'src')), ...walk(PLUGINS_DIR)].filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'));

/** `t('key')`, `this.t("key")`, `api.t('key')`, `i18n.t(`key`)`; the key must be a plain literal. */
const T_CALL = /(?<![\w$])t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

describe('workbench catalogs', () => {
  it('en and zh-CN have the same keys, no empty values, the same placeholders and translated text', () => {
    expect(compareCatalogs(WORKBENCH_CATALOGS.en, WORKBENCH_CATALOGS['zh-CN'])).toEqual([]);
    expect(Object.keys(WORKBENCH_CATALOGS.en).length).toBeGreaterThan(20);
  });

  const areas = readdirSync(NLS_DIR).filter((f) => f.endsWith('.en.json')).map((f) => f.slice(0, -'.en.json'.length)).sort();

  it.each(areas)('the %s area has a zh-CN file that matches its en file', (area) => {
    const zhPath = join(NLS_DIR, `${area}.zh-CN.json`);
    expect(existsSync(zhPath), zhPath).toBe(true);
    expect(compareCatalogs(readJson(join(NLS_DIR, `${area}.en.json`)), readJson(zhPath))).toEqual([]);
  });

  it('every area file is part of WORKBENCH_CATALOGS', () => {
    for (const area of areas) {
      for (const key of Object.keys(readJson(join(NLS_DIR, `${area}.en.json`)) as Catalog)) {
        expect(WORKBENCH_CATALOGS.en, `${area}: ${key}`).toHaveProperty([key]);
      }
    }
  });

  it('no key is defined in two area files (the merge would silently keep one)', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const area of areas) {
      for (const key of Object.keys(readJson(join(NLS_DIR, `${area}.en.json`)) as Catalog)) {
        const previous = owners.get(key);
        if (previous) clashes.push(`${key} in ${previous} and ${area}`);
        owners.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keys are namespaced workbench.* or host.*', () => {
    const stray = Object.keys(WORKBENCH_CATALOGS.en).filter((k) => !/^(workbench|host)\.[\w.-]+$/.test(k));
    expect(stray).toEqual([]);
  });
});

describe('plugin catalogs', () => {
  const withCatalogs = pluginFolders().filter((f) => existsSync(join(PLUGINS_DIR, f, 'l10n')));

  it('there are some', () => {
    expect(withCatalogs.length).toBeGreaterThanOrEqual(2);
  });

  it.each(withCatalogs)('plugins/%s: every listed catalog exists, and en and zh-CN match file by file', (folder) => {
    const en = catalogPaths(folder, 'en');
    const zh = catalogPaths(folder, 'zh-CN');
    expect(en.length).toBeGreaterThan(0);
    // Files pair up by name: l10n/x.en.json with l10n/x.zh-CN.json, l10n/en.json with l10n/zh-CN.json.
    expect(zh).toEqual(en.map((p) => p.replace(/(^|[./])en\.json$/, '$1zh-CN.json')));
    for (const [enPath, zhPath] of en.map((p, i) => [p, zh[i]!] as const)) {
      expect(existsSync(enPath), enPath).toBe(true);
      expect(existsSync(zhPath), zhPath).toBe(true);
      expect(compareCatalogs(readJson(enPath), readJson(zhPath)), enPath).toEqual([]);
    }
  });

  it.each(withCatalogs)('plugins/%s: no key is in two catalog files (the merge would keep one)', (folder) => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const path of catalogPaths(folder, 'en')) {
      for (const key of Object.keys(readJson(path) as Catalog)) {
        if (owners.has(key)) clashes.push(`${key} in ${owners.get(key)} and ${path}`);
        owners.set(key, path);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(withCatalogs)('plugins/%s: keys are namespaced by the plugin and do not override workbench keys', (folder) => {
    const keys = Object.keys(pluginCatalog(folder, 'en'));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !k.startsWith(`${folder}.`))).toEqual([]);
    expect(keys.filter((k) => k in WORKBENCH_CATALOGS.en)).toEqual([]);
  });
});

describe('keys used in code exist in the English catalogs', () => {
  it('every literal key passed to t() exists', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of SOURCE_FILES) {
      const { owner, keys } = catalogFor(file);
      for (const match of readFileSync(file, 'utf8').matchAll(T_CALL)) {
        const key = match[2]!;
        if (key.includes('${')) continue; // built at run time
        checked++;
        if (!keys.has(key)) missing.push(`${relative(ROOT, file)}: "${key}" (not in the ${owner} catalog)`);
      }
    }
    expect(missing).toEqual([]);
    // Guards against the scan silently matching nothing.
    expect(checked).toBeGreaterThan(50);
  });

  it('every catalog-namespaced key given as a title, name, category, description or label in code exists', () => {
    const property = /\b(?:title|name|category|description|label|tooltip|placeholder)\s*:\s*(['"])([\w-]+(?:\.[\w-]+)+)\1/g;
    const missing: string[] = [];
    let checked = 0;
    for (const file of SOURCE_FILES) {
      const { owner, keys } = catalogFor(file);
      const namespaces = new Set([...keys].map((k) => k.split('.')[0]!));
      for (const match of readFileSync(file, 'utf8').matchAll(property)) {
        const key = match[2]!;
        if (!namespaces.has(key.split('.')[0]!)) continue; // not meant as a catalog key
        checked++;
        if (!keys.has(key)) missing.push(`${relative(ROOT, file)}: "${key}" (not in the ${owner} catalog)`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  const manifests = pluginFolders().filter((f) => existsSync(join(PLUGINS_DIR, f, 'plugin.json')));

  it.each(manifests)('plugins/%s/plugin.json: every text that looks like a key exists', (folder) => {
    const manifest = readJson(join(PLUGINS_DIR, folder, 'plugin.json'));
    const keys = new Set([...Object.keys(WORKBENCH_CATALOGS.en), ...Object.keys(pluginCatalog(folder, 'en'))]);
    const texts = manifestTexts(manifest);
    const keyLike = texts.filter(([, text]) => /^\S+\.\S+$/.test(text));
    const missing = keyLike.filter(([, text]) => !keys.has(text)).map(([pointer, text]) => `${pointer}: "${text}"`);
    expect(missing).toEqual([]);
    // The plugin's name is at least a text field we found.
    expect(texts.map(([pointer]) => pointer)).toContain('/name');
  });
});

/** [JSON pointer, text] of every localizable string in a manifest. */
function manifestTexts(value: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (pointer: string, text: unknown) => {
    if (typeof text === 'string') out.push([pointer, text]);
  };
  const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

  const manifest = record(value);
  add('/name', manifest.name);
  add('/description', manifest.description);
  const c = record(manifest.contributes);
  list(c.commands).forEach((cmd, i) => {
    add(`/contributes/commands/${i}/title`, record(cmd).title);
    add(`/contributes/commands/${i}/category`, record(cmd).category);
  });
  for (const [where, containers] of Object.entries(record(c.viewsContainers))) {
    list(containers).forEach((container, i) => add(`/contributes/viewsContainers/${where}/${i}/title`, record(container).title));
  }
  for (const [where, views] of Object.entries(record(c.views))) {
    list(views).forEach((view, i) => add(`/contributes/views/${where}/${i}/name`, record(view).name));
  }
  list(c.editors).forEach((editor, i) => add(`/contributes/editors/${i}/title`, record(editor).title));
  const configuration = record(c.configuration);
  add('/contributes/configuration/title', configuration.title);
  for (const [key, schema] of Object.entries(record(configuration.properties))) {
    const s = record(schema);
    add(`/contributes/configuration/properties/${key}/title`, s.title);
    add(`/contributes/configuration/properties/${key}/description`, s.description);
    list(s.enumLabels).forEach((label, i) => add(`/contributes/configuration/properties/${key}/enumLabels/${i}`, label));
  }
  for (const point of ['operators', 'scorers', 'weightings', 'importers', 'exporters', 'templates']) {
    list(c[point]).forEach((item, i) => add(`/contributes/${point}/${i}/label`, record(item).label));
  }
  return out;
}

describe('the checks themselves', () => {
  it('compareCatalogs finds missing keys, empty values, placeholder drift and untranslated text', () => {
    expect(compareCatalogs({ 'a.b': 'Hi {name}' }, { 'a.b': '你好 {name}' })).toEqual([]);
    expect(compareCatalogs({ 'a.b': 'x', 'a.c': 'y' }, { 'a.b': '甲' })).toEqual(['zh-CN lacks a.c']);
    expect(compareCatalogs({ 'a.b': 'x' }, { 'a.b': '甲', 'a.z': '乙' })).toEqual(['en lacks a.z']);
    expect(compareCatalogs({ 'a.b': ' ' }, { 'a.b': '甲' })).toEqual(['en a.b: empty']);
    expect(compareCatalogs({ 'a.b': '{n} items' }, { 'a.b': '{count} 项' })).toHaveLength(1);
    expect(compareCatalogs({ 'a.b': 'Save' }, { 'a.b': 'Save' })).toEqual(['a.b: zh-CN value "Save" is not translated']);
    expect(compareCatalogs({ 'a.b': '{shown} of {total}' }, { 'a.b': '{shown} / {total}' })).toEqual([]);
  });

  it('the t() pattern finds literal keys in the supported call forms and skips others', () => {
    const sample = [
      "t('a.one')",
      'this.t("a.two", { x: 1 })',
      'api.t(`a.three`)',
      "services.i18n.t(\n  'a.four',\n)",
      'format(x)',
      "split('a.no')",
      't(variable)',
    ].join('\n');
    expect([...sample.matchAll(T_CALL)].map((m) => m[2])).toEqual(['a.one', 'a.two', 'a.three', 'a.four']);
  });

  it('manifestTexts collects the localizable fields', () => {
    const texts = manifestTexts({
      name: 'p.name',
      contributes: {
        commands: [{ command: 'p.run', title: 'p.run.title', category: 'Plain' }],
        configuration: { title: 'p.config', properties: { 'p.x': { type: 'string', default: 'a', enumLabels: ['p.a', { en: 'B' }] } } },
      },
    });
    expect(texts).toEqual([
      ['/name', 'p.name'],
      ['/contributes/commands/0/title', 'p.run.title'],
      ['/contributes/commands/0/category', 'Plain'],
      ['/contributes/configuration/title', 'p.config'],
      ['/contributes/configuration/properties/p.x/enumLabels/0', 'p.a'],
    ]);
  });
});
