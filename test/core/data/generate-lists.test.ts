// The sample generator's list fields (and the bell-shaped time profile their default uses): lengths,
// items, the "late after 08:30" shares the default check-in times are tuned for, edge cases,
// determinism and validation.
import { describe, expect, it } from 'vitest';
import { EDGE_CASE_EVERY, MAX_LIST_LENGTH, compileProfile, defaultProfile, generateRecords, parseCsv, toCsv } from '../../../src/core/data/index.ts';
import type { FieldProfile } from '../../../src/core/data/index.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';

const signIns: FieldDef = { key: 'signIns', type: 'list', items: 'time' };

function lists(records: Record<string, unknown>[], key: string): unknown[][] {
  return records.map((r) => r[key] as unknown[]);
}

function minutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

describe('list fields: defaults', () => {
  it('a list of times is a month of check-ins around 08:20, between 07:30 and 09:30', () => {
    expect(defaultProfile(signIns)).toEqual({
      kind: 'list', length: { min: 20, max: 22 }, item: { kind: 'time', from: '07:30', to: '09:30', mean: '08:20', sdMinutes: 8 },
    });
    const all = lists(generateRecords([signIns], 2000, { seed: 3, edgeCases: false }), 'signIns');
    const lengths = new Set(all.map((l) => l.length));
    expect([...lengths].sort()).toEqual([20, 21, 22]);
    const times = all.flat() as string[];
    expect(times.every((t) => /^\d\d:\d\d$/.test(t) && t >= '07:30' && t <= '09:30')).toBe(true);
    const mean = times.reduce((sum, t) => sum + minutes(t), 0) / times.length;
    expect(Math.abs(mean - minutes('08:20'))).toBeLessThan(0.5);
  });

  it('makes "late after 08:30" about one day in ten, and "late more than 3 times" hit 10–25% of agents', () => {
    for (const seed of [1, 2, 99]) {
      const all = lists(generateRecords([signIns], 2000, { seed, edgeCases: false }), 'signIns') as string[][];
      const times = all.flat();
      const lateShare = times.filter((t) => t > '08:30').length / times.length;
      expect(lateShare, `seed ${seed}`).toBeGreaterThan(0.08);
      expect(lateShare, `seed ${seed}`).toBeLessThan(0.115);
      const oftenLate = all.filter((days) => days.filter((t) => t > '08:30').length > 3).length / all.length;
      expect(oftenLate, `seed ${seed}`).toBeGreaterThan(0.1);
      expect(oftenLate, `seed ${seed}`).toBeLessThan(0.25);
    }
  });

  it('other item types take their type\'s default, and lists of text number their items', () => {
    const fields: FieldDef[] = [
      { key: 'n', type: 'list', items: 'number' },
      { key: 'k', type: 'list', items: 'integer' },
      { key: 'b', type: 'list', items: 'boolean' },
      { key: 'd', type: 'list', items: 'date' },
      { key: 's', type: 'list', items: 'string' },
      { key: 'c', type: 'list', items: 'category', values: ['优', '良'] },
    ];
    const records = generateRecords(fields, 200, { seed: 5, edgeCases: false });
    const items = (key: string): unknown[] => lists(records, key).flat();
    expect(records.every((r) => fields.every((f) => Array.isArray(r[f.key]) && (r[f.key] as unknown[]).length >= 20))).toBe(true);
    expect(items('n').every((v) => typeof v === 'number' && v >= 0 && v <= 100)).toBe(true);
    expect(items('k').every((v) => Number.isInteger(v))).toBe(true);
    expect(new Set(items('b'))).toEqual(new Set([true, false]));
    expect(items('d').every((v) => typeof v === 'string' && /^2024-\d\d-\d\d$/.test(v))).toBe(true);
    expect(items('s').every((v) => typeof v === 'string' && /^s-\d{4}$/.test(v))).toBe(true);
    expect(new Set(items('c'))).toEqual(new Set(['优', '良']));
  });
});

