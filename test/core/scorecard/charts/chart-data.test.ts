import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/core/scorecard/evaluate.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import {
  chartBands, defaultGradeColor, dimensionAverages, dimensionRadar, gradeShares, niceBinWidth, recordContribution, scoreHistogram, scoreRankPoints, weightRings,
} from '../../../../src/core/scorecard/charts/index.ts';
import { config, group, leaf } from '../scorecard-builders.ts';

const LINEAR = { type: 'linear', worst: 0, best: 100 } as const;

/** root → a (60: x 50, y 50), z (40); linear scorers, so each score is its value. */
function card(extra: Partial<ScorecardConfig> = {}): ScorecardConfig {
  return config(group('root', 100, [group('a', 60, [leaf('x', 50, LINEAR), leaf('y', 50, LINEAR)], { name: { en: 'Aspect', 'zh-CN': '方面' } }), leaf('z', 40, LINEAR)]), {
    policies: [{ id: 'bonus', name: { en: 'Bonus', 'zh-CN': '加分' }, when: { '>=': [{ var: 'z' }, 100] }, effect: { type: 'points', amount: 5 } }],
    ...extra,
  });
}

// Totals: 90 (A), 58 (D), 78 (B), 62 (C, y missing), 100 (A, x and y missing; +5 clamped).
const RECORDS = [
  { x: 100, y: 80, z: 90 },
  { x: 60, y: 40, z: 70 },
  { x: 80, y: 80, z: 75 },
  { x: 70, z: 50 },
  { z: 100 },
];

describe('chart bands', () => {
  it('gives each band its upper bound and a colour, the configured one first', () => {
    const bands = chartBands(card());
    expect(bands.map((b) => [b.id, b.min, b.max])).toEqual([['A', 90, 100], ['B', 75, 90], ['C', 60, 75], ['D', 0, 60]]);
    expect(bands.map((b) => b.color)).toEqual(['#2e7d32', '#1565c0', '#f9a825', '#c62828']);
    const coloured = card({ grades: { bands: [{ id: 'P', label: 'Pass', min: 50, color: '#123456' }, { id: 'F', label: 'Fail', min: 0 }] } });
    expect(chartBands(coloured).map((b) => b.color)).toEqual(['#123456', defaultGradeColor(1, 2)]);
    expect(defaultGradeColor(1, 2)).toBe('#c62828');
  });
});

describe('niceBinWidth', () => {
  it('picks about twenty bins of a nice width whose edges meet the grade boundaries', () => {
    expect(niceBinWidth(100, [90, 75, 60])).toBe(5);
    expect(niceBinWidth(100, [92.5])).toBe(2.5);
    expect(niceBinWidth(100, [33])).toBe(5); // no nice width up to 40 bins meets 33
    expect(niceBinWidth(10)).toBe(0.5);
    expect(niceBinWidth(1000)).toBe(50);
    expect(niceBinWidth(5)).toBe(0.2);
  });
});

describe('scoreHistogram', () => {
  it('counts totals in bins over the scale, the maximum in the last bin, coloured by band', () => {
    const h = scoreHistogram(card(), evaluate(card(), RECORDS));
    expect(h.binWidth).toBe(5);
    expect(h.bins).toHaveLength(20);
    expect(h.bins[0]).toEqual({ from: 0, to: 5, count: 0, band: 3 });
    expect(h.bins.filter((b) => b.count > 0)).toEqual([
      { from: 55, to: 60, count: 1, band: 3 },
      { from: 60, to: 65, count: 1, band: 2 },
      { from: 75, to: 80, count: 1, band: 1 },
      { from: 90, to: 95, count: 1, band: 0 },
      { from: 95, to: 100, count: 1, band: 0 },
    ]);
    expect(h).toMatchObject({ count: 5, failed: 0, mean: (90 + 58 + 78 + 62 + 100) / 5, scale: { min: 0, max: 100 } });
  });
  it('adds whole bins for totals past the scale when clamping is off, and skips failed records', () => {
    const unclamped = card({ scale: { min: 0, max: 100, decimals: 2, clamp: false } });
    const h = scoreHistogram(unclamped, evaluate(unclamped, RECORDS)); // the fifth record: 100 + 5
    expect(h.bins).toHaveLength(21);
    expect(h.bins[20]).toEqual({ from: 100, to: 105, count: 1, band: 0 });
    const failing = card({ root: group('root', 100, [leaf('x', 50, LINEAR), leaf('z', 50, LINEAR)], { missing: 'fail' }) });
    const f = scoreHistogram(failing, evaluate(failing, RECORDS));
    expect([f.count, f.failed]).toEqual([4, 1]);
  });
  it('takes a fixed bin width', () => {
    const h = scoreHistogram(card(), evaluate(card(), RECORDS), { binWidth: 10 });
    expect(h.bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0, 2]);
  });
});

