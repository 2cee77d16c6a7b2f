// The charts' message catalogs: the same keys in both languages, all under scorecard.charts., with
// the same placeholders, and every key the chart elements use present.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../../plugins/scorecard/l10n/charts.en.json';
import zh from '../../../../plugins/scorecard/l10n/charts.zh-CN.json';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('chart catalogs', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(key.startsWith('scorecard.charts.'), key).toBe(true);
      expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
    }
  });
  it('hold every key the chart elements use', () => {
    const folder = new URL('../../../../plugins/scorecard/charts/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(new URL(file, folder), 'utf8').matchAll(/'(scorecard\.charts\.[\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
