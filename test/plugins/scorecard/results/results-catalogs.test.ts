// The live results' message catalogs: the same keys and placeholders in both languages, all under
// scorecard.results., and every literal key the results files use present.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../../plugins/scorecard/l10n/results.en.json';
import zh from '../../../../plugins/scorecard/l10n/results.zh-CN.json';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('results catalogs', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(key.startsWith('scorecard.results.'), key).toBe(true);
      expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
    }
  });

  it('hold every key the results files use', () => {
    const folder = new URL('../../../../plugins/scorecard/results/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(new URL(file, folder), 'utf8').matchAll(/'(scorecard\.results\.[\w.]+)'/g)) used.add(m[1]!);
    }
    for (const effect of ['points', 'money', 'veto', 'flag']) used.add(`scorecard.results.effect.${effect}`);
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