describe('gradeShares', () => {
  it('counts each grade in band order with its share', () => {
    const s = gradeShares(card(), evaluate(card(), RECORDS));
    expect(s.grades.map((g) => [g.id, g.count, g.share])).toEqual([['A', 2, 0.4], ['B', 1, 0.2], ['C', 1, 0.2], ['D', 1, 0.2]]);
    expect(s).toMatchObject({ graded: 5, failed: 0, other: 0, forced: false });
    expect(s.grades[0]!.target).toBeUndefined();
  });
  it('reports a forced distribution as evaluated, with each grade’s target share', () => {
    const forced = card({ grades: { ...card().grades, forced: { shares: [{ grade: 'A', share: 20 }, { grade: 'B', share: 30 }, { grade: 'C', share: 30 }, { grade: 'D', share: 20 }] } } });
    const s = gradeShares(forced, evaluate(forced, RECORDS));
    // Ranks 1..5 against the cumulative bounds 1, 3, 4, 5: A, B, B, C, D.
    expect(s.grades.map((g) => [g.id, g.count, g.target])).toEqual([['A', 1, 0.2], ['B', 2, 0.3], ['C', 1, 0.3], ['D', 1, 0.2]]);
    expect(s.forced).toBe(true);
  });
  it('counts vetoed grades and failed records', () => {
    const vetoed = card({ policies: [{ id: 'cap', name: 'Cap', when: { '<': [{ var: 'z' }, 60] }, effect: { type: 'veto', mode: 'cap', grade: 'D' } }] });
    const s = gradeShares(vetoed, evaluate(vetoed, RECORDS));
    expect(s.grades[3]).toMatchObject({ id: 'D', count: 2, vetoed: 1 });
  });
});

describe('dimension scores', () => {
  it('averages each top-level dimension over the records that have a score on it', () => {
    const evaluation = evaluate(card(), RECORDS);
    const avg = dimensionAverages(card(), evaluation);
    expect(avg.axes.map((a) => [a.id, a.name, a.column])).toEqual([['a', { en: 'Aspect', 'zh-CN': '方面' }, 1], ['z', 'z', 4]]);
    expect(avg.mean).toEqual([72.5, 77]);
    expect(avg.count).toEqual([4, 5]);
  });
  it('gives one record’s dimension scores against the average, null where it has none', () => {
    const evaluation = evaluate(card(), RECORDS);
    const radar = dimensionRadar(card(), evaluation, 4);
    expect(radar.average).toEqual([72.5, 77]);
    expect(radar.record).toMatchObject({ index: 4, id: '5', total: 100, grade: 'A', scores: [null, 100] });
    expect(dimensionRadar(card(), evaluation).record).toBeNull();
  });
});