describe('list fields: profiles', () => {
  it('draw lengths uniformly from min to max and items from the item profile', () => {
    const profile: FieldProfile = { kind: 'list', length: { min: 0, max: 3 }, item: { kind: 'uniform', min: 1, max: 5, decimals: 0 } };
    const all = lists(generateRecords([{ key: 'x', type: 'list', items: 'integer' }], 4000, { seed: 8, edgeCases: false, profiles: { x: profile } }), 'x');
    for (let n = 0; n <= 3; n++) {
      const share = all.filter((l) => l.length === n).length / all.length;
      expect(share, `length ${n}`).toBeGreaterThan(0.22);
      expect(share, `length ${n}`).toBeLessThan(0.28);
    }
    expect(new Set(all.flat())).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('take the item type\'s default item profile when none is given', () => {
    const records = generateRecords([signIns], 50, { seed: 4, edgeCases: false, profiles: { signIns: { kind: 'list', length: { min: 2, max: 2 } } } });
    expect(lists(records, 'signIns').every((l) => l.length === 2)).toBe(true);
    expect((lists(records, 'signIns').flat() as string[]).every((t) => t >= '07:30' && t <= '09:30')).toBe(true);
  });

  it('are deterministic, keep other fields as they are, and give every record its own array', () => {
    const fields: FieldDef[] = [{ key: 'score', type: 'number' }, signIns];
    const a = generateRecords(fields, 300, { seed: 6 });
    expect(generateRecords(fields, 300, { seed: 6 })).toEqual(a);
    expect(generateRecords(fields, 300, { seed: 7 })).not.toEqual(a);
    expect(generateRecords([fields[0]!], 300, { seed: 6, edgeCases: false }).map((r) => r['score']))
      .toEqual(generateRecords(fields, 300, { seed: 6, edgeCases: false }).map((r) => r['score']));
    const arrays = a.map((r) => r['signIns']).filter((v) => v !== null);
    expect(new Set(arrays).size).toBe(arrays.length);
  });

  it('read back through toCsv and parseCsv without a problem', () => {
    const fields: FieldDef[] = [signIns, { key: 'c', type: 'list', items: 'category', values: ['=a', '-1', 'x,y'] }, { key: 'n', type: 'list', items: 'number' }];
    const records = generateRecords(fields, 300, { seed: 2, idField: 'id' });
    const parsed = parseCsv(toCsv(records, ['id', ...fields.map((f) => f.key)]), { fields });
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual(records);
  });
});

describe('list fields: edge cases', () => {
  const count = 5000;
  const fields: FieldDef[] = [signIns];
  const withEdges = lists(generateRecords(fields, count, { seed: 9 }), 'signIns');
  const without = lists(generateRecords(fields, count, { seed: 9, edgeCases: false }), 'signIns');
  const changed = withEdges.flatMap((value, i) => (JSON.stringify(value) === JSON.stringify(without[i]) ? [] : [value]));

  it('are a missing list, an empty list and the longest list, one record in 50 each kind', () => {
    expect(changed.filter((v) => v === null)).toHaveLength(count / EDGE_CASE_EVERY);
    const bounds = changed.filter((v) => v !== null);
    expect(bounds).toHaveLength(count / EDGE_CASE_EVERY);
    const empty = bounds.filter((v) => v.length === 0).length;
    const longest = bounds.filter((v) => v.length === 22).length;
    expect(empty + longest).toBe(bounds.length);
    expect(empty).toBeGreaterThan(20);
    expect(longest).toBeGreaterThan(20);
  });

  it('draw the longest list from the seed, and every record gets its own copy', () => {
    const longest = changed.filter((v) => v !== null && v.length === 22);
    expect(new Set(longest.map((v) => JSON.stringify(v))).size).toBe(1);
    expect(longest[0]).not.toBe(longest[1]);
    const other = lists(generateRecords(fields, count, { seed: 10 }), 'signIns').filter((v) => v?.length === 22);
    const sampler = compileProfile(signIns, undefined, 9);
    expect(sampler.edges).toEqual([[], longest[0]]);
    expect(compileProfile(signIns, undefined, 10).edges[1]).not.toEqual(longest[0]);
    expect(other.length).toBeGreaterThan(0);
  });

  it('of a list that is never long are the empty list alone', () => {
    expect(compileProfile({ key: 'x', type: 'list', items: 'number' }, { kind: 'list', length: { min: 0, max: 0 } }).edges).toEqual([[]]);
  });
});

describe('bell-shaped times', () => {
  it('centre on mean with sdMinutes, within from..to, whole minutes', () => {
    const field: FieldDef = { key: 't', type: 'time' };
    const profile: FieldProfile = { kind: 'time', from: '08:00', to: '10:00', mean: '09:00', sdMinutes: 10 };
    const values = generateRecords([field], 10_000, { seed: 12, edgeCases: false, profiles: { t: profile } }).map((r) => minutes(r['t'] as string));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean - 540)).toBeLessThan(0.5);
    expect(Math.abs(sd - 10)).toBeLessThan(0.4);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(480);
    expect(Math.max(...values)).toBeLessThanOrEqual(600);
  });

  it('default to the middle of the range and a sixth of it, and do not pile up on tight bounds', () => {
    const field: FieldDef = { key: 't', type: 'time' };
    const values = generateRecords([field], 6000, { seed: 13, edgeCases: false, profiles: { t: { kind: 'time', from: '08:00', to: '08:10', sdMinutes: 5 } } })
      .map((r) => r['t'] as string);
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect(counts.size).toBe(11);
    expect(counts.get('08:00')! / values.length).toBeLessThan(0.07);
    expect(counts.get('08:05')! / values.length).toBeGreaterThan(0.1);
    const middle = generateRecords([field], 4000, { seed: 13, edgeCases: false, profiles: { t: { kind: 'time', from: '08:00', to: '09:00', mean: '08:30' } } })
      .map((r) => minutes(r['t'] as string));
    const mean = middle.reduce((a, b) => a + b, 0) / middle.length;
    const sd = Math.sqrt(middle.reduce((a, b) => a + (b - mean) ** 2, 0) / middle.length);
    expect(Math.abs(mean - 510)).toBeLessThan(0.5);
    expect(sd).toBeGreaterThan(9.4);
    expect(sd).toBeLessThan(10.4);
  });
});

