import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import { ScorecardCompileError } from '../../../src/core/scorecard/compile-scorecard.ts';
import type { Policy, Scorer } from '../../../src/core/scorecard/types.ts';
import { config, group, leaf } from './scorecard-builders.ts';

/** The score one scorer gives each value, through a one-leaf scorecard. */
function scoresOf(scorer: Scorer, values: unknown[], scale?: { min: number; max: number; decimals: number }): (number | null)[] {
  const c = config(group('root', 100, [leaf('x', 100, scorer)]), scale ? { scale } : {});
  const result = evaluate(c, values.map((x) => ({ x })));
  return result.records.map((_r, i) => {
    const s = result.scores[i * result.nodes.length + 1]!;
    return Number.isNaN(s) ? null : s;
  });
}

describe('scorers (docs/scorecard-evaluation.md §2)', () => {
  it('linear: clamped in either direction', () => {
    expect(scoresOf({ type: 'linear', worst: 60, best: 100 }, [50, 60, 80, 100, 120])).toEqual([0, 0, 50, 100, 100]);
    // Handling time: 600 s is worst, 180 s best (lower is better).
    expect(scoresOf({ type: 'linear', worst: 600, best: 180 }, [700, 600, 390, 180, 100])).toEqual([0, 0, 50, 100, 100]);
  });
  it('linear on another scale', () => {
    expect(scoresOf({ type: 'linear', worst: 0, best: 10 }, [5], { min: 0, max: 5, decimals: 1 })).toEqual([2.5]);
  });
  it('bands: first band that holds the value, otherwise the fallback', () => {
    const bands: Scorer = { type: 'bands', bands: [{ min: 95, score: 100 }, { min: 90, max: 95, score: 80 }, { max: 90, min: 80, score: 60 }], otherwise: 10 };
    expect(scoresOf(bands, [99, 95, 94.99, 90, 85, 79])).toEqual([100, 100, 80, 80, 60, 10]);
    expect(scoresOf({ type: 'bands', bands: [{ min: 1, score: 50 }] }, [0])).toEqual([0]);
  });
  it('likert 5 and 7 points, reverse, clamped', () => {
    expect(scoresOf({ type: 'likert', points: 5 }, [1, 2, 3, 4, 5, 4.2, 6])).toEqual([0, 25, 50, 75, 100, 80, 100]);
    expect(scoresOf({ type: 'likert', points: 7 }, [4])).toEqual([50]);
    expect(scoresOf({ type: 'likert', points: 5, reverse: true }, [1, 5])).toEqual([100, 0]);
  });
  it('pass-fail by truthiness; only null/undefined are missing', () => {
    expect(scoresOf({ type: 'pass-fail' }, [true, false, 1, 0, 'yes', '', null])).toEqual([100, 0, 100, 0, 100, 0, null]);
    expect(scoresOf({ type: 'pass-fail', pass: 80, fail: 20 }, [true, false])).toEqual([80, 20]);
  });
  it('target with stretch above the maximum up to the cap', () => {
    const s: Scorer = { type: 'target', target: 100, stretch: 150, cap: 120 };
    expect(scoresOf(s, [0, 50, 100, 125, 150, 200, -5])).toEqual([0, 50, 100, 110, 120, 120, 0]);
    expect(scoresOf({ type: 'target', target: 100 }, [130])).toEqual([100]);
    // Lower is better: 3 days floor, 1 day target.
    expect(scoresOf({ type: 'target', target: 1, floor: 3 }, [3, 2, 1, 0.5])).toEqual([0, 50, 100, 100]);
  });
  it('logic: a rule over value and record, clamped', () => {
    const s: Scorer = { type: 'logic', score: { if: [{ '>=': [{ var: 'value' }, 90] }, 100, { '*': [{ var: 'value' }, 0.5] }] } };
    expect(scoresOf(s, [95, 80, 300])).toEqual([100, 40, 100]);
  });
  it('raw values: numeric strings count, other strings and objects are missing', () => {
    expect(scoresOf({ type: 'linear', worst: 0, best: 100 }, [' 42 ', 'abc', '', [1], { a: 1 }, null, Number.NaN, true])).toEqual([42, null, null, null, null, null, null, 1]);
  });
  it('a plugin scorer is called with the value and its params; an unregistered one fails to compile', () => {
    const c = config(group('root', 100, [leaf('x', 100, { type: 'acme.double', params: { factor: 2 } })]));
    const result = evaluate(c, [{ x: 21 }], { scorers: { 'acme.double': (v, p) => v * (p.factor as number) } });
    expect(result.records[0]!.total).toBe(42);
    expect(() => evaluate(c, [{ x: 1 }])).toThrow(ScorecardCompileError);
  });
});