describe('recordContribution', () => {
  it('gives each indicator its weight in this record, points earned and possible', () => {
    const c = recordContribution(card(), evaluate(card(), RECORDS), 3);
    // y is missing: x carries a's whole 0.6.
    expect(c.items.map((i) => [i.id, i.dimension, i.score, i.weight, i.earned, i.possible, i.lost])).toEqual([
      ['x', 'a', 70, 0.6, 42, 60, 18],
      ['y', 'a', null, 0, null, 0, 0],
      ['z', 'z', 50, 0.4, 20, 40, 20],
    ]);
    expect(c).toMatchObject({ total: 62, totalBefore: 62, grade: 'C', status: 'ok', policies: [] });
  });
  it('lists the points rules added', () => {
    const c = recordContribution(card(), evaluate(card(), RECORDS), 4);
    expect(c.policies).toEqual([{ policy: 'bonus', name: { en: 'Bonus', 'zh-CN': '加分' }, amount: 5 }]);
    expect(c.items.map((i) => i.weight)).toEqual([0, 0, 1]);
  });
  it('has no weights below a min node, where points do not add up', () => {
    const min = card({ root: group('root', 100, [group('a', 60, [leaf('x', 50, LINEAR), leaf('y', 50, LINEAR)], { aggregate: 'min' }), leaf('z', 40, LINEAR)]) });
    const c = recordContribution(min, evaluate(min, RECORDS), 0);
    expect(c.items.map((i) => [i.id, i.weight, i.earned])).toEqual([['x', null, null], ['y', null, null], ['z', 0.4, 36]]);
  });
});

describe('weightRings', () => {
  it('lays each depth out as a ring of absolute shares, with gaps under shallower leaves', () => {
    const rings = weightRings(card());
    expect(rings.nodes).toBe(4);
    expect(rings.rings.map((r) => r.segments.map((s) => [s.id, s.value, s.parent, s.branch]))).toEqual([
      [['a', 0.6, null, 0], ['z', 0.4, null, 1]],
      [['x', 0.3, 'a', 0], ['y', 0.3, 'a', 0], [null, 0.4, 'z', 1]],
    ]);
    const x = rings.rings[1]!.segments[0]!;
    expect(x).toMatchObject({ local: 0.5, leaf: true, depth: 2, path: [{ en: 'Aspect', 'zh-CN': '方面' }, 'x'] });
  });
  it('keeps the rings aligned when a group’s children have no weight', () => {
    const empty = card({ root: group('root', 100, [group('g', 25, [leaf('x', 0, LINEAR)]), leaf('z', 75, LINEAR)]) });
    const rings = weightRings(empty).rings;
    expect(rings[1]!.segments.map((s) => [s.id, s.value])).toEqual([['x', 0], [null, 0.25], [null, 0.75]]);
    for (const ring of rings) expect(ring.segments.reduce((s, x) => s + x.value, 0)).toBeCloseTo(1, 12);
  });
});

describe('scoreRankPoints', () => {
  it('orders records by rank (ties in record order), coloured by the grade they got', () => {
    const forced = card({ grades: { ...card().grades, forced: { shares: [{ grade: 'A', share: 20 }, { grade: 'B', share: 30 }, { grade: 'C', share: 30 }, { grade: 'D', share: 20 }] } } });
    const data = scoreRankPoints(forced, evaluate(forced, RECORDS));
    expect(data.points).toEqual([
      { index: 4, rank: 1, total: 100, band: 0 },
      { index: 0, rank: 2, total: 90, band: 1 },
      { index: 2, rank: 3, total: 78, band: 1 },
      { index: 3, rank: 4, total: 62, band: 2 },
      { index: 1, rank: 5, total: 58, band: 3 },
    ]);
    expect(data.summary).toEqual([
      { band: 0, count: 1, bestRank: 1, worstRank: 1, highest: 100, lowest: 100 },
      { band: 1, count: 2, bestRank: 2, worstRank: 3, highest: 90, lowest: 78 },
      { band: 2, count: 1, bestRank: 4, worstRank: 4, highest: 62, lowest: 62 },
      { band: 3, count: 1, bestRank: 5, worstRank: 5, highest: 58, lowest: 58 },
    ]);
    const tied = scoreRankPoints(card(), evaluate(card(), [{ x: 80, y: 80, z: 80 }, { x: 90, y: 90, z: 90 }, { x: 80, y: 80, z: 80 }]));
    expect(tied.points.map((p) => [p.index, p.rank])).toEqual([[1, 1], [0, 2], [2, 2]]);
  });
  it('thins to the highest and lowest total of each bucket of ranks', () => {
    const data = scoreRankPoints(card(), evaluate(card(), RECORDS), 4);
    expect(data.sampled).toBe(true);
    expect(data.count).toBe(5);
    expect(data.points.map((p) => p.rank)).toEqual([1, 2, 3, 5]);
  });
});