describe('list fields: invalid profiles', () => {
  it('are rejected with a message naming the field (and its items)', () => {
    const bad: Array<[FieldDef, FieldProfile, RegExp]> = [
      [{ key: 'n', type: 'number' }, { kind: 'list', length: { min: 1, max: 2 } }, /does not fit a number field/],
      [signIns, { kind: 'normal', mean: 1, sd: 1 }, /does not fit a list field/],
      [signIns, { kind: 'list', length: { min: 1, max: 2 }, item: { kind: 'normal', mean: 1, sd: 1 } }, /does not fit a time field \(the items of list field "signIns"\)/],
      [signIns, { kind: 'list', length: { min: 1, max: 2 }, item: { kind: 'list', length: { min: 1, max: 1 } } }, /does not fit a time field/],
      [signIns, { kind: 'list', length: { min: 3, max: 2 } }, /length\.max/],
      [signIns, { kind: 'list', length: { min: -1, max: 2 } }, /length\.min/],
      [signIns, { kind: 'list', length: { min: 0.5, max: 2 } }, /length\.min/],
      [signIns, { kind: 'list', length: { min: 0, max: MAX_LIST_LENGTH + 1 } }, /length\.max/],
      [signIns, { kind: 'list' } as unknown as FieldProfile, /length\.min/],
      [{ key: 'x', type: 'list' }, { kind: 'list', length: { min: 0, max: 1 } }, /needs an item type/],
      [{ key: 't', type: 'time' }, { kind: 'time', from: '08:00', to: '09:00', mean: '10:00' }, /mean/],
      [{ key: 't', type: 'time' }, { kind: 'time', from: '08:00', to: '09:00', mean: '8:3' }, /mean/],
      [{ key: 't', type: 'time' }, { kind: 'time', from: '08:00', to: '09:00', sdMinutes: -1 }, /sdMinutes/],
      [signIns, { kind: 'list', length: { min: 1, max: 2 }, item: { kind: 'time', from: '09:00', to: '08:00' } }, /items of list field/],
    ];
    for (const [field, profile, message] of bad) {
      const attempt = (): unknown => compileProfile(field, profile);
      expect(attempt, JSON.stringify(profile)).toThrow(new RegExp(`field "${field.key}"`));
      expect(attempt, JSON.stringify(profile)).toThrow(message);
    }
  });
});
