import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../../src/core/scorecard/validate.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import { newScorecard } from '../../../../plugins/scorecard/scorecard-documents.ts';
import {
  addBand, defaultShares, disableForced, enableForced, mixColors, moveBand, removeBand, renameBand, setLocalizedText, setShare, shareUnit, uniqueId, updateBand,
} from '../../../../plugins/scorecard/outcomes/outcome-edits.ts';
import { addRater, defaultRaters, disableRaters, enableRaters, raterShares, removeRater, updateRater } from '../../../../plugins/scorecard/outcomes/rater-edits.ts';

const base = (): ScorecardConfig => newScorecard('s1', 'KPI', 'en');
const errors = (config: ScorecardConfig) => validateConfig(config).problems.filter((p) => p.severity === 'error').map((p) => p.code);
const frozen = (): ScorecardConfig => {
  const config = base();
  const freeze = (v: unknown): void => { if (v && typeof v === 'object') { Object.freeze(v); Object.values(v).forEach(freeze); } };
  freeze(config);
  return config;
};

describe('helpers', () => {
  it('uniqueId suffixes -2, -3 …', () => {
    expect(uniqueId('a', new Set())).toBe('a');
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });

  it('setLocalizedText replaces one language and keeps the other', () => {
    expect(setLocalizedText('Good', 'zh-CN', '良好')).toEqual({ en: 'Good', 'zh-CN': '良好' });
    expect(setLocalizedText({ en: 'Good', 'zh-CN': '良好' }, 'en', ' Fine ')).toEqual({ en: 'Fine', 'zh-CN': '良好' });
    expect(setLocalizedText({ en: 'Good', 'zh-CN': '良好' }, 'en', '')).toEqual({ 'zh-CN': '良好' });
    expect(setLocalizedText({ en: 'Good' }, 'en', '')).toBeUndefined();
  });

  it('mixColors averages hex colours', () => {
    expect(mixColors('#000000', '#ffffff')).toBe('#808080');
    expect(mixColors('#fff', undefined)).toBe('#ffffff');
    expect(mixColors('red', undefined)).toBeUndefined();
  });
});

describe('grade bands', () => {
  it('updates a band without touching the input', () => {
    const config = frozen();
    const next = updateBand(config, 1, { color: '#123456', coefficient: 1.2 });
    expect(next.grades.bands[1]).toMatchObject({ id: 'B', color: '#123456', coefficient: 1.2 });
    expect(config.grades.bands[1]!.color).toBe('#1565c0');
    expect(updateBand(next, 1, { coefficient: undefined }).grades.bands[1]).not.toHaveProperty('coefficient');
    expect(updateBand(config, 1, { min: 75 })).toBe(config);
  });

  it('adds a grade by splitting the widest range, named after the grade it splits', () => {
    const { config, index } = addBand(frozen());
    expect(index).toBe(3);
    expect(config.grades.bands.map((b) => [b.id, b.min])).toEqual([['A', 90], ['B', 75], ['C', 60], ['D+', 30], ['D', 0]]);
    expect(config.grades.bands[3]!.color).toBe(mixColors('#c62828', '#f9a825'));
    expect(errors(config)).toEqual([]);
    const again = addBand(config);
    expect(again.config.grades.bands.map((b) => [b.id, b.min])).toEqual([['A', 90], ['B', 75], ['C', 60], ['D++', 45], ['D+', 30], ['D', 0]]);
  });

  it('removes a grade: the one below takes its range, or the one above starts at the scale minimum', () => {
    const config = frozen();
    expect(removeBand(config, 1).grades.bands.map((b) => [b.id, b.min])).toEqual([['A', 90], ['C', 60], ['D', 0]]);
    const lastGone = removeBand(config, 3);
    expect(lastGone.grades.bands.map((b) => [b.id, b.min])).toEqual([['A', 90], ['B', 75], ['C', 0]]);
    expect(errors(lastGone)).toEqual([]);
    const one = { ...config, grades: { bands: [config.grades.bands[0]!] } };
    expect(removeBand(one, 0)).toBe(one);
  });

  it('removing a grade hands its forced share to the grade that takes its range', () => {
    const config = enableForced(frozen());
    const next = removeBand(config, 0);
    expect(next.grades.forced!.shares).toEqual([{ grade: 'B', share: 30 }, { grade: 'C', share: 60 }, { grade: 'D', share: 10 }]);
    expect(errors(next)).toEqual([]);
  });

  it('moves a grade while the minimums stay in order', () => {
    const next = moveBand(frozen(), 1, -1);
    expect(next.grades.bands.map((b) => [b.id, b.min])).toEqual([['B', 90], ['A', 75], ['C', 60], ['D', 0]]);
    expect(errors(next)).toEqual([]);
    const config = frozen();
    expect(moveBand(config, 0, -1)).toBe(config);
  });

  it('renaming a grade renames forced shares and grade caps that name it', () => {
    let config = enableForced(base());
    config = { ...config, policies: [{ id: 'cap', name: 'Cap', when: true, effect: { type: 'veto', mode: 'cap', grade: 'C' } }] };
    const next = renameBand(config, 2, 'C1');
    expect(next.grades.bands[2]!.id).toBe('C1');
    expect(next.grades.forced!.shares[2]).toEqual({ grade: 'C1', share: 60 });
    expect(next.policies![0]!.effect).toEqual({ type: 'veto', mode: 'cap', grade: 'C1' });
    // Onto an id in use: only the band changes (validation reports the duplicate).
    const clash = renameBand(config, 2, 'A');
    expect(clash.policies).toBe(config.policies);
    expect(errors(clash)).toContain('duplicate-grade-id');
  });
});

