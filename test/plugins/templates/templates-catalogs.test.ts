// The plugin's message catalogs and its list of built-in templates stay in step.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../../plugins/templates/l10n/en.json';
import zh from '../../../plugins/templates/l10n/zh-CN.json';
import manifest from '../../../plugins/templates/plugin.json';
import { BUILTIN_CATALOG } from '../../../plugins/templates/builtin-catalog.ts';
import { serializeTemplate } from '../../../plugins/templates/template-file.ts';
import type { ScorecardTemplate } from '../../../src/core/templates/index.ts';

describe('templates plugin catalogs', () => {
  it('has the same keys in English and Chinese, all under templates.', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key.startsWith('templates.')).toBe(true);
    for (const [key, value] of Object.entries(zh)) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same {placeholders} in both languages', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const [key, value] of Object.entries(en)) expect(names((zh as Record<string, string>)[key]!), key).toEqual(names(value));
  });

  it('names a label key and a loader for every built-in template, and every catalog file in the manifest', () => {
    const entries = manifest.contributes.templates;
    for (const entry of entries) {
      expect(en).toHaveProperty(entry.label);
      expect(Object.keys(BUILTIN_CATALOG)).toContain(entry.path);
    }
    const folder = fileURLToPath(new URL('../../../plugins/templates/catalog/', import.meta.url));
    const files = readdirSync(folder).filter((f) => f.endsWith('.template.json')).map((f) => `catalog/${f}`);
    expect(entries.map((e) => e.path).sort()).toEqual(files.sort());
    expect(Object.keys(BUILTIN_CATALOG).sort()).toEqual(files.sort());
  });

  it('exports a template as the same bytes whatever order its keys were built in', async () => {
    const template = (await BUILTIN_CATALOG[manifest.contributes.templates[0]!.path]!()).default as ScorecardTemplate;
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
    };
    const text = serializeTemplate(template);
    expect(serializeTemplate(reversed(template) as ScorecardTemplate)).toBe(text);
    expect(JSON.parse(text)).toEqual(template);
    expect(text.startsWith('{\n  "$schema"') || text.startsWith('{\n  "format"')).toBe(true);
  });
});
