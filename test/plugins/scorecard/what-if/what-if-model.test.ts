// The what-if pure helpers, and the what-if catalogs: the same keys and placeholders in both
// languages, all under scorecard.whatif., and every key the what-if files name present.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EvaluationComparison, RecordMove } from '../../../../src/core/scorecard/compare-evaluations.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import en from '../../../../plugins/scorecard/l10n/whatif.en.json';
import zh from '../../../../plugins/scorecard/l10n/whatif.zh-CN.json';
import {
  bandOf, duplicateAsVariant, largestChanges, splitMovers, variantDocumentName, variantMemoryOf, variantName,
} from '../../../../plugins/scorecard/what-if/what-if-model.ts';
import { config } from '../results/results-test-helpers.ts';

const move = (index: number, deltaTotal: number | null, deltaRank: number | null): RecordMove => ({
  index, id: `R${index}`, totalBefore: 50, totalAfter: deltaTotal === null ? null : 50 + deltaTotal, deltaTotal,
  rankBefore: 10, rankAfter: deltaRank === null ? null : 10 + deltaRank, deltaRank, gradeBefore: 'B', gradeAfter: 'B',
});

function comparison(totalMovers: RecordMove[], rankMovers: RecordMove[]): EvaluationComparison {
  return {
    records: 20, grades: ['A', 'B'], gradeMatrix: [[5, 0], [0, 15]], gradeChanged: 0, gradeUp: 0, gradeDown: 0,
    rankCompared: 20, rankChanged: 0, rankUp: 0, rankDown: 0, totalCompared: 20, totalChanged: 0,
    meanDeltaTotal: 0, medianDeltaTotal: 0, largestTotalMovers: totalMovers, largestRankMovers: rankMovers,
  };
}

describe('what-if model', () => {
  it('suffixes names in both languages', () => {
    expect(variantName({ en: 'KPI', 'zh-CN': '绩效' })).toEqual({ en: 'KPI (variant)', 'zh-CN': '绩效（方案）' });
    expect(variantName('KPI')).toEqual({ en: 'KPI (variant)', 'zh-CN': 'KPI（方案）' });
    expect(variantName({ en: 'KPI' })).toEqual({ en: 'KPI (variant)', 'zh-CN': 'KPI（方案）' });
    expect(variantName({ 'zh-CN': '绩效' })).toEqual({ en: '绩效 (variant)', 'zh-CN': '绩效（方案）' });
    expect(variantDocumentName('Agents', 'en')).toBe('Agents (variant)');
    expect(variantDocumentName('坐席', 'zh-CN')).toBe('坐席（方案）');
  });

  it('duplicates a configuration deeply, with a new id and the variant name', () => {
    const original = config();
    const copy = duplicateAsVariant(original, 'sc-new');
    expect(copy.id).toBe('sc-new');
    expect(copy.name).toEqual(variantName(original.name));
    copy.grades.bands[0]!.min = 1;
    expect(original.grades.bands[0]!.min).toBe(90);
    const { id: _a, name: _b, ...rest } = copy;
    const { id: _c, name: _d, ...before } = config();
    rest.grades.bands[0]!.min = 90;
    expect(rest).toEqual(before);
  });

  it('reads the remembered variants defensively', () => {
    expect(variantMemoryOf(undefined)).toEqual({ variants: [] });
    expect(variantMemoryOf({ variants: ['a', 3, 'b'], selected: 'b' })).toEqual({ variants: ['a', 'b'], selected: 'b' });
    expect(variantMemoryOf({ variants: 'x', selected: 4 })).toEqual({ variants: [] });
  });

  it('finds a grade band in the scorecard, then the variant', () => {
    const a = config();
    const b: ScorecardConfig = { ...config(), grades: { bands: [{ id: 'S', label: 'Star', min: 95 }, ...config().grades.bands] } };
    expect(bandOf('A', a, b)?.label).toEqual(a.grades.bands[0]!.label);
    expect(bandOf('S', a, b)?.label).toBe('Star');
    expect(bandOf(null, a, b)).toBeUndefined();
    expect(bandOf('Z', a, undefined)).toBeUndefined();
  });

  it('splits the movers up and down by total or by rank', () => {
    const byTotal = [move(1, -9, 3), move(2, 7, -2), move(3, -4, 1), move(4, 2, 5)];
    const byRank = [move(4, 2, 5), move(1, -9, 3), move(2, 7, -2)];
    const c = comparison(byTotal, byRank);
    expect(splitMovers(c, 'total').up.map((m) => m.index)).toEqual([2, 4]);
    expect(splitMovers(c, 'total').down.map((m) => m.index)).toEqual([1, 3]);
    expect(splitMovers(c, 'rank').up.map((m) => m.index)).toEqual([2]);
    expect(splitMovers(c, 'rank').down.map((m) => m.index)).toEqual([4, 1]);
    expect(largestChanges(c)).toEqual({ total: -9, rank: 5 });
    expect(largestChanges(comparison([], []))).toEqual({ total: null, rank: null });
  });
});

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('what-if catalogs', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(key.startsWith('scorecard.whatif.'), key).toBe(true);
      expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
    }
  });

  it('hold every key the what-if files name, and no other', () => {
    const folder = new URL('../../../../plugins/scorecard/what-if/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(new URL(file, folder), 'utf8').matchAll(/'(scorecard\.whatif\.[\w.]+)'/g)) used.add(m[1]!);
    }
    // The empty states are named by their key's prefix and state.
    used.delete('scorecard.whatif.empty.');
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