describe('forced distribution', () => {
  it('default shares sum to 100 with the usual shapes', () => {
    expect(defaultShares(3)).toEqual([20, 70, 10]);
    expect(defaultShares(4)).toEqual([10, 20, 60, 10]);
    for (let n = 1; n <= 12; n++) expect(defaultShares(n).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('on, edit, off', () => {
    const on = enableForced(frozen());
    expect(on.grades.forced!.shares.map((s) => s.grade)).toEqual(['A', 'B', 'C', 'D']);
    expect(errors(on)).toEqual([]);
    const edited = setShare(on, 'A', 15);
    expect(errors(edited)).toEqual(['forced-sum']);
    expect(shareUnit(95)).toBeUndefined();
    expect(shareUnit(1)).toBe('fraction');
    expect(disableForced(edited).grades).not.toHaveProperty('forced');
  });

  it('a share for a grade that had none is inserted in band order', () => {
    const config = { ...base(), grades: { ...base().grades, forced: { shares: [{ grade: 'A', share: 50 }, { grade: 'D', share: 50 }] } } };
    expect(setShare(config, 'B', 0).grades.forced!.shares.map((s) => s.grade)).toEqual(['A', 'B', 'D']);
  });
});

describe('raters', () => {
  it('enables sensible default classes that validate', () => {
    const on = enableRaters(frozen());
    expect(on.raters!.classes.map((c) => c.id)).toEqual(['superior', 'peer', 'customer', 'self']);
    expect(on.raters!.classes.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(errors(on)).toEqual([]);
    expect(disableRaters(on)).not.toHaveProperty('raters');
  });

  it('adds, edits and removes classes; shares are normalised', () => {
    const { config, index } = addRater(enableRaters(base()));
    expect(config.raters!.classes[index]).toMatchObject({ id: 'rater', source: 'rater', weight: 25 });
    expect(raterShares(config.raters!.classes).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    const edited = updateRater(config, 0, { weight: 50 });
    expect(edited.raters!.classes[0]!.weight).toBe(50);
    expect(removeRater(edited, 4).raters!.classes).toHaveLength(4);
    const single = { ...base(), raters: { classes: [defaultRaters()[0]!] } };
    expect(removeRater(single, 0)).toBe(single);
  });
});
