// The seeded sample-record generator: determinism, distributions, edge cases, ids, validation.
import { describe, expect, it } from 'vitest';
import { EDGE_CASE_EVERY, compileProfile, generateRecords } from '../../../src/core/data/index.ts';
import type { FieldProfile } from '../../../src/core/data/index.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';

const ALL_TYPES: FieldDef[] = [
  { key: 'score', type: 'number' },
  { key: 'complaints', type: 'integer' },
  { key: 'passed', type: 'boolean' },
  { key: 'joined', type: 'date' },
  { key: 'start', type: 'time' },
  { key: 'remark', type: 'string' },
  { key: 'grade', type: 'category', values: ['优', '良', '中', '差'] },
];

function column(records: Record<string, unknown>[], key: string): unknown[] {
  return records.map((r) => r[key]);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sd(values: number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
}

/** Draws 10,000 values of one field from a profile, without edge cases. */
function draw(field: FieldDef, profile?: FieldProfile, seed = 11): unknown[] {
  const records = generateRecords([field], 10_000, { seed, edgeCases: false, ...(profile ? { profiles: { [field.key]: profile } } : {}) });
  return column(records, field.key);
}

describe('determinism', () => {
  it('gives identical records for the same seed and different ones for another', () => {
    const a = generateRecords(ALL_TYPES, 500, { seed: 42 });
    expect(generateRecords(ALL_TYPES, 500, { seed: 42 })).toEqual(a);
    const b = generateRecords(ALL_TYPES, 500, { seed: 43 });
    for (const field of ALL_TYPES) expect(column(b, field.key), field.key).not.toEqual(column(a, field.key));
  });

  it('is pinned: a given seed gives the same records in every release', () => {
    expect(generateRecords(ALL_TYPES, 2, { seed: 1, idField: 'id' })).toEqual([
      { id: 'R0001', score: 67.7, complaints: 5, passed: false, joined: '2024-07-14', start: '08:55', remark: 'remark-2968', grade: '优' },
      { id: 'R0002', score: 82.3, complaints: 3, passed: false, joined: '2024-01-21', start: '09:14', remark: 'remark-3606', grade: '优' },
    ]);
  });

  it('keeps a field\'s values when other fields are added, removed or reordered', () => {
    const alone = generateRecords([ALL_TYPES[0] as FieldDef], 300, { seed: 5, edgeCases: false });
    const among = generateRecords([...ALL_TYPES].reverse(), 300, { seed: 5, edgeCases: false });
    expect(column(among, 'score')).toEqual(column(alone, 'score'));
  });

  it('uses seed 1 by default', () => {
    expect(generateRecords(ALL_TYPES, 50)).toEqual(generateRecords(ALL_TYPES, 50, { seed: 1 }));
  });
});

describe('distributions (10,000 draws)', () => {
  it('normal: mean and spread as asked, within bounds, rounded', () => {
    const values = draw({ key: 'x', type: 'number' }, { kind: 'normal', mean: 70, sd: 8, min: 0, max: 100, decimals: 2 }) as number[];
    expect(Math.abs(mean(values) - 70)).toBeLessThan(0.3);
    expect(Math.abs(sd(values) - 8)).toBeLessThan(0.3);
    expect(values.every((v) => v >= 0 && v <= 100 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)).toBe(true);
  });

  it('normal, truncated: values stay within tight bounds without piling up on them', () => {
    const values = draw({ key: 'x', type: 'number' }, { kind: 'normal', mean: 50, sd: 10, min: 45, max: 55, decimals: 1 }) as number[];
    expect(values.every((v) => v >= 45 && v <= 55)).toBe(true);
    expect(values.filter((v) => v === 45 || v === 55).length).toBeLessThan(200);
  });

  it('the default number profile looks like a score out of 100', () => {
    const values = draw({ key: 'x', type: 'number' }) as number[];
    expect(Math.abs(mean(values) - 75)).toBeLessThan(0.4);
    expect(values.every((v) => v >= 0 && v <= 100 && Math.abs(v * 10 - Math.round(v * 10)) < 1e-6)).toBe(true);
  });

  it('uniform: every grid value equally likely, ends included', () => {
    const values = draw({ key: 'x', type: 'integer' }, { kind: 'uniform', min: 10, max: 20 }) as number[];
    expect(new Set(values)).toEqual(new Set([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]));
    expect(Math.abs(mean(values) - 15)).toBeLessThan(0.15);
    const decimals = draw({ key: 'x', type: 'number' }, { kind: 'uniform', min: 0, max: 1, decimals: 1 }) as number[];
    expect(new Set(decimals).size).toBe(11);
  });

  it('poisson: mean and variance lambda, also beyond the exact range', () => {
    const small = draw({ key: 'x', type: 'integer' }, { kind: 'poisson', lambda: 2 }) as number[];
    expect(Math.abs(mean(small) - 2)).toBeLessThan(0.06);
    expect(Math.abs(sd(small) ** 2 - 2)).toBeLessThan(0.15);
    expect(small.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    const large = draw({ key: 'x', type: 'integer' }, { kind: 'poisson', lambda: 400 }) as number[];
    expect(Math.abs(mean(large) - 400)).toBeLessThan(1);
    expect(Math.abs(sd(large) - 20)).toBeLessThan(0.8);
  });

  it('likert: answers on the scale with the asked mean', () => {
    const five = draw({ key: 'x', type: 'integer' }, { kind: 'likert', points: 5, mean: 4.2 }) as number[];
    expect(new Set(five)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(Math.abs(mean(five) - 4.2)).toBeLessThan(0.03);
    const seven = draw({ key: 'x', type: 'number' }, { kind: 'likert', points: 7 }) as number[];
    expect(Math.abs(mean(seven) - 5.5)).toBeLessThan(0.04);
    expect(seven.every((v) => v >= 1 && v <= 7)).toBe(true);
  });

  it('bernoulli: the share of true values is p', () => {
    const values = draw({ key: 'x', type: 'boolean' }, { kind: 'bernoulli', p: 0.3 });
    expect(Math.abs(values.filter((v) => v === true).length / values.length - 0.3)).toBeLessThan(0.02);
    expect(values.every((v) => typeof v === 'boolean')).toBe(true);
    const ones = draw({ key: 'x', type: 'integer' }, { kind: 'bernoulli', p: 0.9 }) as number[];
    expect(Math.abs(mean(ones) - 0.9)).toBeLessThan(0.015);
  });

  it('category: shares follow the weights; a zero weight never comes up', () => {
    const values = draw({ key: 'x', type: 'category', values: ['A', 'B', 'C', 'D'] }, { kind: 'category', weights: { A: 6, B: 3, C: 1, D: 0 } });
    const share = (name: string): number => values.filter((v) => v === name).length / values.length;
    expect(Math.abs(share('A') - 0.6)).toBeLessThan(0.02);
    expect(Math.abs(share('B') - 0.3)).toBeLessThan(0.02);
    expect(Math.abs(share('C') - 0.1)).toBeLessThan(0.015);
    expect(share('D')).toBe(0);
  });

  it('date and time: uniform over the range, ends included, in ISO form', () => {
    const dates = draw({ key: 'x', type: 'date' }, { kind: 'date', from: '2024-02-01', to: '2024-03-01' }) as string[];
    expect(new Set(dates).size).toBe(30); // 2024 is a leap year
    expect(dates.every((d) => /^2024-0[23]-\d\d$/.test(d) && d >= '2024-02-01' && d <= '2024-03-01')).toBe(true);
    expect(dates).toContain('2024-02-29');
    const times = draw({ key: 'x', type: 'time' }, { kind: 'time', from: '08:30', to: '09:00' }) as string[];
    expect(new Set(times).size).toBe(31);
    expect(times.every((t) => t >= '08:30' && t <= '09:00' && /^\d\d:\d\d$/.test(t))).toBe(true);
  });

  it('gives every type a sensible default', () => {
    const [record] = generateRecords(ALL_TYPES, 1, { edgeCases: false });
    expect(record).toMatchObject({
      score: expect.any(Number), complaints: expect.any(Number), passed: expect.any(Boolean),
      joined: expect.stringMatching(/^2024-\d\d-\d\d$/), start: expect.stringMatching(/^(0[89]|1[0-8]):\d\d$/),
      remark: expect.stringMatching(/^remark-\d{4}$/), grade: expect.stringMatching(/^[优良中差]$/),
    });
    expect(new Set(draw({ key: 'c', type: 'category' }))).toEqual(new Set(['A', 'B', 'C']));
  });
});

describe('edge cases', () => {
  const count = 10_000;
  const withEdges = generateRecords(ALL_TYPES, count, { seed: 9 });
  const without = generateRecords(ALL_TYPES, count, { seed: 9, edgeCases: false });
  const changed = withEdges.flatMap((record, i) => {
    const keys = ALL_TYPES.map((f) => f.key).filter((k) => record[k] !== without[i]?.[k]);
    return keys.length > 0 ? [{ i, keys, value: keys.length === 1 ? record[keys[0] as string] : undefined }] : [];
  });

  it('make exactly one record in 50 miss one value', () => {
    const missing = changed.filter((c) => c.value === null);
    expect(missing).toHaveLength(count / EDGE_CASE_EVERY);
    expect(withEdges.filter((r) => Object.values(r).includes(null))).toHaveLength(count / EDGE_CASE_EVERY);
  });

  it('give at most one other record in 50 a boundary value of its profile', () => {
    const boundary = changed.filter((c) => c.value !== null);
    // A boundary value equal to the value drawn anyway changes nothing, hence "at most".
    expect(boundary.length).toBeLessThanOrEqual(count / EDGE_CASE_EVERY);
    expect(boundary.length).toBeGreaterThan(count / EDGE_CASE_EVERY - 20);
    const edges: Record<string, unknown[]> = {
      score: [0, 100], complaints: [0], joined: ['2024-01-01', '2024-12-31'], start: ['08:00', '18:00'],
    };
    for (const c of boundary) expect(edges[c.keys[0] as string], JSON.stringify(c)).toContain(c.value);
  });

  it('change one field per record and leave all other values as drawn', () => {
    expect(changed.every((c) => c.keys.length === 1)).toBe(true);
    expect(changed.length).toBeLessThanOrEqual(2 * (count / EDGE_CASE_EVERY));
  });

  it('are off when asked, and absent below 50 records', () => {
    expect(without.some((r) => Object.values(r).includes(null))).toBe(false);
    expect(generateRecords(ALL_TYPES, 49).some((r) => Object.values(r).includes(null))).toBe(false);
    expect(generateRecords(ALL_TYPES, 50).filter((r) => Object.values(r).includes(null))).toHaveLength(1);
  });
});

describe('id field', () => {
  it('is added first when not declared, unique and never missing', () => {
    const records = generateRecords(ALL_TYPES, 1000, { idField: 'id' });
    expect(Object.keys(records[0] ?? {})).toEqual(['id', ...ALL_TYPES.map((f) => f.key)]);
    expect(records[0]?.['id']).toBe('R0001');
    expect(records[999]?.['id']).toBe('R1000');
    expect(new Set(column(records, 'id')).size).toBe(1000);
    expect(generateRecords([], 100_000, { idField: 'id' })[99_999]).toEqual({ id: 'R100000' });
  });

  it('numbers the records in a declared number field and keeps its place', () => {
    const records = generateRecords([{ key: 'score', type: 'number' }, { key: 'no', type: 'integer' }], 60, { idField: 'no' });
    expect(Object.keys(records[0] ?? {})).toEqual(['score', 'no']);
    expect(column(records, 'no')).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });
});

describe('invalid input', () => {
  it('rejects a bad count, duplicate fields and profiles for unknown or id fields', () => {
    expect(() => generateRecords(ALL_TYPES, -1)).toThrow(RangeError);
    expect(() => generateRecords(ALL_TYPES, 1.5)).toThrow(RangeError);
    expect(() => generateRecords([{ key: 'a', type: 'number' }, { key: 'a', type: 'string' }], 1)).toThrow(/declared twice/);
    expect(() => generateRecords(ALL_TYPES, 1, { profiles: { scroe: { kind: 'poisson', lambda: 1 } } })).toThrow(/no such field/);
    expect(() => generateRecords(ALL_TYPES, 1, { idField: 'score', profiles: { score: { kind: 'poisson', lambda: 1 } } })).toThrow(/id field/);
    expect(() => generateRecords(ALL_TYPES, 1, { idField: 'joined' })).toThrow(/id field "joined"/);
  });

  it('rejects profiles that do not fit their field or make no sense, naming the field', () => {
    const bad: Array<[FieldDef, FieldProfile]> = [
      [{ key: 'n', type: 'number' }, { kind: 'date', from: '2024-01-01', to: '2024-01-02' }],
      [{ key: 'n', type: 'number' }, { kind: 'normal', mean: 1, sd: -1 }],
      [{ key: 'n', type: 'number' }, { kind: 'normal', mean: Number.NaN, sd: 1 }],
      [{ key: 'n', type: 'number' }, { kind: 'uniform', min: 5, max: 1 }],
      [{ key: 'n', type: 'number' }, { kind: 'uniform', min: 0.21, max: 0.29, decimals: 1 }],
      [{ key: 'n', type: 'number' }, { kind: 'normal', mean: 0, sd: 1, decimals: 1.5 }],
      [{ key: 'n', type: 'integer' }, { kind: 'poisson', lambda: -1 }],
      [{ key: 'n', type: 'integer' }, { kind: 'likert', points: 6 as 5 }],
      [{ key: 'n', type: 'integer' }, { kind: 'likert', points: 5, mean: 6 }],
      [{ key: 'b', type: 'boolean' }, { kind: 'bernoulli', p: 1.5 }],
      [{ key: 'c', type: 'category', values: ['A'] }, { kind: 'category', weights: { B: 1 } }],
      [{ key: 'c', type: 'category' }, { kind: 'category', weights: { A: 0 } }],
      [{ key: 'c', type: 'category' }, { kind: 'category', weights: { ' A': 1 } }],
      [{ key: 't', type: 'time' }, { kind: 'time', from: '18:00', to: '08:00' }],
      [{ key: 't', type: 'time' }, { kind: 'time', from: '8:00', to: '09:00' }],
      [{ key: 'd', type: 'date' }, { kind: 'date', from: '2024-02-30', to: '2024-03-01' }],
    ];
    for (const [field, profile] of bad) {
      expect(() => compileProfile(field, profile), JSON.stringify(profile)).toThrow(new RegExp(`field "${field.key}"`));
    }
  });
});
