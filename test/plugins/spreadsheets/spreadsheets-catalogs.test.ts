// The plugin's message catalogs: the same keys and placeholders in both languages, and every key
// the manifest and the code use (including the ones built from a stage or outcome) is there.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../../plugins/spreadsheets/l10n/en.json';
import zh from '../../../plugins/spreadsheets/l10n/zh-CN.json';
import manifest from '../../../plugins/spreadsheets/plugin.json';

const FOLDER = fileURLToPath(new URL('../../../plugins/spreadsheets/', import.meta.url));
const BUILT_KEYS = ['evaluating', 'writing'].map((s) => `spreadsheets.export.${s}`).concat(['rejected', 'replaced', 'created'].map((o) => `spreadsheets.report.${o}`));

describe('spreadsheets plugin catalogs', () => {
  it('has the same keys in English and Chinese, all under spreadsheets.', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key.startsWith('spreadsheets.')).toBe(true);
    for (const [key, value] of Object.entries(zh)) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same {placeholders} in both languages', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const [key, value] of Object.entries(en)) expect(names((zh as Record<string, string>)[key]!), key).toEqual(names(value));
  });

  it('has every key the manifest and the code name', () => {
    const manifestKeys = JSON.stringify(manifest).match(/spreadsheets\.[\w.-]+/g) ?? [];
    const code = readdirSync(FOLDER).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(`${FOLDER}${f}`, 'utf8')).join('\n');
    const codeKeys = [...code.matchAll(/'(spreadsheets\.[\w.]+)'/g)].map((m) => m[1]!);
    const ids = new Set([...manifest.contributes.commands.map((c) => c.command), ...manifest.contributes.exporters.map((e) => e.id), ...manifest.contributes.importers.map((e) => e.id)]);
    for (const key of [...manifestKeys, ...codeKeys, ...BUILT_KEYS]) {
      if (ids.has(key) || key === manifest.id) continue;
      expect(en, key).toHaveProperty([key]);
    }
  });
});