describe('aggregation and missing values (§3)', () => {
  const lin: Scorer = { type: 'linear', worst: 0, best: 100 };
  it('weighted sum, geometric mean and minimum', () => {
    const kids = [leaf('a', 60, lin), leaf('b', 40, lin)];
    const rec = [{ a: 50, b: 100 }];
    expect(evaluate(config(group('root', 100, kids)), rec).records[0]!.total).toBe(70);
    expect(evaluate(config(group('root', 100, kids, { aggregate: 'weighted-geometric' })), rec).records[0]!.total).toBe(65.98); // 50^0.6·100^0.4
    expect(evaluate(config(group('root', 100, kids, { aggregate: 'min' })), rec).records[0]!.total).toBe(50);
    expect(evaluate(config(group('root', 100, kids, { aggregate: 'weighted-geometric' })), [{ a: 0, b: 100 }]).records[0]!.total).toBe(0);
  });
  it('nested groups weight their children and report absolute weights', () => {
    const c = config(group('root', 100, [group('g1', 40, [leaf('a', 50, lin), leaf('b', 50, lin)]), group('g2', 60, [leaf('c', 100, lin)])]));
    const r = evaluate(c, [{ a: 100, b: 0, c: 80 }]);
    expect(r.records[0]!.total).toBe(68); // 0.4·50 + 0.6·80
    expect(r.nodes.map((n) => [n.id, n.absoluteWeight])).toEqual([['root', 1], ['g1', 0.4], ['a', 0.2], ['b', 0.2], ['g2', 0.6], ['c', 0.6]]);
  });
  it('renormalize, zero and fail', () => {
    const kids = () => [leaf('a', 50, lin), leaf('b', 50, lin)];
    const rec = [{ a: 80, b: null }];
    expect(evaluate(config(group('root', 100, kids())), rec).records[0]!.total).toBe(80);
    expect(evaluate(config(group('root', 100, kids(), { missing: 'zero' })), rec).records[0]!.total).toBe(40);
    const failed = evaluate(config(group('root', 100, kids(), { missing: 'fail' })), [...rec, { a: 1, b: 1 }]);
    expect(failed.records[0]).toMatchObject({ status: 'failed', total: null, grade: null, rank: null, failure: { node: 'root' } });
    expect(failed.records[1]).toMatchObject({ status: 'ok', rank: 1, percentile: 100 });
    expect(failed.stats).toMatchObject({ count: 2, failed: 1 });
  });
  it('a record with no value at all fails', () => {
    const r = evaluate(config(group('root', 100, [leaf('a', 100, lin)])), [{}]);
    expect(r.records[0]!.status).toBe('failed');
  });
  it('a value rule that throws makes the value missing and is reported', () => {
    const c = config(group('root', 100, [{ id: 'a', name: 'a', weight: 50, value: { throw: 'Bad' }, scorer: lin }, leaf('b', 50, lin)]));
    const r = evaluate(c, [{ b: 60 }]).records[0]!;
    expect(r.total).toBe(60);
    expect(r.errors).toEqual([{ source: 'a', message: expect.any(String) }]);
  });
});

