// The "Rules and outcomes" catalogs: the same keys and placeholders in English and Chinese, all
// under scorecard.outcomes., and every literal key the outcomes files use present.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../../plugins/scorecard/l10n/outcomes.en.json';
import zh from '../../../../plugins/scorecard/l10n/outcomes.zh-CN.json';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('outcomes catalogs', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(key.startsWith('scorecard.outcomes.'), key).toBe(true);
      expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
      expect((zh as Record<string, string>)[key]!.trim(), key).not.toBe('');
    }
  });

  it('hold every key the outcomes files use, and nothing unused', () => {
    const folder = new URL('../../../../plugins/scorecard/outcomes/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(new URL(file, folder), 'utf8').matchAll(/'(scorecard\.outcomes\.[\w.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
