// The reports' message catalogs: the same keys and placeholders in both languages, all under
// reports., and every literal key the plugin's files and manifest use present.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../plugins/reports/l10n/en.json';
import zh from '../../../plugins/reports/l10n/zh-CN.json';
import manifest from '../../../plugins/reports/plugin.json';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('reports catalogs', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(key.startsWith('reports.'), key).toBe(true);
      expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
    }
  });

  it('hold every key the plugin uses', () => {
    const folder = new URL('../../../plugins/reports/', import.meta.url);
    const used = new Set<string>();
    const sources = readdirSync(folder).filter((f) => f.endsWith('.ts') || f === 'plugin.json').map((f) => readFileSync(new URL(f, folder), 'utf8'));
    for (const text of sources) for (const m of text.matchAll(/['"](reports\.[\w.]+)['"]/g)) used.add(m[1]!);
    for (const view of ['person', 'all', 'team']) used.add(`reports.view.${view}`);
    // Command ids are not messages.
    for (const command of manifest.contributes.commands) used.delete(command.command);
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