describe('policies, vetoes, rounding and grades (§5)', () => {
  const lin: Scorer = { type: 'linear', worst: 0, best: 100 };
  const base = group('root', 100, [leaf('q', 100, lin)]);
  const withPolicies = (policies: Policy[], extra = {}) =>
    config(base, { fields: [{ key: 'q', type: 'number' }, { key: 'complaints', type: 'integer' }, { key: 'serious', type: 'boolean' }], policies, ...extra });

  it('points per complaint, bounded; money reported but not scored', () => {
    const c = withPolicies([
      { id: 'complaints', name: 'Complaints', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: { '*': [-10, { var: 'complaints' }] }, min: -30 } },
      { id: 'fine', name: 'Fine', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'money', amount: { '*': [-10, { var: 'complaints' }] }, currency: 'CNY' } },
      { id: 'bonus', name: 'Bonus', when: { '==': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: 5 } },
    ]);
    const [a, b, z] = evaluate(c, [{ q: 95, complaints: 2 }, { q: 95, complaints: 5 }, { q: 98, complaints: 0 }]).records;
    expect(a).toMatchObject({ totalBefore: 95, adjustment: -20, money: -20, total: 75, grade: 'B' });
    expect(a!.fired).toEqual([{ policy: 'complaints', effect: 'points', amount: -20 }, { policy: 'fine', effect: 'money', amount: -20 }]);
    expect(b).toMatchObject({ adjustment: -30, money: -50, total: 65, grade: 'C' });
    expect(z).toMatchObject({ adjustment: 5, total: 100, grade: 'A', coefficient: 1.2 }); // clamped to the scale
  });
  it('clamp can be turned off', () => {
    const c = withPolicies([{ id: 'bonus', name: 'b', when: true, effect: { type: 'points', amount: 5 } }], { scale: { min: 0, max: 100, decimals: 2, clamp: false } });
    expect(evaluate(c, [{ q: 98 }]).records[0]!.total).toBe(103);
  });
  it('a cap veto limits the grade, keeps the total; the lowest cap wins; void sets the minimum and the last grade', () => {
    const c = withPolicies([
      { id: 'cap-b', name: 'x', when: { var: 'serious' }, effect: { type: 'veto', mode: 'cap', grade: 'B' } },
      { id: 'cap-c', name: 'x', when: { '>': [{ var: 'complaints' }, 3] }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
      { id: 'void', name: 'x', when: { '>': [{ var: 'complaints' }, 9] }, effect: { type: 'veto', mode: 'void' } },
      { id: 'off', name: 'x', when: true, enabled: false, effect: { type: 'points', amount: -50 } },
    ]);
    const [a, b, v] = evaluate(c, [{ q: 97, serious: true }, { q: 97, serious: true, complaints: 4 }, { q: 97, complaints: 10 }]).records;
    expect(a).toMatchObject({ total: 97, grade: 'B', veto: 'cap' });
    expect(b).toMatchObject({ total: 97, grade: 'C', veto: 'cap' });
    expect(v).toMatchObject({ total: 0, grade: 'D', veto: 'void' });
    expect(v!.fired.map((f) => f.policy)).toEqual(['cap-c', 'void']);
  });
  it('flags are listed and change nothing; a failing when is reported and does not fire', () => {
    const c = withPolicies([
      { id: 'watch', name: 'x', when: { '<': [{ var: 'q' }, 60] }, effect: { type: 'flag', flag: 'coaching', severity: 'warning' } },
      { id: 'broken', name: 'x', when: { throw: 'Oops' }, effect: { type: 'points', amount: 100 } },
    ]);
    const r = evaluate(c, [{ q: 50 }]).records[0]!;
    expect(r).toMatchObject({ total: 50, flags: ['coaching'], adjustment: 0 });
    expect(r.errors.map((e) => e.source)).toEqual(['broken']);
  });
  it('half-up and half-even rounding', () => {
    const c = (rounding: 'half-up' | 'half-even') => config(group('root', 100, [leaf('q', 100, lin)]), { scale: { min: 0, max: 100, decimals: 1, rounding } });
    const recs = [{ q: 2.25 }, { q: 2.35 }, { q: 2.349 }, { q: 1.005 }];
    expect(evaluate(c('half-up'), recs).records.map((r) => r.total)).toEqual([2.3, 2.4, 2.3, 1]);
    expect(evaluate(c('half-even'), recs).records.map((r) => r.total)).toEqual([2.2, 2.4, 2.3, 1]);
  });
  it('grades by band minimum, inclusive', () => {
    const r = evaluate(config(base), [90, 89.99, 75, 60, 59.99].map((q) => ({ q })));
    expect(r.records.map((x) => x.grade)).toEqual(['A', 'B', 'B', 'C', 'D']);
    expect(r.stats.grades).toEqual({ A: 1, B: 2, C: 1, D: 1 });
  });
});

describe('ranking and forced distribution (§6)', () => {
  const lin: Scorer = { type: 'linear', worst: 0, best: 100 };
  it('competition ranks and percentiles', () => {
    const r = evaluate(config(group('root', 100, [leaf('q', 100, lin)])), [70, 90, 80, 90, 60].map((q) => ({ q })));
    expect(r.records.map((x) => x.rank)).toEqual([4, 1, 3, 1, 5]);
    expect(r.records.map((x) => x.percentile)).toEqual([25, 100, 50, 100, 0]);
  });
  it('20/70/10 by rank, ties share a grade, caps still apply', () => {
    const c = config(group('root', 100, [leaf('q', 100, lin)]), {
      fields: [{ key: 'q', type: 'number' }, { key: 'cap', type: 'boolean' }],
      grades: {
        bands: [{ id: 'A', label: 'A', min: 0 }, { id: 'B', label: 'B', min: 0 }, { id: 'C', label: 'C', min: 0 }],
        forced: { shares: [{ grade: 'A', share: 20 }, { grade: 'B', share: 70 }, { grade: 'C', share: 10 }] },
      },
      policies: [{ id: 'cap', name: 'cap', when: { var: 'cap' }, effect: { type: 'veto', mode: 'cap', grade: 'C' } }],
    });
    const qs = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const r = evaluate(c, qs.map((q) => ({ q, cap: q === 90 })));
    expect(r.records.map((x) => x.grade)).toEqual(['C', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'C', 'A']);
    const tied = evaluate(c, [100, 95, 95, 90, 80].map((q) => ({ q }))); // B = [1, 5]: ranks 2, 2 both within A? B_A = round(1) = 1
    expect(tied.records.map((x) => x.grade)).toEqual(['A', 'B', 'B', 'B', 'B']);
  });
});

describe('360-degree raters (§4)', () => {
  const lik: Scorer = { type: 'likert', points: 5 };
  const c = config(group('root', 100, [leaf('attitude', 50, lik), leaf('skill', 50, lik)]), {
    raters: {
      classes: [
        { id: 'boss', name: '直接上级', weight: 50, source: 'boss' },
        { id: 'peers', name: '同事', weight: 30, source: 'peers' },
        { id: 'self', name: '本人', weight: 20, source: 'self' },
      ],
    },
  });
  it('weights each class total and re-normalises over the classes that rated', () => {
    const r = evaluate(c, [
      { boss: { attitude: 5, skill: 3 }, peers: { attitude: 4, skill: 4 }, self: { attitude: 5, skill: 5 } },
      { boss: { attitude: 5, skill: 5 }, self: { attitude: 1, skill: 1 } },
    ]);
    // boss 75, peers 75, self 100 → 0.5·75 + 0.3·75 + 0.2·100 = 80
    expect(r.records[0]).toMatchObject({ total: 80, raters: { boss: 75, peers: 75, self: 100 } });
    const K = r.nodes.length;
    expect(r.scores[1]).toBeCloseTo(0.5 * 100 + 0.3 * 75 + 0.2 * 100); // attitude across classes
    expect(r.values[1]).toBeCloseTo(0.5 * 5 + 0.3 * 4 + 0.2 * 5);
    // boss 100 (w 50), self 0 (w 20): 5000/70
    expect(r.records[1]!.total).toBe(71.43);
    expect(r.records[1]!.raters).toEqual({ boss: 100, peers: null, self: 0 });
    expect(r.scores[K]).toBeCloseTo(5000 / 70);
  });
  it('no ratings at all fails the record', () => {
    expect(evaluate(c, [{ boss: 'n/a' }]).records[0]!.status).toBe('failed');
  });
});

describe('identity and compile errors', () => {
  it('subject id and name come from the declared fields', () => {
    const c = config(group('root', 100, [leaf('q', 100, { type: 'linear', worst: 0, best: 100 })]), { subject: { id: 'emp', name: 'who' } });
    const r = evaluate(c, [{ emp: 7, who: '张三', q: 1 }, { q: 2 }]).records;
    expect([r[0]!.id, r[0]!.name, r[1]!.id, r[1]!.name]).toEqual(['7', '张三', '2', undefined]);
  });
  it('a rule that does not compile names its pointer', () => {
    const c = config(group('root', 100, [group('g', 100, [{ id: 'a', name: 'a', weight: 100, value: { nope: [1] }, scorer: { type: 'pass-fail' } }])]));
    expect(() => evaluate(c, [])).toThrow(/\/root\/children\/0\/children\/0\/value/);
  });
});
